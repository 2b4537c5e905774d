//! The reader's settings for the whole app, apart from any journey's answers: the language and
//! whether this device keeps what they enter. "Start again" and every journey leave them as they
//! are. (The larger-text choice is kept by its own hook, `components::text_size`.)

use crate::content::Locale;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    pub locale: Locale,
    /// The reader chose to keep their answers on this device.
    pub remember: bool,
}

impl Settings {
    pub fn new(locale: Locale) -> Settings {
        Settings {
            locale,
            remember: false,
        }
    }
}
