//! Words on screen come from the content catalog only; this is the one door to it.

use yew::AttrValue;

use crate::content::{self, Entry, Locale};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Texts {
    pub locale: Locale,
}

impl Texts {
    /// The text for `key`; a missing key shows itself, so a gap is seen in review, not hidden.
    pub fn t(&self, key: &str) -> AttrValue {
        match content::entry(self.locale, key) {
            Some(entry) => AttrValue::Static(entry.text),
            None => AttrValue::from(key.to_owned()),
        }
    }

    /// The text for `key` with `{name}` placeholders filled in.
    pub fn fill(&self, key: &str, values: &[(&str, &str)]) -> AttrValue {
        let mut text = self.t(key).to_string();
        for (name, value) in values {
            text = text.replace(&format!("{{{name}}}"), value);
        }
        AttrValue::from(text)
    }

    /// Every entry of a list (`plan.acute.` -> `plan.acute.01`, `plan.acute.02`, ...).
    pub fn list(&self, prefix: &str) -> Vec<&'static Entry> {
        content::list(self.locale, prefix)
            .into_iter()
            .filter(|entry| {
                entry.key[prefix.len()..]
                    .bytes()
                    .all(|b| b.is_ascii_digit())
            })
            .collect()
    }
}
