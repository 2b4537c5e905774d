#!/usr/bin/env bash
# `npm test`: installs what is missing, then runs the three test layers. A failing layer does not
# stop the others; the exit status is non-zero if any failed.
#
#   bash tests/tools/test.sh              # all layers: native wasm e2e
#   bash tests/tools/test.sh e2e          # only the named layers
#   PLAYWRIGHT_ARGS="embed.spec" bash tests/tools/test.sh e2e   # extra arguments for Playwright
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
# shellcheck source=tests/tools/setup.sh
source tests/tools/setup.sh || exit 1

readonly ALL_LAYERS=(native wasm e2e)

layer_native() {
  cargo test
}

# Yew components rendered in headless Chromium (the full build: every screen; README "Two builds");
# capabilities come from ./webdriver.json.
layer_wasm() {
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}" \
    cargo test --target wasm32-unknown-unknown --features journeys --test ui_components
}

# Playwright against the release build, served by tests/tools/static-server.mjs.
layer_e2e() {
  echo "[test] building the release bundle (trunk build --release --offline)"
  trunk build --release --offline || return 1
  echo "[test] running Playwright (playwright.config.mjs)"
  # shellcheck disable=SC2086 # PLAYWRIGHT_ARGS is a list of words on purpose
  npx --no-install playwright test ${PLAYWRIGHT_ARGS:-}
}

layers=("$@")
[ "${#layers[@]}" -gt 0 ] || layers=("${ALL_LAYERS[@]}")
for layer in "${layers[@]}"; do
  case " ${ALL_LAYERS[*]} " in
    *" $layer "*) ;;
    *) echo "[test] unknown layer '$layer'; choose from: ${ALL_LAYERS[*]}" >&2; exit 2 ;;
  esac
done

summary=()
passed=0
failed=0
for layer in "${layers[@]}"; do
  echo
  echo "[test] ===== layer: $layer ====="
  started=$SECONDS
  "layer_$layer"
  status=$?
  elapsed=$((SECONDS - started))
  if [ "$status" -eq 0 ]; then
    passed=$((passed + 1))
    summary+=("$(printf '[test] %-7s passed in %ds' "$layer" "$elapsed")")
  else
    failed=$((failed + 1))
    summary+=("$(printf '[test] %-7s FAILED (exit %d) in %ds' "$layer" "$status" "$elapsed")")
  fi
  echo "[test] ===== layer $layer finished in ${elapsed}s (exit $status) ====="
done

echo
echo "[test] summary (layers):"
printf '%s\n' "${summary[@]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
