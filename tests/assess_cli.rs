//! The `assess` command, run as a reviewer would run it.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const ASSESS: &str = env!("CARGO_BIN_EXE_assess");

/// Writes `contents` to a file of its own under Cargo's scratch directory for tests.
fn input_file(name: &str, contents: &[u8]) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("assess_cli_{name}"));
    std::fs::write(&path, contents).expect("scratch file written");
    path
}

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(ASSESS)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("assess starts");
    // A closed stdin is fine: some runs never read it.
    let _ = child.stdin.take().expect("piped stdin").write_all(stdin);
    child.wait_with_output().expect("assess finishes")
}

fn run_file(name: &str, contents: &str) -> Output {
    let path = input_file(name, contents.as_bytes());
    run(&[path.to_str().expect("UTF-8 scratch path")], b"")
}

fn stdout_json(output: &Output) -> Value {
    assert!(
        output.status.success(),
        "exit {:?}, stderr: {}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("stdout is JSON")
}

/// The contract's shape: exactly four keys, reasons as {rule, facts}.
fn assert_assessment_shape(assessment: &Value) {
    let object = assessment.as_object().expect("an assessment object");
    let mut keys: Vec<&str> = object.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(keys, ["level", "pattern", "phase", "reasons"]);
    for reason in object["reasons"].as_array().expect("reasons list") {
        let reason = reason.as_object().expect("reason object");
        assert_eq!(reason.len(), 2, "{reason:?}");
        assert!(
            reason["rule"].is_string() && reason["facts"].is_array(),
            "{reason:?}"
        );
    }
}

/// Exit status 2, one line on standard error, nothing on standard output.
fn assert_rejected(output: &Output) -> String {
    let stderr = String::from_utf8(output.stderr.clone()).expect("UTF-8 stderr");
    assert_eq!(output.status.code(), Some(2), "stderr: {stderr}");
    assert!(
        output.stdout.is_empty(),
        "stdout not empty: {}",
        String::from_utf8_lossy(&output.stdout)
    );
    assert_eq!(
        stderr.lines().count(),
        1,
        "stderr is not one line: {stderr:?}"
    );
    stderr
}

#[test]
fn one_object_in_gives_one_assessment_out() {
    let output = run_file(
        "one.json",
        r#"{"bladder_bowel": true, "pain_areas": ["foot"], "onset_days": 100}"#,
    );
    let assessment = stdout_json(&output);
    assert_assessment_shape(&assessment);
    assert_eq!(assessment["level"], "emergency");
    assert_eq!(assessment["pattern"], "root");
    assert_eq!(assessment["phase"], "chronic");
    assert_eq!(
        assessment["reasons"][0],
        serde_json::json!({"rule": "bladder_bowel", "facts": ["F35", "F62", "F82"]})
    );
    assert_eq!(
        String::from_utf8_lossy(&output.stdout).lines().count(),
        1,
        "one line per document"
    );
}

#[test]
fn a_list_in_gives_a_list_out_in_the_same_order() {
    let output = run_file(
        "list.json",
        r#"[{}, {"numbness": true}, {"age_band": "over_50"}, {"weakness": true}, {"fever": true, "weakness": true, "weakness_sides": "both"}]"#,
    );
    let list = stdout_json(&output);
    let levels: Vec<&str> = list
        .as_array()
        .expect("a list")
        .iter()
        .map(|a| a["level"].as_str().unwrap())
        .collect();
    assert_eq!(
        levels,
        ["self_care", "prompt", "routine", "urgent", "emergency"]
    );
    list.as_array()
        .unwrap()
        .iter()
        .for_each(assert_assessment_shape);

    assert_eq!(
        stdout_json(&run_file("empty_list.json", "[]")),
        serde_json::json!([])
    );
}

#[test]
fn reads_standard_input_for_a_dash() {
    let output = run(
        &["-"],
        br#"{"sides": "both", "pain_areas": ["back_of_thigh"]}"#,
    );
    let assessment = stdout_json(&output);
    assert_eq!(assessment["level"], "emergency");
    assert_eq!(assessment["reasons"][0]["rule"], "both_legs");
}

#[test]
fn bad_input_exits_2_with_one_line_naming_the_field() {
    let stderr = assert_rejected(&run(&["-"], br#"{"onset_days": 5000}"#));
    assert!(
        stderr.contains(r#"field "onset_days": expected an integer from 0 to 3650, got 5000"#),
        "{stderr}"
    );

    let stderr = assert_rejected(&run(&["-"], br#"{"sides": "middle"}"#));
    assert!(
        stderr.contains(r#"field "sides""#) && stderr.contains(r#""both""#),
        "{stderr}"
    );
}

#[test]
fn v2_answers_are_assessed() {
    let output = run(
        &["-"],
        br#"{"pain_areas": ["low_back", "back_of_calf"], "sides": "both", "onset_days": 120,
             "pain_trend": "same", "situations": ["pregnant"], "serious_accident": false}"#,
    );
    let assessment = stdout_json(&output);
    assert_eq!(assessment["level"], "routine");
    let rules: Vec<&str> = assessment["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|reason| reason["rule"].as_str().unwrap())
        .collect();
    assert_eq!(
        rules,
        [
            "both_legs_review",
            "pain_over_90_days",
            "not_improving",
            "pregnant_leg_pain"
        ]
    );
    assert_eq!(assessment["pattern"], "root");
    assert_eq!(assessment["phase"], "chronic");
}

#[test]
fn strict_types_and_values_are_named_on_one_line() {
    let cases: &[(&str, &str)] = &[
        (
            r#"{"fever": null}"#,
            r#"field "fever": expected true or false, got null"#,
        ),
        (
            r#"{"onset_days": 8.0}"#,
            r#"field "onset_days": expected an integer from 0 to 3650, got 8.0"#,
        ),
        (
            r#"{"onset_days": "8"}"#,
            r#"field "onset_days": expected an integer from 0 to 3650, got "8""#,
        ),
        (
            r#"{"onset_days": 1e400}"#,
            r#"field "onset_days": expected an integer from 0 to 3650, got 1e"#,
        ),
        (
            r#"{"pain_score": -1}"#,
            r#"field "pain_score": expected an integer from 0 to 10, got -1"#,
        ),
        (
            r#"{"pain_trend": "improving"}"#,
            r#"field "pain_trend": expected one of "better", "same", "worse", got "improving""#,
        ),
        (
            r#"{"pain_areas": ["calf"]}"#,
            r#"field "pain_areas[0]": expected one of "low_back", "buttock", "back_of_thigh", "back_of_calf", "outer_calf", "foot", got "calf""#,
        ),
        (
            r#"{"situations": ["office", "office"]}"#,
            r#"field "situations[1]""#,
        ),
        (
            r#"[{}, {"treated_months": 1e400}]"#,
            r#"item 1: field "treated_months""#,
        ),
        (
            r#"[{}, {"pain_areas": ["foot", "foot"]}]"#,
            r#"item 1: field "pain_areas[1]""#,
        ),
        (
            r#"{"weakness_sides": null}"#,
            r#"field "weakness_sides": expected one of "left", "right", "both", got null"#,
        ),
    ];
    for (input, expected) in cases {
        let stderr = assert_rejected(&run(&["-"], input.as_bytes()));
        assert!(stderr.contains(expected), "{input}: {stderr}");
    }
}

#[test]
fn one_bad_item_rejects_the_whole_list_before_printing() {
    let stderr = assert_rejected(&run_file(
        "bad_item.json",
        r#"[{}, {"fever": true}, {"fevr": true}]"#,
    ));
    assert!(
        stderr.contains(r#"item 2: field "fevr": unknown field"#),
        "{stderr}"
    );
}

#[test]
fn malformed_and_empty_input_are_rejected() {
    for (name, contents) in [
        ("truncated", "{\"fever\": "),
        ("empty", ""),
        ("scalar", "42"),
    ] {
        let stderr = assert_rejected(&run(&["-"], contents.as_bytes()));
        assert!(stderr.starts_with("assess: "), "{name}: {stderr}");
    }
    let path = input_file("latin1.json", b"{\"sides\": \"\xe9\"}");
    let stderr = assert_rejected(&run(&[path.to_str().unwrap()], b""));
    assert!(stderr.contains("not UTF-8"), "{stderr}");
}

#[test]
fn a_missing_file_is_named() {
    let stderr = assert_rejected(&run(&["no/such/answers.json"], b""));
    assert!(stderr.contains("no/such/answers.json"), "{stderr}");
}

#[test]
fn wrong_arguments_are_rejected() {
    assert_rejected(&run(&[], b"{}"));
    assert_rejected(&run(&["a.json", "b.json"], b""));
    assert_rejected(&run(&["--verbose"], b""));
}

#[test]
fn help_prints_usage_and_succeeds() {
    let output = run(&["--help"], b"");
    assert!(output.status.success());
    let usage = String::from_utf8(output.stdout).expect("UTF-8 usage");
    assert!(usage.starts_with("usage: assess FILE"), "{usage}");
    assert!(usage.contains("not a diagnosis"), "{usage}");
}

#[test]
fn ten_thousand_answers_come_back_in_order() {
    let items: Vec<String> = (0..10_000)
        .map(|i| {
            format!(
                r#"{{"onset_days": {}, "rest_relieves": {}, "pain_areas": ["buttock"]}}"#,
                i % 200,
                i % 2 == 0
            )
        })
        .collect();
    let output = run(&["-"], format!("[{}]", items.join(",")).as_bytes());
    let list = stdout_json(&output);
    let list = list.as_array().expect("a list");
    assert_eq!(list.len(), 10_000);
    // Item 15: 15 days, rest does not help -> prompt; item 16: rest helps -> self-care.
    assert_eq!(list[15]["level"], "prompt");
    assert_eq!(list[16]["level"], "self_care");
    assert_eq!(list[9_999]["phase"], "chronic");
}
