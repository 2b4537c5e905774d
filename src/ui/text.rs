//! Words on screen come from the content catalog only; this is the one door to it.
//! It also fills in the emergency number everywhere, so no screen can forget to.

use yew::AttrValue;

use crate::content::{self, Locale};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Texts {
    pub locale: Locale,
    /// The emergency number for `{number}`: the host's, else the locale's (F73).
    pub number: AttrValue,
}

impl Texts {
    pub fn new(locale: Locale, number: &str) -> Texts {
        Texts {
            locale,
            number: AttrValue::from(number.to_owned()),
        }
    }

    /// The text for `key`; a missing key shows itself, so a gap is seen in review, not hidden.
    pub fn t(&self, key: &str) -> AttrValue {
        match content::entry(self.locale, key) {
            Some(entry) => self.with_number(entry.text),
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
            .map(|entry| self.with_number(entry.text))
            .collect()
    }

    /// The register's one-line summary of fact `id` in this language (empty for an unknown ID).
    pub fn fact_summary(&self, id: &str) -> &'static str {
        content::fact(id).map_or("", |fact| match self.locale {
            Locale::ZhCn => fact.zh,
            Locale::En => fact.en,
        })
    }

    fn with_number(&self, text: &'static str) -> AttrValue {
        if text.contains("{number}") {
            AttrValue::from(text.replace("{number}", &self.number))
        } else {
            AttrValue::Static(text)
        }
    }
}
