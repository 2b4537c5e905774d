//! The diary screen (`data-screen="diary"`): the opt-in, then the chart with its summary
//! and table, "New check-in", and the files panel (export, import, reminder, delete).

use yew::prelude::*;

use super::chart::TrendChart;
use super::files::{DiaryFiles, FileStatus};
use super::{delete, keep, session};
use crate::diary::{CheckInAnswers, Diary};
use crate::engine::Answers;
use crate::platform::diary_store::today;
use crate::ui::hooks::use_texts;
use crate::ui::text::Texts;

#[derive(Properties, PartialEq)]
pub struct DiaryScreenProps {
    pub heading: NodeRef,
    /// The questionnaire's answers: the diary's baseline and first check-in when it starts.
    pub answers: Answers,
    /// The reader came from a result, so there are answers to start a diary with.
    pub can_start: bool,
    pub on_back: Callback<MouseEvent>,
    pub on_check_in: Callback<MouseEvent>,
}

/// The questionnaire's answers as the diary's first check-in.
fn first_check_in(answers: &Answers) -> CheckInAnswers {
    CheckInAnswers {
        pain_score: answers.pain_score,
        trend: answers.pain_trend,
        red_flags: crate::diary::RED_FLAGS
            .iter()
            .copied()
            .filter(|flag| answers.flag(flag) == Some(true))
            .collect(),
        pain_areas: answers.pain_areas.clone(),
        note: String::new(),
    }
}

fn table(texts: &Texts, diary: &Diary) -> Html {
    let rows = diary.entries.iter().rev().map(|entry| {
        html! {
            <tr>
                <th scope="row">{ entry.date.to_string() }</th>
                <td>{ diary.onset_days_on(entry.date) }</td>
                <td>{ entry.pain_score }</td>
                <td>{ texts.t(&format!("opt.pain_trend.{}", entry.trend.as_str())) }</td>
                <td>{ texts.t(&format!("level.{}.name", entry.level.as_str())) }</td>
                <td>{ entry.note.clone() }</td>
            </tr>
        }
    });
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="diary-table-caption">
            <table class="diary-table">
                <caption id="diary-table-caption">{ texts.t("diary.table.caption") }</caption>
                <thead><tr>
                    <th scope="col">{ texts.t("diary.table.date") }</th>
                    <th scope="col">{ texts.t("diary.table.day") }</th>
                    <th scope="col">{ texts.t("diary.table.pain") }</th>
                    <th scope="col">{ texts.t("diary.table.trend") }</th>
                    <th scope="col">{ texts.t("diary.table.level") }</th>
                    <th scope="col">{ texts.t("diary.table.note") }</th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}

#[function_component(DiaryScreen)]
pub fn diary_screen(props: &DiaryScreenProps) -> Html {
    let texts = use_texts();
    let current = use_state(session);
    let status = use_state(|| None::<FileStatus>);
    let refresh = {
        let current = current.clone();
        move || current.set(session())
    };
    let on_start = {
        let (answers, refresh) = (props.answers.clone(), refresh.clone());
        Callback::from(move |_: MouseEvent| {
            let day = today();
            let mut diary = Diary::start(&answers, day);
            diary.record(&first_check_in(&answers), day);
            keep(diary, None);
            refresh();
        })
    };
    let on_import = {
        let (refresh, status) = (refresh.clone(), status.clone());
        Callback::from(move |diary: Diary| {
            let count = diary.entries.len();
            keep(diary, None);
            status.set(Some(FileStatus::Imported(count)));
            refresh();
        })
    };
    let on_delete = {
        let (refresh, status) = (refresh.clone(), status.clone());
        Callback::from(move |()| {
            status.set(Some(if delete() {
                FileStatus::Deleted
            } else {
                FileStatus::DeleteFailed
            }));
            refresh();
        })
    };
    let on_status = {
        let status = status.clone();
        Callback::from(move |next: FileStatus| status.set(Some(next)))
    };
    let on_print = Callback::from(|_: MouseEvent| crate::platform::browser::print_page());
    let today = today();
    let warning = if current.unsaved || (current.blocked && current.diary.is_some()) {
        Some(texts.t(if current.blocked {
            "diary.storage.blocked"
        } else {
            "diary.storage.failed"
        }))
    } else {
        current
            .unreadable
            .as_ref()
            .map(|problem| texts.fill("diary.storage.unreadable", &[("value", problem)]))
    };
    html! {
        <section class="screen screen-diary" data-screen="diary" aria-labelledby="screen-heading">
            <h2 id="screen-heading" class="screen-title" tabindex="-1" ref={props.heading.clone()}>{ texts.t("diary.title") }</h2>
            if let Some(warning) = warning {
                <p class="notice notice-warning" role="alert" data-storage-problem="">{ warning }</p>
            }
            { match &current.diary {
                None => html! { <>
                    <p class="lead">{ texts.t("diary.intro") }</p>
                    <p>{ texts.t("diary.privacy") }</p>
                    // Data this version cannot read (a newer version's diary) is never overwritten
                    // by a new diary: the reader deletes it first, or imports a file on purpose.
                    if current.unreadable.is_none() && props.can_start {
                        <div class="nav">
                            <button type="button" class="button button-primary" data-action="start-diary" onclick={on_start}>{ texts.t("diary.start") }</button>
                        </div>
                    }
                </> },
                Some(diary) => html! { <>
                    <p class="lead" data-day={diary.onset_days_on(today).to_string()}>
                        { texts.fill("diary.day", &[("n", &diary.onset_days_on(today).to_string())]) }
                    </p>
                    <div class="nav no-print">
                        <button type="button" class="button button-primary" data-action="check-in" onclick={props.on_check_in.clone()}>{ texts.t("diary.check_in") }</button>
                    </div>
                    if diary.entries.is_empty() {
                        <p>{ texts.t("diary.empty") }</p>
                    } else {
                        <TrendChart diary={diary.clone()} {today} />
                        { table(&texts, diary) }
                    }
                    <p class="question-help">{ texts.t("diary.privacy") }</p>
                </> },
            } }
            <DiaryFiles diary={current.diary.clone()} can_delete={current.diary.is_some() || current.unreadable.is_some()} {on_import} {on_delete} status={(*status).clone()} {on_status} />
            <div class="nav no-print">
                <button type="button" class="button button-secondary" data-action="back" onclick={props.on_back.clone()}>{ texts.t("nav.back") }</button>
                if current.diary.is_some() {
                    <button type="button" class="button button-secondary" data-action="print" onclick={on_print}>{ texts.t("nav.print") }</button>
                }
            </div>
        </section>
    }
}
