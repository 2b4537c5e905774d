//! "For your doctor" on the result screen: save the answers as a FHIR file, show them as a QR
//! code, or share them. Everything is made here in the browser; nothing is sent anywhere
//! (the file is a Blob behind an object URL, sharing happens only on the reader's tap). The QR
//! code also goes on the printed summary, so a paper copy carries it. It is drawn by
//! src/web/qr.js, a same-origin script that comes with the full build (README "Two builds"; so
//! the way to the first question does not fetch it), into each `data-qr-text` element: the one on
//! screen and the print-only one, so every printed summary carries the code.

use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::engine::{assess, Answers};
use crate::handover::fhir::{file_name, questionnaire_response};
use crate::handover::summary::{first_line, summary};
use crate::handover::Handover;
use crate::engine::LocalDate;
use crate::ui::hooks::use_texts;
use crate::ui::text::Texts;

#[derive(Properties, PartialEq)]
pub struct HandoverProps {
    pub answers: Answers,
}

/// What the file, the summary and the QR code are made of.
#[derive(Clone, PartialEq)]
struct Made {
    file_name: String,
    json: String,
    summary: String,
    /// The summary's first line, the QR code's accessible name.
    qr_label: String,
}

/// The reader's local calendar date, as their device shows it.
fn today() -> LocalDate {
    let now = js_sys::Date::new_0();
    LocalDate::from_ymd(now.get_full_year() as i32, now.get_month() + 1, now.get_date())
        .or_else(|| LocalDate::from_ymd(1970, 1, 1))
        .expect("1970-01-01 is a date")
}

fn make(answers: &Answers, texts: &Texts) -> Made {
    let assessment = assess(answers);
    let handover = Handover { answers, assessment: &assessment, date: today(), locale: texts.locale };
    let text = |key: &str| texts.t(key).to_string();
    let summary = summary(&handover, &text);
    Made {
        file_name: file_name(&handover),
        json: questionnaire_response(&handover, &text),
        qr_label: first_line(&handover, &text),
        summary,
    }
}

/// A file the browser saves: a Blob behind an object URL, clicked through a temporary link.
fn download(name: &str, json: &str) -> Option<()> {
    let parts = Array::of1(&JsValue::from_str(json));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/fhir+json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let document = web_sys::window()?.document()?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&url);
    link.set_download(name);
    link.set_hidden(true);
    document.body()?.append_child(&link).ok()?;
    link.click();
    link.remove();
    web_sys::Url::revoke_object_url(&url).ok()
}

/// Loads the QR code script named by the build (`<meta name="sciatica-qr-script">`), once.
fn load_qr_script() -> Option<()> {
    let document = web_sys::window()?.document()?;
    if document.query_selector("script[data-qr-script]").ok()?.is_some() {
        return Some(());
    }
    let source = document
        .query_selector(r#"meta[name="sciatica-qr-script"]"#)
        .ok()??
        .get_attribute("content")?;
    let script = document.create_element("script").ok()?;
    script.set_attribute("src", &source).ok()?;
    script.set_attribute("data-qr-script", "").ok()?;
    document.head()?.append_child(&script).ok()?;
    Some(())
}

/// `navigator[name]` when it is a function, bound to its owner.
fn method(owner: &JsValue, name: &str) -> Option<Function> {
    let function: Function = Reflect::get(owner, &JsValue::from_str(name)).ok()?.dyn_into().ok()?;
    Some(function.bind0(owner))
}

/// Runs `then` with whether `promise` was fulfilled.
fn settle(promise: Promise, then: impl FnOnce(bool) + 'static) {
    let then = std::rc::Rc::new(std::cell::Cell::new(Some(then)));
    let (on_ok, on_error) = (then.clone(), then);
    let fulfilled = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| {
        if let Some(then) = on_ok.take() {
            then(true);
        }
    });
    let rejected = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| {
        if let Some(then) = on_error.take() {
            then(false);
        }
    });
    let _ = promise.then2(&fulfilled, &rejected);
    // The promise settles once, after this returns: the two small closures live on (one pair
    // per tap of Share, never on their own).
    fulfilled.forget();
    rejected.forget();
}

/// Shares the summary (and the file where the browser can) with the Web Share API; without
/// it, copies the summary to the clipboard and reports `Copied` or `CopyFailed`.
fn share(made: &Made, title: &str, status: UseStateHandle<Status>) {
    let Some(navigator) = web_sys::window().map(|window| JsValue::from(window.navigator())) else {
        return status.set(Status::CopyFailed);
    };
    if let Some(share) = method(&navigator, "share") {
        let data = Object::new();
        let _ = Reflect::set(&data, &"title".into(), &title.into());
        let _ = Reflect::set(&data, &"text".into(), &made.summary.as_str().into());
        let options = web_sys::FilePropertyBag::new();
        options.set_type("application/json");
        let file = web_sys::File::new_with_str_sequence_and_options(
            &Array::of1(&made.json.as_str().into()),
            &made.file_name,
            &options,
        );
        if let (Ok(file), Some(can_share)) = (file, method(&navigator, "canShare")) {
            let with_file = Object::new();
            let _ = Reflect::set(&with_file, &"files".into(), &Array::of1(&file));
            if can_share.call1(&navigator, &with_file).ok().and_then(|ok| ok.as_bool()) == Some(true) {
                let _ = Reflect::set(&data, &"files".into(), &Array::of1(&file));
            }
        }
        // A cancelled share is the reader's choice: nothing to report.
        if let Ok(promise) = share.call1(&navigator, &data).and_then(|p| p.dyn_into::<Promise>()) {
            settle(promise, |_| ());
        }
        return;
    }
    let write = Reflect::get(&navigator, &"clipboard".into())
        .ok()
        .filter(|clipboard| !clipboard.is_undefined())
        .and_then(|clipboard| method(&clipboard, "writeText").map(|write| (clipboard, write)));
    let promise = write.and_then(|(clipboard, write)| {
        write.call1(&clipboard, &made.summary.as_str().into()).ok()?.dyn_into::<Promise>().ok()
    });
    match promise {
        Some(promise) => settle(promise, move |ok| status.set(if ok { Status::Copied } else { Status::CopyFailed })),
        None => status.set(Status::CopyFailed),
    }
}

/// The last thing done, said in the live region.
#[derive(Clone, Copy, PartialEq)]
enum Status {
    None,
    Saved,
    Copied,
    CopyFailed,
}

#[function_component(HandoverPanel)]
pub fn handover_panel(props: &HandoverProps) -> Html {
    let texts = use_texts();
    let made = {
        let texts = texts.clone();
        use_memo((props.answers.clone(), texts.locale, texts.clone()), move |(answers, _, _)| make(answers, &texts))
    };
    let show_qr = use_state(|| false);
    let status = use_state(|| Status::None);
    let on_save = {
        let (made, status) = (made.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            if download(&made.file_name, &made.json).is_some() {
                status.set(Status::Saved);
            }
        })
    };
    let on_qr = {
        let show_qr = show_qr.clone();
        Callback::from(move |_: MouseEvent| {
            load_qr_script();
            show_qr.set(!*show_qr)
        })
    };
    let on_share = {
        let (made, status, title) = (made.clone(), status.clone(), texts.t("handover.heading"));
        Callback::from(move |_: MouseEvent| share(&made, &title, status.clone()))
    };
    let message = match *status {
        Status::None => AttrValue::default(),
        Status::Saved => texts.fill("handover.saved", &[("name", &made.file_name)]),
        Status::Copied => texts.t("handover.copied"),
        Status::CopyFailed => texts.t("handover.copy_failed"),
    };
    html! { <>
        <section class="card handover" aria-labelledby="handover-title">
            <h3 id="handover-title">{ texts.t("handover.heading") }</h3>
            <p>{ texts.t("handover.lead") }</p>
            <div class="handover-actions">
                <button type="button" class="button button-secondary" data-action="save-fhir" onclick={on_save}>{ texts.t("handover.save") }</button>
                <button type="button" class="button button-secondary" data-action="show-qr" aria-expanded={(*show_qr).to_string()}
                    aria-controls="handover-qr" onclick={on_qr}>
                    { texts.t(if *show_qr { "handover.hide_qr" } else { "handover.show_qr" }) }</button>
                <button type="button" class="button button-secondary" data-action="share" onclick={on_share}>{ texts.t("handover.share") }</button>
            </div>
            <p class="handover-status" role="status">{ message }</p>
            <div id="handover-qr" class="handover-qr" hidden={!*show_qr}>
                if *show_qr {
                    <div data-qr-text={made.summary.clone()} data-qr-label={made.qr_label.clone()}></div>
                    <p class="question-help">{ texts.t("handover.qr_help") }</p>
                }
            </div>
        </section>
        <div class="print-only handover-print" aria-hidden="true"
            data-qr-text={made.summary.clone()} data-qr-label={made.qr_label.clone()}></div>
    </> }
}
