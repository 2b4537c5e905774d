//! Saving, moving and deleting the diary: JSON and CSV files, a FHIR file for a doctor, import
//! of a saved JSON file, a calendar reminder, and one-step delete. Every file is made here in
//! the browser.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::diary::export::{to_csv, to_json};
use crate::diary::format::DiaryError;
use crate::diary::ics::daily_reminder;
use crate::handover::diary_fhir::{diary_bundle, diary_file_name};
use crate::diary::json::from_json;
use crate::diary::Diary;
use crate::platform::diary_store::{download, today};
use crate::ui::hooks::use_texts;
use crate::ui::text::Texts;

/// What the last action on this panel did, for the status line.
#[derive(Debug, Clone, PartialEq)]
pub enum FileStatus {
    Imported(usize),
    ImportFailed(String),
    Deleted,
    DeleteFailed,
}

#[derive(Properties, PartialEq)]
pub struct FilesProps {
    /// The diary to export, if there is one.
    pub diary: Option<Diary>,
    /// Something is stored that can be deleted (a diary, or data this version cannot read).
    pub can_delete: bool,
    /// A diary read from an imported file (already validated).
    pub on_import: Callback<Diary>,
    pub on_delete: Callback<()>,
    pub status: Option<FileStatus>,
    pub on_status: Callback<FileStatus>,
}

/// The reader-facing reason an import failed.
pub fn import_problem(texts: &Texts, error: &DiaryError) -> String {
    match error {
        DiaryError::Foreign => texts.t("diary.import.foreign").to_string(),
        DiaryError::Newer { .. } => texts.t("diary.import.newer").to_string(),
        // The parser's own words name the field and what it expected.
        DiaryError::Corrupt(problem) => problem.clone(),
    }
}

#[function_component(DiaryFiles)]
pub fn diary_files(props: &FilesProps) -> Html {
    let texts = use_texts();
    let file_stem = format!("sciatica-diary-{}", today());
    let export = |kind: &'static str| {
        let diary = props.diary.clone();
        let stem = file_stem.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(diary) = diary.as_ref() else { return };
            match kind {
                "json" => download(&format!("{stem}.json"), "application/json", &to_json(diary)),
                _ => download(
                    &format!("{stem}.csv"),
                    "text/csv;charset=utf-8",
                    &format!("\u{feff}{}", to_csv(diary)),
                ),
            };
        })
    };
    let export_fhir = {
        let (diary, texts) = (props.diary.clone(), texts.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(diary) = diary.as_ref() else { return };
            let day = today();
            let text = |key: &str| texts.t(key).to_string();
            let bundle = diary_bundle(diary, day, texts.locale, &text);
            download(&diary_file_name(day), "application/fhir+json", &bundle);
        })
    };
    let reminder = {
        let (summary, description) = (
            texts.t("diary.reminder.summary"),
            texts.t("diary.reminder.description"),
        );
        Callback::from(move |_: MouseEvent| {
            let first = today().add_days(1).unwrap_or_else(today);
            download(
                "sciatica-diary-reminder.ics",
                "text/calendar",
                &daily_reminder(first, 20, 0, &summary, &description),
            );
        })
    };
    let on_file = {
        let (on_import, on_status, texts) = (
            props.on_import.clone(),
            props.on_status.clone(),
            texts.clone(),
        );
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            input.set_value("");
            let (on_import, on_status, texts) =
                (on_import.clone(), on_status.clone(), texts.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let text = wasm_bindgen_futures::JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|value| value.dyn_into::<js_sys::JsString>().ok())
                    .map(String::from);
                match text.map(|text| from_json(&text)) {
                    Some(Ok(diary)) => on_import.emit(diary),
                    Some(Err(error)) => {
                        on_status.emit(FileStatus::ImportFailed(import_problem(&texts, &error)))
                    }
                    None => on_status.emit(FileStatus::ImportFailed(
                        texts.t("diary.import.foreign").to_string(),
                    )),
                }
            });
        })
    };
    let on_delete = props.on_delete.reform(|_: MouseEvent| ());
    let has_diary = props.diary.is_some();
    let status = props.status.as_ref().map(|status| match status {
        FileStatus::Imported(count) => html! {
            <p class="diary-status" role="status">{ texts.fill("diary.import.done", &[("count", &count.to_string())]) }</p>
        },
        FileStatus::ImportFailed(problem) => html! {
            <p class="field-error" role="alert" data-import-error="">{ texts.fill("diary.import.error", &[("value", problem)]) }</p>
        },
        FileStatus::Deleted => html! { <p class="diary-status" role="status">{ texts.t("diary.deleted") }</p> },
        FileStatus::DeleteFailed => html! { <p class="field-error" role="alert">{ texts.t("diary.delete_failed") }</p> },
    });
    html! {
        <section class="diary-files no-print" aria-labelledby="diary-files-title">
            <h3 id="diary-files-title">{ texts.t("diary.files.title") }</h3>
            { status.unwrap_or_default() }
            <div class="nav nav-stack">
                if has_diary {
                    <button type="button" class="button button-secondary" data-action="export-json" onclick={export("json")}>{ texts.t("diary.export.json") }</button>
                    <button type="button" class="button button-secondary" data-action="export-csv" onclick={export("csv")}>{ texts.t("diary.export.csv") }</button>
                    <button type="button" class="button button-secondary" data-action="export-fhir" onclick={export_fhir}>{ texts.t("diary.export.fhir") }</button>
                    <button type="button" class="button button-secondary" data-action="reminder" onclick={reminder}>{ texts.t("diary.reminder") }</button>
                }
                // The input sits inside its label, so the label shows the focus ring (:focus-within).
                <label class="button button-secondary file-button">
                    { texts.t("diary.import") }
                    <input id="diary-import" class="visually-hidden" type="file" accept="application/json,.json" data-action="import"
                        aria-describedby="diary-import-hint" onchange={on_file} />
                </label>
                <p id="diary-import-hint" class="question-help">{ texts.t("diary.import.hint") }</p>
                if props.can_delete {
                    <button type="button" class="button button-danger" data-action="delete-diary" onclick={on_delete}>{ texts.t("diary.delete") }</button>
                }
            </div>
        </section>
    }
}
