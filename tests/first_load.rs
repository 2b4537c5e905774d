//! Source checks that keep code out of the first load (the questionnaire build).

mod questionnaire;

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
    for file in std::iter::once(&"src/ui/app.rs").chain(questionnaire::VIEWS) {
        let source = questionnaire::source(file);
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
