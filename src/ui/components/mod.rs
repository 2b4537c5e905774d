//! Small function components, each with `on*` callbacks and no state of the flow of its own.

#[cfg(feature = "journeys")]
pub mod body_map;
pub mod check;
pub mod chrome;
pub mod emergency;
#[cfg(feature = "journeys")]
pub mod handover;
pub mod level;
pub mod memory_notice;
#[cfg(feature = "journeys")]
pub mod later_steps;
#[cfg(feature = "journeys")]
pub mod number;
#[cfg(feature = "journeys")]
pub mod question;
pub mod red_flags;
#[cfg(feature = "journeys")]
pub mod result;
#[cfg(not(feature = "journeys"))]
pub mod loading;
pub mod start;
pub mod step;
pub mod text_size;
