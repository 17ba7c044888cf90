#!/usr/bin/env bash
# Accuracy on the public dev sets (../shared/eval by default): quotes and speakers with
# score.py (marked quotes, then all kinds), claims with score_claims.py. Prints the
# scorers' own lines. Does nothing (and succeeds) when the eval folder is absent.
set -euo pipefail
EVAL=${1:-../shared/eval}
if [ ! -d "$EVAL" ]; then
  echo "eval: $EVAL not found; nothing to score"
  exit 0
fi
cargo build --release -q -p onrecord-cli
BIN=target/release/onrecord
OUT=${EVAL_OUT:-target/eval}
mkdir -p "$OUT"
for gold in "$EVAL"/*.jsonl; do
  name=$(basename "$gold" .jsonl)
  lang=en
  case "$name" in german*) lang=${GERMAN_LANG:-auto};; esac
  "$BIN" --input jsonl --format jsonl --lang "$lang" "$gold" > "$OUT/$name.pred.jsonl"
  echo "== $name (marked quotes)"
  python3 "$EVAL/score.py" "$gold" "$OUT/$name.pred.jsonl" --kinds marked
  echo "== $name (all kinds)"
  python3 "$EVAL/score.py" "$gold" "$OUT/$name.pred.jsonl"
done
if [ -d "$EVAL/claims" ]; then
  for gold in "$EVAL"/claims/*.jsonl; do
    name=$(basename "$gold" .jsonl)
    "$BIN" claims --input jsonl --format jsonl "$gold" > "$OUT/$name.pred.jsonl"
    echo "== claims: $name"
    python3 "$EVAL/score_claims.py" "$gold" "$OUT/$name.pred.jsonl"
  done
fi
