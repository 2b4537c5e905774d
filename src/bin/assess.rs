//! `assess FILE` (or `-` for standard input): answers JSON in, assessment JSON out.
//! The reviewers' way to run the widget's rules without a browser.

use std::io::{self, BufWriter, Read, Write};
use std::process::ExitCode;

use sciatica_check::engine::{assess, parse_answers, AnswersInput};

const USAGE: &str = "\
usage: assess FILE
       assess -            (read standard input)

Reads one answers object, or a list of them, as JSON and prints the assessment:
  {\"level\": ..., \"pattern\": ..., \"phase\": ..., \"reasons\": [{\"rule\": ..., \"facts\": [...]}]}
one object per line; a list in gives a JSON list out, one assessment per line.
Fields and values are those of the assessment contract; absent fields take its defaults.
Bad input: exit status 2 and a one-line message on standard error naming the field
(list items are counted from 0); nothing is printed on standard output.

This is education, not a diagnosis.";

/// Bad invocation or bad input, as the contract requires.
const EXIT_BAD_INPUT: u8 = 2;
/// Standard output could not be written (e.g. a closed pipe).
const EXIT_OUTPUT_FAILED: u8 = 1;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = match args.as_slice() {
        [flag] if flag == "--help" || flag == "-h" => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        [path] if path == "-" || !path.starts_with('-') => path.as_str(),
        [option] => return fail(&format!("unknown option {option:?} (try --help)")),
        [] => {
            return fail("missing FILE argument: give a path, or - for standard input (try --help)")
        }
        _ => return fail("expected exactly one FILE argument (try --help)"),
    };

    let text = match read_input(path) {
        Ok(text) => text,
        Err(message) => return fail(&message),
    };
    // Everything is validated before anything is printed, so bad input never leaves
    // half an answer on standard output.
    let input = match parse_answers(&text) {
        Ok(input) => input,
        Err(error) => return fail(&error.to_string()),
    };

    match write_assessments(&input, io::stdout().lock()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("assess: cannot write output: {error}");
            ExitCode::from(EXIT_OUTPUT_FAILED)
        }
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("assess: {message}");
    ExitCode::from(EXIT_BAD_INPUT)
}

fn read_input(path: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    let read = if path == "-" {
        io::stdin().lock().read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path).and_then(|mut file| file.read_to_end(&mut bytes))
    };
    let source = if path == "-" {
        "standard input".to_owned()
    } else {
        format!("{path:?}")
    };
    read.map_err(|error| format!("cannot read {source}: {error}"))?;
    String::from_utf8(bytes).map_err(|error| format!("{source} is not UTF-8 text: {error}"))
}

fn write_assessments(input: &AnswersInput, out: impl Write) -> io::Result<()> {
    let mut out = BufWriter::new(out);
    match input {
        AnswersInput::One(answers) => {
            serde_json::to_writer(&mut out, &assess(answers))?;
            writeln!(out)?;
        }
        AnswersInput::Many(list) => {
            out.write_all(b"[")?;
            for (index, answers) in list.iter().enumerate() {
                out.write_all(if index == 0 { b"\n" } else { b",\n" })?;
                serde_json::to_writer(&mut out, &assess(answers))?;
            }
            out.write_all(if list.is_empty() { b"]\n" } else { b"\n]\n" })?;
        }
    }
    out.flush()
}
