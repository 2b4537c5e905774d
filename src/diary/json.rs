//! Import of the diary's own JSON shape (see [`super::export::to_json`]): a small strict
//! parser for standard JSON, then field-by-field validation. A bad or foreign file gets an
//! error naming what is wrong, and nothing is changed.

use super::export::{JSON_FORMAT, JSON_VERSION};
use super::format::{parse_date, push_entry, DiaryError, EntryFields};
use super::Diary;
use crate::engine::Answers;

/// A parsed JSON value. Numbers are kept as their text: only small integers are accepted.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(String),
    Text(String),
    List(Vec<Json>),
    /// In file order; a repeated key is refused at parse time.
    Object(Vec<(String, Json)>),
}

/// Files bigger than this are not a diary (90 days of entries is a few kilobytes).
pub const MAX_IMPORT_BYTES: usize = 2_000_000;
const MAX_DEPTH: usize = 16;
/// The most members one object may have: a diary's largest object is the baseline, one member
/// per contract field. Repeated keys are looked for by comparing with every earlier key, so
/// without a bound a 2 MB file of distinct keys took most of a minute to refuse.
const MAX_MEMBERS: usize = 256;

fn corrupt(problem: impl Into<String>) -> DiaryError {
    DiaryError::Corrupt(problem.into())
}

pub fn parse(text: &str) -> Result<Json, String> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err("the file is too large to be a diary".to_owned());
    }
    let mut parser = Parser {
        bytes: text.as_bytes(),
        at: 0,
    };
    parser.skip_space();
    let value = parser.value(0)?;
    parser.skip_space();
    if parser.at != parser.bytes.len() {
        return Err(format!(
            "unexpected text after the JSON at byte {}",
            parser.at
        ));
    }
    Ok(value)
}

struct Parser<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Parser<'_> {
    fn skip_space(&mut self) {
        while self.at < self.bytes.len()
            && matches!(self.bytes[self.at], b' ' | b'\t' | b'\n' | b'\r')
        {
            self.at += 1;
        }
    }

    fn error(&self, what: &str) -> String {
        format!("not valid JSON: {what} at byte {}", self.at)
    }

    fn eat(&mut self, literal: &str) -> bool {
        if self.bytes[self.at..].starts_with(literal.as_bytes()) {
            self.at += literal.len();
            true
        } else {
            false
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, String> {
        if depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        match self.bytes.get(self.at) {
            Some(b'{') => self.object(depth),
            Some(b'[') => self.list(depth),
            Some(b'"') => self.string().map(Json::Text),
            Some(b't') if self.eat("true") => Ok(Json::Bool(true)),
            Some(b'f') if self.eat("false") => Ok(Json::Bool(false)),
            Some(b'n') if self.eat("null") => Ok(Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error("unexpected character")),
            None => Err(self.error("unexpected end")),
        }
    }

    fn number(&mut self) -> Result<Json, String> {
        let start = self.at;
        while self.at < self.bytes.len()
            && matches!(
                self.bytes[self.at],
                b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9'
            )
        {
            self.at += 1;
        }
        let text = std::str::from_utf8(&self.bytes[start..self.at])
            .map_err(|_| self.error("bad number"))?;
        Ok(Json::Number(text.to_owned()))
    }

    fn string(&mut self) -> Result<String, String> {
        self.at += 1; // the opening quote
        let mut out = String::new();
        loop {
            let rest = &self.bytes[self.at..];
            let plain = rest
                .iter()
                .position(|b| *b == b'"' || *b == b'\\' || *b < 0x20)
                .ok_or_else(|| self.error("unterminated string"))?;
            out.push_str(std::str::from_utf8(&rest[..plain]).map_err(|_| self.error("bad text"))?);
            self.at += plain;
            match self.bytes[self.at] {
                b'"' => {
                    self.at += 1;
                    return Ok(out);
                }
                b'\\' => {
                    let escape = *self
                        .bytes
                        .get(self.at + 1)
                        .ok_or_else(|| self.error("unterminated string"))?;
                    self.at += 2;
                    out.push(match escape {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.unicode_escape()?,
                        _ => return Err(self.error("bad escape")),
                    });
                }
                _ => return Err(self.error("control character in a string")),
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let digits = self
            .bytes
            .get(self.at..self.at + 4)
            .ok_or_else(|| self.error("bad \\u escape"))?;
        let text = std::str::from_utf8(digits).map_err(|_| self.error("bad \\u escape"))?;
        let code = u32::from_str_radix(text, 16).map_err(|_| self.error("bad \\u escape"))?;
        self.at += 4;
        Ok(code)
    }

    fn unicode_escape(&mut self) -> Result<char, String> {
        let first = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&first) {
            if !self.eat("\\u") {
                return Err(self.error("lone surrogate"));
            }
            let second = self.hex4()?;
            if !(0xDC00..0xE000).contains(&second) {
                return Err(self.error("lone surrogate"));
            }
            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else {
            first
        };
        char::from_u32(code).ok_or_else(|| self.error("bad \\u escape"))
    }

    fn list(&mut self, depth: usize) -> Result<Json, String> {
        self.at += 1;
        let mut items = Vec::new();
        self.skip_space();
        if self.eat("]") {
            return Ok(Json::List(items));
        }
        loop {
            self.skip_space();
            items.push(self.value(depth + 1)?);
            self.skip_space();
            if self.eat("]") {
                return Ok(Json::List(items));
            }
            if !self.eat(",") {
                return Err(self.error("expected , or ]"));
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json, String> {
        self.at += 1;
        let mut members: Vec<(String, Json)> = Vec::new();
        self.skip_space();
        if self.eat("}") {
            return Ok(Json::Object(members));
        }
        loop {
            self.skip_space();
            if self.bytes.get(self.at) != Some(&b'"') {
                return Err(self.error("expected a key"));
            }
            if members.len() == MAX_MEMBERS {
                return Err(self.error(&format!("an object with more than {MAX_MEMBERS} members")));
            }
            let key = self.string()?;
            if members.iter().any(|(existing, _)| *existing == key) {
                return Err(self.error(&format!("key {key:?} repeated")));
            }
            self.skip_space();
            if !self.eat(":") {
                return Err(self.error("expected :"));
            }
            self.skip_space();
            let value = self.value(depth + 1)?;
            members.push((key, value));
            self.skip_space();
            if self.eat("}") {
                return Ok(Json::Object(members));
            }
            if !self.eat(",") {
                return Err(self.error("expected , or }"));
            }
        }
    }
}

fn members<'a>(value: &'a Json, what: &str) -> Result<&'a [(String, Json)], DiaryError> {
    match value {
        Json::Object(members) => Ok(members),
        _ => Err(corrupt(format!("{what} is not an object"))),
    }
}

fn get<'a>(object: &'a [(String, Json)], key: &str) -> Option<&'a Json> {
    object
        .iter()
        .find(|(name, _)| name == key)
        .map(|(_, value)| value)
}

fn text<'a>(value: Option<&'a Json>, what: &str) -> Result<&'a str, DiaryError> {
    match value {
        Some(Json::Text(text)) => Ok(text),
        Some(_) => Err(corrupt(format!("{what} is not text"))),
        None => Err(corrupt(format!("{what} is missing"))),
    }
}

fn texts(value: &Json, what: &str) -> Result<Vec<String>, DiaryError> {
    match value {
        Json::List(items) => items
            .iter()
            .map(|item| match item {
                Json::Text(text) => Ok(text.clone()),
                _ => Err(corrupt(format!("{what}: every item must be text"))),
            })
            .collect(),
        _ => Err(corrupt(format!("{what} is not a list"))),
    }
}

fn only_keys(object: &[(String, Json)], allowed: &[&str], what: &str) -> Result<(), DiaryError> {
    match object
        .iter()
        .find(|(key, _)| !allowed.contains(&key.as_str()))
    {
        Some((key, _)) => Err(corrupt(format!("{what}: unknown field {key:?}"))),
        None => Ok(()),
    }
}

/// Reads an exported diary back. Foreign JSON, a newer version and damage are told apart.
pub fn from_json(file: &str) -> Result<Diary, DiaryError> {
    let value = parse(file.trim_start_matches('\u{feff}')).map_err(DiaryError::Corrupt)?;
    let Json::Object(top) = &value else {
        return Err(DiaryError::Foreign);
    };
    if get(top, "format") != Some(&Json::Text(JSON_FORMAT.to_owned())) {
        return Err(DiaryError::Foreign);
    }
    let version = match get(top, "version") {
        Some(Json::Number(digits)) if digits.bytes().all(|b| b.is_ascii_digit()) => digits
            .parse::<u32>()
            .map_err(|_| corrupt("version is not a small whole number"))?,
        _ => return Err(corrupt("version is missing or not a whole number")),
    };
    if version > JSON_VERSION {
        return Err(DiaryError::Newer { version });
    }
    if version != JSON_VERSION {
        return Err(corrupt(format!("unknown version {version}")));
    }
    only_keys(
        top,
        &["format", "version", "started_on", "baseline", "entries"],
        "diary",
    )?;
    let started_on = parse_date(text_field(top, "started_on")?, "started_on")?;
    let mut baseline = Answers::default();
    for (name, value) in members(
        get(top, "baseline").ok_or_else(|| corrupt("baseline is missing"))?,
        "baseline",
    )? {
        let values = texts(value, &format!("baseline.{name}"))?;
        let values: Vec<&str> = values.iter().map(String::as_str).collect();
        baseline
            .set_field(name, &values)
            .map_err(|error| corrupt(format!("baseline.{name}: {error}")))?;
    }
    let mut diary = Diary {
        started_on,
        baseline,
        entries: Vec::new(),
    };
    let Some(Json::List(entries)) = get(top, "entries") else {
        return Err(corrupt("entries is missing or not a list"));
    };
    for (index, item) in entries.iter().enumerate() {
        let what = format!("entries[{index}]");
        let object = members(item, &what)?;
        only_keys(
            object,
            &[
                "date",
                "pain",
                "trend",
                "red_flags",
                "pain_areas",
                "level",
                "note",
            ],
            &what,
        )?;
        let date = parse_date(
            text(get(object, "date"), &format!("{what}.date"))?,
            &format!("{what}.date"),
        )?;
        let mut fields = EntryFields::default();
        let set = |fields: &mut EntryFields, name: &str, value: String| {
            fields
                .set(name, value)
                .map_err(|problem| corrupt(format!("{what}: {problem}")))
        };
        match get(object, "pain") {
            Some(Json::Number(digits)) => set(&mut fields, "pain", digits.clone())?,
            _ => return Err(corrupt(format!("{what}.pain is missing or not a number"))),
        }
        set(
            &mut fields,
            "trend",
            text(get(object, "trend"), &format!("{what}.trend"))?.to_owned(),
        )?;
        set(
            &mut fields,
            "level",
            text(get(object, "level"), &format!("{what}.level"))?.to_owned(),
        )?;
        if let Some(note) = get(object, "note") {
            set(
                &mut fields,
                "note",
                text(Some(note), &format!("{what}.note"))?.to_owned(),
            )?;
        }
        for list in ["red_flags", "pain_areas"] {
            let value =
                get(object, list).ok_or_else(|| corrupt(format!("{what}.{list} is missing")))?;
            fields
                .set_list(list, texts(value, &format!("{what}.{list}"))?)
                .map_err(|problem| corrupt(format!("{what}: {problem}")))?;
        }
        let entry = fields
            .into_entry(date)
            .map_err(|problem| corrupt(format!("{what}: {problem}")))?;
        push_entry(&mut diary, entry)?;
    }
    Ok(diary)
}

fn text_field<'a>(object: &'a [(String, Json)], key: &str) -> Result<&'a str, DiaryError> {
    text(get(object, key), key)
}
