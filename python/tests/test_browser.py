"""The HTML view in a real browser: headless Chromium loads a page of rendered analyses;
the highlighted quotes and speakers must be in its DOM, no script may run from article
text, and no error may be raised. The screenshot is kept under tests/artifacts/."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

import onrecord
from onrecord import Analysis

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"

pytestmark = pytest.mark.browser

HOSTILE = (
    "<script>window.__pwned = true; document.title = 'PWNED'</script>\n\n"
    "“We will not be silenced,” Mayor Ada Reyes said. <img src=x onerror=\"window.__pwned=true\">"
)


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return None


CHECK = """
<script>
window.__errors = [];
window.addEventListener('error', e => window.__errors.push(String(e.message)));
window.addEventListener('load', () => {
  document.body.setAttribute('data-check', JSON.stringify({
    quotes: document.querySelectorAll('.onrecord-analysis .or-quote').length,
    speakers: document.querySelectorAll('.onrecord-analysis .or-speaker').length,
    cards: document.querySelectorAll('.onrecord-quote').length,
    pwned: !!window.__pwned,
    title: document.title,
    errors: window.__errors,
  }));
});
</script>
"""


def page(analyses: list[Analysis]) -> str:
    body = "".join(f"<section>{a._repr_html_()}</section><hr>" for a in analyses)
    cards = "".join(q._repr_html_() for a in analyses for q in a.quotes[:2])
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>onrecord view</title>"
        f"{CHECK}</head><body>{body}{cards}</body></html>"
    )


def run(chromium: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
         "--hide-scrollbars", "--virtual-time-budget=3000", *args],
        capture_output=True, text=True, timeout=120,
    )


def test_html_view_in_chromium(analyses: dict[str, Analysis]) -> None:
    chromium = find_chromium()
    if chromium is None:
        if os.environ.get("ONRECORD_REQUIRE_BROWSER") == "1":
            pytest.fail("chromium was installed by make py-test but is not on PATH")
        pytest.skip("chromium not found: make py-test installs Debian's `chromium` with apt-get")
    chosen = [analyses[n] for n in ("politics-curly", "health-figures", "courtroom-nested") if n in analyses]
    hostile = onrecord.analyze(HOSTILE)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / "html_view.html"
    path.write_text(page([*chosen, hostile]), encoding="utf-8")
    url = path.resolve().as_uri()

    dom = run(chromium, "--dump-dom", url)
    assert dom.returncode == 0, dom.stderr[-2000:]
    m = re.search(r'data-check="([^"]*)"', dom.stdout)
    assert m, "the page's load handler did not run:\n" + dom.stdout[:2000]
    check = json.loads(html.unescape(m.group(1)))
    n_quotes = sum(len(a.quotes) for a in [*chosen, hostile])
    assert check["errors"] == []
    assert check["pwned"] is False and check["title"] == "onrecord view"
    assert check["quotes"] >= n_quotes  # a quote may be split around nested marks
    assert check["speakers"] >= 1
    assert check["cards"] == sum(len(a.quotes[:2]) for a in [*chosen, hostile])
    # The article's markup is text in the DOM, and the quotes and speakers are highlighted.
    assert "&lt;script&gt;window.__pwned" in dom.stdout
    for a in [*chosen, hostile]:
        for q in a.quotes:
            assert f'data-quote="{q.id}"' in dom.stdout
        for s in a.speakers:
            for mention in s.mentions:
                assert html.escape(mention.text, quote=False) in dom.stdout

    shot = ARTIFACTS / "html_view.png"
    shot.unlink(missing_ok=True)
    r = run(chromium, f"--screenshot={shot}", "--window-size=1200,3000", url)
    assert r.returncode == 0, r.stderr[-2000:]
    assert shot.exists() and shot.stat().st_size > 10_000
    print(f"screenshot: {shot}")
