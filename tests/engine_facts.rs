//! Every fact the engine cites must exist in the project's own fact register, so no
//! advice rests on a source that is not there.

use std::path::Path;

use sciatica_check::content;
use sciatica_check::engine::fact_ids;

#[test]
fn every_engine_fact_is_in_the_register() {
    let missing: Vec<&str> = fact_ids()
        .into_iter()
        .filter(|id| content::fact(id).is_none())
        .collect();
    assert!(
        missing.is_empty(),
        "fact(s) cited by the engine but absent from the register: {missing:?}"
    );
}

/// The design seed is beside the repository only in the team's workspace, not in a clone.
#[test]
fn every_engine_fact_is_in_the_seed_when_present() {
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seed/facts.md");
    let Ok(text) = std::fs::read_to_string(&seed) else {
        println!("skipped: {} not present", seed.display());
        return;
    };
    let missing: Vec<&str> = fact_ids()
        .into_iter()
        .filter(|id| !text.contains(&format!("- {id} ")))
        .collect();
    assert!(
        missing.is_empty(),
        "fact(s) cited by the engine but absent from the seed: {missing:?}"
    );
}
