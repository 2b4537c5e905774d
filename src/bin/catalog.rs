//! `catalog DIR`: writes each locale's catalog data file (`catalog-<locale>.txt`, see
//! `src/content/data_file.rs`) into DIR, for the web build (`src/web/postbuild.mjs` names
//! them by their content and ships them beside the WebAssembly).
//!
//! Every file is read back with the browser's parser and compared with the catalog compiled
//! into this program before it is written: a file the page could not read fails the build.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
use std::process::ExitCode;

#[cfg(not(target_arch = "wasm32"))]
use sciatica_check::content::{self, data_file, parse_data_file, Locale};

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let (Some(dir), None) = (args.next(), args.next()) else {
        eprintln!("usage: catalog DIR   (writes catalog-<locale>.txt for every locale into DIR)");
        return ExitCode::from(2);
    };
    let dir = std::path::PathBuf::from(dir);
    for &locale in Locale::ALL {
        let text = data_file(locale);
        if let Err(problem) = reads_back(locale, &text) {
            eprintln!(
                "catalog: the {} data file does not read back: {problem}",
                locale.tag()
            );
            return ExitCode::FAILURE;
        }
        let path = dir.join(format!("catalog-{}.txt", locale.tag()));
        if let Err(error) = std::fs::write(&path, text) {
            eprintln!("catalog: cannot write {}: {error}", path.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

#[cfg(not(target_arch = "wasm32"))]
/// Parses `text` as the browser will and checks that it says what the compiled-in catalog says.
fn reads_back(locale: Locale, text: &str) -> Result<(), String> {
    let catalog = parse_data_file(text.to_owned().leak()).map_err(|error| error.to_string())?;
    if catalog.locale != locale {
        return Err(format!("it names locale {}", catalog.locale.tag()));
    }
    if catalog.entries.as_slice() != content::entries(locale) {
        return Err("its entries differ from the compiled-in ones".to_owned());
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
