//! Stored lines: ours are used, a newer version's are left alone, anything else is unreadable.

use sciatica_check::engine::Answers;
use sciatica_check::platform::memory::{classify, our_version, StoredLine};
use sciatica_check::platform::saved;

#[test]
fn our_own_line_is_read_back() {
    let line = saved::encode(&Answers::default());
    assert_eq!(classify(&line), StoredLine::Ours(Answers::default()));
}

#[test]
fn a_newer_version_is_left_alone_and_an_older_or_foreign_one_is_not() {
    let newer = format!("v{}|future_field=1", our_version() + 1);
    assert_eq!(classify(&newer), StoredLine::Newer);
    assert_eq!(classify(&format!("v{}|", our_version() + 40)), StoredLine::Newer);
    for unreadable in ["v0|age_band=x", "{\"bladder_bowel\":\"maybe\"}", "", "v|x", "vx2|", "v-3|"] {
        assert!(matches!(classify(unreadable), StoredLine::Unreadable(_)), "{unreadable:?}");
    }
}
