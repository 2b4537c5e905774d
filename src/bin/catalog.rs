//! `catalog DIR`: writes each locale's two catalog data files (`catalog-<locale>.txt`, what the
//! questionnaire reads, and `catalog-<locale>-more.txt`, the rest with the fact summaries; see
//! `src/content/data_file.rs` and README "Two builds") into DIR, for the web build
//! (`src/web/postbuild.mjs` names them by their content and ships them beside the WebAssembly).
//!
//! Every file is read back with the browser's parser and compared with the catalog compiled
//! into this program before it is written: a file the page could not read fails the build.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
use std::process::ExitCode;

#[cfg(not(target_arch = "wasm32"))]
use sciatica_check::content::{self, data_file_part, parse_data_file, Locale, Part};

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let (Some(dir), None) = (args.next(), args.next()) else {
        eprintln!("usage: catalog DIR   (writes catalog-<locale>.txt and catalog-<locale>-more.txt for every locale into DIR)");
        return ExitCode::from(2);
    };
    let dir = std::path::PathBuf::from(dir);
    for &locale in Locale::ALL {
        let first = data_file_part(locale, Part::First);
        let rest = data_file_part(locale, Part::Rest);
        if let Err(problem) = reads_back(locale, &first, &rest) {
            eprintln!(
                "catalog: the {} data files do not read back: {problem}",
                locale.tag()
            );
            return ExitCode::FAILURE;
        }
        for (name, text) in [(format!("catalog-{}.txt", locale.tag()), first), (format!("catalog-{}-more.txt", locale.tag()), rest)] {
            let path = dir.join(name);
            if let Err(error) = std::fs::write(&path, text) {
                eprintln!("catalog: cannot write {}: {error}", path.display());
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}

#[cfg(not(target_arch = "wasm32"))]
/// Parses both files as the browser will and checks that together they say what the compiled-in
/// catalog says, each key in the file of its group, the fact summaries in the second.
fn reads_back(locale: Locale, first: &str, rest: &str) -> Result<(), String> {
    let first = parse_data_file(first.to_owned().leak()).map_err(|error| format!("the first file: {error}"))?;
    let rest = parse_data_file(rest.to_owned().leak()).map_err(|error| format!("the second file: {error}"))?;
    if first.locale != locale || rest.locale != locale {
        return Err(format!("they name locales {} and {}", first.locale.tag(), rest.locale.tag()));
    }
    if !first.fact_summaries.is_empty() {
        return Err("the first file holds fact summaries".to_owned());
    }
    if first.entries.iter().any(|entry| !content::in_first_part(entry.key))
        || rest.entries.iter().any(|entry| content::in_first_part(entry.key))
    {
        return Err("a key is in the other file than its group's".to_owned());
    }
    let mut entries: Vec<_> = first.entries.iter().chain(&rest.entries).cloned().collect();
    entries.sort_by(|a, b| a.key.cmp(b.key));
    let mut hong_kong_read: Vec<_> = first.hong_kong.iter().chain(&rest.hong_kong).copied().collect();
    hong_kong_read.sort();
    let catalog = content::Catalog { locale, entries, hong_kong: hong_kong_read, fact_summaries: rest.fact_summaries };
    if catalog.entries.as_slice() != content::entries(locale) {
        return Err("their entries differ from the compiled-in ones".to_owned());
    }
    let hong_kong = if locale == Locale::ZhHant {
        content::hong_kong_texts()
    } else {
        &[]
    };
    if catalog.hong_kong.as_slice() != hong_kong {
        return Err("its Hong Kong wording differs from the compiled-in one".to_owned());
    }
    let summaries_agree = catalog.fact_summaries.len() == content::FACTS.len()
        && content::FACTS
            .iter()
            .all(|fact| catalog.fact_summary(fact.id) == Some(fact.summary(locale)));
    if !summaries_agree {
        return Err("its fact summaries differ from the register".to_owned());
    }
    Ok(())
}
