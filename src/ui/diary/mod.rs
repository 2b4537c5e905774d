//! The recovery diary's screens: the diary (chart, table, files) and the daily check-in.
//!
//! The diary lives in this page's memory ([`session`]) as well as in storage, so a refused
//! write never loses an entry: the reader is told and offered the export.

pub mod chart;
pub mod check_in;
pub mod diary_screen;
pub mod files;

use std::cell::RefCell;

use crate::diary::{Change, Diary};
use crate::platform::diary_store::{self, Stored};

/// What this page knows about the diary.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Session {
    /// Loaded from storage once per page; `None` until the reader opts in (or imports).
    pub diary: Option<Diary>,
    /// The last write failed (or storage is blocked): the diary exists only in memory.
    pub unsaved: bool,
    pub blocked: bool,
    /// Data under our key this version cannot read, left as it is.
    pub unreadable: Option<String>,
    /// What the last check-in changed, shown on the check-in screen after saving.
    pub last_change: Option<Change>,
    loaded: bool,
}

thread_local! {
    static SESSION: RefCell<Session> = RefCell::new(Session::default());
}

/// The diary session, loaded from storage the first time it is asked for.
pub fn session() -> Session {
    SESSION.with(|cell| {
        let mut session = cell.borrow_mut();
        if !session.loaded {
            session.loaded = true;
            match diary_store::load() {
                Stored::Diary(diary) => session.diary = Some(diary),
                Stored::Nothing => {}
                Stored::Blocked => session.blocked = true,
                Stored::Unreadable(problem) => session.unreadable = Some(problem.to_string()),
            }
        }
        session.clone()
    })
}

/// Whether this device (or this page) holds a diary, for the start card's button.
pub fn has_diary() -> bool {
    session().diary.is_some()
}

/// Keeps `diary` in memory and writes it to storage; a refused write is remembered so the
/// screen says so and offers the export.
pub fn keep(diary: Diary, change: Option<Change>) {
    let saved = diary_store::save(&diary).is_ok();
    SESSION.with(|cell| {
        let mut session = cell.borrow_mut();
        session.loaded = true;
        session.diary = Some(diary);
        session.unsaved = !saved;
        session.unreadable = if saved {
            None
        } else {
            session.unreadable.take()
        };
        session.last_change = change;
    });
}

/// Deletes the diary everywhere; `false` if the storage refused.
pub fn delete() -> bool {
    let deleted = diary_store::wipe().is_ok();
    if deleted {
        SESSION.with(|cell| {
            let blocked = cell.borrow().blocked;
            *cell.borrow_mut() = Session {
                loaded: true,
                blocked,
                ..Session::default()
            };
        });
    }
    deleted
}
