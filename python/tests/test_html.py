"""The Jupyter HTML views."""

from __future__ import annotations

import html
import re

import onrecord
from onrecord import Analysis


def test_analysis_html_highlights(analyses: dict[str, Analysis]) -> None:
    a = analyses["politics-curly"]
    page = a._repr_html_()
    assert page.startswith('<div class="onrecord-analysis"')
    assert page.count('class="or-quote') >= 1
    assert 'class="or-legend"' in page
    for s in a.speakers:
        assert s.name.replace("'", "&#x27;") in page
    for q in a.quotes:
        assert f'data-quote="{q.id}"' in page
        if q.speaker_id is not None and q.mention is not None:
            assert f'data-speaker="{q.speaker_id}"' in page
    if a.claims:
        assert "or-claim" in page
    assert any("or-cue" in p for p in re.findall(r'class="([^"]*)"', page))


def test_script_renders_as_text() -> None:
    text = "<script>alert('x')</script> “<b>bold</b> & co,” Ada Reyes said. <img src=x onerror=alert(1)>"
    page = onrecord.analyze(text)._repr_html_()
    assert "<script" not in page and "<img" not in page
    body = re.search(r'<div class="or-text"[^>]*>(.*?)</div>', page, re.S)
    assert body is not None
    inner = re.sub(r"<span [^>]*>|</span>", "", body.group(1))
    assert "&lt;script&gt;alert(" in inner and "&lt;b&gt;bold&lt;/b&gt; &amp; co" in inner
    assert html.unescape(inner) == text


def test_long_articles_are_truncated_visibly() -> None:
    text = "“Long,” she said. " + "word " * 10_000
    page = onrecord.analyze(text)._repr_html_()
    assert "or-truncated" in page
    assert "more characters not shown" in page
    assert len(page) < 60_000


def test_quote_card() -> None:
    a = onrecord.analyze(
        "“More than 300,000 Americans were killed by the virus last year,” Dr. Ada Reyes "
        "told reporters. The CDC counted 80,000 Americans dead last year."
    )
    card = a.quotes[0]._repr_html_()
    assert card.startswith('<div class="onrecord-quote"')
    assert "Ada Reyes" in card and "300,000" in card
    assert "<script" not in onrecord.analyze("“<script>,” Bo said.").quotes[0]._repr_html_()
