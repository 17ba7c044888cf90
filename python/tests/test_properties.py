"""Property tests (hypothesis): offsets against str slicing, pickling, HTML escaping,
analyze_many against analyze."""

from __future__ import annotations

import html
import pickle
import re

from hypothesis import given, strategies as st

import onrecord

pipeline = onrecord.Pipeline()

MARKS = "“”‘’\"'«»‹›„‚「」"
PIECES = [
    "said", "Ada Reyes", " told reporters", "according to the report", ":", ", ", ". ", "\n",
    "\n\n", "she", "he said that", "🚀", "𝔘", "é", "e\u0301", "\u202e", "<script>", "&amp;",
    "300,000 Americans", "rose 23% last year", "will build",
]
text_strategy = st.one_of(
    st.text(),
    st.lists(
        st.one_of(st.sampled_from(list(MARKS)), st.sampled_from(PIECES), st.text(max_size=8)),
        max_size=40,
    ).map("".join),
)
# Python str may hold lone surrogates, which are not text; analyze raises UnicodeEncodeError.
clean_text = text_strategy.filter(lambda t: not any(0xD800 <= ord(c) <= 0xDFFF for c in t))


@given(clean_text)
def test_char_offsets_slice_the_text(text: str) -> None:
    a = pipeline.analyze(text)
    assert a.text == text
    for q in a.quotes:
        assert 0 <= q.span.start <= q.span.end <= len(text)
        assert text[q.content.start : q.content.end] == q.text
        if q.mention:
            assert text[q.mention.start : q.mention.end] == q.mention.text
        if q.cue:
            assert text[q.cue.start : q.cue.end] == q.cue.text
        for c in q.claims:
            assert text[c.span.start : c.span.end] == c.text
    for s in a.speakers:
        for m in s.mentions:
            assert text[m.start : m.end] == m.text


@given(clean_text)
def test_utf16_offsets(text: str) -> None:
    a = pipeline.analyze(text, offsets="utf16")
    data = text.encode("utf-16-le")
    for q in a.quotes:
        assert data[2 * q.content.start : 2 * q.content.end].decode("utf-16-le") == q.text


@given(clean_text)
def test_pickle_round_trip(text: str) -> None:
    a = pipeline.analyze(text)
    b = pickle.loads(pickle.dumps(a))
    assert b == a
    assert b.render() == a.render()
    for q in a.quotes:
        assert pickle.loads(pickle.dumps(q)) == q


@given(st.lists(clean_text, max_size=12), st.integers(min_value=1, max_value=3))
def test_analyze_many_equals_map(texts: list[str], threads: int) -> None:
    many = pipeline.analyze_many(texts, threads=threads)
    assert many == [pipeline.analyze(t) for t in texts]


@given(clean_text)
def test_html_escapes_everything(text: str) -> None:
    page = pipeline.analyze(text)._repr_html_()
    # Strip the markup we generate; what is left must be the article, escaped.
    body = re.search(r'<div class="or-text"[^>]*>(.*?)</div>', page, re.S)
    assert body is not None
    inner = re.sub(r"<span [^>]*>|</span>", "", body.group(1))
    assert html.unescape(inner) == text
    assert "<" not in inner and ">" not in inner
