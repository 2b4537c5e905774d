//! The widget's user interface: one reducer ([`state`]) over the questionnaire's steps
//! ([`crate::content::steps`]), plain Rust and tested natively; in the browser, small
//! components, a hook per concern, and words only from the content catalog (`text`).

pub mod handoff;
pub mod screens;
pub mod settings;
pub mod state;
pub mod check_in_edits;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(all(target_arch = "wasm32", feature = "journeys"))]
pub mod exercises;
#[cfg(all(target_arch = "wasm32", feature = "journeys"))]
pub mod diary;
#[cfg(target_arch = "wasm32")]
pub mod hooks;
#[cfg(target_arch = "wasm32")]
pub mod text;

#[cfg(target_arch = "wasm32")]
pub use app::{start, stop, App, AppProps};
