//! The flow's one state and its reducer (Elm-like messages): every screen change and every
//! answer goes through `Flow::apply`, so the rules for moving on live in one place.

use crate::content::steps::{is_asked, ChoiceField, NumberField, StepId, RED_FLAG_CHECKLIST};
use crate::content::Locale;
use crate::engine::{assess, Answers, FieldKind, Level, FIELDS, ONSET_DAYS_MAX};
use crate::exercise::RoutineId;
use crate::platform::saved::Returning;

pub use super::screens::Screen;
pub use super::settings::Settings;

#[derive(Debug, Clone, PartialEq)]
pub struct Flow {
    pub screen: Screen,
    pub answers: Answers,
    /// Fields the reader has explicitly answered: a blank question is not a "no".
    pub answered: Vec<&'static str>,
    /// "None of these" on the red-flag checklist.
    pub no_red_flags: bool,
    /// "Nothing hurts right now" on the body map: an empty `pain_areas` given as an answer.
    pub no_pain: bool,
    /// Fields filled in from answers kept on this device, for the reader to check.
    pub prefilled: Vec<&'static str>,
    /// Days since kept answers were last confirmed, when they came back this visit.
    pub returned_after_days: Option<u16>,
    /// Required fields left blank on the last "Next", shown as errors until answered.
    pub missing: Vec<&'static str>,
    /// The app's settings (language, memory): apart from the answers, kept by "Start again".
    pub settings: Settings,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    Start,
    Next,
    Back,
    Restart,
    /// Leave the emergency screen to check the answers that led there.
    Review,
    SetLocale(Locale),
    SetBool(&'static str, bool),
    SetNoRedFlags(bool),
    SetNoPain(bool),
    /// A choice question's contract value picked: set for one-of questions, toggled for the
    /// ones that take several (kept in the contract's order). The value must be one of the field
    /// table's: the questionnaire's options send their own values; anything else goes through
    /// [`Msg::pick`], which accepts only those.
    Pick(ChoiceField, &'static str),
    SetNumber(NumberField, u16),
    /// The typed text is not a valid number: the field counts as unanswered again.
    ClearNumber(NumberField),
    SetRemember(bool),
    /// Answers brought back from this device's storage (already validated and aged), with
    /// the fields that count as pre-filled.
    Restore(Returning),
    /// Open the exercise list (from the start card or the result).
    OpenExercises,
    OpenExercise(RoutineId),
    /// Open the recovery diary / a new check-in (their own module: `ui::diary`).
    OpenDiary,
    OpenCheckIn,
}

impl Msg {
    /// The message for picking `value` in a choice question; `None` for a value the
    /// contract does not know (a tampered control), which then changes nothing.
    pub fn pick(field: ChoiceField, value: &str) -> Option<Msg> {
        let value = field.values().into_iter().find(|known| *known == value)?;
        Some(Msg::Pick(field, value))
    }
}

impl Flow {
    pub fn new(locale: Locale) -> Flow {
        Flow {
            screen: Screen::Start,
            answers: Answers::default(),
            answered: Vec::new(),
            no_red_flags: false,
            no_pain: false,
            prefilled: Vec::new(),
            returned_after_days: None,
            missing: Vec::new(),
            settings: Settings::new(locale),
        }
    }

    /// Whether answers kept on this device came back this visit and no other field has been
    /// answered since. The values of the fields that came back may have changed: each change was
    /// saved as it was made (ui::hooks::use_device_memory).
    pub fn only_brought_back_answers(&self) -> bool {
        self.returned_after_days.is_some() && self.answered == self.prefilled
    }

    pub fn step(&self) -> Option<StepId> {
        match self.screen {
            Screen::Step(index) => StepId::ALL.get(index).copied(),
            _ => None,
        }
    }

    /// An emergency rule fires whatever the questions not yet answered will be: the emergency
    /// screen must interrupt at once, and must never show where the finished answers would
    /// not give `emergency` (pain in both legs for months, stable, is not one).
    pub fn is_emergency(&self) -> bool {
        assess(&self.least_alarming_completion()).level == Level::Emergency
    }

    /// The answers with every unanswered field set to the value that fires the fewest
    /// emergency rules: no, nothing hurting, the longest time, getting better, one leg.
    pub fn least_alarming_completion(&self) -> Answers {
        let mut answers = self.answers.clone();
        for field in FIELDS {
            if self.is_answered(field.name) || RED_FLAG_CHECKLIST.contains(&field.name) {
                continue;
            }
            let calmest: &[&str] = match (field.name, field.kind) {
                (_, FieldKind::YesNo) => &["false"],
                (_, FieldKind::ListOf(_)) => &[],
                ("onset_days", FieldKind::Integer { .. }) => {
                    // The longest time the field takes (its `max`).
                    answers.onset_days = ONSET_DAYS_MAX;
                    continue;
                }
                ("pain_trend", _) => &["better"],
                _ => continue,
            };
            let _ = answers.set_field(field.name, calmest);
        }
        answers
    }

    pub fn is_answered(&self, field: &str) -> bool {
        self.answered.contains(&field)
    }

    /// Whether `step` shows answers kept from an earlier visit, for the reader to check.
    pub fn is_prefilled(&self, step: StepId) -> bool {
        step.fields().iter().any(|field| self.prefilled.contains(field))
    }

    /// Required fields of `step` that are still blank.
    pub fn missing_in(&self, step: StepId) -> Vec<&'static str> {
        let mut missing: Vec<&'static str> = step
            .required()
            .iter()
            .copied()
            .filter(|field| is_asked(field, &self.answers) && !self.is_answered(field))
            .collect();
        let any_red_flag = RED_FLAG_CHECKLIST
            .iter()
            .any(|field| self.answers.flag(field) == Some(true));
        if step == StepId::RedFlags && !any_red_flag && !self.no_red_flags {
            missing.push("none_of_these");
        }
        missing
    }

    fn mark_answered(&mut self, field: &'static str) {
        if !self.is_answered(field) {
            self.answered.push(field);
        }
    }

    fn forget(&mut self, field: &str) {
        self.answered.retain(|answered| *answered != field);
    }

    pub fn apply(&mut self, msg: Msg) {
        match msg {
            Msg::Start => self.go_to(Screen::Step(0)),
            Msg::Next => self.next(),
            Msg::Back => match self.screen {
                Screen::Step(0) => self.go_to(Screen::Start),
                Screen::Step(index) => self.go_to(Screen::Step(index - 1)),
                Screen::Result => self.go_to(Screen::Step(StepId::ALL.len() - 1)),
                Screen::Emergency { from } => self.go_to(Screen::Step(from)),
                Screen::Diary { from_start: true } => self.go_to(Screen::Start),
                Screen::Diary { from_start: false } => self.go_to(Screen::Result),
                Screen::CheckIn { from_start } => self.go_to(Screen::Diary { from_start }),
                Screen::Start => {}
                Screen::Exercises { from_result } => self.go_to(if from_result { Screen::Result } else { Screen::Start }),
                Screen::Exercise { from_result, .. } => self.go_to(Screen::Exercises { from_result }),
            },
            Msg::OpenExercises => self.go_to(Screen::Exercises { from_result: self.screen == Screen::Result }),
            Msg::OpenExercise(routine) => {
                let from_result = matches!(self.screen, Screen::Exercises { from_result: true });
                self.go_to(Screen::Exercise { routine, from_result });
            }
            Msg::Review => {
                if let Screen::Emergency { from } = self.screen {
                    self.go_to(Screen::Step(from));
                }
            }
            Msg::Restart => {
                let settings = self.settings;
                *self = Flow {
                    settings,
                    ..Flow::new(settings.locale)
                };
            }
            Msg::SetLocale(locale) => self.settings.locale = locale,
            Msg::SetRemember(remember) => self.settings.remember = remember,
            Msg::Restore(answers) => self.restore(answers),
            Msg::OpenDiary => self.go_to(Screen::Diary {
                from_start: self.screen == Screen::Start,
            }),
            Msg::OpenCheckIn => {
                if let Screen::Diary { from_start } = self.screen {
                    self.go_to(Screen::CheckIn { from_start });
                }
            }
            change => self.answer(change),
        }
    }

    fn answer(&mut self, change: Msg) {
        let answers = &mut self.answers;
        let field: &'static str = match change {
            Msg::SetBool(field, value) => {
                if !answers.set_flag(field, value) {
                    return;
                }
                if value && RED_FLAG_CHECKLIST.contains(&field) {
                    self.no_red_flags = false;
                }
                field
            }
            Msg::SetNoRedFlags(none) => {
                self.no_red_flags = none;
                if none {
                    for field in RED_FLAG_CHECKLIST {
                        answers.set_flag(field, false);
                    }
                }
                "none_of_these"
            }
            Msg::SetNoPain(none) => {
                self.no_pain = none;
                if none {
                    answers.pain_areas.clear();
                }
                "pain_areas"
            }
            Msg::Pick(field, value) => {
                let name = field.name();
                let texts = if field.multiple() {
                    // Toggle `value`, in the field table's (the contract's) order.
                    let current = answers.field_texts(name).unwrap_or_default();
                    field
                        .values()
                        .into_iter()
                        .filter(|known| (*known == value) != current.iter().any(|given| given == known))
                        .collect()
                } else {
                    vec![value]
                };
                if answers.set_field(name, &texts).is_err() {
                    return;
                }
                if field == ChoiceField::PainAreas {
                    self.no_pain = false;
                }
                name
            }
            Msg::SetNumber(field, value) => {
                if !field.set(answers, value) {
                    return;
                }
                field.name()
            }
            Msg::ClearNumber(field) => {
                self.forget(field.name());
                return;
            }
            _ => return,
        };
        if field == "pain_areas" && self.answers.pain_areas.is_empty() && !self.no_pain {
            self.forget(field);
        } else if field != "none_of_these" {
            self.mark_answered(field);
        }
        self.missing.retain(|missing| *missing != field);
        // Red flags interrupt at once: the reader must not finish the questionnaire first.
        if let Screen::Step(from) = self.screen {
            if self.is_emergency() {
                self.screen = Screen::Emergency { from };
            }
        }
    }

    fn next(&mut self) {
        let Screen::Step(index) = self.screen else {
            return;
        };
        let step = StepId::ALL[index];
        if self.is_emergency() {
            self.go_to(Screen::Emergency { from: index });
            return;
        }
        let missing = self.missing_in(step);
        if !missing.is_empty() {
            self.missing = missing;
            return;
        }
        if index + 1 < StepId::ALL.len() {
            self.go_to(Screen::Step(index + 1));
        } else {
            self.go_to(Screen::Result);
        }
    }

    fn go_to(&mut self, screen: Screen) {
        self.missing.clear();
        self.screen = screen;
    }

    /// Kept answers come back as the saved format's returning-reader rules decide: only
    /// the pre-filled fields count as given; everything behind a serious rule is asked again,
    /// because today matters, not last week. The reader still confirms every step.
    fn restore(&mut self, returning: Returning) {
        self.answers = returning.answers;
        self.answered = returning.prefilled.clone();
        self.prefilled = returning.prefilled;
        self.returned_after_days = Some(returning.days_since);
        self.no_red_flags = false;
        self.no_pain = false;
        self.settings.remember = true;
        self.screen = Screen::Start;
    }
}

#[cfg(target_arch = "wasm32")]
impl yew::Reducible for Flow {
    type Action = Msg;

    fn reduce(self: std::rc::Rc<Self>, msg: Msg) -> std::rc::Rc<Self> {
        let mut next = (*self).clone();
        next.apply(msg);
        std::rc::Rc::new(next)
    }
}
