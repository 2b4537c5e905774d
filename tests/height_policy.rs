//! The height told to the host page depends on no answer: coarse, floored and never shrinking
//! during a journey (src/platform/height.rs).

use sciatica_check::platform::height::{coarse, HeightPolicy, HEIGHT_STEP, JOURNEY_FLOOR};

#[test]
fn outside_a_journey_heights_are_coarse_and_follow_the_content() {
    let mut policy = HeightPolicy::default();
    assert_eq!(policy.height_for(1, false), HEIGHT_STEP);
    assert_eq!(policy.height_for(HEIGHT_STEP + 1, false), 2 * HEIGHT_STEP);
    assert_eq!(
        policy.height_for(50, false),
        HEIGHT_STEP,
        "the start screen may shrink"
    );
    assert_eq!(coarse(1_000_000), 10_000);
}

#[test]
fn a_journey_jumps_to_the_floor_and_never_shrinks_until_it_ends() {
    let mut policy = HeightPolicy::default();
    policy.height_for(700, false);
    // Every content height below the floor, as questions, emergency and results come and go.
    for content in [900, 1200, 300, 2700, 600] {
        assert_eq!(policy.height_for(content, true), JOURNEY_FLOOR);
    }
    let taller = policy.height_for(JOURNEY_FLOOR + 10, true);
    assert_eq!(taller, JOURNEY_FLOOR + HEIGHT_STEP);
    assert_eq!(
        policy.height_for(400, true),
        taller,
        "never shrinks in a journey"
    );
    assert_eq!(
        policy.height_for(700, false),
        coarse(700),
        "back on the start screen"
    );
}
