//! The frame around every screen: title, language switch, progress, the privacy line.

use yew::prelude::*;

use crate::content::Locale;
use crate::ui::state::Msg;
use crate::ui::text::Texts;

/// Each language is named in itself, so a reader can find theirs whatever is shown now.
/// A language not read yet has its catalog loaded first (the same static file every reader
/// gets, from the service worker's cache when offline); the answers stay as they are.
/// A function, not a component: the app redraws it at no noticeable cost, and a component's
/// plumbing costs ~1.5 kB of the first load.
pub fn language_switch(texts: &Texts, on_msg: &Callback<Msg>) -> Html {
    html! {
        <div class="lang-switch" role="group" aria-label={texts.t("lang.label")}>
            { for Locale::ALL.iter().map(|&locale| {
                let on_msg = on_msg.clone();
                let onclick = Callback::from(move |_: MouseEvent| switch_to(locale, on_msg.clone()));
                html! {
                    <button type="button" class="lang-button" lang={locale.tag()} data-lang={locale.tag()}
                        aria-pressed={(texts.locale == locale).to_string()} {onclick}>
                        { texts.t(&format!("lang.{}", locale.tag())) }
                    </button>
                }
            }) }
        </div>
    }
}

/// Switches to `locale` once its catalog is at hand. If it cannot be loaded (offline before the
/// service worker cached it), the page stays in the language it shows, which still works.
fn switch_to(locale: Locale, on_msg: Callback<Msg>) {
    crate::platform::catalog_loader::ensure_loaded(
        locale,
        Box::new(move |result| match result {
            Ok(()) => on_msg.emit(Msg::SetLocale(locale)),
            Err(problem) => web_sys::console::warn_1(&problem.into()),
        }),
    );
}

/// "Step n of total" and its bar. A function, not a component: it is redrawn with its step,
/// which costs nothing noticeable, and a component's plumbing costs ~1.5 kB of the first load.
pub fn progress(texts: &Texts, current: usize, total: usize) -> Html {
    let (current, total) = (current.to_string(), total.to_string());
    let label = texts.fill("progress.label", &[("n", &current), ("total", &total)]);
    html! {
        <div class="progress">
            <span class="progress-text" id="progress-text">{ label }</span>
            <progress max={total} value={current} aria-labelledby="progress-text" />
        </div>
    }
}

/// Back and Next, in that order for reading, with Next the primary action. A function, not a
/// component, for the same reason as [`progress`].
pub fn step_nav(texts: &Texts, on_msg: &Callback<Msg>, next_key: &'static str) -> Html {
    html! {
        <div class="nav">
            <button type="button" class="button button-secondary" data-action="back"
                onclick={on_msg.reform(|_: MouseEvent| Msg::Back)}>
                { texts.t("nav.back") }
            </button>
            <button type="button" class="button button-primary" data-action="next"
                onclick={on_msg.reform(|_: MouseEvent| Msg::Next)}>
                { texts.t(next_key) }
            </button>
        </div>
    }
}
