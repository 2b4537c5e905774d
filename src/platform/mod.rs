//! The thin layer between the widget and its surroundings: host settings (pure, tested
//! natively) and, in the browser, storage, the embedding messages and the service worker.

pub mod accent;
pub mod allocator;
#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod catalog_loader;
pub mod config;
#[cfg(target_arch = "wasm32")]
pub mod full_build;
pub mod region;
pub mod height;
pub mod saved;
#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod diary_store;
