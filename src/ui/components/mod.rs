//! Small function components, each with `on*` callbacks and no state of the flow of its own.

pub mod body_map;
pub mod chrome;
pub mod emergency;
pub mod handover;
pub mod level;
pub mod memory_notice;
pub mod number;
pub mod question;
pub mod result;
pub mod start;
pub mod step;
pub mod text_size;
