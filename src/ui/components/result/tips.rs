//! Prevention tips: the reader's own situations first, every other one a tap away.

use yew::prelude::*;

use super::items;
use crate::engine::Situation;
use crate::ui::hooks::use_texts;

#[derive(Properties, PartialEq)]
pub struct TipsProps {
    pub situations: Vec<Situation>,
}

/// Tips for the reader's own situations first; every other situation stays one tap away.
#[function_component(Tips)]
pub fn tips(props: &TipsProps) -> Html {
    let texts = use_texts();
    let group = |id: &str| {
        html! {
            <div class="tip-group" data-tips={id.to_owned()}>
                <h4>{ texts.t(&format!("tips.{id}.name")) }</h4>
                <ul class="steps-list">{ items(texts.list(&format!("tips.{id}."))) }</ul>
            </div>
        }
    };
    // The reader's further situations are each one tap away, named: a reader with five
    // situations still sees a result of about the same length as everyone else (the height an
    // embedding page can watch must not tell how many situations were ticked).
    let folded = |id: &str| {
        html! {
            <details class="tip-group tip-folded" data-tips={id.to_owned()}>
                <summary><h4>{ texts.t(&format!("tips.{id}.name")) }</h4></summary>
                <ul class="steps-list">{ items(texts.list(&format!("tips.{id}."))) }</ul>
            </details>
        }
    };
    let (mine, others): (Vec<Situation>, Vec<Situation>) = Situation::ALL
        .iter()
        .partition(|situation| props.situations.contains(situation));
    html! {
        <section class="card" aria-labelledby="tips-title">
            <h3 id="tips-title">{ texts.t("tips.title") }</h3>
            if !mine.is_empty() {
                <p class="tips-intro">{ texts.t("tips.for_you") }</p>
                { for mine.iter().take(1).map(|situation| group(situation.as_str())) }
                { for mine.iter().skip(1).map(|situation| folded(situation.as_str())) }
            }
            { group("general") }
            if !others.is_empty() {
                <details class="more-tips">
                    <summary>{ texts.t("tips.other") }</summary>
                    { for others.iter().map(|situation| group(situation.as_str())) }
                </details>
            }
        </section>
    }
}
