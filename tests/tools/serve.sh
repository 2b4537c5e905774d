#!/usr/bin/env bash
# `npm start`: installs what is missing, then builds the widget and serves it; it rebuilds on every
# change (reload the page yourself). Extra arguments go to `trunk serve` (e.g. --release).
# (No live reload: see no_autoreload in Trunk.toml.)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
# shellcheck source=tests/tools/setup.sh
source tests/tools/setup.sh

readonly ADDRESS=127.0.0.1 PORT=8080
echo "[serve] building the widget, then serving it at http://$ADDRESS:$PORT/ (Ctrl-C stops)"
exec trunk serve --offline --address "$ADDRESS" --port "$PORT" "$@"
