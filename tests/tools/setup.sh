# shellcheck shell=bash
# Installs whatever this project needs that is missing, and nothing that is already there at the
# right version. Sourced (not executed) by serve.sh and test.sh so that PATH and the exported
# variables reach the build and test commands. Safe to source any number of times.
#
# What it checks, in order: Chromium + chromedriver (apt), the wasm32 Rust target, trunk, the
# wasm-bindgen CLI matching Cargo.lock, and the npm packages (which bring wasm-opt and Playwright).

SETUP_REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
readonly TRUNK_VERSION="0.21.14"

setup_say() { printf '[setup] %s\n' "$*"; }
setup_fail() { printf '[setup] ERROR: %s\n' "$*" >&2; return 1; }

# Runs a command as root: directly when we are root, through sudo when it is available.
setup_as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    setup_fail "need root (or sudo) to run: $*"
  fi
}

setup_apt_packages() {
  local missing=()
  if command -v chromium >/dev/null 2>&1; then
    setup_say "chromium already installed ($(chromium --version 2>/dev/null | head -n1))"
  else
    missing+=(chromium)
  fi
  if command -v chromedriver >/dev/null 2>&1; then
    setup_say "chromedriver already installed ($(chromedriver --version 2>/dev/null | cut -d' ' -f1-2))"
  else
    missing+=(chromium-driver)
  fi
  # Chinese glyphs, so the screenshots the tests keep show the zh-CN text a reader sees.
  if [ -d /usr/share/fonts/opentype/noto ] && ls /usr/share/fonts/opentype/noto/NotoSansCJK* >/dev/null 2>&1; then
    setup_say "fonts-noto-cjk already installed"
  else
    missing+=(fonts-noto-cjk)
  fi
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    missing+=(nodejs npm)
  else
    setup_say "node $(node --version) and npm $(npm --version 2>/dev/null) already installed"
  fi
  if [ "${#missing[@]}" -gt 0 ]; then
    setup_say "installing ${missing[*]} with apt-get"
    setup_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq || return 1
    setup_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" || return 1
  fi
}

setup_rust_target() {
  command -v rustup >/dev/null 2>&1 || setup_fail "rustup not found: install Rust (rustup) first" || return 1
  if rustup target list --installed | grep -qx 'wasm32-unknown-unknown'; then
    setup_say "rust target wasm32-unknown-unknown already installed"
  else
    setup_say "installing rust target wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown || return 1
  fi
}

setup_trunk() {
  local have=""
  command -v trunk >/dev/null 2>&1 && have="$(trunk --version 2>/dev/null | awk '{print $2}')"
  if [ "$have" = "$TRUNK_VERSION" ]; then
    setup_say "trunk $TRUNK_VERSION already installed"
  else
    setup_say "installing trunk $TRUNK_VERSION (found: ${have:-none}); this compiles for a few minutes"
    cargo install --locked trunk --version "$TRUNK_VERSION" || return 1
  fi
}

# The CLI must match the wasm-bindgen crate in Cargo.lock exactly, or the generated glue is rejected.
setup_wasm_bindgen() {
  local want have=""
  want="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$SETUP_REPO_ROOT/Cargo.lock")"
  [ -n "$want" ] || setup_fail "no wasm-bindgen entry in Cargo.lock" || return 1
  command -v wasm-bindgen >/dev/null 2>&1 && have="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')"
  if [ "$have" = "$want" ] && command -v wasm-bindgen-test-runner >/dev/null 2>&1; then
    setup_say "wasm-bindgen-cli $want already installed"
  else
    setup_say "installing wasm-bindgen-cli $want (found: ${have:-none}); this compiles for a few minutes"
    # Not --locked: the CLI's own lockfile pins crates that no longer build on current Rust.
    cargo install wasm-bindgen-cli --version "$want" || return 1
  fi
}

# npm ci wipes node_modules, so run it only when the lockfile differs from the one last installed.
setup_npm() {
  local stamp="$SETUP_REPO_ROOT/node_modules/.lock-hash" want
  want="$(sha256sum "$SETUP_REPO_ROOT/package-lock.json" | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    setup_say "npm packages already installed (package-lock.json unchanged)"
  else
    setup_say "installing npm packages (npm ci)"
    (cd "$SETUP_REPO_ROOT" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund) || return 1
    printf '%s\n' "$want" >"$stamp"
  fi
}

setup_environment() {
  case ":$PATH:" in *":$HOME/.cargo/bin:"*) ;; *) export PATH="$HOME/.cargo/bin:$PATH" ;; esac
  case ":$PATH:" in
    *":$SETUP_REPO_ROOT/node_modules/.bin:"*) ;;
    *) export PATH="$SETUP_REPO_ROOT/node_modules/.bin:$PATH" ;;
  esac
  # Trunk would otherwise ask the network for its latest version on every run.
  export TRUNK_SKIP_VERSION_CHECK=true
  # Playwright must use the system Chromium (see playwright.config.mjs), never download one.
  export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
  export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"
}

# Trunk builds with --offline (reproducible, no surprise downloads), so every crate for every
# target must be in Cargo's cache first. Fast and silent when they already are.
setup_crates() {
  setup_say "fetching crates listed in Cargo.lock (cargo fetch; instant when cached)"
  (cd "$SETUP_REPO_ROOT" && cargo fetch --quiet) || return 1
}

setup_all() {
  setup_environment &&
    setup_apt_packages &&
    setup_rust_target &&
    setup_trunk &&
    setup_wasm_bindgen &&
    setup_crates &&
    setup_npm &&
    setup_environment &&
    setup_say "tools: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version | cut -d' ' -f1-3)"
}

setup_all || {
  setup_fail "set-up did not complete; see the messages above"
  return 1 2>/dev/null || exit 1
}
