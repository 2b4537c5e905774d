//! Browser-facing platform layer; host settings parsing is pure and testable natively.
