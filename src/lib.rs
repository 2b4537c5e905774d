//! Sciatica self-check: a private, offline widget.
//!
//! Three layers, each testable on its own:
//! - [`engine`]: answers -> assessment, pure Rust (also behind the `assess` command);
//! - [`content`]: the bilingual catalog and the fact register, compiled in at build time;
//! - [`ui`]: Yew components over one reducer (the reducer is plain Rust and tested natively
//!   too), with [`platform`] for the browser.
//!
//! The journeys after the result ([`diary`], [`exercise`], [`handover`]) are pure Rust over the
//! engine and the content, driven by the ui. Dependencies point down only: nothing below the ui
//! imports from it, and nothing pure imports from the platform.

pub mod content;
pub mod diary;
pub mod engine;
pub mod exercise;
pub mod handover;
pub mod platform;
pub mod ui;

/// The browser build's allocator (platform::allocator says why not the standard one).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: platform::allocator::BrowserAllocator = platform::allocator::BrowserAllocator::new();
