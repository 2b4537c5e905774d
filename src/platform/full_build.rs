//! The second build of the widget, and how the page moves from the first to it.
//!
//! The page first loads the questionnaire build (start card, the first step's red-flag checklist,
//! emergency screen): all a reader needs to answer the first question and be sent for help if it
//! calls for that, which keeps the way to the first question light. The full build (the same
//! code with the `journeys` feature: the later steps, the result, its handover to a doctor, the
//! exercises, the diary) is a second WebAssembly module. Its loader script,
//! `full-boot-<hash>.js`, named by the build in `<meta name="sciatica-full-build">`, is added
//! when the first question shows (every reader gets there, so the request says nothing about an
//! answer: ui::hooks::use_full_build_prefetch):
//! it fetches and compiles the module in the background and then offers
//! `sciaticaFullBuild.start(flow)`. Going past the first step, the questionnaire build hands
//! its flow over as text (ui::handoff) and the full build, as it starts, stops the questionnaire
//! build's app (`sciaticaStopQuestionnaire`) and mounts its own in the same place.

use std::cell::Cell;

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::browser::{page_global, set_page_global};

const LOADER_META: &str = r#"meta[name="sciatica-full-build"]"#;
const LOADER_MARK: &str = "data-full-build";
/// The loader script once added (`script[LOADER_MARK]`), spelled out rather than formatted.
const LOADER_SCRIPT: &str = "script[data-full-build]";
const ENTRY: &str = "sciaticaFullBuild";
const HANDOFF: &str = "sciaticaHandoff";
const STOP: &str = "sciaticaStopQuestionnaire";

thread_local! {
    /// Loader scripts that failed so far: a browser keeps a failed module script's result for the
    /// page's life, so each new try asks for the same file under a new address (`?try=N`).
    static FAILED_TRIES: Cell<u32> = const { Cell::new(0) };
}

/// Adds the full build's loader script once; `then` runs with whether it is ready. Boxed, so
/// the prefetch and the handover share one copy of this function instead of one each.
fn load(then: Box<dyn FnOnce(bool)>) {
    if !page_global(ENTRY).is_undefined() {
        return then(true);
    }
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return then(false);
    };
    let existing = document.query_selector(LOADER_SCRIPT).ok().flatten();
    let script = match existing {
        Some(script) => script,
        None => {
            // "<src> <integrity>", written by src/web/postbuild.mjs.
            let content = document
                .query_selector(LOADER_META)
                .ok()
                .flatten()
                .and_then(|meta| meta.get_attribute("content"));
            let Some(content) = content else {
                return then(false);
            };
            let mut parts = content.split_whitespace();
            let (Some(src), integrity) = (parts.next(), parts.next()) else {
                return then(false);
            };
            let Ok(script) = document.create_element("script") else {
                return then(false);
            };
            let _ = script.set_attribute("type", "module");
            let _ = script.set_attribute(LOADER_MARK, "");
            if let Some(integrity) = integrity {
                let _ = script.set_attribute("integrity", integrity);
                let _ = script.set_attribute("crossorigin", "anonymous");
            }
            let tries = FAILED_TRIES.with(Cell::get);
            let mut src = src.to_owned();
            if tries > 0 {
                src.push_str("?try=");
                src.push_str(&tries.to_string());
            }
            let _ = script.set_attribute("src", &src);
            match document.head() {
                Some(head) if head.append_child(&script).is_ok() => script,
                _ => return then(false),
            }
        }
    };
    // Settles on the script's `load` (it has run and set the entry) or `error`: a script fires
    // one of them, once, so one single-use function serves both. A script that failed goes, so
    // the next try (the reader's "Try again") adds a new one.
    let failed_script = script.clone();
    let settle = Closure::once_into_js(move |event: web_sys::Event| {
        if event.type_() == "error" {
            failed_script.remove();
            FAILED_TRIES.with(|tries| tries.set(tries.get() + 1));
        }
        then(!page_global(ENTRY).is_undefined());
    });
    let function: &Function = settle.unchecked_ref();
    let _ = script.add_event_listener_with_callback("load", function);
    let _ = script.add_event_listener_with_callback("error", function);
}

/// Starts fetching and compiling the full build in the background (idempotent).
pub fn prefetch() {
    load(Box::new(|_| {}));
}

/// Hands `flow` (ui::handoff's text) to the full build; `stop` ends this build's app when the
/// full build is about to mount. `failed` runs if the full build cannot be loaded (offline
/// before it was ever fetched, say), so the screen can offer to try again; nothing is lost.
pub fn hand_over(flow: String, stop: impl FnOnce() + 'static, failed: impl FnOnce() + 'static) {
    load(Box::new(move |ready| {
        let entry = page_global(ENTRY);
        let start = Reflect::get(&entry, &JsValue::from_str("start"))
            .ok()
            .and_then(|start| start.dyn_into::<Function>().ok());
        let (true, Some(start)) = (ready, start) else {
            return failed();
        };
        let stop = Closure::once(stop);
        set_page_global(STOP, stop.as_ref());
        stop.forget();
        let promise = start
            .call1(&entry, &JsValue::from_str(&flow))
            .ok()
            .and_then(|value| value.dyn_into::<Promise>().ok());
        let Some(promise) = promise else {
            return failed();
        };
        let on_error = Closure::once(move |_: JsValue| failed());
        let _ = promise.catch(&on_error);
        on_error.forget();
    }));
}

/// In the full build: the flow handed over, if this start is a handoff (taken once).
pub fn take_handoff() -> Option<String> {
    let flow = page_global(HANDOFF).as_string()?;
    set_page_global(HANDOFF, &JsValue::UNDEFINED);
    Some(flow)
}

/// In the full build: ends the questionnaire build's app, just before this one mounts.
pub fn stop_questionnaire() {
    if let Ok(stop) = page_global(STOP).dyn_into::<Function>() {
        let _ = stop.call0(&JsValue::NULL);
    }
    set_page_global(STOP, &JsValue::UNDEFINED);
}
