//! The root component: the reducer, the frame, and which screen shows.

use std::rc::Rc;

use yew::prelude::*;

use super::components::chrome::language_switch;
use super::components::emergency::{emergency_screen, EmergencyProps};
use super::components::memory_notice::memory_notice;
#[cfg(not(feature = "journeys"))]
use super::components::loading::FullBuildLoader;
#[cfg(feature = "journeys")]
use super::components::result::ResultScreen;
use super::components::start::{start_card, StartCardProps};
use super::components::step::step_view;
use super::components::text_size::{text_size_toggle, use_text_size};
#[cfg(feature = "journeys")]
use super::exercises::{fit_for, fits_for, ExerciseList, ExerciseRoutine};
use super::hooks::{
    use_accent, use_device_memory, use_focus_on_change, use_full_build_prefetch, use_height_reporter, use_top_in_view_on_change,
};
use super::state::{Flow, Msg, Screen};
use crate::content::steps::StepId;
use super::text::Texts;
use crate::content::Locale;
use crate::engine::assess;
use crate::platform::config::HostConfig;
use crate::platform::region::{self, Region};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub host: Rc<HostConfig>,
    /// The language to open in: the host's choice, else the browser's.
    pub locale: Locale,
    /// Whether this browser lets the widget keep answers (sandboxed iframes may not).
    #[prop_or(true)]
    pub storage_available: bool,
    /// The region named in the browser's languages, for the emergency number when the host
    /// sets none (region.rs).
    #[prop_or_default]
    pub browser_region: Option<Region>,
    /// The flow the questionnaire build handed over (ui::handoff), when the full build starts
    /// on the reader's way past the first step; `None` on a fresh start.
    #[prop_or_default]
    pub handed_over: Option<Flow>,
    /// The reader tapped Start on the static start card before the app was ready: open the
    /// first question at once (browser::take_start_request).
    #[prop_or_default]
    pub start_requested: bool,
}

/// What the live region says when the screen changes, so screen-reader users hear where they are.
fn announcement(texts: &Texts, flow: &Flow) -> AttrValue {
    // The questionnaire build shows its loading screen for the others, and has their words only
    // once the full build is there.
    if cfg!(not(feature = "journeys")) && !super::handoff::in_questionnaire_build(flow.screen) {
        return texts.t("loading.title");
    }
    match flow.screen {
        Screen::Start => AttrValue::default(),
        Screen::Step(index) => {
            let title = texts.t(&StepId::ALL[index].title_key());
            texts.fill(
                "announce.step",
                &[
                    ("n", &(index + 1).to_string()),
                    ("total", &StepId::ALL.len().to_string()),
                    ("value", &title),
                ],
            )
        }
        Screen::Emergency { .. } => texts.t("announce.emergency"),
        Screen::Diary { .. } => texts.t("diary.title"),
        Screen::CheckIn { .. } => texts.t("checkin.title"),
        Screen::Result => {
            let level = assess(&flow.answers).level;
            let name = texts.t(&format!("level.{}.name", level.as_str()));
            texts.fill("announce.result", &[("value", &name)])
        }
        Screen::Exercises { .. } => texts.t("exercise.list.title"),
        Screen::Exercise { routine, .. } => texts.t(&format!("exercise.{}.name", routine.as_str())),
    }
}

/// The emergency rules that fire on the answers given so far, in table order.
fn emergency_rules(answers: &crate::engine::Answers) -> Vec<&'static str> {
    assess(answers)
        .reasons
        .iter()
        .filter(|reason| crate::engine::rule(reason.rule).is_some_and(|rule| rule.level == crate::engine::Level::Emergency))
        .map(|reason| reason.rule)
        .collect()
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let flow = use_reducer(|| props.handed_over.clone().unwrap_or_else(|| Flow::new(props.locale)));
    // A handoff is a screen change for the reader, not a first load: focus and scrolling follow.
    let handed_over = props.handed_over.is_some();
    let number = region::emergency_number(&props.host, props.browser_region, flow.settings.locale);
    let hong_kong = region::uses_hong_kong_wording(&props.host, props.browser_region);
    let texts = Texts::for_reader(flow.settings.locale, &number, hong_kong);
    let heading = use_node_ref();
    let root = use_node_ref();
    use_focus_on_change(flow.screen, heading.clone(), handed_over);
    let in_journey = flow.screen != Screen::Start;
    use_height_reporter(props.host.clone(), root.clone(), in_journey);
    use_top_in_view_on_change(props.host.clone(), flow.screen);
    use_accent(props.host.accent.clone(), root.clone(), handed_over);
    let memory_problem = use_device_memory(flow.clone(), props.storage_available, !handed_over);
    use_full_build_prefetch(matches!(flow.screen, Screen::Step(_)), flow.settings.locale);
    let large_text = use_text_size(flow.settings.remember, props.host.large_text, handed_over);
    use_effect_with(flow.settings.locale, |locale| {
        crate::platform::browser::set_document_language(*locale)
    });

    // One callback for every message, created once, so children's props stay equal between
    // renders and Yew redraws only what an answer changed.
    let on_msg = {
        let dispatcher = flow.dispatcher();
        use_callback((), move |msg: Msg, _| dispatcher.dispatch(msg))
    };
    let send = |msg: Msg| on_msg.reform(move |_: MouseEvent| msg.clone());
    let start_requested = props.start_requested;
    use_effect_with(on_msg.clone(), move |on_msg| if start_requested { on_msg.emit(Msg::Start) });
    #[cfg(feature = "journeys")]
    let on_remember = on_msg.reform(Msg::SetRemember);
    // Turning memory off is what deletes the kept answers (see `use_device_memory`).
    let on_forget = send(Msg::SetRemember(false));
    #[cfg(feature = "journeys")]
    let on_print = Callback::from(|_: MouseEvent| crate::platform::browser::print_page());

    #[cfg(not(feature = "journeys"))]
    let full_build_loader = || html! {
        <FullBuildLoader texts={texts.clone()} flow={(*flow).clone()} heading={heading.clone()} on_back={send(Msg::Back)} />
    };
    let screen = match flow.screen {
        // The questionnaire build's screens end at the first step (`in_questionnaire_build`).
        #[cfg(not(feature = "journeys"))]
        screen if !super::handoff::in_questionnaire_build(screen) => full_build_loader(),
        Screen::Start => start_card(
            &texts,
            StartCardProps {
                heading: heading.clone(),
                on_start: send(Msg::Start),
                remembered: flow.settings.remember,
                returned_after_days: flow.returned_after_days,
                on_forget,
                on_exercises: send(Msg::OpenExercises),
                on_diary: has_diary().then(|| send(Msg::OpenDiary)),
            },
        ),
        Screen::Step(index) => step_view(&texts, &flow, index, &heading, &on_msg),
        Screen::Emergency { .. } => emergency_screen(
            &texts,
            &EmergencyProps {
                heading: heading.clone(),
                on_review: send(Msg::Review),
                on_restart: send(Msg::Restart),
                rules: emergency_rules(&flow.least_alarming_completion()),
            },
        ),
        #[cfg(not(feature = "journeys"))]
        Screen::Result | Screen::Exercises { .. } | Screen::Exercise { .. } | Screen::Diary { .. } | Screen::CheckIn { .. } => full_build_loader(),
        #[cfg(feature = "journeys")]
        Screen::Result => html! {
            <ResultScreen flow={flow.clone()} heading={heading.clone()} on_restart={send(Msg::Restart)}
                on_back={send(Msg::Back)} on_exercises={send(Msg::OpenExercises)} {on_print} {on_remember} storage_available={props.storage_available}
                on_diary={send(Msg::OpenDiary)} />
        },
        #[cfg(feature = "journeys")]
        Screen::Exercises { from_result } => html! {
            <ExerciseList heading={heading.clone()} fits={fits_for(&flow.answers, from_result)}
                on_open={on_msg.reform(Msg::OpenExercise)} on_back={send(Msg::Back)} />
        },
        #[cfg(feature = "journeys")]
        Screen::Exercise { routine, from_result } => html! {
            <ExerciseRoutine key={routine.as_str()} heading={heading.clone()} fit={fit_for(&flow.answers, from_result, routine)} on_back={send(Msg::Back)} />
        },
        #[cfg(feature = "journeys")]
        Screen::Diary { from_start } => html! {
            <super::diary::diary_screen::DiaryScreen heading={heading.clone()} answers={flow.answers.clone()} can_start={!from_start}
                on_back={send(Msg::Back)} on_check_in={send(Msg::OpenCheckIn)} />
        },
        #[cfg(feature = "journeys")]
        Screen::CheckIn { .. } => html! {
            <super::diary::check_in::CheckInScreen heading={heading.clone()} on_back={send(Msg::Back)} on_restart={send(Msg::Restart)} />
        },
    };
    let host = &props.host;
    let is_emergency = matches!(flow.screen, Screen::Emergency { .. });
    let message = announcement(&texts, &flow);
    // The host's settings as attributes, not classes: every class in the questionnaire build is a
    // literal, which spares the first load the code of Yew's class sets (~1.6 kB brotli).
    let widget = html! {
        <div class="widget" data-compact={host.compact.then_some("")} data-embedded={host.embedded.then_some("")}
            data-theme={host.theme.as_str()} lang={flow.settings.locale.tag()} ref={root}>
            <header class="widget-header">
                <h1 class="widget-title">{ texts.t("app.title") }</h1>
                { language_switch(&texts, &on_msg) }
                { text_size_toggle(&texts, &large_text) }
            </header>
            <main class="widget-main">
                { screen }
                { memory_notice(&texts, memory_problem, !props.storage_available, flow.screen == Screen::Result) }
            </main>
            <footer class="widget-footer">
                <p>{ texts.t("footer.privacy") }</p>
                <p>{ texts.t("disclaimer.short") }</p>
            </footer>
            <div class="visually-hidden" aria-live="polite" aria-atomic="true">
                if !is_emergency { { message.clone() } }
            </div>
            <div class="visually-hidden" aria-live="assertive" aria-atomic="true">
                if is_emergency { { message } }
            </div>
        </div>
    };
    // Only the full build's result screen reads the host's settings from context (`use_host`):
    // the questionnaire build spares the provider, whose code is ~1.5 kB of the first load.
    #[cfg(feature = "journeys")]
    let widget = html! {
        <ContextProvider<Rc<HostConfig>> context={props.host.clone()}>{ widget }</ContextProvider<Rc<HostConfig>>>
    };
    // The full build's screens read their words from context (`use_texts`); the questionnaire
    // build hands them to its few components instead and spares the provider (~2 kB).
    #[cfg(feature = "journeys")]
    return html! {
        <ContextProvider<Texts> context={texts}>{ widget }</ContextProvider<Texts>>
    };
    #[cfg(not(feature = "journeys"))]
    widget
}

/// Whether this device (or, in the full build, this page) keeps a recovery diary.
fn has_diary() -> bool {
    #[cfg(feature = "journeys")]
    return super::diary::has_diary();
    #[cfg(not(feature = "journeys"))]
    return crate::platform::diary_store::exists();
}

thread_local! {
    /// The mounted app, so the full build can stop this one when it takes over.
    static MOUNTED: std::cell::RefCell<Option<yew::AppHandle<App>>> = const { std::cell::RefCell::new(None) };
}

/// Ends the mounted app (its nodes go with it): the full build is taking over.
pub fn stop() {
    if let Some(app) = MOUNTED.with(|mounted| mounted.borrow_mut().take()) {
        app.destroy();
    }
}

/// Reads the host's settings and the browser's language, loads that language's catalog, then
/// mounts the widget on `<body>`; in the full build started by a handoff, first takes over from
/// the questionnaire build.
pub fn start() {
    // Only the full build is ever started by a handoff (the questionnaire build is the page's
    // first): the questionnaire build leaves the reading of one out of its WebAssembly.
    #[cfg(feature = "journeys")]
    let handoff = crate::platform::full_build::take_handoff();
    #[cfg(not(feature = "journeys"))]
    let handoff: Option<String> = None;
    let takes_over = handoff.is_some();
    // A build taking over reads the same address the questionnaire build has already warned
    // about: one warning per ignored setting (embed.md), not one per build.
    let host = crate::platform::browser::host_config(!takes_over);
    let languages = crate::platform::browser::browser_languages();
    let languages = || languages.iter().map(String::as_str);
    let locale = host
        .lang
        .unwrap_or_else(|| region::locale_from_browser(languages()));
    let browser_region = region::browser_region(languages());
    let storage_available = crate::platform::storage::is_available();
    let handed_over = handoff.as_deref().and_then(|text| {
        // Both builds come from one source, so this cannot fail short of a bug; if it does,
        // the reader starts afresh rather than seeing two apps.
        super::handoff::decode(text)
            .map_err(|error| crate::platform::browser::warn(&error.to_string()))
            .ok()
    });
    if !takes_over {
        crate::platform::browser::register_service_worker();
    }
    // The language on screen: the handed-over flow's (the reader may have switched), else the
    // reader's.
    let shown = handed_over.as_ref().map_or(locale, |flow| flow.settings.locale);
    let mut props = AppProps {
        host: Rc::new(host),
        locale,
        storage_available,
        browser_region,
        handed_over,
        start_requested: false,
    };
    // The words come as a data file, fetched in parallel with the wasm (catalog_loader.rs); the
    // full build finds the page already holding it, so it asks for nothing new.
    crate::platform::catalog_loader::load_then(shown, move || {
        // The first render in a task apart from the start and the catalog's parse (browser.rs).
        crate::platform::browser::in_next_task(move || {
            // In the same task as the mount, so no frame shows neither app.
            if takes_over {
                crate::platform::full_build::stop_questionnaire();
            }
            // Read just before the mount clears <body> (the static card with it): no tap is lost.
            props.start_requested = crate::platform::browser::take_start_request();
            let app = yew::Renderer::<App>::with_props(props).render();
            MOUNTED.with(|mounted| *mounted.borrow_mut() = Some(app));
        });
    });
}
