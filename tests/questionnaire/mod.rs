//! The source files of the questionnaire build (the first load: no `journeys` feature), shared by
//! the source checks that keep code (tests/first_load.rs) and words (tests/catalog_file.rs) of the
//! full build out of it.

/// Its screens, without the app itself (whose `journeys` parts name the full build's screens)
/// and without the later steps' questions (`later_steps.rs` and what it draws: full build only).
pub const VIEWS: &[&str] = &[
    "src/ui/components/start.rs",
    "src/ui/components/step.rs",
    "src/ui/components/red_flags.rs",
    "src/ui/components/check.rs",
    "src/ui/components/emergency.rs",
    "src/ui/components/chrome.rs",
    "src/ui/components/text_size.rs",
    "src/ui/components/memory_notice.rs",
    "src/ui/components/loading.rs",
    "src/ui/components/level.rs",
];

/// The text of `file`, a path from the crate's root.
pub fn source(file: &str) -> String {
    std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap()
}
