//! Small function components, each with `on*` callbacks and no state of the flow of its own.

pub mod body_map;
pub mod chrome;
pub mod emergency;
#[cfg(feature = "journeys")]
pub mod handover;
pub mod level;
pub mod memory_notice;
pub mod number;
pub mod question;
#[cfg(feature = "journeys")]
pub mod result;
#[cfg(not(feature = "journeys"))]
pub mod loading;
pub mod start;
pub mod step;
pub mod text_size;
