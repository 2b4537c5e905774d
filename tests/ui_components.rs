//! Reducer and component tests. The reducer tests run natively and, with the rendered
//! component tests, in headless Chromium by wasm-bindgen-test. Each rendering test mounts the
//! widget into a fresh element and drives it like a reader.

use sciatica_check::content::Locale;
use sciatica_check::engine::{assess, AgeBand, CalfCramps, Level, PainArea, PainTrend, Side};
use sciatica_check::ui::state::{Flow, Msg, Screen};
use sciatica_check::content::steps::{ChoiceField, NumberField, StepId};
#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

// ---------- reducer ----------

/// A flow in English past the start card, on the red-flag checklist.
fn started() -> Flow {
    let mut flow = Flow::new(Locale::En);
    flow.apply(Msg::Start);
    flow
}

fn flow_at(step: StepId) -> Flow {
    let mut flow = started();
    for _ in 0..StepId::ALL.len() {
        if flow.step() == Some(step) {
            return flow;
        }
        answer_current_step(&mut flow);
        flow.apply(Msg::Next);
    }
    panic!(
        "never reached {step:?}: stuck at {:?}, missing {:?}",
        flow.screen, flow.missing
    );
}

/// Gives the mildest answer to every question of the current step still missing.
fn answer_current_step(flow: &mut Flow) {
    let Some(step) = flow.step() else { return };
    if flow.missing_in(step).contains(&"pain_areas") {
        flow.apply(Msg::pick(ChoiceField::PainAreas, PainArea::LowBack.as_str()).unwrap());
    }
    for field in flow.missing_in(step) {
        flow.apply(match field {
            "none_of_these" => Msg::SetNoRedFlags(true),
            "onset_days" => Msg::SetNumber(NumberField::OnsetDays, 3),
            "pain_score" => Msg::SetNumber(NumberField::PainScore, 3),
            "treated_months" => Msg::SetNumber(NumberField::TreatedMonths, 0),
            "calf_cramps" => Msg::pick(ChoiceField::CalfCramps, CalfCramps::None.as_str()).unwrap(),
            "age_band" => Msg::pick(ChoiceField::AgeBand, AgeBand::From20To50.as_str()).unwrap(),
            "pain_trend" => Msg::pick(ChoiceField::PainTrend, PainTrend::Same.as_str()).unwrap(),
            "sides" => Msg::pick(ChoiceField::Sides, Side::Left.as_str()).unwrap(),
            "numbness_sides" => Msg::pick(ChoiceField::NumbnessSides, Side::Left.as_str()).unwrap(),
            "weakness_sides" => Msg::pick(ChoiceField::WeaknessSides, Side::Left.as_str()).unwrap(),
            "rest_relieves" => Msg::SetBool("rest_relieves", true),
            other => Msg::SetBool(other, false),
        });
    }
}

#[test]
fn next_without_an_answer_stays_and_names_what_is_missing() {
    let mut flow = started();
    flow.apply(Msg::Next);
    assert_eq!(flow.screen, Screen::Step(0));
    assert_eq!(flow.missing, vec!["none_of_these"]);
    flow.apply(Msg::SetNoRedFlags(true));
    assert!(flow.missing.is_empty(), "answering clears the error");
    flow.apply(Msg::Next);
    assert_eq!(flow.step(), Some(StepId::ALL[1]));
}

#[test]
fn a_red_flag_interrupts_at_once_and_review_returns_to_the_step() {
    let mut flow = started();
    flow.apply(Msg::SetBool("saddle_numbness", true));
    assert_eq!(flow.screen, Screen::Emergency { from: 0 });
    flow.apply(Msg::Review);
    assert_eq!(flow.screen, Screen::Step(0));
    assert!(flow.answers.saddle_numbness, "reviewing keeps the answer");
    flow.apply(Msg::Next);
    assert_eq!(
        flow.screen,
        Screen::Emergency { from: 0 },
        "a red flag still ticked cannot be skipped"
    );
}

#[test]
fn none_of_these_clears_ticked_red_flags() {
    let mut flow = started();
    flow.apply(Msg::SetBool("bladder_bowel", true));
    flow.apply(Msg::Review);
    flow.apply(Msg::SetNoRedFlags(true));
    assert!(!flow.answers.bladder_bowel);
    assert!(!flow.is_emergency());
}

#[test]
fn both_legs_with_leg_pain_interrupts_on_the_body_map() {
    let mut flow = flow_at(StepId::PainMap);
    let here = Screen::Step(
        StepId::ALL
            .iter()
            .position(|s| *s == StepId::PainMap)
            .unwrap(),
    );
    flow.apply(Msg::pick(ChoiceField::PainAreas, PainArea::LowBack.as_str()).unwrap());
    assert!(
        !flow.missing_in(StepId::PainMap).contains(&"sides"),
        "back pain alone: no leg asked"
    );
    flow.apply(Msg::pick(ChoiceField::PainAreas, PainArea::OuterCalf.as_str()).unwrap());
    assert_eq!(flow.missing_in(StepId::PainMap), vec!["sides"]);
    flow.apply(Msg::pick(ChoiceField::Sides, Side::Both.as_str()).unwrap());
    assert_eq!(flow.screen, emergency_from(here));
}

fn emergency_from(step: Screen) -> Screen {
    match step {
        Screen::Step(from) => Screen::Emergency { from },
        other => panic!("not a step: {other:?}"),
    }
}

#[test]
fn long_standing_stable_pain_in_both_legs_is_no_emergency_and_finishes_routine() {
    let mut flow = started();
    flow.apply(Msg::SetNoRedFlags(true));
    flow.apply(Msg::Next);
    flow.apply(Msg::SetNumber(NumberField::OnsetDays, 120));
    flow.apply(Msg::pick(ChoiceField::PainTrend, PainTrend::Same.as_str()).unwrap());
    answer_current_step(&mut flow);
    flow.apply(Msg::Next);
    assert_eq!(flow.step(), Some(StepId::PainMap));
    flow.apply(Msg::pick(ChoiceField::PainAreas, PainArea::Buttock.as_str()).unwrap());
    flow.apply(Msg::pick(ChoiceField::PainAreas, PainArea::BackOfThigh.as_str()).unwrap());
    flow.apply(Msg::pick(ChoiceField::Sides, Side::Both.as_str()).unwrap());
    assert_eq!(
        flow.step(),
        Some(StepId::PainMap),
        "months of stable pain: not an emergency"
    );
    for _ in 0..StepId::ALL.len() {
        answer_current_step(&mut flow);
        flow.apply(Msg::Next);
    }
    assert_eq!(flow.screen, Screen::Result);
    assert_eq!(assess(&flow.answers).level, Level::Routine);
}

#[test]
fn numbness_or_weakness_in_both_legs_interrupts_on_the_nerve_step() {
    for (symptom, sides) in [
        ("numbness", Msg::pick(ChoiceField::NumbnessSides, Side::Both.as_str()).unwrap()),
        ("weakness", Msg::pick(ChoiceField::WeaknessSides, Side::Both.as_str()).unwrap()),
    ] {
        let mut flow = flow_at(StepId::Nerve);
        flow.apply(Msg::SetBool(symptom, true));
        assert_eq!(flow.step(), Some(StepId::Nerve), "one leg is not yet known");
        flow.apply(sides);
        assert!(
            matches!(flow.screen, Screen::Emergency { .. }),
            "{symptom} in both legs"
        );
    }
}

#[test]
fn a_reader_with_cramps_only_answers_nothing_hurts_and_reaches_a_result() {
    let mut flow = flow_at(StepId::PainMap);
    flow.apply(Msg::Next);
    assert_eq!(
        flow.missing,
        vec!["pain_areas"],
        "no answer is not \"nothing hurts\""
    );
    flow.apply(Msg::SetNoPain(true));
    assert!(flow.missing.is_empty());
    flow.apply(Msg::Next);
    assert_eq!(flow.step(), Some(StepId::Nerve));
    flow.apply(Msg::Back);
    flow.apply(Msg::pick(ChoiceField::PainAreas, PainArea::Foot.as_str()).unwrap());
    assert!(!flow.no_pain, "ticking an area unticks \"nothing hurts\"");
    flow.apply(Msg::pick(ChoiceField::PainAreas, PainArea::Foot.as_str()).unwrap());
    assert!(!flow.is_answered("pain_areas"));
    flow.apply(Msg::SetNoPain(true));
    for _ in 0..StepId::ALL.len() {
        answer_current_step(&mut flow);
        flow.apply(Msg::Next);
    }
    assert_eq!(flow.screen, Screen::Result);
    assert!(flow.answers.pain_areas.is_empty());
}

/// embed.md: ticking "nothing hurts right now" (`no_pain`) leaves `pain_areas` empty, whatever was
/// ticked before; unticking it again leaves the question unanswered.
#[test]
fn nothing_hurts_empties_the_areas_already_ticked() {
    let mut flow = flow_at(StepId::PainMap);
    for area in [PainArea::Buttock, PainArea::Foot] {
        flow.apply(Msg::pick(ChoiceField::PainAreas, area.as_str()).unwrap());
    }
    assert_eq!(flow.answers.pain_areas, vec![PainArea::Buttock, PainArea::Foot]);
    flow.apply(Msg::SetNoPain(true));
    assert!(flow.no_pain);
    assert!(flow.answers.pain_areas.is_empty(), "no_pain empties pain_areas");
    assert!(flow.is_answered("pain_areas"), "nothing hurts is an answer");
    flow.apply(Msg::SetNoPain(false));
    assert!(!flow.is_answered("pain_areas"), "no box ticked is no answer");
}

#[test]
fn a_complete_flow_reaches_the_result_and_back_returns_to_the_last_step() {
    let mut flow = flow_at(StepId::Situation);
    flow.apply(Msg::Next);
    assert_eq!(flow.screen, Screen::Result);
    flow.apply(Msg::Back);
    assert_eq!(flow.step(), Some(StepId::Situation));
}

#[test]
fn switching_language_keeps_every_answer_and_the_place() {
    let mut flow = flow_at(StepId::Feel);
    let before = flow.answers.clone();
    flow.apply(Msg::SetLocale(Locale::ZhCn));
    assert_eq!(flow.settings.locale, Locale::ZhCn);
    assert_eq!(flow.answers, before);
    assert_eq!(flow.step(), Some(StepId::Feel));
}

#[test]
fn restart_clears_answers_but_keeps_language() {
    let mut flow = flow_at(StepId::Health);
    flow.apply(Msg::SetLocale(Locale::ZhCn));
    flow.apply(Msg::Restart);
    assert_eq!(flow.screen, Screen::Start);
    assert_eq!(flow.answers, Default::default());
    assert!(
        flow.answered.is_empty(),
        "nothing counts as answered, so nothing is kept as answered"
    );
    assert_eq!(flow.settings.locale, Locale::ZhCn);
}

#[test]
fn an_invalid_number_makes_the_question_unanswered_again() {
    let mut flow = flow_at(StepId::Course);
    flow.apply(Msg::SetNumber(NumberField::OnsetDays, 20));
    assert!(flow.is_answered("onset_days"));
    flow.apply(Msg::SetNumber(NumberField::OnsetDays, 4000));
    assert_eq!(
        flow.answers.onset_days, 20,
        "an out-of-range value is never stored"
    );
    flow.apply(Msg::ClearNumber(NumberField::OnsetDays));
    assert!(!flow.is_answered("onset_days"));
}

#[test]
fn quick_picks_respect_the_contract_boundaries() {
    let onset = NumberField::OnsetDays;
    assert_eq!(onset.pick_for(14), Some(3));
    assert_eq!(onset.pick_for(15), Some(4));
    assert_eq!(onset.pick_for(90), Some(5));
    assert_eq!(onset.pick_for(91), Some(6));
    assert_eq!(onset.pick_for(3650), Some(6));
    let treated = NumberField::TreatedMonths;
    assert_eq!(treated.pick_for(2), Some(1));
    assert_eq!(treated.pick_for(3), Some(2));
}

/// What the device memory may leave unsaved when the full build takes a flow over: answers that
/// just came back, with nothing answered beyond them.
#[test]
fn only_answers_just_brought_back_count_as_such() {
    use sciatica_check::engine::LocalDate;
    use sciatica_check::platform::saved::{returning, SavedAnswers};
    let before = flow_at(StepId::Situation);
    assert!(!before.only_brought_back_answers(), "answered this visit, nothing brought back");
    let kept = SavedAnswers {
        answers: before.answers.clone(),
        answered: before.answered.clone(),
        confirmed_on: LocalDate::from_ymd(2025, 1, 1).unwrap(),
    };
    let mut flow = Flow::new(Locale::En);
    assert!(!flow.only_brought_back_answers(), "a fresh flow");
    flow.apply(Msg::Restore(returning(&kept, LocalDate::from_ymd(2025, 1, 5).unwrap())));
    assert!(flow.only_brought_back_answers());
    flow.apply(Msg::SetNoRedFlags(true));
    assert!(flow.only_brought_back_answers(), "\"none of these\" is no field");
    flow.apply(Msg::SetBool("weakness", false));
    assert!(!flow.only_brought_back_answers(), "a field asked again is answered");
    flow.apply(Msg::Restart);
    assert!(!flow.only_brought_back_answers(), "\"Start again\" keeps nothing");
}

#[test]
fn a_returning_reader_answers_again_everything_behind_a_serious_rule() {
    use sciatica_check::engine::LocalDate;
    use sciatica_check::platform::saved::{returning, SavedAnswers};
    let before = flow_at(StepId::Situation);
    let mut answers = before.answers.clone();
    answers.bladder_bowel = true;
    let kept = SavedAnswers {
        answers,
        answered: before.answered.clone(),
        confirmed_on: LocalDate::from_ymd(2025, 1, 1).unwrap(),
    };
    let mut flow = Flow::new(Locale::En);
    flow.apply(Msg::Restore(returning(
        &kept,
        LocalDate::from_ymd(2025, 1, 5).unwrap(),
    )));
    assert_eq!(flow.screen, Screen::Start);
    assert!(
        flow.settings.remember,
        "answers come back only because the reader chose to keep them"
    );
    assert!(
        !flow.answers.bladder_bowel,
        "today's red flags are asked again, never carried over"
    );
    assert_eq!(flow.missing_in(StepId::RedFlags), vec!["none_of_these"]);
    assert!(
        flow.missing_in(StepId::Nerve).contains(&"weakness"),
        "asked again"
    );
    assert!(
        flow.missing_in(StepId::Treatment).is_empty(),
        "treated_months is pre-filled"
    );
}

#[test]
fn settings_survive_start_again_and_every_screen_has_its_embed_name() {
    let mut flow = flow_at(StepId::Feel);
    flow.apply(Msg::SetLocale(Locale::ZhHant));
    flow.apply(Msg::SetRemember(true));
    flow.apply(Msg::Restart);
    assert_eq!(flow.settings.locale, Locale::ZhHant);
    assert!(flow.settings.remember, "the reader's choice is not an answer to forget");
    // embed.md's `data-screen` values, one per top-level screen.
    let names: Vec<&str> = [
        Screen::Start,
        Screen::Step(0),
        Screen::Emergency { from: 0 },
        Screen::Result,
        Screen::Diary { from_start: true },
        Screen::CheckIn { from_start: true },
        Screen::Exercises { from_result: false },
    ]
    .iter()
    .map(|screen| screen.name())
    .collect();
    assert_eq!(
        names,
        ["start", "step", "emergency", "result", "diary", "check-in", "exercises"]
    );
}

/// A choice is picked through the field table: only its values are accepted (a tampered control
/// changes nothing), one-of questions take the value, list questions toggle it and stay in the
/// contract's order whatever the order of the taps.
#[test]
fn picks_go_through_the_field_table() {
    assert_eq!(Msg::pick(ChoiceField::Sides, "banana"), None);
    assert_eq!(Msg::pick(ChoiceField::PainAreas, "left"), None);
    let mut flow = started();
    for value in ["pregnant", "office", "older_adult", "office"] {
        flow.apply(Msg::pick(ChoiceField::Situations, value).unwrap());
    }
    assert_eq!(flow.answers.field_texts("situations").unwrap(), ["older_adult", "pregnant"]);
    assert!(flow.is_answered("situations"));
    flow.apply(Msg::pick(ChoiceField::Sides, "right").unwrap());
    flow.apply(Msg::pick(ChoiceField::Sides, "left").unwrap());
    assert_eq!(flow.answers.field_texts("sides").unwrap(), ["left"]);
}

// ---------- rendered components ----------

#[cfg(target_arch = "wasm32")]
mod rendered {
    use std::rc::Rc;

    use sciatica_check::content::Locale;
    use sciatica_check::platform::config::HostConfig;
    use sciatica_check::ui::{App, AppProps};
    use wasm_bindgen::JsCast;
    use wasm_bindgen_test::wasm_bindgen_test;
    use web_sys::{Element, HtmlElement, HtmlInputElement};

    fn mount(locale: Locale) -> Element {
        mount_with(HostConfig::default(), locale)
    }

    fn mount_with(host: HostConfig, locale: Locale) -> Element {
        mount_in_region(host, locale, None)
    }

    fn mount_in_region(
        host: HostConfig,
        locale: Locale,
        browser_region: Option<sciatica_check::platform::region::Region>,
    ) -> Element {
        // The app fetches its catalogs as data files; here they come from the compiled-in copy.
        sciatica_check::content::register_embedded();
        render(AppProps {
            host: Rc::new(host),
            browser_region,
            ..props(locale)
        })
    }

    /// A first visit: the default host, no storage, no region known, nothing handed over.
    fn props(locale: Locale) -> AppProps {
        AppProps {
            host: Rc::new(HostConfig::default()),
            locale,
            storage_available: false,
            browser_region: None,
            handed_over: None,
            start_requested: false,
        }
    }

    /// Renders the app into a fresh element of the page.
    fn render(props: AppProps) -> Element {
        let root = gloo::utils::document().create_element("div").unwrap();
        gloo::utils::body().append_child(&root).unwrap();
        yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
        root
    }

    /// The full build taking over a flow from the questionnaire build (ui::handoff) opens on the
    /// flow's screen with its answers, and moves focus there, as any screen change does.
    #[wasm_bindgen_test]
    async fn a_handed_over_flow_opens_on_its_screen_with_focus() {
        use sciatica_check::ui::handoff::{decode, encode};
        use sciatica_check::ui::state::{Flow, Screen};
        let mut flow = Flow::new(Locale::En);
        flow.screen = Screen::Result;
        flow.answers.numbness = true;
        let root = render(AppProps {
            handed_over: Some(decode(&encode(&flow)).unwrap()),
            ..props(Locale::ZhCn)
        });
        let result = find(&root, "[data-screen=result]").await;
        assert_eq!(result.get_attribute("data-level").as_deref(), Some("prompt"));
        let heading = find(&root, "#screen-heading").await;
        for _ in 0..50 {
            if gloo::utils::document().active_element().as_ref() == Some(&heading) {
                break;
            }
            yew::platform::time::sleep(std::time::Duration::ZERO).await;
        }
        assert_eq!(gloo::utils::document().active_element(), Some(heading), "focus moves to the result");
        root.remove();
    }

    /// The full build taking over a flow (ui::handoff) does not bring the kept answers back a
    /// second time (the questionnaire build did), and does not wipe or overwrite them when
    /// memory is off; with memory on it keeps the flow's own answers.
    #[wasm_bindgen_test]
    async fn a_handed_over_flow_neither_restores_again_nor_wipes_the_kept_answers() {
        use sciatica_check::platform::storage;
        use sciatica_check::ui::handoff::{decode, encode};
        use sciatica_check::ui::state::{Flow, Screen};
        const KEY: &str = "sciatica-check:answers";
        let local = gloo::utils::window().local_storage().unwrap().unwrap();
        let mut kept = Flow::new(Locale::En);
        kept.answers.numbness = true;
        storage::save(&kept.answers, &["numbness"]).unwrap();
        let stored = local.get_item(KEY).unwrap();
        assert!(storage::load().is_some(), "the kept answers are valid, so a restore would show");

        for remember in [false, true] {
            local.set_item(KEY, stored.as_deref().unwrap()).unwrap();
            let mut flow = Flow::new(Locale::En);
            flow.screen = Screen::Result;
            flow.settings.remember = remember;
            let root = render(AppProps {
                handed_over: Some(decode(&encode(&flow)).unwrap()),
                storage_available: true,
                ..props(Locale::En)
            });
            find(&root, "[data-screen=result]").await;
            for _ in 0..20 {
                yew::platform::time::sleep(std::time::Duration::ZERO).await;
            }
            assert!(
                root.query_selector("[data-screen=result]").unwrap().is_some(),
                "remember {remember}: a restore would have opened the start card"
            );
            if remember {
                let now = local.get_item(KEY).unwrap();
                assert!(now.is_some() && now != stored, "memory on: the flow's own answers are kept");
            } else {
                assert_eq!(local.get_item(KEY).unwrap(), stored, "memory off at takeover: left alone");
            }
            root.remove();
        }
        local.remove_item(KEY).unwrap();
    }

    /// Waits for Yew's scheduler to render until `selector` matches, yielding a task at a time.
    async fn find(root: &Element, selector: &str) -> Element {
        for _ in 0..200 {
            if let Some(found) = root.query_selector(selector).unwrap() {
                return found;
            }
            yew::platform::time::sleep(std::time::Duration::ZERO).await;
        }
        panic!("nothing matched {selector} in {}", root.inner_html());
    }

    async fn click(root: &Element, selector: &str) {
        find(root, selector)
            .await
            .unchecked_into::<HtmlElement>()
            .click();
    }

    /// Starts from the start card and ticks `field` on the red-flag checklist.
    async fn start_and_tick(root: &Element, field: &str) {
        click(root, "[data-action=start]").await;
        click(root, &format!("input[name={field}]")).await;
    }

    #[wasm_bindgen_test]
    async fn the_start_card_leads_to_the_red_flag_checklist() {
        let root = mount(Locale::En);
        find(&root, "[data-step=start]").await;
        click(&root, "[data-action=start]").await;
        find(&root, "[data-step=red_flags]").await;
        for field in [
            "bladder_bowel",
            "saddle_numbness",
            "sexual_dysfunction",
            "none_of_these",
        ] {
            let input = find(&root, &format!("input[type=checkbox][name={field}]")).await;
            assert_eq!(input.get_attribute("value").as_deref(), Some("true"));
        }
    }

    /// A tap on the static start card before the app was ready (index.html, startup.js).
    #[wasm_bindgen_test]
    async fn a_start_requested_before_the_app_was_ready_opens_the_first_question() {
        let root = render(AppProps {
            start_requested: true,
            ..props(Locale::En)
        });
        find(&root, "[data-step=red_flags]").await;
    }

    #[wasm_bindgen_test]
    async fn ticking_a_red_flag_shows_the_emergency_screen_with_the_number() {
        let root = mount(Locale::ZhCn);
        start_and_tick(&root, "bladder_bowel").await;
        let screen = find(&root, "[data-level=emergency]").await;
        let call = find(&root, "a[href^='tel:']").await;
        assert_eq!(
            call.get_attribute("href").as_deref(),
            Some("tel:120"),
            "zh-CN defaults to 120"
        );
        assert!(screen
            .query_selector("[data-action=review]")
            .unwrap()
            .is_some());
    }

    #[wasm_bindgen_test]
    async fn with_no_region_known_the_number_comes_with_or_your_local_emergency_number() {
        let root = mount(Locale::En);
        start_and_tick(&root, "bladder_bowel").await;
        let call = find(&root, "a[href^='tel:']").await;
        assert_eq!(call.get_attribute("href").as_deref(), Some("tel:112"));
        let text = find(&root, ".emergency-call").await.text_content().unwrap();
        assert!(
            text.contains("112 or your local emergency number"),
            "{text}"
        );
    }

    #[wasm_bindgen_test]
    async fn a_hong_kong_reader_gets_999_and_hong_kong_wording_in_traditional_chinese() {
        let hong_kong = sciatica_check::platform::region::Region::parse("HK");
        let root = mount_in_region(HostConfig::default(), Locale::ZhHant, hong_kong);
        start_and_tick(&root, "bladder_bowel").await;
        let call = find(&root, "a[href^='tel:']").await;
        assert_eq!(call.get_attribute("href").as_deref(), Some("tel:999"));
        let text = find(&root, ".emergency-call").await.text_content().unwrap();
        assert!(text.contains("999") && text.contains("急症室"), "{text}");
        assert!(
            !text.contains("當地"),
            "a known number needs no 'or your local': {text}"
        );
    }

    #[wasm_bindgen_test]
    async fn body_map_regions_toggle_and_stay_in_step_with_the_list() {
        let root = mount(Locale::En);
        start_and_tick(&root, "none_of_these").await;
        click(&root, "[data-action=next]").await;
        // How it goes comes first: answer it, then the body map.
        click(&root, "button[data-pick='7']").await;
        for (field, value) in [
            ("pain_trend", "same"),
            ("rest_relieves", "true"),
            ("sudden_worse", "false"),
            ("night_pain", "false"),
        ] {
            click(&root, &format!("input[name={field}][value={value}]")).await;
        }
        click(&root, "[data-action=next]").await;
        let region = find(&root, "[data-region=buttock]").await;
        assert_eq!(
            region.get_attribute("aria-pressed").as_deref(),
            Some("false")
        );
        region
            .dispatch_event(&web_sys::MouseEvent::new("click").unwrap())
            .unwrap();
        find(&root, "[data-region=buttock][aria-pressed=true]").await;
        let listed: HtmlInputElement = find(&root, "input[name=pain_areas][value=buttock]")
            .await
            .unchecked_into();
        assert!(listed.checked(), "the list shows what the figure selected");
        listed.click();
        find(&root, "[data-region=buttock][aria-pressed=false]").await;
    }

    #[wasm_bindgen_test]
    async fn switching_language_in_the_widget_keeps_ticked_answers() {
        let root = mount(Locale::En);
        start_and_tick(&root, "none_of_these").await;
        let english_title = find(&root, "#screen-heading").await.text_content().unwrap();
        click(&root, "button[data-lang='zh-CN'][aria-pressed=false]").await;
        find(&root, "button[data-lang='zh-CN'][aria-pressed=true]").await;
        let none: HtmlInputElement = find(&root, "input[name=none_of_these]")
            .await
            .unchecked_into();
        assert!(none.checked(), "the answer survives the switch");
        let chinese_title = find(&root, "#screen-heading").await.text_content().unwrap();
        assert_ne!(
            english_title, chinese_title,
            "the heading is now in the other language"
        );
        click(&root, "button[data-lang='zh-Hant'][aria-pressed=false]").await;
        find(&root, "button[data-lang='zh-Hant'][aria-pressed=true]").await;
        let none: HtmlInputElement = find(&root, "input[name=none_of_these]")
            .await
            .unchecked_into();
        assert!(none.checked(), "the answer survives the second switch");
        let traditional_title = find(&root, "#screen-heading").await.text_content().unwrap();
        assert_ne!(
            chinese_title, traditional_title,
            "Traditional, not Simplified"
        );
    }

    #[wasm_bindgen_test]
    async fn the_onset_quick_pick_fills_the_exact_input() {
        let root = mount(Locale::En);
        start_and_tick(&root, "none_of_these").await;
        click(&root, "[data-action=next]").await;
        click(&root, "button[data-pick='91']").await;
        find(&root, "button[data-pick='91'][aria-pressed=true]").await;
        let exact: HtmlInputElement = find(&root, "input[name=onset_days]").await.unchecked_into();
        assert_eq!(exact.value(), "91");
    }

    #[wasm_bindgen_test]
    async fn the_host_accent_colour_is_applied_per_scheme_without_an_inline_style_attribute() {
        let host = HostConfig {
            accent: Some("#0a7".into()),
            ..HostConfig::default()
        };
        let root = mount_with(host, Locale::En);
        let widget: HtmlElement = find(&root, ".widget").await.unchecked_into();
        let property = |name: &str| widget.style().get_property_value(name).unwrap();
        for _ in 0..200 {
            if !property("--host-accent-dark").is_empty() {
                break;
            }
            yew::platform::time::sleep(std::time::Duration::ZERO).await;
        }
        // Each scheme gets the host's colour, adjusted only as far as 4.5:1 contrast needs.
        let (accents, _) = sciatica_check::platform::accent::scheme_accents("#0a7").unwrap();
        for (scheme, colour) in accents {
            assert_eq!(
                property(&format!("--host-accent-{}", scheme.as_str())).trim(),
                colour
            );
        }
    }
}
