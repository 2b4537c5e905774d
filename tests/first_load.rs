//! Source checks that keep code out of the first load (the questionnaire build).

/// The files the questionnaire build draws its screens from (without the `journeys` feature).
const QUESTIONNAIRE_VIEWS: &[&str] = &[
    "src/ui/app.rs",
    "src/ui/components/start.rs",
    "src/ui/components/step.rs",
    "src/ui/components/question.rs",
    "src/ui/components/number.rs",
    "src/ui/components/body_map.rs",
    "src/ui/components/emergency.rs",
    "src/ui/components/chrome.rs",
    "src/ui/components/text_size.rs",
    "src/ui/components/memory_notice.rs",
    "src/ui/components/loading.rs",
    "src/ui/components/level.rs",
];

/// Where `source` gives `class` a value that is not a string literal, or uses `classes!`.
fn computed_classes(source: &str) -> Vec<usize> {
    let mut found: Vec<usize> = source.match_indices("classes!").map(|(at, _)| at).collect();
    for (at, _) in source.match_indices("class={") {
        if !source[at + "class={".len()..].starts_with('"') {
            found.push(at);
        }
    }
    found
}

/// Every class in the questionnaire build is a literal: a computed one (`class={expr}`,
/// `classes!`) goes through Yew's class sets, whose code costs about 1.6 kB brotli of the first
/// load. State goes in attributes the stylesheet reads (`aria-invalid`, `aria-pressed`,
/// `:checked`, `data-*`).
#[test]
fn the_questionnaire_views_give_classes_as_literals_only() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for file in QUESTIONNAIRE_VIEWS {
        let source = std::fs::read_to_string(root.join(file)).unwrap();
        let found = computed_classes(&source);
        let lines: Vec<usize> = found.iter().map(|&at| source[..at].lines().count()).collect();
        assert!(lines.is_empty(), "{file}: a computed class on line(s) {lines:?}");
    }
}

#[test]
fn the_check_finds_a_computed_class() {
    assert_eq!(computed_classes(r#"<p class="a">"#), Vec::<usize>::new());
    assert_eq!(computed_classes(r#"<p class={"a"}>"#), Vec::<usize>::new());
    assert_eq!(computed_classes(r#"<p class={name}>"#).len(), 1);
    assert_eq!(computed_classes(r#"<p class={classes!("a", b)}>"#).len(), 2);
}
