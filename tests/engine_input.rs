//! The answers validator: every class of bad input gives one clear line naming the field.

use sciatica_check::engine::{
    answers_from_value, parse_answers, AgeBand, Answers, AnswersInput, InputError, PainArea, Side,
};

fn error_for(text: &str) -> InputError {
    match parse_answers(text) {
        Ok(parsed) => panic!("{text} was accepted as {parsed:?}"),
        Err(error) => error,
    }
}

fn one(text: &str) -> Answers {
    match parse_answers(text) {
        Ok(AnswersInput::One(answers)) => answers,
        other => panic!("{text} did not parse as one answers object: {other:?}"),
    }
}

/// The message is one line and names the field in quotes.
fn assert_names_field(error: &InputError, field: &str) {
    let message = error.to_string();
    assert!(!message.contains('\n'), "message spans lines: {message}");
    assert!(
        message.contains(&format!("field \"{field}\"")),
        "message does not name {field}: {message}"
    );
    assert_eq!(error.field(), Some(field), "{message}");
}

#[test]
fn absent_fields_take_the_contract_defaults() {
    assert_eq!(one("{}"), Answers::default());
    let defaults = Answers::default();
    assert_eq!(defaults.age_band, AgeBand::From20To50);
    assert_eq!(defaults.sides, Side::Left);
    assert!(defaults.rest_relieves, "rest_relieves defaults to true");
    assert_eq!(
        (
            defaults.onset_days,
            defaults.treated_months,
            defaults.pain_score
        ),
        (0, 0, 0)
    );
}

#[test]
fn every_field_is_read() {
    let answers = one(
        r#"{"age_band": "over_50", "situations": ["office", "postpartum"], "calf_cramps": "frequent",
            "pain_areas": ["low_back", "foot"], "sides": "both", "onset_days": 3650, "rest_relieves": false,
            "pain_trend": "worse", "numbness_sides": "both", "weakness_sides": "right", "serious_accident": true,
            "worse_sitting": true, "needle_like": true, "numbness": true, "weakness": true,
            "muscle_wasting": true, "bladder_bowel": true, "saddle_numbness": true,
            "sexual_dysfunction": true, "sudden_worse": true, "night_pain": true, "fever": true,
            "trauma": true, "cancer_history": true, "weight_loss": true, "steroids": true,
            "treated_months": 120, "pain_score": 10}"#,
    );
    let json = serde_json::to_value(&answers).unwrap();
    let object = json.as_object().unwrap();
    for (field, value) in object {
        let default = serde_json::to_value(Answers::default()).unwrap()[field].clone();
        assert_ne!(*value, default, "field {field} kept its default");
    }
}

#[test]
fn a_repeated_list_value_is_named_by_its_position() {
    let error = error_for(r#"{"pain_areas": ["foot", "buttock", "foot"]}"#);
    assert_names_field(&error, "pain_areas[2]");
    let error = error_for(r#"[{}, {"situations": ["parent", "parent"]}]"#);
    assert_eq!(error.item(), Some(1));
    assert_names_field(&error, "situations[1]");
}

#[test]
fn lists_are_kept_in_the_contracts_order() {
    let answers = one(r#"{"pain_areas": ["foot", "buttock"]}"#);
    assert_eq!(answers.pain_areas, vec![PainArea::Buttock, PainArea::Foot]);
}

#[test]
fn null_floats_strings_and_huge_numbers_are_wrong_types_for_integers() {
    for (text, got) in [
        (r#"{"onset_days": null}"#, "got null"),
        (r#"{"onset_days": 8.0}"#, "got 8.0"),
        (r#"{"onset_days": "8"}"#, r#"got "8""#),
        (r#"{"onset_days": 1e400}"#, "got 1e"),
        (r#"{"onset_days": true}"#, "got true"),
    ] {
        let error = error_for(text);
        assert_names_field(&error, "onset_days");
        assert!(error.to_string().contains(got), "{text}: {error}");
    }
    let error = error_for(r#"[{"onset_days": 1}, {"onset_days": -1e400}]"#);
    assert_eq!(error.item(), Some(1));
    assert_names_field(&error, "onset_days");
    let error = error_for(r#"{"fever": null}"#);
    assert_names_field(&error, "fever");
}

/// `-0` is a JSON integer (sign, then the digit 0) whose value is 0, so it is in range;
/// `-0.0` and `-1` are not (a fraction; below 0).
#[test]
fn minus_zero_is_the_integer_zero() {
    let answers = one(r#"{"onset_days": -0, "pain_score": -0, "treated_months": -0}"#);
    assert_eq!(
        (
            answers.onset_days,
            answers.pain_score,
            answers.treated_months
        ),
        (0, 0, 0)
    );
    for text in [
        r#"{"pain_score": -0.0}"#,
        r#"{"pain_score": -1}"#,
        r#"{"pain_score": -0e0}"#,
    ] {
        assert_names_field(&error_for(text), "pain_score");
    }
}

#[test]
fn a_list_gives_many_answers() {
    match parse_answers(r#"[{}, {"fever": true}]"#) {
        Ok(AnswersInput::Many(list)) => {
            assert_eq!(list.len(), 2);
            assert!(list[1].fever);
        }
        other => panic!("not a list: {other:?}"),
    }
    assert_eq!(parse_answers("[]"), Ok(AnswersInput::Many(Vec::new())));
}

#[test]
fn a_byte_order_mark_is_tolerated() {
    assert!(one("\u{feff}{\"fever\": true}").fever);
}

#[test]
fn unknown_field_is_named_with_the_known_fields() {
    let error = error_for(r#"{"fevre": true}"#);
    assert_names_field(&error, "fevre");
    let message = error.to_string();
    assert!(message.contains("unknown field"), "{message}");
    assert!(
        message.contains("fever") && message.contains("pain_score"),
        "lists the fields: {message}"
    );
}

#[test]
fn repeated_field_is_an_error_not_a_silent_override() {
    let error = error_for(r#"{"fever": true, "fever": false}"#);
    assert_names_field(&error, "fever");
    assert!(
        matches!(error, InputError::DuplicateField { .. }),
        "{error:?}"
    );
}

#[test]
fn wrong_types_name_the_field_and_what_it_accepts() {
    let cases = [
        (
            r#"{"fever": "yes"}"#,
            "fever",
            "expected true or false, got \"yes\"",
        ),
        (
            r#"{"rest_relieves": 1}"#,
            "rest_relieves",
            "expected true or false, got 1",
        ),
        (
            r#"{"onset_days": "10"}"#,
            "onset_days",
            "expected an integer from 0 to 3650, got \"10\"",
        ),
        (
            r#"{"onset_days": 2.5}"#,
            "onset_days",
            "expected an integer from 0 to 3650, got 2.5",
        ),
        (
            r#"{"pain_score": null}"#,
            "pain_score",
            "expected an integer from 0 to 10, got null",
        ),
        (
            r#"{"sides": ["left"]}"#,
            "sides",
            r#"expected one of "left", "right", "both", got a list"#,
        ),
        (
            r#"{"age_band": {"years": 40}}"#,
            "age_band",
            "got an object",
        ),
        (
            r#"{"pain_areas": "foot"}"#,
            "pain_areas",
            r#"expected a list of "low_back", "buttock""#,
        ),
    ];
    for (text, field, expected) in cases {
        let error = error_for(text);
        assert_names_field(&error, field);
        assert!(
            error.to_string().contains(expected),
            "{text}: {error} lacks {expected:?}"
        );
    }
}

#[test]
fn out_of_range_numbers_name_the_range() {
    let cases = [
        (
            r#"{"onset_days": 5000}"#,
            r#"field "onset_days": expected an integer from 0 to 3650, got 5000"#,
        ),
        (
            r#"{"onset_days": -1}"#,
            r#"field "onset_days": expected an integer from 0 to 3650, got -1"#,
        ),
        (
            r#"{"treated_months": 121}"#,
            r#"field "treated_months": expected an integer from 0 to 120, got 121"#,
        ),
        (
            r#"{"pain_score": 11}"#,
            r#"field "pain_score": expected an integer from 0 to 10, got 11"#,
        ),
    ];
    for (text, message) in cases {
        assert_eq!(error_for(text).to_string(), message, "for {text}");
    }
    // Too big for any integer type: still a range error, not a parse failure.
    let huge = error_for(r#"{"pain_score": 18446744073709551616}"#).to_string();
    assert!(
        huge == r#"field "pain_score": expected an integer from 0 to 10, got 18446744073709551616"#,
        "{huge}"
    );

    let edges = one(r#"{"onset_days": 3650, "treated_months": 120, "pain_score": 10}"#);
    assert_eq!(
        (edges.onset_days, edges.treated_months, edges.pain_score),
        (3650, 120, 10)
    );
}

#[test]
fn unknown_enum_values_list_the_allowed_ones() {
    let error = error_for(r#"{"calf_cramps": "sometimes"}"#);
    assert_eq!(
        error.to_string(),
        r#"field "calf_cramps": expected one of "none", "occasional", "frequent", got "sometimes""#
    );
    let error = error_for(r#"{"age_band": "Over_50"}"#);
    assert_names_field(&error, "age_band");
}

#[test]
fn a_bad_list_item_is_named_by_its_position() {
    let error = error_for(r#"{"pain_areas": ["foot", "knee"]}"#);
    assert_names_field(&error, "pain_areas[1]");
    assert!(error.to_string().contains(r#"got "knee""#), "{error}");
    let error = error_for(r#"{"situations": ["office", 3]}"#);
    assert_names_field(&error, "situations[1]");
}

#[test]
fn errors_inside_a_list_of_answers_carry_the_item_index() {
    let error = error_for(r#"[{}, {}, {}, {"onset_days": 5000}]"#);
    assert_eq!(
        error.to_string(),
        r#"item 3: field "onset_days": expected an integer from 0 to 3650, got 5000"#
    );
    assert_eq!(error.item(), Some(3));
    assert_eq!(error.field(), Some("onset_days"));

    let error = error_for(r#"[{}, 7]"#);
    assert_eq!(
        error.to_string(),
        "item 1: expected an answers object, got 7"
    );
    let error = error_for(r#"[[{}]]"#);
    assert_eq!(
        error.to_string(),
        "item 0: expected an answers object, got a list"
    );
}

#[test]
fn top_level_must_be_an_object_or_a_list() {
    for (text, got) in [
        ("42", "42"),
        ("\"fever\"", "\"fever\""),
        ("true", "true"),
        ("null", "null"),
    ] {
        let error = error_for(text);
        assert_eq!(
            error.to_string(),
            format!("expected an answers object or a list of them, got {got}")
        );
        assert_eq!(error.field(), None);
    }
}

#[test]
fn empty_input_is_its_own_error() {
    for text in ["", "   ", "\n\t\n"] {
        assert_eq!(error_for(text), InputError::Empty);
        assert!(
            error_for(text).to_string().starts_with("empty input"),
            "{text:?}"
        );
    }
}

#[test]
fn invalid_json_reports_line_and_column() {
    for text in ["{", "{\"fever\": tru}", "{} {}", "{'fever': true}", "[{},]"] {
        let error = error_for(text);
        let message = error.to_string();
        assert!(
            matches!(error, InputError::InvalidJson(_)),
            "{text}: {error:?}"
        );
        assert!(
            message.starts_with("invalid JSON: ") && message.contains("line"),
            "{text}: {message}"
        );
        assert!(!message.contains('\n'), "{message}");
    }
}

#[test]
fn messages_stay_one_short_line_whatever_the_input() {
    let long_key = "k".repeat(10_000);
    let error = error_for(&format!("{{\"{long_key}\": 1}}"));
    assert!(
        error.to_string().len() < 800,
        "unknown field message is {} bytes",
        error.to_string().len()
    );

    let long_value = format!(
        "{{\"sides\": \"{}\\n{}\"}}",
        "x".repeat(5_000),
        "y".repeat(5_000)
    );
    let message = error_for(&long_value).to_string();
    assert!(message.len() < 300 && !message.contains('\n'), "{message}");

    let multi_byte = format!("{{\"sides\": \"{}\"}}", "坐".repeat(100));
    assert!(
        error_for(&multi_byte).to_string().contains("..."),
        "long values are clipped"
    );
}

#[test]
fn deeply_nested_input_is_an_error_not_a_crash() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(matches!(error_for(&deep), InputError::InvalidJson(_)));
}

#[test]
fn a_parsed_value_is_validated_the_same_way() {
    let value = serde_json::json!({"sides": "both", "pain_areas": ["buttock"]});
    let answers = answers_from_value(&value).expect("valid answers");
    assert_eq!(answers.sides, Side::Both);
    let error = answers_from_value(&serde_json::json!({"onset_days": 4000})).unwrap_err();
    assert_names_field(&error, "onset_days");
    let error = answers_from_value(&serde_json::json!([1])).unwrap_err();
    assert_eq!(error.to_string(), "expected an answers object, got a list");
}
