//! The handover to a doctor (issue 15): the shipped FHIR `Questionnaire` is exactly what the
//! field table generates; the `QuestionnaireResponse` for every vignette, in every language,
//! has every element FHIR R4 requires and links each item to a question of the Questionnaire
//! with an answer of that question's type; the QR summary names every red flag's answer and
//! fits a QR code that scans from paper; the diary's FHIR `Bundle` holds that response for the
//! diary's baseline and one valid `Observation` per check-in, in every language.
//!
//! `UPDATE_QUESTIONNAIRE=1 cargo test --test handover` rewrites src/web/questionnaire.json.

use std::collections::BTreeMap;
use std::path::Path;

use sciatica_check::content::Locale;
use sciatica_check::engine::{answers_from_value, assess, Answers, Assessment, RULES};
use sciatica_check::handover::fhir::{questionnaire_response, QUESTIONNAIRE_URL, QUESTIONNAIRE_VERSION};
use sciatica_check::handover::questionnaire::questionnaire_file;
use sciatica_check::handover::qr::QrCode;
use sciatica_check::handover::summary::{first_line, summary, MAX_BYTES, RED_FLAGS};
use sciatica_check::handover::{catalog_lookup, Handover, Lookup};
use sciatica_check::engine::LocalDate;
use serde_json::Value;

const SHIPPED: &str = "src/web/questionnaire.json";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn vignettes() -> Vec<(String, Answers)> {
    let text = std::fs::read_to_string(root().join("tests/vignettes/vignettes.json")).expect("vignettes");
    let list: Vec<Value> = serde_json::from_str(&text).expect("vignettes are JSON");
    list.into_iter()
        .map(|vignette| {
            let name = vignette["name"].as_str().expect("name").to_owned();
            let answers = answers_from_value(&vignette["answers"])
                .unwrap_or_else(|error| panic!("{name}: {error:?}"));
            (name, answers)
        })
        .collect()
}

/// Every answer the summary can hold at once: all red flags, all areas, the most reasons.
fn worst_case() -> Answers {
    let mut answers = Answers::default();
    for flag in RED_FLAGS {
        assert!(answers.set_flag(flag, true), "{flag} is a yes/no field");
    }
    for (name, texts) in [
        ("pain_areas", &["low_back", "buttock", "back_of_thigh", "back_of_calf", "outer_calf", "foot"][..]),
        ("sides", &["both"]),
        ("numbness_sides", &["both"]),
        ("weakness_sides", &["both"]),
        ("onset_days", &["3650"]),
        ("pain_trend", &["worse"]),
        ("rest_relieves", &["false"]),
        ("calf_cramps", &["frequent"]),
        ("age_band", &["over_50"]),
        ("treated_months", &["120"]),
        ("pain_score", &["10"]),
        ("situations", &["office", "parent", "postpartum", "older_adult", "pregnant"]),
    ] {
        answers.set_field(name, texts).unwrap_or_else(|error| panic!("{name}: {error}"));
    }
    answers
}

fn date() -> LocalDate {
    LocalDate::from_ymd(2026, 11, 25).expect("a real date")
}

fn handover<'a>(answers: &'a Answers, assessment: &'a Assessment, locale: Locale) -> Handover<'a> {
    Handover { answers, assessment, date: date(), locale }
}

/// What `make` (the summary, the response) gives for `answers` in English.
fn in_english(answers: &Answers, make: fn(&Handover, Lookup) -> String) -> String {
    let assessment = assess(answers);
    make(&handover(answers, &assessment, Locale::En), &catalog_lookup(Locale::En))
}

/// Calls `check` with every vignette and the worst case, in every language: the case's name
/// with the language tag, its handover and the language's texts.
fn each_case_in_each_language(mut check: impl FnMut(&str, &Handover, Lookup)) {
    let mut cases = vignettes();
    cases.push(("worst case".into(), worst_case()));
    for (name, answers) in &cases {
        let assessment = assess(answers);
        for &locale in Locale::ALL {
            let text = catalog_lookup(locale);
            check(&format!("{name} [{}]", locale.tag()), &handover(answers, &assessment, locale), &text);
        }
    }
}

#[test]
fn the_shipped_questionnaire_is_the_generated_one() {
    let generated = questionnaire_file();
    let path = root().join(SHIPPED);
    if std::env::var_os("UPDATE_QUESTIONNAIRE").is_some() {
        std::fs::write(&path, &generated).expect("write questionnaire.json");
    }
    let shipped = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        shipped == generated,
        "{SHIPPED} is out of date with the field table or catalog; regenerate it with \
         `UPDATE_QUESTIONNAIRE=1 cargo test --test handover`"
    );
}

/// The Questionnaire's items by linkId (nested ones too), each with its parent's linkId.
fn questions(questionnaire: &Value) -> BTreeMap<String, (Value, Option<String>)> {
    fn walk(items: &Value, parent: Option<&str>, out: &mut BTreeMap<String, (Value, Option<String>)>) {
        for item in items.as_array().into_iter().flatten() {
            let link_id = item["linkId"].as_str().expect("every Questionnaire item has a linkId").to_owned();
            assert!(item["type"].is_string(), "{link_id}: Questionnaire.item.type is required");
            let previous = out.insert(link_id.clone(), (item.clone(), parent.map(str::to_owned)));
            assert!(previous.is_none(), "{link_id}: linkIds are unique");
            walk(&item["item"], Some(&link_id), out);
        }
    }
    let mut out = BTreeMap::new();
    walk(&questionnaire["item"], None, &mut out);
    out
}

#[test]
fn the_questionnaire_has_the_required_elements_and_every_field() {
    let questionnaire = sciatica_check::handover::questionnaire::questionnaire();
    assert_eq!(questionnaire["resourceType"], "Questionnaire");
    assert!(["draft", "active", "retired", "unknown"].contains(&questionnaire["status"].as_str().unwrap()));
    assert_eq!(questionnaire["url"], QUESTIONNAIRE_URL);
    let questions = questions(&questionnaire);
    for field in sciatica_check::engine::FIELDS {
        let (item, _) = questions.get(field.name).unwrap_or_else(|| panic!("{} has no question", field.name));
        let text = item["text"].as_str().unwrap();
        assert!(!text.is_empty() && !text.starts_with("q."), "{}: English text, not the key", field.name);
        for option in item["answerOption"].as_array().into_iter().flatten() {
            let display = option["valueCoding"]["display"].as_str().unwrap();
            assert!(!display.starts_with("opt."), "{}: option {display} has no text", field.name);
        }
    }
    let (reasons, _) = &questions["reasons"];
    let codes: Vec<&str> = reasons["answerOption"].as_array().unwrap().iter()
        .map(|option| option["valueCoding"]["code"].as_str().unwrap()).collect();
    assert_eq!(codes, RULES.iter().map(|rule| rule.id).collect::<Vec<_>>());
}

/// Checks `response` against FHIR R4's required elements and against `questions`.
fn check_response(name: &str, response: &Value, questions: &BTreeMap<String, (Value, Option<String>)>) -> Vec<String> {
    let mut problems = Vec::new();
    let mut problem = |text: String| problems.push(format!("{name}: {text}"));
    if response["resourceType"] != "QuestionnaireResponse" {
        problem("resourceType".into());
    }
    let status = response["status"].as_str().unwrap_or("");
    if !["in-progress", "completed", "amended", "entered-in-error", "stopped"].contains(&status) {
        problem(format!("status {status:?}"));
    }
    if response["questionnaire"] != format!("{QUESTIONNAIRE_URL}|{QUESTIONNAIRE_VERSION}").as_str() {
        problem(format!("questionnaire {}", response["questionnaire"]));
    }
    let authored = response["authored"].as_str().unwrap_or("");
    if authored.len() != 10 || LocalDate::parse(authored).is_none() {
        problem(format!("authored {authored:?} is not a date"));
    }
    fn walk(items: &Value, parent: Option<&str>, questions: &BTreeMap<String, (Value, Option<String>)>, problem: &mut dyn FnMut(String)) {
        if items.is_null() {
            return;
        }
        let Some(items) = items.as_array() else { return problem("item is not an array".into()) };
        for item in items {
            let Some(link_id) = item["linkId"].as_str() else { problem("an item without linkId".into()); continue };
            let Some((question, question_parent)) = questions.get(link_id) else {
                problem(format!("{link_id} is not in the Questionnaire"));
                continue;
            };
            if question_parent.as_deref() != parent {
                problem(format!("{link_id} is nested differently from the Questionnaire"));
            }
            if item["text"].as_str().is_none_or(str::is_empty) {
                problem(format!("{link_id} has no text"));
            }
            let answers = item["answer"].as_array().cloned().unwrap_or_default();
            if item.get("answer").is_some() && answers.is_empty() {
                problem(format!("{link_id}: an answer array must not be empty"));
            }
            if answers.len() > 1 && question["repeats"] != true {
                problem(format!("{link_id}: {} answers to a question that does not repeat", answers.len()));
            }
            let kind = question["type"].as_str().unwrap_or("");
            for answer in &answers {
                let values: Vec<&String> = answer.as_object().unwrap().keys().filter(|key| key.starts_with("value")).collect();
                let fits = match (kind, values.as_slice()) {
                    ("boolean", [key]) if *key == "valueBoolean" => answer[key.as_str()].is_boolean(),
                    ("integer", [key]) if *key == "valueInteger" => {
                        let max = question["extension"][0]["valueInteger"].as_i64().unwrap_or(i64::MAX);
                        answer[key.as_str()].as_i64().is_some_and(|value| (0..=max).contains(&value))
                    }
                    ("choice", [key]) if *key == "valueCoding" => {
                        let coding = &answer["valueCoding"];
                        let display = coding["display"].as_str().unwrap_or("");
                        !display.is_empty() && !display.starts_with("opt.") && !display.starts_with("rule.")
                            && question["answerOption"].as_array().unwrap().iter().any(|option| {
                                option["valueCoding"]["system"] == coding["system"] && option["valueCoding"]["code"] == coding["code"]
                            })
                    }
                    _ => false,
                };
                if !fits {
                    problem(format!("{link_id}: answer {answer} does not fit a {kind} question"));
                }
            }
            if kind == "group" && item.get("item").is_none() {
                problem(format!("{link_id}: a group needs its items"));
            }
            walk(&item["item"], Some(link_id), questions, problem);
        }
    }
    walk(&response["item"], None, questions, &mut problem);
    problems
}

#[test]
fn every_vignettes_response_is_valid_fhir_linked_to_the_questionnaire() {
    let questions = questions(&sciatica_check::handover::questionnaire::questionnaire());
    let mut problems = Vec::new();
    each_case_in_each_language(|name, handover, text| {
        let json = questionnaire_response(handover, text);
        let response: Value = match serde_json::from_str(&json) {
            Ok(value) => value,
            Err(error) => return problems.push(format!("{name}: not JSON ({error})")),
        };
        problems.extend(check_response(name, &response, &questions));
        let items = response["item"].as_array().unwrap();
        let linked: Vec<&str> = items.iter().filter_map(|item| item["linkId"].as_str()).collect();
        for field in handover.asked_fields() {
            if !linked.contains(&field) {
                problems.push(format!("{name}: asked field {field} is missing"));
            }
        }
        let assessment = handover.assessment;
        let assessment_item = items.last().unwrap();
        let level = &assessment_item["item"][0]["answer"][0]["valueCoding"]["code"];
        if level != assessment.level.as_str() {
            problems.push(format!("{name}: level {level}"));
        }
        let reasons: Vec<&Value> = assessment_item["item"][1]["answer"].as_array().unwrap().iter()
            .map(|answer| &answer["valueCoding"]["code"]).collect();
        if reasons != assessment.reasons.iter().map(|reason| reason.rule).collect::<Vec<_>>() {
            problems.push(format!("{name}: reasons {reasons:?}"));
        }
        if handover.locale == Locale::ZhCn && !json.contains(&*text("q.bladder_bowel.label")) {
            problems.push(format!("{name}: the texts are not in the reader's language"));
        }
    });
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_follow_up_is_in_the_response_only_after_a_yes() {
    let mut answers = Answers::default();
    let json = in_english(&answers, questionnaire_response);
    assert!(!json.contains("weakness_sides"));
    answers.set_flag("weakness", true);
    let json = in_english(&answers, questionnaire_response);
    assert!(json.contains(r#""linkId":"weakness_sides""#));
}

#[test]
fn the_summary_names_every_red_flags_answer_and_fits_a_qr_code() {
    let mut problems = Vec::new();
    each_case_in_each_language(|name, handover, text| {
        let summary = summary(handover, text);
        if summary.len() > MAX_BYTES {
            problems.push(format!("{name}: {} bytes\n{summary}", summary.len()));
        }
        if !summary.starts_with(&first_line(handover, text)) || !summary.contains("2026-11-25") {
            problems.push(format!("{name}: no first line with the date"));
        }
        for flag in RED_FLAGS {
            if !summary.contains(&text(&format!("handover.flag.{flag}"))) {
                problems.push(format!("{name}: {flag} is not named"));
            }
        }
        let answers = handover.answers;
        if answers.with_pain() && !summary.contains(&format!(" {} ", answers.onset_days)) {
            problems.push(format!("{name}: no days since onset"));
        }
        if !summary.ends_with(&text("handover.summary.footer")) {
            problems.push(format!("{name}: no 'not a diagnosis'"));
        }
        if summary.contains("handover.") || summary.contains("rule.") || summary.contains("opt.") {
            problems.push(format!("{name}: a catalog key shows\n{summary}"));
        }
        if QrCode::encode(&summary).is_none() {
            problems.push(format!("{name}: no QR code holds it"));
        }
    });
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_summary_gives_the_reasons_and_says_how_many_more_when_they_do_not_fit() {
    let text = catalog_lookup(Locale::En);
    let answers = worst_case();
    let summary_text = in_english(&answers, summary);
    assert_eq!(assess(&answers).reasons.len(), 28);
    assert!(summary_text.contains("+28 more reasons in the saved file"), "{summary_text}");
    let mut answers = Answers::default();
    answers.set_flag("fever", true);
    answers.set_flag("night_pain", true);
    let summary_text = in_english(&answers, summary);
    for reason in &assess(&answers).reasons {
        assert!(summary_text.contains(&*text(&format!("rule.{}", reason.rule))), "{summary_text}");
    }
    let summary_text = in_english(&Answers::default(), summary);
    assert!(summary_text.contains(&*text("rule.self_care")), "{summary_text}");
}

/// The browser draws the QR code with src/web/qr.js (loaded only once a result shows); it must
/// make exactly the modules of the tested Rust encoder. Skipped, saying so, without Node.
#[test]
fn the_browsers_qr_script_makes_the_same_code_as_the_reference_encoder() {
    let mut texts: Vec<String> = vec!["hello".into(), String::new(), "a".repeat(666), "坐骨".repeat(100)];
    let answers = worst_case();
    let assessment = assess(&answers);
    for &locale in Locale::ALL {
        texts.push(summary(&handover(&answers, &assessment, locale), &catalog_lookup(locale)));
    }
    let script = format!(
        "require('vm').runInThisContext(require('fs').readFileSync({:?}, 'utf8'));\
         const texts = JSON.parse(require('fs').readFileSync(0, 'utf8'));\
         console.log(JSON.stringify(texts.map((t) => (globalThis.sciaticaQr.encode(t) || []).map((row) => row.map((d) => d ? '1' : '0').join('')))));",
        root().join("src/web/qr.js").display().to_string()
    );
    let child = std::process::Command::new("node")
        .args(["-e", &script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn();
    let Ok(mut child) = child else {
        eprintln!("skipped: node is not installed");
        return;
    };
    use std::io::Write as _;
    child.stdin.take().unwrap().write_all(serde_json::to_string(&texts).unwrap().as_bytes()).unwrap();
    let output = child.wait_with_output().expect("node ran");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let from_js: Vec<Vec<String>> = serde_json::from_slice(&output.stdout).expect("rows as JSON");
    for (text, js_rows) in texts.iter().zip(from_js) {
        let code = QrCode::encode(text).expect("fits");
        let rows: Vec<String> = (0..code.size)
            .map(|y| (0..code.size).map(|x| if code.dark(x, y) { '1' } else { '0' }).collect())
            .collect();
        assert_eq!(rows, js_rows, "{text:?}");
    }
}

/// A diary of three check-ins; the last one has a red flag and a note that needs escaping (an
/// imported file is the only way a newline could reach a note, so it is set here directly).
fn simulated_diary() -> sciatica_check::diary::Diary {
    use sciatica_check::diary::{CheckInAnswers, Diary};
    use sciatica_check::engine::{PainArea, PainTrend};
    // The reader opts in on 20 November, five days into the episode.
    let started = LocalDate::parse("2026-11-20").unwrap();
    let mut baseline = Answers::default();
    baseline.set_field("pain_areas", &["low_back", "buttock"]).unwrap();
    baseline.set_field("onset_days", &["5"]).unwrap();
    baseline.set_field("pain_score", &["7"]).unwrap();
    let mut diary = Diary::start(&baseline, started);
    for (offset, pain, trend, flags) in [
        (0, 7, PainTrend::Same, vec![]),
        (2, 4, PainTrend::Better, vec![]),
        (3, 8, PainTrend::Worse, vec!["saddle_numbness"]),
    ] {
        let check_in = CheckInAnswers {
            pain_score: pain,
            trend,
            red_flags: flags,
            pain_areas: vec![PainArea::Buttock, PainArea::BackOfThigh],
            note: String::new(),
        };
        diary.record(&check_in, started.add_days(offset).unwrap());
    }
    diary.entries[2].note = "walked \"20 min\" \\ then\nsat\ttoo long; 痛 </script>".to_owned();
    diary
}

/// The problems with one diary `Observation` against FHIR R4 and the entry it stands for.
fn check_observation(name: &str, observation: &Value, entry: &sciatica_check::diary::Entry) -> Vec<String> {
    use sciatica_check::handover::diary_fhir::{CATEGORY_SYSTEM, PAIN_CODE, PAIN_SYSTEM};
    let mut problems = Vec::new();
    let mut problem = |text: String| problems.push(format!("{name} {}: {text}", entry.date));
    if observation["resourceType"] != "Observation" {
        problem("resourceType".into());
    }
    // R4 requires status and code; everything else here is what the brief asks of a check-in.
    if observation["status"] != "final" {
        problem(format!("status {}", observation["status"]));
    }
    let category = &observation["category"][0]["coding"][0];
    if category["system"] != CATEGORY_SYSTEM || category["code"] != "survey" {
        problem(format!("category {category}"));
    }
    let code = &observation["code"]["coding"][0];
    if code["system"] != PAIN_SYSTEM || code["code"] != PAIN_CODE || !code["display"].is_string() {
        problem(format!("code {code}"));
    }
    if observation["effectiveDateTime"] != entry.date.to_string().as_str() {
        problem(format!("effectiveDateTime {}", observation["effectiveDateTime"]));
    }
    if observation["valueInteger"].as_u64() != Some(u64::from(entry.pain_score)) {
        problem(format!("valueInteger {}", observation["valueInteger"]));
    }
    let mut coded = BTreeMap::<String, Vec<Value>>::new();
    for component in observation["component"].as_array().into_iter().flatten() {
        // Observation.component.code is required; a component carries one value[x].
        let Some(component_code) = component["code"]["coding"][0]["code"].as_str() else {
            problem(format!("component without a code: {component}"));
            continue;
        };
        let values: Vec<(&String, &Value)> = component.as_object().unwrap().iter()
            .filter(|(key, _)| key.starts_with("value")).collect();
        if values.len() != 1 {
            problem(format!("{component_code}: {} values", values.len()));
            continue;
        }
        coded.entry(component_code.to_owned()).or_default().push(values[0].1.clone());
    }
    let code_of = |value: &Value| value["coding"][0]["code"].as_str().unwrap_or("").to_owned();
    if coded.get("pain_trend").map(|values| code_of(&values[0])).as_deref() != Some(entry.trend.as_str()) {
        problem(format!("trend {:?}", coded.get("pain_trend")));
    }
    if coded.get("level").map(|values| code_of(&values[0])).as_deref() != Some(entry.level.as_str()) {
        problem(format!("level {:?}", coded.get("level")));
    }
    for flag in sciatica_check::diary::RED_FLAGS {
        let ticked = entry.red_flags.contains(flag);
        if coded.get(*flag).map(|values| values[0].clone()) != Some(Value::Bool(ticked)) {
            problem(format!("{flag}: {:?}", coded.get(*flag)));
        }
    }
    let areas: Vec<String> = coded.get("pain_areas").into_iter().flatten().map(code_of).collect();
    if areas != entry.pain_areas.iter().map(|area| area.as_str().to_owned()).collect::<Vec<_>>() {
        problem(format!("areas {areas:?}"));
    }
    let note = &observation["note"];
    match entry.note.as_str() {
        "" if note.is_null() => {}
        text if note[0]["text"] == text => {}
        _ => problem(format!("note {note}")),
    }
    problems
}

#[test]
fn the_diarys_fhir_bundle_holds_the_baseline_response_and_one_observation_per_check_in() {
    use sciatica_check::handover::diary_fhir::{answered_on, diary_bundle, diary_file_name};
    let diary = simulated_diary();
    let today = LocalDate::parse("2026-11-25").unwrap();
    let questions = questions(&sciatica_check::handover::questionnaire::questionnaire());
    let mut problems = Vec::new();
    for &locale in Locale::ALL {
        let text = catalog_lookup(locale);
        let json = diary_bundle(&diary, today, locale, &text);
        let name = locale.tag();
        let bundle: Value = serde_json::from_str(&json).unwrap_or_else(|error| panic!("{name}: not JSON ({error})\n{json}"));
        assert_eq!(bundle["resourceType"], "Bundle", "{name}");
        assert_eq!(bundle["type"], "collection", "{name}");
        let entries = bundle["entry"].as_array().expect("Bundle.entry");
        assert_eq!(entries.len(), 1 + diary.entries.len(), "{name}: the response and one Observation per check-in");
        for entry in entries {
            // A collection's entries carry a resource and neither request nor response.
            assert!(entry["resource"].is_object() && entry.get("request").is_none() && entry.get("response").is_none(), "{name}: {entry}");
        }
        let response = &entries[0]["resource"];
        problems.extend(check_response(&format!("diary [{name}]"), response, &questions));
        assert_eq!(response["authored"], "2026-11-20", "{name}: answered on the day the reader opted in");
        let level = &response["item"].as_array().unwrap().last().unwrap()["item"][0]["answer"][0]["valueCoding"]["code"];
        assert_eq!(level, assess(&diary.baseline).level.as_str(), "{name}");
        for (entry, bundled) in diary.entries.iter().zip(&entries[1..]) {
            problems.extend(check_observation(name, &bundled["resource"], entry));
        }
        for key in ["opt.", "level.", "diary.", "handover.", "q."] {
            if json.contains(&format!("\"{key}")) {
                problems.push(format!("{name}: a catalog key shows ({key})"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(answered_on(&diary, today), LocalDate::parse("2026-11-20").unwrap());
    assert_eq!(diary_file_name(today), "sciatica-diary-2026-11-25.fhir.json");
}

#[test]
fn the_diarys_fhir_note_survives_quotes_backslashes_and_newlines() {
    use sciatica_check::handover::diary_fhir::diary_bundle;
    let diary = simulated_diary();
    let today = LocalDate::parse("2026-11-25").unwrap();
    let json = diary_bundle(&diary, today, Locale::En, &catalog_lookup(Locale::En));
    assert!(json.contains(r#""walked \"20 min\" \\ then\nsat\ttoo long; 痛 </script>""#), "{json}");
    assert!(!json.contains('\n') && !json.contains('\t'), "no raw control character in the file");
    let bundle: Value = serde_json::from_str(&json).unwrap();
    let notes: Vec<&Value> = bundle["entry"].as_array().unwrap().iter().map(|entry| &entry["resource"]["note"]).collect();
    assert!(notes[1].is_null() && notes[2].is_null(), "no note without one");
    assert_eq!(notes[3][0]["text"], diary.entries[2].note.as_str());
}
