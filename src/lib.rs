//! Sciatica self-check: a private, offline widget.
//!
//! Three layers, each testable on its own:
//! - [`engine`]: answers -> assessment, pure Rust (also behind the `assess` command);
//! - [`content`]: the bilingual catalog and the fact register, compiled in at build time;
//! - [`ui`]: Yew components over one reducer (the steps and the reducer are plain Rust and
//!   tested natively too), with [`platform`] for the browser.

pub mod content;
pub mod diary;
pub mod engine;
pub mod exercise;
pub mod handover;
pub mod platform;
pub mod ui;
