//! Words on screen come from the content catalog only; this is the one door to it.
//! It also fills in the emergency number everywhere, so no screen can forget to, and
//! picks the Hong Kong wording of Traditional Chinese for readers there.

use yew::AttrValue;

use crate::content::{self, Entry, Locale};
use crate::platform::region::{number_phrase, EmergencyNumber};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Texts {
    pub locale: Locale,
    /// The emergency number alone, for the call button and its `tel:` link.
    pub number: AttrValue,
    /// What `{number}` becomes in a text: the number, or, when nobody said where the
    /// reader is, "112 or your local emergency number" (`emergency.or_local`, F81).
    number_phrase: AttrValue,
    /// Use `zh-Hant` entries' Hong Kong wording (`text_hk`) where they have one.
    hong_kong: bool,
}

impl Texts {
    /// Texts with a number known to be right for the reader (the host's, say).
    pub fn new(locale: Locale, number: &str) -> Texts {
        let number = AttrValue::from(number.to_owned());
        Texts {
            locale,
            number_phrase: number.clone(),
            number,
            hong_kong: false,
        }
    }

    /// Texts for a reader: `number` as chosen in region.rs (a fallback number is named with
    /// "or your local emergency number"), and Hong Kong wording when `hong_kong`.
    pub fn for_reader(locale: Locale, number: &EmergencyNumber, hong_kong: bool) -> Texts {
        let mut texts = Texts::new(locale, &number.digits);
        texts.hong_kong = hong_kong && locale == Locale::ZhHant;
        if number.is_fallback() {
            texts.number_phrase = AttrValue::from(number_phrase(number, locale, texts.hong_kong));
        }
        texts
    }

    /// The text for `key`; a missing key shows itself, so a gap is seen in review, not hidden.
    pub fn t(&self, key: &str) -> AttrValue {
        match self.entry_text(key) {
            Some(text) => self.with_number(text),
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

    /// Every item of a list (`plan.acute.` -> `plan.acute.01`, `plan.acute.02`, ...).
    pub fn list(&self, prefix: &str) -> Vec<AttrValue> {
        content::list(self.locale, prefix)
            .into_iter()
            .filter(|entry| {
                entry.key[prefix.len()..]
                    .bytes()
                    .all(|b| b.is_ascii_digit())
            })
            .map(|entry| self.with_number(self.wording(entry)))
            .collect()
    }

    /// The register's one-line summary of fact `id` in this language (empty for an unknown ID).
    pub fn fact_summary(&self, id: &str) -> &'static str {
        content::fact_summary(self.locale, id).unwrap_or("")
    }

    fn entry_text(&self, key: &str) -> Option<&'static str> {
        content::entry(self.locale, key).map(|entry| self.wording(entry))
    }

    /// The entry's text in the reader's regional wording.
    fn wording(&self, entry: &'static Entry) -> &'static str {
        if self.hong_kong {
            content::hong_kong_text(entry.key).unwrap_or(entry.text)
        } else {
            entry.text
        }
    }

    fn with_number(&self, text: &'static str) -> AttrValue {
        if text.contains("{number}") {
            AttrValue::from(text.replace("{number}", &self.number_phrase))
        } else {
            AttrValue::Static(text)
        }
    }
}
