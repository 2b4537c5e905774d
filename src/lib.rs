//! Sciatica self-check: a private, offline widget.
//!
//! Three layers, each testable on its own:
//! - [`engine`]: answers -> assessment, pure Rust (also behind the `assess` command);
//! - [`content`]: the bilingual catalog and the fact register, compiled in at build time;
//! - `ui` (browser only): Yew components over one reducer, with [`platform`] for the browser.

pub mod content;
pub mod engine;
pub mod platform;
#[cfg(target_arch = "wasm32")]
pub mod ui;
