//! Gets a language's catalog into the page: the text of its data file, from the page's
//! start-up script (src/web/startup.js, which requests the reader's language once the start
//! card's paint is recorded, at the moment the WebAssembly is requested), parsed once and
//! registered for the life of the page.
//!
//! Every request is for a static file that every reader gets (the language's catalog), so no
//! request depends on an answer.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::content::{self, Locale};

/// What a load ends with: nothing, or what went wrong, for the console. Boxed, so each step is
/// one function for every caller. Callbacks rather than `async`: the state machines of async
/// functions cost the first load several kB more than a promise's `then`.
pub type Done<T> = Box<dyn FnOnce(Result<T, String>)>;

/// Loads `locale`'s catalog, then calls `ready`; if it cannot be loaded, the page's start-up
/// watch (src/web/startup.js) shows its message with a retry, instead of a blank widget.
pub fn load_then(locale: Locale, ready: impl FnOnce() + 'static) {
    ensure_loaded(
        locale,
        Box::new(move |result| match result {
            Ok(()) => ready(),
            Err(problem) => {
                web_sys::console::error_1(&JsValue::from_str(&problem));
                report_startup_problem();
            }
        }),
    );
}

/// Loads `locale`'s catalog unless it is loaded already: its first data file, and in the full
/// build the rest too (README "Two builds"); then calls `done`, at once if it is loaded already.
pub fn ensure_loaded(locale: Locale, done: Done<()>) {
    if content::is_loaded(locale) {
        return done(Ok(()));
    }
    #[cfg(feature = "journeys")]
    let done: Done<()> = Box::new(move |first| {
        if let Err(problem) = first {
            return done(Err(problem));
        }
        fetch_text(
            locale,
            rest_name(locale),
            Box::new(move |text| {
                done(text.and_then(|text| parse(locale, text)).map(|rest| {
                    if !content::is_loaded(locale) {
                        content::register_rest(rest);
                    }
                }))
            }),
        );
    });
    ensure_first(locale, done);
}

/// The name the page knows a language's second data file by (src/web/postbuild.mjs): the
/// language's tag and `-more`, spelled out rather than formatted, since the questionnaire build
/// asks for it too.
const fn rest_name(locale: Locale) -> &'static str {
    match locale {
        Locale::ZhCn => "zh-CN-more",
        Locale::ZhHant => "zh-Hant-more",
        Locale::En => "en-more",
    }
}

/// In the questionnaire build, asks for the rest of `locale`'s catalog now, so that the full
/// build finds it in the page (fetched with it, at the first question or at a language switch:
/// the same file for every reader of that language, never on an answer). The promise is not
/// waited for: startup.js keeps it for the full build and handles its failure itself.
pub fn prefetch_rest(locale: Locale) {
    let _ = load_promise(rest_name(locale));
}

fn ensure_first(locale: Locale, done: Done<()>) {
    if crate::content::is_first_loaded(locale) {
        return done(Ok(()));
    }
    fetch_text(
        locale,
        locale.tag(),
        Box::new(move |text| {
            done(text.and_then(|text| {
                // Two loads of one language may overlap (two taps); the first to arrive is kept.
                if !content::is_loaded(locale) {
                    content::register(parse(locale, text)?);
                }
                Ok(())
            }))
        }),
    );
}

/// Reads a fetched data file of `locale`. Leaked once per file: every text on screen borrows
/// from it, for the page's life.
fn parse(locale: Locale, text: String) -> Result<content::Catalog, String> {
    let catalog = content::parse_data_file(text.leak()).map_err(|error| error.to_string())?;
    if catalog.locale != locale {
        return Err(format!(
            "the {} catalog file holds {}",
            locale.tag(),
            catalog.locale.tag()
        ));
    }
    Ok(catalog)
}

/// Gives `then` the text of the data file the page names `name` (`zh-CN`, `zh-CN-more`, ...)
/// through `sciaticaCatalog.load(name)` of startup.js.
fn fetch_text(locale: Locale, name: &str, then: Done<String>) {
    let failed = move |what: &str| format!("the {} catalog: {what}", locale.tag());
    let promise = match load_promise(name) {
        Ok(promise) => promise,
        Err(what) => return then(Err(failed(what))),
    };
    // One function for both outcomes: the file's text is a string, a failure never is.
    let settle = Closure::once_into_js(move |value: JsValue| {
        then(value.as_string().ok_or_else(|| {
            let reason = value.dyn_ref::<js_sys::Error>().map_or_else(
                || "no reason given, or the file is not text".to_owned(),
                |error| String::from(error.message()),
            );
            format!("the {} catalog: not loaded ({reason})", locale.tag())
        }))
    });
    let attached = js_sys::Reflect::get(&promise, &JsValue::from_str("then"))
        .ok()
        .and_then(|then| then.dyn_into::<js_sys::Function>().ok())
        .and_then(|then| then.call2(&promise, &settle, &settle).ok());
    if attached.is_none() {
        // Not a real promise: said as what it resolved with would be.
        let _ = settle.unchecked_into::<js_sys::Function>().call1(&JsValue::NULL, &JsValue::UNDEFINED);
    }
}

/// The promise of `sciaticaCatalog.load(name)`, or what the page lacks for it. Apart from
/// `fetch_text`, so each problem is a plain text and the message is made in one place.
fn load_promise(name: &str) -> Result<js_sys::Promise, &'static str> {
    let loader = catalog_script().ok_or("the page has no sciaticaCatalog (startup.js)")?;
    let load = js_sys::Reflect::get(&loader, &JsValue::from_str("load"))
        .ok()
        .and_then(|load| load.dyn_into::<js_sys::Function>().ok())
        .ok_or("sciaticaCatalog has no load()")?;
    load.call1(&loader, &JsValue::from_str(name))
        .ok()
        .and_then(|promise| promise.dyn_into::<js_sys::Promise>().ok())
        .ok_or("load() gave no promise")
}

/// `sciaticaCatalog`, set by startup.js. That script is deferred and comes before Trunk's wasm
/// loader (a module script, so deferred too), and such scripts run in document order: it has
/// run before any of this does, or failed to load (then the page has no start-up watch either).
fn catalog_script() -> Option<JsValue> {
    Some(super::browser::page_global("sciaticaCatalog")).filter(JsValue::is_object)
}

/// Tells src/web/startup.js that the app cannot start.
fn report_startup_problem() {
    if let Ok(event) = web_sys::Event::new("sciatica-startup-problem") {
        let _ = gloo::utils::window().dispatch_event(&event);
    }
}
