//! Which routines a reader sees first, and which to wait for or ask about first.

use sciatica_check::engine::{Phase, Situation};
use sciatica_check::exercise::{routines_for, Fit, RoutineId, Standing, ROUTINES};

fn find(fits: &[Fit], id: RoutineId) -> &Fit {
    fits.iter()
        .find(|f| f.id == id)
        .expect("every routine is listed")
}

#[test]
fn every_routine_is_always_listed_once() {
    for phase in [
        None,
        Some(Phase::Acute),
        Some(Phase::Recovery),
        Some(Phase::Chronic),
    ] {
        let fits = routines_for(phase, &[Situation::Office, Situation::Pregnant]);
        assert_eq!(fits.len(), ROUTINES.len());
    }
}

#[test]
fn without_answers_the_article_order_and_all_go() {
    let fits = routines_for(None, &[]);
    let ids: Vec<_> = fits.iter().map(|f| f.id).collect();
    let article: Vec<_> = ROUTINES.iter().map(|r| r.id).collect();
    assert_eq!(ids, article);
    assert!(fits
        .iter()
        .all(|f| f.standing == Standing::Go && !f.suggested));
}

#[test]
fn acute_phase_waits_for_everything_that_loads_the_spine() {
    let fits = routines_for(Some(Phase::Acute), &[Situation::Office]);
    for id in [
        RoutineId::OfficeStretch,
        RoutineId::LegRaise,
        RoutineId::Core,
    ] {
        let fit = find(&fits, id);
        assert_eq!(fit.standing, Standing::Wait, "{id:?}");
        assert!(fit.notes.contains(&"acute_wait"));
        assert!(!fit.suggested, "a routine to wait for is not suggested");
    }
    assert_eq!(find(&fits, RoutineId::WallStanding).standing, Standing::Go);
    assert_eq!(
        fits.last().map(|f| f.standing),
        Some(Standing::Wait),
        "waits go last"
    );
    assert_eq!(fits[0].standing, Standing::Go);
}

#[test]
fn office_workers_see_the_office_stretch_first() {
    let fits = routines_for(Some(Phase::Chronic), &[Situation::Office]);
    assert_eq!(fits[0].id, RoutineId::OfficeStretch);
    assert!(fits[0].suggested);
    // Recovery and chronic phases suggest core training (F32).
    assert!(find(&fits, RoutineId::Core).suggested);
}

#[test]
fn recovery_phase_suggests_core_training_first() {
    let fits = routines_for(Some(Phase::Recovery), &[]);
    assert_eq!(fits[0].id, RoutineId::Core);
    assert!(find(&fits, RoutineId::Core).notes.contains(&"no_superman"));
}

#[test]
fn after_childbirth_is_first_for_new_mothers_and_says_from_six_weeks() {
    let fits = routines_for(Some(Phase::Recovery), &[Situation::Postpartum]);
    assert_eq!(fits[0].id, RoutineId::AfterChildbirth);
    assert!(fits[0].notes.contains(&"after_six_weeks"));
}

#[test]
fn older_adults_see_wall_standing_and_leg_raise_first() {
    let fits = routines_for(Some(Phase::Chronic), &[Situation::OlderAdult]);
    let first: Vec<_> = fits.iter().take(3).map(|f| f.id).collect();
    assert!(first.contains(&RoutineId::WallStanding));
    assert!(first.contains(&RoutineId::LegRaise));
}

#[test]
fn pregnancy_asks_first_and_warns_about_lying_on_the_back() {
    let fits = routines_for(Some(Phase::Chronic), &[Situation::Pregnant]);
    assert!(fits.iter().all(|f| f.standing >= Standing::AskFirst));
    assert!(find(&fits, RoutineId::LegRaise)
        .notes
        .contains(&"pregnant_back"));
    assert!(find(&fits, RoutineId::Core)
        .notes
        .contains(&"pregnant_back"));
    assert!(find(&fits, RoutineId::WallStanding)
        .notes
        .contains(&"pregnant_ask"));
}

#[test]
fn acute_and_pregnant_still_waits() {
    let fits = routines_for(Some(Phase::Acute), &[Situation::Pregnant]);
    assert_eq!(find(&fits, RoutineId::Core).standing, Standing::Wait);
}

#[test]
fn ids_round_trip() {
    for r in ROUTINES {
        assert_eq!(RoutineId::parse(r.id.as_str()), Some(r.id));
    }
    assert_eq!(RoutineId::parse("superman"), None);
}

/// Every key the exercise screens build from routine, part and note ids is in every catalog,
/// and no catalog has numbered steps beyond what the routine shows.
#[test]
fn every_built_exercise_key_exists_in_every_locale() {
    use sciatica_check::content::{entry, Locale};
    let mut keys = Vec::new();
    for r in ROUTINES {
        let id = r.id.as_str();
        for field in ["name", "purpose", "skip"] {
            keys.push(format!("exercise.{id}.{field}"));
        }
        for n in 1..=r.step_count {
            keys.push(format!("exercise.{id}.steps.{n:02}"));
        }
        for part in r.parts {
            keys.push(format!("exercise.{id}.part.{}", part.id));
        }
    }
    for phase in [None, Some(Phase::Acute), Some(Phase::Recovery)] {
        for fit in routines_for(phase, &[Situation::Pregnant, Situation::Postpartum]) {
            keys.extend(fit.notes.iter().map(|note| format!("exercise.note.{note}")));
        }
    }
    for standing in ["go", "ask_first", "wait"] {
        keys.push(format!("exercise.standing.{standing}"));
    }
    for &locale in Locale::ALL {
        for key in &keys {
            assert!(entry(locale, key).is_some(), "{} lacks {key}", locale.tag());
        }
        for r in ROUTINES {
            let beyond = format!("exercise.{}.steps.{:02}", r.id.as_str(), r.step_count + 1);
            assert!(
                entry(locale, &beyond).is_none(),
                "{beyond} would never show"
            );
        }
        // The stop rule (F83) is on every card.
        assert!(entry(locale, "exercise.stop_rule").is_some_and(|e| e.facts.contains(&"F83")));
    }
}
