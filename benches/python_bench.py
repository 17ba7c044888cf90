"""Benchmark of the Python binding (not a test): `Pipeline.analyze_many` over the sample
articles repeated to at least 10 MB.

Reports
  * throughput with threads=1 and threads=2, and their ratio (target: >= 1.7x on 2 cores);
  * Python's per-document overhead: `analyze_many` against the same pure-Rust loop
    (`onrecord._onrecord._bench_rust`: same chunks, same pool, no Python objects), for the
    same thread count (target: within 10%);
  * for information, what inspecting every result costs (building the Python objects).

Each figure is the best of --repeat runs (the machines are shared; the best run is the
least disturbed one). Run: `make py-bench`, or `python benches/python_bench.py` in a venv
where the wheel is installed.
"""

from __future__ import annotations

import argparse
import gc
import time
from pathlib import Path

import onrecord
from onrecord._onrecord import _bench_rust

ROOT = Path(__file__).resolve().parents[1]


def corpus(min_bytes: int) -> list[str]:
    articles = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples" / "articles").glob("*.txt"))]
    texts: list[str] = []
    size = 0
    while size < min_bytes:
        for t in articles:
            texts.append(t)
            size += len(t.encode("utf-8"))
    return texts


def best(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=10.0, help="corpus size in MB (default 10)")
    ap.add_argument("--repeat", type=int, default=5, help="runs per figure (default 5)")
    args = ap.parse_args()

    texts = corpus(int(args.mb * 1_000_000))
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    n = len(texts)
    pipeline = onrecord.Pipeline()
    pipeline.analyze_many(texts[:50], threads=2)  # warm up: pools, page cache
    print(f"corpus: {n} documents, {mb:.1f} MB (sample articles repeated), {args.repeat} runs each, best kept")

    py: dict[int, float] = {}
    rust: dict[int, float] = {}
    for threads in (1, 2):
        py[threads] = best(lambda: pipeline.analyze_many(texts, threads=threads), args.repeat)
        # the same language setting as `pipeline` (auto-detected per document)
        rust[threads] = min(
            _bench_rust(texts, threads=threads, language="auto") for _ in range(args.repeat)
        )
        over = (py[threads] - rust[threads]) / rust[threads]
        print(
            f"threads={threads}: analyze_many {py[threads]:.3f} s = {mb / py[threads]:.1f} MB/s | "
            f"pure Rust {rust[threads]:.3f} s = {mb / rust[threads]:.1f} MB/s | "
            f"Python overhead {over:+.1%} ({(py[threads] - rust[threads]) / n * 1e6:+.1f} µs/doc, "
            f"Rust {rust[threads] / n * 1e6:.0f} µs/doc)"
        )
    print(f"speed-up threads=2 vs threads=1: analyze_many {py[1] / py[2]:.2f}x, pure Rust {rust[1] / rust[2]:.2f}x")

    results = pipeline.analyze_many(texts, threads=2)
    t_obj = best(lambda: [a.quotes for a in pipeline.analyze_many(texts[: n // 4], threads=2)], 1)
    t_dict = best(lambda: [a.to_dict() for a in results[: n // 4]], 1)
    print(
        f"for information: analyze_many + reading .quotes of every result {t_obj / (n // 4) * 1e6:.0f} µs/doc; "
        f"to_dict() {t_dict / (n // 4) * 1e6:.0f} µs/doc"
    )


if __name__ == "__main__":
    main()
