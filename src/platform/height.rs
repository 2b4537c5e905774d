//! What height the widget tells its host page (embed.md), chosen so it says nothing about answers.
//!
//! Any script on the host page can watch the iframe's size, so a height that follows the content
//! would give away what the reader sees: the emergency screen one frame after a red-flag tick, or
//! a result page whose length depends on the level. The policy:
//! - outside a journey (the start screen) the height is the content's, rounded up to a coarse step;
//! - from "start" until the reader is back on the start screen, the height jumps at once to at
//!   least [`JOURNEY_FLOOR`] (taller than any question, emergency or result screen at the widths
//!   the widget is made for), grows only in whole steps if some content is taller still, and never
//!   shrinks, so what follows the first question, the red flags and the result, cannot move it.
//!
//! A host therefore learns that a journey started and when it ended (the reader pressed "start
//! again"), which the reader's own scrolling shows too, and nothing about which screen is showing.

/// Heights move in steps this coarse (CSS px).
pub const HEIGHT_STEP: i32 = 400;
/// The height of every journey, at least (CSS px); a multiple of [`HEIGHT_STEP`].
pub const JOURNEY_FLOOR: i32 = 4000;
/// The loader's accepted range (embed.md).
pub const MIN_HEIGHT: i32 = 100;
pub const MAX_HEIGHT: i32 = 10_000;

/// Remembers the height last told, so a journey's height never shrinks.
#[derive(Debug, Default, Clone)]
pub struct HeightPolicy {
    told: i32,
}

/// `content` rounded up to a whole number of steps, within the loader's range.
pub fn coarse(content: i32) -> i32 {
    let steps = (content.max(1) + HEIGHT_STEP - 1) / HEIGHT_STEP;
    (steps * HEIGHT_STEP).clamp(MIN_HEIGHT, MAX_HEIGHT)
}

impl HeightPolicy {
    /// The height to tell for a content height, inside or outside a journey.
    pub fn height_for(&mut self, content: i32, in_journey: bool) -> i32 {
        self.told = if in_journey {
            coarse(content).max(JOURNEY_FLOOR).max(self.told)
        } else {
            coarse(content)
        };
        self.told
    }
}
