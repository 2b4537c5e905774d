//! The trend chart's geometry as pure functions: the widget draws it as SVG with no chart
//! library, and the tests check the numbers.

use super::Diary;
use crate::engine::Level;
use crate::engine::LocalDate;

/// The time windows the reader can pick.
pub const RANGES: &[u16] = &[7, 30, 90];

/// The SVG view box and the plot area inside it (room for axis labels on the left and below).
pub const WIDTH: f32 = 320.0;
pub const HEIGHT: f32 = 180.0;
pub const LEFT: f32 = 28.0;
pub const RIGHT: f32 = 8.0;
pub const TOP: f32 = 8.0;
pub const BOTTOM: f32 = 24.0;

#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub x: f32,
    pub y: f32,
    pub date: LocalDate,
    pub pain_score: u8,
    pub level: Level,
}

/// A stretch of days at one level, drawn as a tinted strip behind the line.
#[derive(Debug, Clone, PartialEq)]
pub struct Band {
    pub x: f32,
    pub width: f32,
    pub level: Level,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    pub range_days: u16,
    pub first_day: LocalDate,
    pub points: Vec<Point>,
    pub bands: Vec<Band>,
    /// The SVG path through the points (`M x y L x y ...`), empty with fewer than two.
    pub path: String,
    /// Horizontal grid lines: (y, pain score) for 0, 5 and 10.
    pub grid: Vec<(f32, u8)>,
}

/// The x of a day within the window (day 0 at the left edge, the last day at the right).
pub fn x_for(day_index: i64, range_days: u16) -> f32 {
    let span = f32::from(range_days.max(2) - 1);
    LEFT + (WIDTH - LEFT - RIGHT) * (day_index as f32 / span)
}

/// The y of a pain score (10 at the top).
pub fn y_for(pain_score: u8) -> f32 {
    TOP + (HEIGHT - TOP - BOTTOM) * (1.0 - f32::from(pain_score.min(10)) / 10.0)
}

/// The chart of the last `range_days` days up to `today`.
pub fn chart(diary: &Diary, today: LocalDate, range_days: u16) -> Chart {
    let range_days = range_days.max(2);
    let first_day = today
        .add_days(-(i64::from(range_days) - 1))
        .unwrap_or(today);
    let in_range: Vec<_> = diary
        .entries
        .iter()
        .filter(|entry| entry.date >= first_day && entry.date <= today)
        .collect();
    let points: Vec<Point> = in_range
        .iter()
        .map(|entry| Point {
            x: x_for(entry.date.days_since(first_day), range_days),
            y: y_for(entry.pain_score),
            date: entry.date,
            pain_score: entry.pain_score,
            level: entry.level,
        })
        .collect();
    // Each entry's level holds until the next entry (or today's end).
    let right_edge = WIDTH - RIGHT;
    let bands = points
        .iter()
        .enumerate()
        .map(|(index, point)| {
            let end = points.get(index + 1).map_or(right_edge, |next| next.x);
            Band {
                x: point.x,
                width: (end - point.x).max(1.0),
                level: point.level,
            }
        })
        .collect();
    let path = if points.len() < 2 {
        String::new()
    } else {
        points
            .iter()
            .enumerate()
            .map(|(index, point)| {
                format!(
                    "{}{:.1} {:.1}",
                    if index == 0 { "M" } else { "L" },
                    point.x,
                    point.y
                )
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    Chart {
        range_days,
        first_day,
        points,
        bands,
        path,
        grid: [0u8, 5, 10]
            .iter()
            .map(|&score| (y_for(score), score))
            .collect(),
    }
}

/// Numbers for the text summary beside the chart: (entries, lowest, highest, first, last).
pub fn summary(chart: &Chart) -> Option<(usize, u8, u8, u8, u8)> {
    let scores: Vec<u8> = chart.points.iter().map(|point| point.pain_score).collect();
    Some((
        scores.len(),
        *scores.iter().min()?,
        *scores.iter().max()?,
        *scores.first()?,
        *scores.last()?,
    ))
}
