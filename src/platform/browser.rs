//! Browser glue: reading the host's settings, telling the host our height, the service worker.
//! Every call here degrades quietly: a sandboxed iframe or an old browser may refuse any of it,
//! and the questionnaire must still work.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::config::{HostConfig, SETTING_NAMES};
use crate::content::Locale;

pub fn warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(message));
}

/// The host's settings from the page address; with `warn_ignored`, one console warning per
/// ignored value (the build that starts first warns, a build taking over from it does not).
pub fn host_config(warn_ignored: bool) -> HostConfig {
    let search = gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default();
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok();
    // Only the settings we know are read, so nothing else in the address is ever touched.
    let pairs: Vec<(&str, String)> = SETTING_NAMES
        .iter()
        .filter_map(|&name| Some((name, params.as_ref()?.get(name)?)))
        .collect();
    let (config, warnings) =
        HostConfig::from_pairs(pairs.iter().map(|(name, value)| (*name, value.as_str())));
    if warn_ignored {
        for warning in &warnings {
            warn(warning);
        }
    }
    config
}

/// The reader's preferred languages (`navigator.languages`), best first; empty if refused.
/// Language and region are chosen from them in `region.rs`.
pub fn browser_languages() -> Vec<String> {
    gloo::utils::window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|language| language.as_string())
        .collect()
}

/// Keeps `<html lang>` true to the visible language, for screen readers and hyphenation.
pub fn set_document_language(locale: Locale) {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("lang", locale.tag());
    }
}

/// Whether the reader tapped Start on the static start card (index.html) before the app was
/// ready: src/web/startup.js marks `<html data-start-requested>`. Read once as the app mounts,
/// and cleared, so a later mount in the same page does not start by itself.
pub fn take_start_request() -> bool {
    let Some(root) = gloo::utils::document().document_element() else {
        return false;
    };
    let requested = root.has_attribute("data-start-requested");
    let _ = root.remove_attribute("data-start-requested");
    requested
}

/// Registers `sw.js` beside the page so the widget opens with no signal next time.
/// Only over http(s): a file:// preview has no service workers and needs none.
pub fn register_service_worker() {
    let window = gloo::utils::window();
    let protocol = window.location().protocol().unwrap_or_default();
    // Read through Reflect, which catches: in a sandboxed iframe (origin `null`) the getter
    // itself throws, and the widget must then simply run without offline mode.
    let has_service_workers =
        js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("serviceWorker"))
            .is_ok_and(|container| !container.is_undefined());
    if !(protocol == "https:" || protocol == "http:") || !has_service_workers {
        return;
    }
    let register = || {
        let promise = gloo::utils::window()
            .navigator()
            .service_worker()
            .register("./sw.js");
        let on_error = Closure::once(move |error: JsValue| {
            web_sys::console::warn_2(
                &JsValue::from_str("sciatica-check: offline mode unavailable:"),
                &error,
            );
        });
        let _ = promise.catch(&on_error);
        on_error.forget();
    };
    // After `load`, and then when the browser is idle: the precache must not compete with the
    // first question for the network or the main thread.
    let when_idle = move || {
        let callback = Closure::once_into_js(register);
        if gloo::utils::window()
            .request_idle_callback(callback.unchecked_ref())
            .is_err()
        {
            let _ = js_sys::Function::from(callback).call0(&JsValue::NULL);
        }
    };
    if gloo::utils::document().ready_state() == "complete" {
        when_idle();
    } else {
        // A plain listener: the window's `load` fires once. gloo's `EventListener::once` would
        // add its options object and their setters to the first load's WebAssembly.
        let on_load = Closure::once_into_js(when_idle);
        let _ = window.add_event_listener_with_callback("load", on_load.unchecked_ref());
    }
}

/// The page's global `name` (what its scripts share with the wasm: `sciaticaCatalog`, the full
/// build's entry and handoff); `undefined` when it has none.
pub fn page_global(name: &str) -> JsValue {
    js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// Sets the page's global `name`.
pub fn set_page_global(name: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(&js_sys::global(), &JsValue::from_str(name), value);
}

/// Runs `work` in a task of its own, soon: what is already done (the wasm's start, a catalog's
/// parse) and `work` (the first render) then never add up to one long task on a host's main
/// thread, which an embed on a phone without site isolation shares. A message to a channel,
/// not a timer: a timer in a page opened in the background waits up to a second.
pub fn in_next_task(work: impl FnOnce() + 'static) {
    let Ok(channel) = web_sys::MessageChannel::new() else {
        return work();
    };
    let callback = Closure::once_into_js(work);
    channel.port1().set_onmessage(Some(callback.unchecked_ref()));
    if channel.port2().post_message(&JsValue::NULL).is_err() {
        channel.port1().set_onmessage(None);
        let _ = js_sys::Function::from(callback).call0(&JsValue::NULL);
    }
}

/// The version of the messages the widget posts to its host (CHANGELOG.md: what hosts may rely on).
pub const MESSAGE_VERSION: i32 = 1;

thread_local! {
    /// Whether the widget's header (its top) is wholly in the host's viewport, as far as known.
    static TOP_IN_VIEW: std::cell::Cell<bool> = const { std::cell::Cell::new(true) };
}

/// Keeps [`TOP_IN_VIEW`] up to date for the element at the widget's top. An IntersectionObserver
/// in a cross-origin frame measures against the host's viewport, which is what matters here.
/// Built through Reflect so no more web-sys features are needed; a browser without it keeps
/// "in view", so no scroll request is ever sent.
pub fn watch_top_in_view(top: &web_sys::Element) {
    let window = gloo::utils::window();
    let Ok(constructor) = js_sys::Reflect::get(&window, &JsValue::from_str("IntersectionObserver"))
    else {
        return;
    };
    let Ok(constructor) = constructor.dyn_into::<js_sys::Function>() else {
        return;
    };
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(|entries: js_sys::Array| {
        for entry in entries.iter() {
            let ratio = js_sys::Reflect::get(&entry, &JsValue::from_str("intersectionRatio"))
                .ok()
                .and_then(|ratio| ratio.as_f64())
                .unwrap_or(1.0);
            TOP_IN_VIEW.with(|in_view| in_view.set(ratio >= 0.99));
        }
    });
    let options = js_sys::Object::new();
    let thresholds = js_sys::Array::of2(&JsValue::from_f64(0.0), &JsValue::from_f64(0.99));
    let _ = js_sys::Reflect::set(&options, &JsValue::from_str("threshold"), &thresholds);
    let arguments = js_sys::Array::of2(callback.as_ref(), &options);
    if let Ok(observer) = js_sys::Reflect::construct(&constructor, &arguments) {
        if let Ok(observe) = js_sys::Reflect::get(&observer, &JsValue::from_str("observe")) {
            let _ = observe
                .unchecked_into::<js_sys::Function>()
                .call1(&observer, top);
        }
        // One observer for the page's lifetime.
        callback.forget();
    }
}

/// The parent window, if the widget runs in a frame.
fn parent_window() -> Option<web_sys::Window> {
    let window = gloo::utils::window();
    let parent = window.parent().ok()??;
    (parent != window).then_some(parent)
}

fn post(parent: &web_sys::Window, fields: &[(&str, JsValue)]) {
    let message = js_sys::Object::new();
    for (name, value) in fields {
        let _ = js_sys::Reflect::set(&message, &JsValue::from_str(name), value);
    }
    let _ = parent.post_message(&message, "*");
}

/// Tells the host page how tall the widget is, so its iframe never scrolls.
/// The message holds the (coarse) height and the embed id only: never an answer or a result.
/// The host's origin is not known to the widget, hence `"*"`; nothing in it is private.
/// Without an embed id (a plain iframe pasted into a CMS or an AMP page) the same height also
/// goes out in the two forms such hosts understand: AMP's `embed-size` and Embedly's
/// `iframe.resize` (a JSON string).
pub fn post_height(embed_id: Option<&str>, height: i32) {
    let Some(parent) = parent_window() else {
        return;
    };
    post(
        &parent,
        &[
            ("type", "sciatica-check:height".into()),
            ("v", MESSAGE_VERSION.into()),
            ("id", embed_id.unwrap_or_default().into()),
            ("height", height.into()),
        ],
    );
    if embed_id.is_none() {
        post(
            &parent,
            &[
                ("sentinel", "amp".into()),
                ("type", "embed-size".into()),
                ("height", height.into()),
            ],
        );
        let embedly = format!(r#"{{"context":"iframe.resize","height":{height}}}"#);
        let _ = parent.post_message(&JsValue::from_str(&embedly), "*");
    }
}

/// Brings the widget's top into the host's view (after the reader moved to another screen,
/// which may be shorter than the last), only if the top is out of view. Scrolling the widget's
/// own document into view from inside its iframe scrolls the host page too (browsers scroll the
/// ancestor frames), so the host is asked nothing: the height stays the one message the widget
/// posts (embed.md).
pub fn bring_top_into_view() {
    if TOP_IN_VIEW.with(std::cell::Cell::get) {
        return;
    }
    if let Some(top) = gloo::utils::document().document_element() {
        top.scroll_into_view_with_bool(true);
    }
}

/// Watches `target`'s height and calls `on_height` with each new whole-pixel value.
/// Dropping the returned observer stops it.
pub struct HeightObserver {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl HeightObserver {
    pub fn watch(
        target: &web_sys::Element,
        mut on_height: impl FnMut(i32) + 'static,
    ) -> Option<HeightObserver> {
        let mut last = -1;
        let measured = target.clone();
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries: js_sys::Array| {
            let height = measured.get_bounding_client_rect().height().ceil() as i32;
            if height != last {
                last = height;
                on_height(height);
            }
        });
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(target);
        Some(HeightObserver {
            observer,
            _callback: callback,
        })
    }
}

impl Drop for HeightObserver {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

pub fn print_page() {
    let _ = gloo::utils::window().print();
}

/// Where the reader's "Larger text" choice is kept, only while they keep their answers.
const TEXT_SIZE_KEY: &str = "sciatica-check:text-size";

fn local_storage() -> Option<web_sys::Storage> {
    // An error, not a throw, where a sandboxed frame refuses storage.
    gloo::utils::window().local_storage().ok().flatten()
}

/// The reader's kept "Larger text" choice, if any.
pub fn load_text_size() -> Option<bool> {
    let value = local_storage()?.get_item(TEXT_SIZE_KEY).ok()??;
    match value.as_str() {
        "large" => Some(true),
        "normal" => Some(false),
        _ => None,
    }
}

/// Keeps the choice (`Some`) or forgets it (`None`); a refusing storage is not an error here.
pub fn keep_text_size(large: Option<bool>) {
    let Some(storage) = local_storage() else {
        return;
    };
    let _ = match large {
        Some(large) => storage.set_item(TEXT_SIZE_KEY, if large { "large" } else { "normal" }),
        None => storage.remove_item(TEXT_SIZE_KEY),
    };
}

/// Whether the page shows the larger text now (set by `apply_text_size`).
pub fn applied_text_size() -> bool {
    gloo::utils::document()
        .document_element()
        .is_some_and(|root| root.get_attribute("data-text-size").as_deref() == Some("large"))
}

/// Larger text is set on the page's root element, so every `rem` in the stylesheet grows with it.
pub fn apply_text_size(large: bool) {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = if large {
            root.set_attribute("data-text-size", "large")
        } else {
            root.remove_attribute("data-text-size")
        };
    }
}
