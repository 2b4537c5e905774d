//! The body map: a figure seen from behind where each painful area is a labelled toggle.
//! Mouse, touch and keyboard all work on the figure; the same choice is also a plain list
//! beside it, which is what screen-reader users and hosts' QA scripts will usually use.

use yew::prelude::*;

use crate::engine::{PainArea, Side};
use crate::ui::state::Msg;
use crate::ui::text::Texts;
use crate::content::steps::ChoiceField;

/// One shape per side of the body, in a 200 x 440 view box, each at least 24 CSS px across
/// at the figure's phone size (WCAG 2.5.8). The reader's left is on the
/// viewer's left, because the figure is seen from behind.
fn shapes(area: PainArea) -> Html {
    match area {
        PainArea::LowBack => html! {
            <rect class="shape" x="72" y="150" width="56" height="40" rx="10" />
        },
        PainArea::Buttock => html! { <>
            <ellipse class="shape side-left" cx="86" cy="212" rx="17" ry="20" />
            <ellipse class="shape side-right" cx="114" cy="212" rx="17" ry="20" />
        </> },
        PainArea::BackOfThigh => html! { <>
            <rect class="shape side-left" x="70" y="236" width="28" height="82" rx="12" />
            <rect class="shape side-right" x="102" y="236" width="28" height="82" rx="12" />
        </> },
        // The middle of each calf, where cramps and S1 pain sit.
        PainArea::BackOfCalf => html! { <>
            <rect class="shape side-left" x="77" y="326" width="20" height="62" rx="8" />
            <rect class="shape side-right" x="103" y="326" width="20" height="62" rx="8" />
        </> },
        // The outer edge of each calf; it reaches past the outline so both calf targets
        // stay 24 px wide on a phone.
        PainArea::OuterCalf => html! { <>
            <rect class="shape side-left" x="55" y="326" width="20" height="62" rx="8" />
            <rect class="shape side-right" x="125" y="326" width="20" height="62" rx="8" />
        </> },
        PainArea::Foot => html! { <>
            <ellipse class="shape side-left" cx="80" cy="412" rx="16" ry="11" />
            <ellipse class="shape side-right" cx="120" cy="412" rx="16" ry="11" />
        </> },
    }
}

/// The figure with one toggle per area; `side`: which leg, once answered (the figure then
/// shades only that side). Drawn as one of the questions (`question::Ask::BodyMap`).
pub fn body_map(texts: &Texts, selected: &[PainArea], side: Option<Side>, on_msg: &Callback<Msg>) -> Html {
    // Which side to shade, as an attribute the stylesheet reads: every class here is a literal,
    // like the first load's, which carries none of the code of Yew's class sets.
    let shade = match side {
        Some(Side::Left) => "left",
        Some(Side::Right) => "right",
        Some(Side::Both) | None => "both",
    };
    let regions = PainArea::ALL.iter().map(|&area| {
        let pressed = selected.contains(&area);
        let label = texts.t(&format!("opt.pain_areas.{}", area.as_str()));
        let pick = Msg::Pick(ChoiceField::PainAreas, area.as_str());
        let onclick = on_msg.reform({
            let pick = pick.clone();
            move |_: MouseEvent| pick.clone()
        });
        let on_msg = on_msg.clone();
        let onkeydown = Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Enter" || event.key() == " " {
                event.prevent_default();
                on_msg.emit(pick.clone());
            }
        });
        html! {
            <g class="region" role="button" tabindex="0"
                aria-pressed={pressed.to_string()} aria-label={label.clone()}
                data-region={area.as_str()} {onclick} {onkeydown}>
                <title>{ label }</title>
                { shapes(area) }
            </g>
        }
    });
    html! {
        <figure class="body-map">
            <svg class="body-figure" data-shade={shade} viewBox="0 0 200 440" role="group"
                aria-label={texts.t("bodymap.title")} focusable="false">
                <g class="silhouette" aria-hidden="true">
                    <circle cx="100" cy="30" r="20" />
                    <rect x="92" y="48" width="16" height="12" />
                    <path d="M62 62 Q100 52 138 62 L134 150 Q100 158 66 150 Z" />
                    <path d="M62 64 L44 150 L52 196 L60 194 L58 152 L70 90 Z" />
                    <path d="M138 64 L156 150 L148 196 L140 194 L142 152 L130 90 Z" />
                    <path d="M68 148 L132 148 L134 232 L66 232 Z" />
                    <path d="M66 228 L99 228 L96 400 L70 400 Z" />
                    <path d="M101 228 L134 228 L130 400 L104 400 Z" />
                </g>
                { for regions }
                <text class="side-label" x="40" y="436" aria-hidden="true">{ texts.t("opt.sides.left") }</text>
                <text class="side-label" x="160" y="436" text-anchor="end" aria-hidden="true">{ texts.t("opt.sides.right") }</text>
            </svg>
            <figcaption class="body-map-hint">{ texts.t("bodymap.hint") }</figcaption>
        </figure>
    }
}
