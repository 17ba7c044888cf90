"""analyze_many: order, threads, Python threads sharing a pipeline, Ctrl-C, fork, progress."""

from __future__ import annotations

import _thread
import concurrent.futures
import os
import subprocess
import sys
import threading
import time
import warnings

import pytest

import onrecord
from onrecord import Analysis, Pipeline


def test_order_and_thread_counts(pipeline: Pipeline, articles: dict[str, str]) -> None:
    texts = list(articles.values()) * 3
    one = pipeline.analyze_many(texts, threads=1)
    assert one == [pipeline.analyze(t) for t in texts]
    for threads in (2, 3, None):
        assert pipeline.analyze_many(texts, threads=threads) == one
    assert pipeline.analyze_many([]) == []
    assert pipeline.analyze_many(iter(texts[:2])) == one[:2]
    assert pipeline.analyze_many(tuple(texts[:2]), offsets="bytes")[0].offsets == "bytes"


def test_python_threads_share_one_pipeline(pipeline: Pipeline, articles: dict[str, str]) -> None:
    texts = list(articles.values())
    expected = [pipeline.analyze(t) for t in texts]

    def work(i: int) -> list[Analysis]:
        if i % 2:
            return pipeline.analyze_many(texts, threads=2)
        return [pipeline.analyze(t) for t in texts]

    with concurrent.futures.ThreadPoolExecutor(max_workers=6) as ex:
        for result in ex.map(work, range(12)):
            assert result == expected


def test_results_built_lazily_from_threads(pipeline: Pipeline, articles: dict[str, str]) -> None:
    """Many threads touching the same fresh analyses build each one once, consistently."""
    fresh = pipeline.analyze_many(list(articles.values()))
    expected = [a.to_dict() for a in pipeline.analyze_many(list(articles.values()))]
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as ex:
        for _ in range(3):
            assert list(ex.map(lambda a: a.to_dict(), fresh)) == expected


def test_keyboard_interrupt_stops_analyze_many(pipeline: Pipeline, articles: dict[str, str]) -> None:
    texts = list(articles.values()) * 4000  # ~200 MB of text: seconds of work
    timer = threading.Timer(0.3, _thread.interrupt_main)
    timer.start()
    t0 = time.monotonic()
    try:
        with pytest.raises(KeyboardInterrupt):
            pipeline.analyze_many(texts, threads=2)
    finally:
        timer.cancel()
    # Stopped at a chunk boundary, well before the whole corpus was analysed.
    assert time.monotonic() - t0 < 30


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_fork_after_parallel_use(pipeline: Pipeline, articles: dict[str, str]) -> None:
    texts = list(articles.values()) * 2
    expected = [a.to_json() for a in pipeline.analyze_many(texts, threads=2)]  # pools now exist
    r, w = os.pipe()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # 3.12+: fork with threads
        pid = os.fork()
    if pid == 0:  # child: must not touch the parent's pool threads (they do not exist here)
        try:
            ok = [a.to_json() for a in pipeline.analyze_many(texts, threads=2)] == expected
            os.write(w, b"ok" if ok else b"mismatch")
        finally:
            os._exit(0)
    os.close(w)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        time.sleep(0.05)
    else:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
        pytest.fail("analyze_many hung in a forked child")
    assert os.read(r, 16) == b"ok"
    os.close(r)


def test_num_threads_env() -> None:
    code = (
        "import onrecord; "
        "print(len(onrecord.Pipeline().analyze_many(['“Hi,” Bo said.'] * 50)))"
    )
    for value in ("1", "2"):
        env = dict(os.environ, ONRECORD_NUM_THREADS=value)
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        assert out.stdout.strip() == "50"


def test_progress(pipeline: Pipeline, capfd: pytest.CaptureFixture[str]) -> None:
    pipeline.analyze_many(["“Hi,” Bo said."] * 3, progress=True)
    err = capfd.readouterr().err
    assert "onrecord" in err and "3/3" in err


def test_default_pipeline_is_shared() -> None:
    assert onrecord.default_pipeline() is onrecord.default_pipeline()
