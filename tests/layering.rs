//! The layers' rule, checked on the sources: dependencies point down only. The engine is at the
//! bottom; the content sits on it; the journeys' pure Rust (diary, exercises, handover) uses both;
//! the platform (browser adapters) and the ui are on top. A `use` of a higher layer in a lower
//! one fails here with the file and the line, before it can grow into a tangle.

use std::path::Path;

/// (folder under src/, the crate modules its files may not name).
const RULES: &[(&str, &[&str])] = &[
    ("engine", &["content", "diary", "exercise", "handover", "platform", "ui"]),
    ("content", &["diary", "exercise", "handover", "platform", "ui"]),
    ("diary", &["platform", "ui"]),
    ("exercise", &["platform", "ui"]),
    ("handover", &["platform", "ui"]),
    ("platform", &["ui"]),
];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|error| panic!("{}: {error}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            out.push(path);
        }
    }
}

/// The places in `source` that name `crate::<module>` outside a comment.
fn mentions(source: &str, module: &str) -> Vec<usize> {
    let needle = format!("crate::{module}");
    source
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim_start().starts_with("//"))
        .filter(|(_, line)| {
            line.match_indices(&needle).any(|(at, _)| {
                !line[at + needle.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
            })
        })
        .map(|(index, _)| index + 1)
        .collect()
}

#[test]
fn no_layer_imports_from_a_layer_above_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut problems = Vec::new();
    let mut checked = 0;
    for (layer, above) in RULES {
        let mut files = Vec::new();
        rust_files(&src.join(layer), &mut files);
        for file in files {
            checked += 1;
            let source = std::fs::read_to_string(&file).unwrap();
            for module in *above {
                for line in mentions(&source, module) {
                    problems.push(format!("{}:{line} uses crate::{module}", file.display()));
                }
            }
        }
    }
    assert!(checked > 20, "only {checked} files found under src/");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_check_finds_an_upward_import() {
    assert_eq!(mentions("use crate::ui::state::Msg;\n", "ui"), vec![1]);
    assert_eq!(mentions("// crate::ui in a comment\nuse crate::uint;\n", "ui"), Vec::<usize>::new());
}
