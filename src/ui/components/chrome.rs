//! The frame around every screen: title, language switch, progress, the privacy line.

use yew::prelude::*;

use crate::content::Locale;
use crate::ui::hooks::use_texts;
use crate::ui::state::Msg;

#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    pub on_msg: Callback<Msg>,
}

/// Each language is named in itself, so a reader can find theirs whatever is shown now.
/// A language not read yet has its catalog loaded first (the same static file every reader
/// gets, from the service worker's cache when offline); the answers stay as they are.
#[function_component(LanguageSwitch)]
pub fn language_switch(props: &LanguageSwitchProps) -> Html {
    let texts = use_texts();
    html! {
        <div class="lang-switch" role="group" aria-label={texts.t("lang.label")}>
            { for Locale::ALL.iter().map(|&locale| {
                let on_msg = props.on_msg.clone();
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
    if crate::content::is_loaded(locale) {
        on_msg.emit(Msg::SetLocale(locale));
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        match crate::platform::catalog_loader::ensure_loaded(locale).await {
            Ok(()) => on_msg.emit(Msg::SetLocale(locale)),
            Err(problem) => web_sys::console::warn_1(&problem.into()),
        }
    });
}

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    /// 1-based step number.
    pub current: usize,
    pub total: usize,
}

#[function_component(Progress)]
pub fn progress(props: &ProgressProps) -> Html {
    let texts = use_texts();
    let label = texts.fill(
        "progress.label",
        &[
            ("n", &props.current.to_string()),
            ("total", &props.total.to_string()),
        ],
    );
    html! {
        <div class="progress">
            <span class="progress-text" id="progress-text">{ label }</span>
            <progress max={props.total.to_string()} value={props.current.to_string()} aria-labelledby="progress-text" />
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct NavProps {
    pub on_msg: Callback<Msg>,
    pub next_key: &'static str,
}

/// Back and Next, in that order for reading, with Next the primary action.
#[function_component(StepNav)]
pub fn step_nav(props: &NavProps) -> Html {
    let texts = use_texts();
    html! {
        <div class="nav">
            <button type="button" class="button button-secondary" data-action="back"
                onclick={props.on_msg.reform(|_: MouseEvent| Msg::Back)}>
                { texts.t("nav.back") }
            </button>
            <button type="button" class="button button-primary" data-action="next"
                onclick={props.on_msg.reform(|_: MouseEvent| Msg::Next)}>
                { texts.t(props.next_key) }
            </button>
        </div>
    }
}
