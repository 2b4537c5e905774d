//! STUB: the bilingual catalog lands here (generated from the TOML files at build time).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Locale { ZhCn, En }
impl Locale {
    pub const ALL: &'static [Locale] = &[Locale::ZhCn, Locale::En];
    pub const fn tag(self) -> &'static str { match self { Locale::ZhCn => "zh-CN", Locale::En => "en" } }
    pub fn from_tag(tag: &str) -> Option<Locale> { match tag { "zh-CN" => Some(Locale::ZhCn), "en" => Some(Locale::En), _ => None } }
}
pub struct Entry { pub key: &'static str, pub text: &'static str, pub facts: &'static [&'static str] }
pub struct Fact { pub id: &'static str, pub source: &'static str, pub en: &'static str, pub zh: &'static str }
pub fn text(_locale: Locale, key: &'static str) -> &'static str { key }
pub fn entry(_locale: Locale, _key: &str) -> Option<&'static Entry> { None }
pub fn list(_locale: Locale, _prefix: &str) -> Vec<&'static Entry> { Vec::new() }
pub fn fact(_id: &str) -> Option<&'static Fact> { None }
pub fn default_emergency_number(locale: Locale) -> &'static str { match locale { Locale::ZhCn => "120", Locale::En => "112" } }
