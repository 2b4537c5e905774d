//! The diary on this device: its own storage key, apart from the kept answers, written only
//! after the reader starts a diary. Stored data is validated like any input: damaged or
//! foreign data is reported and left for the reader to export or delete, never silently
//! dropped; a newer version's diary is left alone. A refused write is reported, so the
//! screen keeps the entry in memory and offers the export.

use crate::diary::format::{self, DiaryError};
use crate::diary::Diary;
use crate::engine::LocalDate;
use wasm_bindgen::JsCast;

/// Separate from `sciatica-check:answers`: forgetting the answers keeps the diary and back.
pub const KEY: &str = "sciatica-check:diary";

/// What the device holds.
#[derive(Debug, Clone, PartialEq)]
pub enum Stored {
    Nothing,
    Diary(Diary),
    /// Something under our key that this version cannot read (kept as it is).
    Unreadable(DiaryError),
    /// The browser refuses storage altogether (sandboxed frame, strict privacy mode).
    Blocked,
}

/// The storage refused a write or a delete.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StorageRefused;

fn local_storage() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// Whether anything is stored under the diary's key, read or not: enough for the questionnaire
/// build's start card to offer the diary, without the code that reads one.
pub fn exists() -> bool {
    local_storage().is_some_and(|storage| storage.get_item(KEY).ok().flatten().is_some())
}

pub fn load() -> Stored {
    let Some(storage) = local_storage() else {
        return Stored::Blocked;
    };
    match storage.get_item(KEY) {
        Ok(Some(text)) => match format::decode(&text) {
            Ok(diary) => Stored::Diary(diary),
            Err(problem) => {
                super::browser::warn(&format!("sciatica-check: {problem}; left as it is"));
                Stored::Unreadable(problem)
            }
        },
        Ok(None) => Stored::Nothing,
        Err(_) => Stored::Blocked,
    }
}

pub fn save(diary: &Diary) -> Result<(), StorageRefused> {
    local_storage()
        .ok_or(StorageRefused)?
        .set_item(KEY, &format::encode(diary))
        .map_err(|_| StorageRefused)
}

/// Deletes the diary in one step. Nothing stored (or no storage) is success.
pub fn wipe() -> Result<(), StorageRefused> {
    match local_storage() {
        Some(storage) => storage.remove_item(KEY).map_err(|_| StorageRefused),
        None => Ok(()),
    }
}

/// The reader's local calendar date.
pub fn today() -> LocalDate {
    let now = js_sys::Date::new_0();
    LocalDate::from_ymd(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or_else(|| LocalDate::from_ymd(2026, 1, 1).expect("a valid date"))
}

/// Saves `text` as a file made here in the browser (Blob + object URL + `<a download>`).
pub fn download(file_name: &str, mime: &str, text: &str) -> bool {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let document = gloo::utils::document();
    let made = document
        .create_element("a")
        .ok()
        .and_then(|element| element.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .map(|link| {
            link.set_href(&url);
            link.set_download(file_name);
            link.click();
        })
        .is_some();
    let _ = web_sys::Url::revoke_object_url(&url);
    made
}
