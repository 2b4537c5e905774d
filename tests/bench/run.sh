#!/usr/bin/env bash
# The benchmark (README: "Benchmark"): `npm run bench`, or `bash tests/bench/run.sh [bench options]`.
# Builds the release widget and the baseline counter, then measures both (tests/bench/bench.mjs)
# and writes bench-results/bench.json. Not part of the test command: budgets are reported, and the
# exit status is non-zero only when a build fails or something could not be measured.
#
#   BENCH_SKIP_BUILD=1  measure the builds already in target/bench-dist (when iterating on the bench)
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$REPO_ROOT"

readonly WIDGET_DIST="target/bench-dist/widget"
readonly BASELINE_DIST="target/bench-dist/baseline"
readonly BASELINE_DIR="tests/bench/baseline"
readonly WIDGET_TARGET="target/bench-widget"

say() { printf '[bench] %s\n' "$*"; }

# The shared set-up puts trunk, wasm-bindgen, wasm-opt (npm binaryen) and Playwright in place,
# installing only what is missing, and fetches the widget's crates for the offline build.
if [ ! -f tests/tools/setup.sh ]; then
  echo "[bench] tests/tools/setup.sh is missing: run from a complete checkout" >&2
  exit 1
fi
# shellcheck source=../tools/setup.sh
source tests/tools/setup.sh

build() {
  # The baseline's crates are the widget's (same Cargo.lock versions): cached after the set-up.
  say "fetching the baseline's crates (instant when cached)"
  cargo fetch --quiet --manifest-path "$BASELINE_DIR/Cargo.toml"

  say "building the release widget into $WIDGET_DIST"
  # Its own cargo target dir: other builds in the shared target/ (tests, trunk serve) can neither
  # replace the wasm between this build and the size breakdown nor change its flags.
  CARGO_TARGET_DIR="$REPO_ROOT/$WIDGET_TARGET" trunk build --release --offline --dist "$REPO_ROOT/$WIDGET_DIST"

  say "building the baseline into $BASELINE_DIST"
  (cd "$BASELINE_DIR" &&
    CARGO_TARGET_DIR="$REPO_ROOT/target/bench-baseline" \
      trunk build --release --offline --dist "$REPO_ROOT/$BASELINE_DIST")
}

if [ "${BENCH_SKIP_BUILD:-0}" = "1" ]; then
  say "BENCH_SKIP_BUILD=1: measuring the existing builds"
else
  build
fi

node tests/bench/bench.mjs --widget "$WIDGET_DIST" --baseline "$BASELINE_DIST" \
  --out bench-results/bench.json "$@"

# What the first load's wasm (the questionnaire build; not the full build, README "Two builds") is made of.
node tests/bench/size-breakdown.mjs \
  --shipped "$(ls "$WIDGET_DIST"/*_bg.wasm | grep -v "/full-")" --out bench-results/size-breakdown.json \
  --keep bench-results/widget-with-names.wasm
