#!/usr/bin/env bash
# Corpus benchmark of the onrecord command line (a benchmark, not a test).
#
# Builds JSONL corpora from examples/articles/*.txt (default 1024 MB and 100 MB, written
# under target/bench-corpus/, never committed), then runs the release CLI over each with
# --threads 1 and --threads 2, measuring throughput (MB/s of input) and peak RSS with
# /usr/bin/time -v. Targets (issue 6): 2 threads >= 1.8x one thread; peak memory <= 200 MB
# and not growing with corpus size.
#
#   benches/corpus.sh                      # 1024 MB and 100 MB, 1 and 2 threads, 1 run each
#   SIZES="100" RUNS=3 benches/corpus.sh   # quicker, repeated (the best run is reported)
#
# Environment: SIZES (MB, space-separated), THREADS (e.g. "1 2"), RUNS, BENCH_DIR,
# CARGO_TARGET_DIR. The machine may be shared: repeat (RUNS) and read the best figure;
# "MB per CPU s" (input MB over user+system time) shows the parallel overhead apart from
# the machine's load: equal figures at 1 and 2 threads mean the work scales linearly.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-"1024 100"}
THREADS=${THREADS:-"1 2"}
RUNS=${RUNS:-1}
DIR=${BENCH_DIR:-target/bench-corpus}
TARGET=${CARGO_TARGET_DIR:-target}
mkdir -p "$DIR"

cargo build --release -q -p onrecord-cli
BIN="$TARGET/release/onrecord"

gen() { # gen MB FILE: JSONL of the sample articles, paragraphs rotated so documents differ
    python3 - "$1" "$2" <<'EOF'
import glob, json, sys
mb, path = int(sys.argv[1]), sys.argv[2]
arts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob("examples/articles/*.txt"))]
paras = [[p for p in a.split("\n") if p.strip()] for a in arts]
limit, size, n = mb * 1_000_000, 0, 0
with open(path + ".part", "w", encoding="utf-8") as f:
    while size < limit:
        ps = paras[n % len(paras)]
        k = (n // len(paras)) % len(ps)
        text = "\n\n".join(ps[k:] + ps[:k])
        line = json.dumps({"id": f"doc-{n}", "text": text}, ensure_ascii=False) + "\n"
        f.write(line)
        size += len(line.encode("utf-8"))
        n += 1
import os
os.replace(path + ".part", path)
print(f"generated {path}: {n} documents, {size / 1e6:.0f} MB", file=sys.stderr)
EOF
}

echo "| corpus | threads | run | wall s | MB/s | CPU s | MB per CPU s | peak RSS (MB) |"
echo "|---|---|---|---|---|---|---|---|"
for mb in $SIZES; do
    corpus="$DIR/corpus-${mb}mb.jsonl"
    [ -s "$corpus" ] || gen "$mb" "$corpus"
    bytes=$(stat -c %s "$corpus")
    for t in $THREADS; do
        for run in $(seq 1 "$RUNS"); do
            log=$(mktemp)
            /usr/bin/time -v "$BIN" --threads "$t" --input jsonl --quiet -o /dev/null "$corpus" 2>"$log" || {
                cat "$log" >&2
                exit 1
            }
            secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, a, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + a[i]; print s}' "$log")
            rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$log")
            cpu=$(awk -F': ' '/(User|System) time \(seconds\)/ {s += $2} END {printf "%.1f", s}' "$log")
            rate=$(awk -v b="$bytes" -v s="$secs" 'BEGIN {printf "%.1f", b / 1e6 / s}')
            cpurate=$(awk -v b="$bytes" -v s="$cpu" 'BEGIN {printf "%.2f", b / 1e6 / s}')
            echo "| ${mb} MB | $t | $run | $secs | $rate | $cpu | $cpurate | $rss |"
            rm -f "$log"
        done
    done
done
echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
