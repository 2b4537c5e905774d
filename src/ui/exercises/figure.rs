//! Our own line drawings of each routine, inline SVG (no image files). The moving part sways
//! only when the reader has not asked for reduced motion (widget.css).

use yew::prelude::*;

use crate::exercise::RoutineId;

/// Head circle and body lines per routine; the `moving` group is what the CSS animates.
fn shapes(routine: RoutineId) -> (&'static str, &'static str) {
    match routine {
        // Standing figure, hands on hips, body bending sideways.
        RoutineId::OfficeStretch => (
            "M40 92v-28M40 92l-10 22M40 92l10 22",
            "M40 64V36M40 44l-10 10l10 6M40 44l10 10l-10 6M40 26a8 8 0 1 0 0.1 0",
        ),
        // A wall and a figure standing straight against it.
        RoutineId::WallStanding => (
            "M22 8v112M4 116h72M30 116V70M36 116V70M30 70h6",
            "M33 70V30M33 38l8 20M33 38l-4 22M33 20a8 8 0 1 0 0.1 0",
        ),
        // Lying on the back, one leg lifted.
        RoutineId::LegRaise => (
            "M4 108h72M14 100a7 7 0 1 0 0.1 0M21 100h30M51 100l20 2M30 100l8 -8",
            "M51 100l18 -26",
        ),
        // Plank: forearms and toes, body straight.
        RoutineId::Core => (
            "M4 108h72M16 92a7 7 0 1 0 0.1 0M22 96l6 12h-10",
            "M22 96L70 106",
        ),
        // Lying, hand on belly, breathing.
        RoutineId::AfterChildbirth => (
            "M4 108h72M14 98a7 7 0 1 0 0.1 0M21 98h48M40 98l6 -8l8 6",
            "M30 98q10 -10 20 0",
        ),
    }
}

#[derive(Properties, PartialEq)]
pub struct FigureProps {
    pub routine: RoutineId,
    /// The accessible name: "Drawing: <routine name>".
    pub label: AttrValue,
    /// Animate only while the timer runs (and motion is allowed, by CSS).
    #[prop_or_default]
    pub moving: bool,
}

#[function_component(Figure)]
pub fn figure(props: &FigureProps) -> Html {
    let (still, moving) = shapes(props.routine);
    html! {
        <svg class={classes!("exercise-figure", props.moving.then_some("is-moving"))} viewBox="0 0 80 124"
            role="img" aria-label={props.label.clone()} focusable="false">
            <g fill="none" stroke="currentColor" stroke-width="4" stroke-linecap="round" stroke-linejoin="round">
                <path d={still} />
                <path class="figure-moving" d={moving} />
            </g>
        </svg>
    }
}
