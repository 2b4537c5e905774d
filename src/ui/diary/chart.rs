//! The trend chart as SVG drawn here (no chart library), with a text summary and a table
//! beside it so screen-reader users get the same information; each point is focusable.

use yew::prelude::*;

use crate::diary::chart::{chart, summary, Chart, HEIGHT, LEFT, RANGES, RIGHT, WIDTH};
use crate::diary::Diary;
use crate::engine::LocalDate;
use crate::ui::hooks::use_texts;
use crate::ui::text::Texts;

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    pub diary: Diary,
    pub today: LocalDate,
}

fn level_name(texts: &Texts, level: crate::engine::Level) -> AttrValue {
    texts.t(&format!("level.{}.name", level.as_str()))
}

fn svg(texts: &Texts, drawn: &Chart) -> Html {
    let label = texts.fill("diary.chart.label", &[("n", &drawn.range_days.to_string())]);
    let bands = drawn.bands.iter().map(|band| html! {
        <rect class={classes!("chart-band", format!("level-{}", band.level.as_str()))}
            x={format!("{:.1}", band.x)} y="0" width={format!("{:.1}", band.width)} height={format!("{:.1}", HEIGHT - 24.0)} />
    });
    let grid = drawn.grid.iter().map(|(y, score)| html! { <>
        <line class="chart-grid" x1={LEFT.to_string()} x2={(WIDTH - RIGHT).to_string()} y1={format!("{y:.1}")} y2={format!("{y:.1}")} />
        <text class="chart-axis" x={(LEFT - 6.0).to_string()} y={format!("{:.1}", y + 4.0)} text-anchor="end">{ score }</text>
    </> });
    let points = drawn.points.iter().map(|point| {
        let name = texts.fill("diary.chart.point", &[
            ("date", &point.date.to_string()),
            ("pain", &point.pain_score.to_string()),
            ("level", &level_name(texts, point.level)),
        ]);
        html! {
            <circle class={classes!("chart-point", format!("level-{}", point.level.as_str()))} cx={format!("{:.1}", point.x)}
                cy={format!("{:.1}", point.y)} r="5" tabindex="0" role="img" aria-label={name.clone()} data-date={point.date.to_string()}>
                <title>{ name }</title>
            </circle>
        }
    });
    html! {
        <svg class="diary-chart" viewBox={format!("0 0 {WIDTH} {HEIGHT}")} role="group" aria-label={label} focusable="false">
            <g aria-hidden="true">
                { for bands }
                { for grid }
                <text class="chart-axis" x={LEFT.to_string()} y={(HEIGHT - 6.0).to_string()}>{ drawn.first_day.to_string() }</text>
                <path class="chart-line" d={drawn.path.clone()} />
            </g>
            { for points }
        </svg>
    }
}

#[function_component(TrendChart)]
pub fn trend_chart(props: &ChartProps) -> Html {
    let texts = use_texts();
    let range = use_state(|| 30u16);
    let drawn = chart(&props.diary, props.today, *range);
    let summary_text = match summary(&drawn) {
        Some((count, min, max, first, last)) => texts.fill(
            "diary.chart.summary",
            &[
                ("count", &count.to_string()),
                ("min", &min.to_string()),
                ("max", &max.to_string()),
                ("first", &first.to_string()),
                ("last", &last.to_string()),
            ],
        ),
        None => texts.t("diary.chart.none"),
    };
    let buttons = RANGES.iter().map(|&days| {
        let onclick = {
            let range = range.clone();
            Callback::from(move |_: MouseEvent| range.set(days))
        };
        html! {
            <button type="button" class="pick" aria-pressed={(*range == days).to_string()} data-range={days.to_string()} {onclick}>
                { texts.t(&format!("diary.range.d{days}")) }
            </button>
        }
    });
    html! {
        <figure class="diary-figure">
            <div class="picks" role="group" aria-label={texts.t("diary.range.label")}>{ for buttons }</div>
            { svg(&texts, &drawn) }
            <figcaption class="diary-summary" data-summary="">{ summary_text }</figcaption>
        </figure>
    }
}
