//! Gets a language's catalog into the page: the text of its data file, from the page's
//! start-up script (src/web/startup.js, which requests the reader's language once the start
//! card's paint is recorded, at the moment the WebAssembly is requested), parsed once and
//! registered for the life of the page.
//!
//! Every request is for a static file that every reader gets (the language's catalog), so no
//! request depends on an answer.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::content::{self, Locale};

/// Loads `locale`'s catalog, then calls `ready`; if it cannot be loaded, the page's start-up
/// watch (src/web/startup.js) shows its message with a retry, instead of a blank widget.
pub fn load_then(locale: Locale, ready: impl FnOnce() + 'static) {
    wasm_bindgen_futures::spawn_local(async move {
        match ensure_loaded(locale).await {
            Ok(()) => ready(),
            Err(problem) => {
                web_sys::console::error_1(&JsValue::from_str(&problem));
                report_startup_problem();
            }
        }
    });
}

/// Loads `locale`'s catalog unless it is loaded already: its first data file, and in the full
/// build the rest too (README "Two builds"). The error says what went wrong, for the console.
pub async fn ensure_loaded(locale: Locale) -> Result<(), String> {
    if content::is_loaded(locale) {
        return Ok(());
    }
    ensure_first(locale).await?;
    #[cfg(feature = "journeys")]
    {
        let text = fetch_text(locale, rest_name(locale)).await?;
        let rest = parse(locale, text)?;
        if !content::is_loaded(locale) {
            content::register_rest(rest);
        }
    }
    Ok(())
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
/// the same file for every reader of that language, never on an answer).
pub fn prefetch_rest(locale: Locale) {
    wasm_bindgen_futures::spawn_local(async move {
        let _ = fetch_text(locale, rest_name(locale)).await;
    });
}

async fn ensure_first(locale: Locale) -> Result<(), String> {
    if crate::content::is_first_loaded(locale) {
        return Ok(());
    }
    let text = fetch_text(locale, locale.tag()).await?;
    // Two loads of one language may overlap (two taps); the first to arrive is kept.
    if content::is_loaded(locale) {
        return Ok(());
    }
    let catalog = parse(locale, text)?;
    content::register(catalog);
    Ok(())
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

/// The text of the data file the page names `name` (`zh-CN`, `zh-CN-more`, ...) through
/// `sciaticaCatalog.load(name)` of startup.js.
async fn fetch_text(locale: Locale, name: &str) -> Result<String, String> {
    let failed = |what: &str| format!("the {} catalog: {what}", locale.tag());
    let promise = load_promise(name).map_err(failed)?;
    let text = JsFuture::from(promise).await.map_err(|error| {
        let reason = error.dyn_ref::<js_sys::Error>().map_or_else(
            || "no reason given".to_owned(),
            |error| String::from(error.message()),
        );
        failed(&format!("not loaded ({reason})"))
    })?;
    text.as_string()
        .ok_or_else(|| failed("the file is not text"))
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
