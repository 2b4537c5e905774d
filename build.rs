//! Compiles the content catalog (`src/content/*.toml`) into static Rust data.
//!
//! The TOML files are the reviewable source of every word on screen. This script checks
//! them and writes `$OUT_DIR/catalog.rs`: sorted `static` arrays that `src/content/mod.rs`
//! includes. Nothing is parsed at run time, so neither `toml` nor `serde` reaches the
//! WebAssembly. Any mistake a translator or clinician can make in the files stops the
//! build with a message naming the file, the key and the fix.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs, process};

use serde::Deserialize;

const FACTS_FILE: &str = "src/content/facts.toml";
/// The register's summaries in Traditional Chinese, kept apart so `facts.toml` stays as
/// its editors know it.
const FACTS_ZH_HANT_FILE: &str = "src/content/facts-zh-Hant.toml";

/// Catalog files, in the order of `content::Locale::ALL`, each with the name of the
/// static array generated for it. The first is the reference the others must match.
const LOCALE_FILES: &[(&str, &str)] = &[
    ("src/content/zh-CN.toml", "ZH_CN_ENTRIES"),
    ("src/content/zh-Hant.toml", "ZH_HANT_ENTRIES"),
    ("src/content/en.toml", "EN_ENTRIES"),
];

/// The one catalog whose entries may carry a Hong Kong wording (`text_hk`) beside the
/// Taiwan wording in `text`; it is the same language as the reference, so its entries
/// must also name exactly the reference's facts.
const REGIONAL_FILE: &str = "src/content/zh-Hant.toml";

/// How a table should look, quoted when a file does not parse.
const FACT_SHAPE: &str = "each fact is a table such as [F01] holding `source`, `en` and `zh`";
const ENTRY_SHAPE: &str = "each entry is a table with a quoted key such as [\"start.title\"] \
                           holding `text` and, optionally, `facts` (and in zh-Hant.toml `text_hk`)";
const FACT_TEXT_SHAPE: &str = "each fact is a table such as [F01] holding `text`";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FactRecord {
    source: String,
    en: String,
    zh: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntryRecord {
    text: String,
    /// Hong Kong (and Macao) wording where it differs from `text` (zh-Hant.toml only).
    #[serde(default)]
    text_hk: Option<String>,
    #[serde(default)]
    facts: Vec<String>,
}

/// One summary of a fact in another script (`facts-zh-Hant.toml`).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FactTextRecord {
    text: String,
}

/// One locale file after parsing, keyed (and so sorted) by entry key.
struct Catalog {
    file: &'static str,
    static_name: &'static str,
    entries: BTreeMap<String, EntryRecord>,
}

/// Every problem found, so one build run reports them all instead of one per run.
#[derive(Default)]
struct Problems(Vec<String>);

impl Problems {
    fn add(&mut self, file: &str, message: impl Into<String>) {
        self.0.push(format!("{file}: {}", message.into()));
    }

    /// Stops the build if anything was found. Cargo shows a failed build script's
    /// standard error, so the list below is what the editor sees.
    fn fail_if_any(&self) {
        if self.0.is_empty() {
            return;
        }
        eprintln!(
            "\nThe content catalog has {} problem(s); fix them and build again \
             (see CONTENT.md):\n",
            self.0.len()
        );
        for problem in &self.0 {
            eprintln!("  - {problem}");
        }
        eprintln!();
        process::exit(1);
    }
}

fn main() {
    let manifest_dir = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("set by Cargo"));
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("set by Cargo"));
    let fact_files = [FACTS_FILE, FACTS_ZH_HANT_FILE];
    for file in fact_files
        .into_iter()
        .chain(LOCALE_FILES.iter().map(|(file, _)| *file))
    {
        println!("cargo:rerun-if-changed={file}");
    }

    let mut problems = Problems::default();
    let facts: Option<BTreeMap<String, FactRecord>> =
        parse_file(&manifest_dir, FACTS_FILE, FACT_SHAPE, &mut problems);
    let facts_zh_hant: Option<BTreeMap<String, FactTextRecord>> = parse_file(
        &manifest_dir,
        FACTS_ZH_HANT_FILE,
        FACT_TEXT_SHAPE,
        &mut problems,
    );
    let catalogs: Vec<Option<Catalog>> = LOCALE_FILES
        .iter()
        .map(|&(file, static_name)| {
            parse_file(&manifest_dir, file, ENTRY_SHAPE, &mut problems).map(|entries| Catalog {
                file,
                static_name,
                entries,
            })
        })
        .collect();

    // Each file that parsed is checked on its own; checks across files run only when
    // the files they compare parsed, since a half-read file would only add noise.
    if let Some(facts) = &facts {
        check_facts(facts, &mut problems);
        if let Some(summaries) = &facts_zh_hant {
            check_fact_texts(facts, summaries, &mut problems);
        }
    }
    for catalog in catalogs.iter().flatten() {
        check_catalog(catalog, facts.as_ref(), &mut problems);
    }
    let catalogs: Option<Vec<Catalog>> = catalogs.into_iter().collect();
    if let Some(catalogs) = &catalogs {
        check_locales_agree(catalogs, &mut problems);
    }
    problems.fail_if_any();
    let (Some(facts), Some(facts_zh_hant), Some(catalogs)) = (facts, facts_zh_hant, catalogs)
    else {
        unreachable!("a file that did not parse is a reported problem");
    };

    let generated = generate(&facts, &facts_zh_hant, &catalogs);
    let target = out_dir.join("catalog.rs");
    if let Err(error) = fs::write(&target, generated) {
        eprintln!("cannot write {}: {error}", target.display());
        process::exit(1);
    }
}

/// Reads and deserializes one TOML file; syntax errors and unknown fields are reported
/// with the line and column that `toml` gives.
fn parse_file<T: for<'de> Deserialize<'de>>(
    manifest_dir: &Path,
    file: &str,
    expected_shape: &str,
    problems: &mut Problems,
) -> Option<T> {
    let source = match fs::read_to_string(manifest_dir.join(file)) {
        Ok(source) => source,
        Err(error) => {
            problems.add(file, format!("cannot read the file: {error}"));
            return None;
        }
    };
    match toml::from_str(&source) {
        Ok(value) => Some(value),
        Err(error) => {
            problems.add(
                file,
                format!("{}\n    ({expected_shape})", error.to_string().trim_end()),
            );
            None
        }
    }
}

fn check_facts(facts: &BTreeMap<String, FactRecord>, problems: &mut Problems) {
    if facts.is_empty() {
        problems.add(FACTS_FILE, "the register holds no facts");
    }
    for (id, fact) in facts {
        if !is_fact_id(id) {
            problems.add(
                FACTS_FILE,
                format!("`{id}` is not a fact ID; IDs are `F` followed by two digits"),
            );
        }
        for (field, value) in [("source", &fact.source), ("en", &fact.en), ("zh", &fact.zh)] {
            if let Err(message) = check_text(value) {
                problems.add(FACTS_FILE, format!("[{id}] `{field}`: {message}"));
            }
        }
    }
}

/// The Traditional Chinese summaries: exactly one for every fact of the register.
fn check_fact_texts(
    facts: &BTreeMap<String, FactRecord>,
    summaries: &BTreeMap<String, FactTextRecord>,
    problems: &mut Problems,
) {
    for id in facts.keys() {
        if !summaries.contains_key(id) {
            problems.add(
                FACTS_ZH_HANT_FILE,
                format!("[{id}] is in {FACTS_FILE} but has no summary here"),
            );
        }
    }
    for (id, summary) in summaries {
        // A summary written ahead of its fact (translated before the register gains it) is
        // not shown to anyone, so it only warns; a missing one would leave a reader without.
        if !facts.contains_key(id) {
            println!(
                "cargo:warning={FACTS_ZH_HANT_FILE}: [{id}] is not (yet) a fact of {FACTS_FILE}"
            );
        }
        if let Err(message) = check_text(&summary.text) {
            problems.add(FACTS_ZH_HANT_FILE, format!("[{id}] `text`: {message}"));
        }
    }
}

/// Checks one locale file; fact IDs are checked only when the register parsed (`facts`).
fn check_catalog(
    catalog: &Catalog,
    facts: Option<&BTreeMap<String, FactRecord>>,
    problems: &mut Problems,
) {
    let file = catalog.file;
    if catalog.entries.is_empty() {
        problems.add(file, "the catalog holds no entries");
    }
    for (key, entry) in &catalog.entries {
        if let Err(message) = check_key(key) {
            problems.add(file, format!("key `{key}`: {message}"));
        }
        if let Err(message) = check_text(&entry.text) {
            problems.add(file, format!("[\"{key}\"] text: {message}"));
        }
        if let Err(message) = placeholders(&entry.text) {
            problems.add(file, format!("[\"{key}\"] text: {message}"));
        }
        if let Some(variant) = &entry.text_hk {
            check_hong_kong_variant(file, key, &entry.text, variant, problems);
        }
        let mut named = BTreeSet::new();
        for id in &entry.facts {
            if facts.is_some_and(|facts| !facts.contains_key(id)) {
                problems.add(
                    file,
                    format!("[\"{key}\"] names fact `{id}`, which is not in {FACTS_FILE}"),
                );
            }
            if !named.insert(id) {
                problems.add(file, format!("[\"{key}\"] names fact `{id}` twice"));
            }
        }
    }
}

/// A Hong Kong wording lives only in zh-Hant.toml, says something different from `text`
/// (else it is noise) and keeps the same placeholders (else it could drop the number).
fn check_hong_kong_variant(
    file: &str,
    key: &str,
    text: &str,
    variant: &str,
    problems: &mut Problems,
) {
    if file != REGIONAL_FILE {
        problems.add(
            file,
            format!("[\"{key}\"] has `text_hk`; only {REGIONAL_FILE} carries Hong Kong wording"),
        );
        return;
    }
    if let Err(message) = check_text(variant) {
        problems.add(file, format!("[\"{key}\"] text_hk: {message}"));
    }
    if variant == text {
        problems.add(
            file,
            format!("[\"{key}\"] text_hk is the same as text; drop it"),
        );
    }
    match (placeholders(text), placeholders(variant)) {
        (Ok(ours), Ok(theirs)) if ours != theirs => problems.add(
            file,
            format!(
                "[\"{key}\"] text_hk uses placeholders {} but text uses {}",
                describe(&theirs),
                describe(&ours)
            ),
        ),
        (_, Err(message)) => problems.add(file, format!("[\"{key}\"] text_hk: {message}")),
        _ => {}
    }
}

/// Every locale must offer the same keys, and each key the same placeholders: a
/// placeholder missing in one language would silently drop, say, the emergency number.
fn check_locales_agree(catalogs: &[Catalog], problems: &mut Problems) {
    let Some((reference, others)) = catalogs.split_first() else {
        return;
    };
    for other in others {
        for (missing_from, present_in) in [(other, reference), (reference, other)] {
            for key in present_in.entries.keys() {
                if !missing_from.entries.contains_key(key) {
                    problems.add(
                        missing_from.file,
                        format!("key `{key}` is in {} but missing here", present_in.file),
                    );
                }
            }
        }
        for (key, entry) in &reference.entries {
            let Some(counterpart) = other.entries.get(key) else {
                continue;
            };
            if let (Ok(ours), Ok(theirs)) =
                (placeholders(&entry.text), placeholders(&counterpart.text))
            {
                if ours != theirs {
                    problems.add(
                        other.file,
                        format!(
                            "[\"{key}\"] uses placeholders {} but {} uses {}",
                            describe(&theirs),
                            reference.file,
                            describe(&ours)
                        ),
                    );
                }
            }
            if other.file == REGIONAL_FILE && counterpart.facts != entry.facts {
                problems.add(
                    other.file,
                    format!(
                        "[\"{key}\"] names facts {:?} but {} names {:?}; use the same IDs",
                        counterpart.facts, reference.file, entry.facts
                    ),
                );
            }
        }
    }
}

fn describe(names: &BTreeSet<String>) -> String {
    if names.is_empty() {
        return "none".to_owned();
    }
    names
        .iter()
        .map(|name| format!("{{{name}}}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn is_fact_id(id: &str) -> bool {
    let bytes = id.as_bytes();
    bytes.len() == 3 && bytes[0] == b'F' && bytes[1..].iter().all(u8::is_ascii_digit)
}

/// Keys are dot-separated segments of ASCII letters, digits, `_` and `-` (`lang.zh-CN`).
fn check_key(key: &str) -> Result<(), String> {
    let segment_ok = |segment: &str| {
        !segment.is_empty()
            && segment
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    };
    if key.split('.').all(segment_ok) {
        Ok(())
    } else {
        Err("use dot-separated parts made of letters, digits, `_` or `-`".to_owned())
    }
}

/// Texts are one paragraph of plain text: not blank, no stray spaces at the ends, no
/// line breaks (inside `"""` end a line with `\` to continue it).
fn check_text(text: &str) -> Result<(), String> {
    if text.trim().is_empty() {
        return Err("is empty".to_owned());
    }
    if text.trim() != text {
        return Err("starts or ends with whitespace".to_owned());
    }
    if text.chars().any(char::is_control) {
        return Err(
            "contains a line break or control character; inside \"\"\" end each line with \\ \
             to join it to the next"
                .to_owned(),
        );
    }
    Ok(())
}

/// The `{name}` placeholders of a text, or why its braces do not parse.
fn placeholders(text: &str) -> Result<BTreeSet<String>, String> {
    let mut names = BTreeSet::new();
    let mut rest = text;
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            return Err("has a `}` without a matching `{`".to_owned());
        }
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            return Err("has a `{` without a matching `}`".to_owned());
        };
        let name = &after[..close];
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
            return Err(format!(
                "`{{{name}}}` is not a placeholder; placeholders look like {{number}}"
            ));
        }
        names.insert(name.to_owned());
        rest = &after[close + 1..];
    }
    Ok(names)
}

/// Rust source for the catalog. Strings are written with `{:?}`, which escapes them
/// into valid Rust literals.
fn generate(
    facts: &BTreeMap<String, FactRecord>,
    facts_zh_hant: &BTreeMap<String, FactTextRecord>,
    catalogs: &[Catalog],
) -> String {
    let mut out = String::from(
        "// @generated by build.rs from src/content/*.toml; edit those files, not this one.\n\n",
    );
    out.push_str("/// The fact register, sorted by ID.\npub static FACTS: &[Fact] = &[\n");
    for (id, fact) in facts {
        let _ = writeln!(
            out,
            "    Fact {{ id: {id:?}, source: {:?}, en: {:?}, zh: {:?}, zh_hant: {:?} }},",
            fact.source, fact.en, fact.zh, facts_zh_hant[id].text
        );
    }
    out.push_str("];\n");
    for catalog in catalogs {
        let _ = write!(
            out,
            "\n/// Entries of {}, sorted by key.\nstatic {}: &[Entry] = &[\n",
            catalog.file, catalog.static_name
        );
        for (key, entry) in &catalog.entries {
            let _ = writeln!(
                out,
                "    Entry {{ key: {key:?}, text: {:?}, facts: &{:?} }},",
                entry.text, entry.facts
            );
        }
        out.push_str("];\n");
    }
    out.push_str(
        "\n/// Hong Kong wording of zh-Hant entries (`text_hk`), sorted by key.\n\
         static ZH_HANT_HK_TEXTS: &[(&str, &str)] = &[\n",
    );
    for catalog in catalogs
        .iter()
        .filter(|catalog| catalog.file == REGIONAL_FILE)
    {
        for (key, entry) in &catalog.entries {
            if let Some(variant) = &entry.text_hk {
                let _ = writeln!(out, "    ({key:?}, {variant:?}),");
            }
        }
    }
    out.push_str("];\n");
    out
}
