"""API shape, offsets, the JSON contract and errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

import onrecord
from onrecord import Analysis, Pipeline

TEXT = "“Prices rose 12% last year,” Finance Minister Ada Reyes told reporters. She added: “We act.”"


def test_installed_wheel_is_under_test() -> None:
    # The source tree (python/onrecord) has no native module; the wheel's copy is tested.
    assert "site-packages" in onrecord.__file__, onrecord.__file__


def test_module_exports() -> None:
    for name in onrecord.__all__:
        assert hasattr(onrecord, name), name
    assert onrecord.__version__.count(".") == 2
    assert "en" in onrecord.LANGUAGES


def test_analyze_shape() -> None:
    a = onrecord.analyze(TEXT)
    assert isinstance(a, Analysis)
    assert a.text is TEXT or a.text == TEXT
    assert a.offsets == "chars"
    q = a.quotes[0]
    assert q.kind == "direct"
    assert q.text == "Prices rose 12% last year,"
    assert q.speaker is not None and q.speaker.name == "Ada Reyes"
    assert q.speaker_id == q.speaker.id == 0
    assert a.speakers[q.speaker_id] == q.speaker
    assert q.cue is not None and q.cue.lemma == "tell"
    assert q.mention is not None and TEXT[q.mention.start : q.mention.end] == q.mention.text
    assert 0.0 <= q.confidence <= 1.0
    assert a.claims == [c for q in a.quotes for c in q.claims]


def test_offsets_everywhere(analyses: dict[str, Analysis]) -> None:
    for name, a in analyses.items():
        t = a.text
        for q in a.quotes:
            assert t[q.content.start : q.content.end] == q.text, name
            assert q.span.start <= q.content.start <= q.content.end <= q.span.end
            assert t[q.content.slice()] == q.text
            for c in q.claims:
                assert t[c.span.start : c.span.end] == c.text
                for x in c.quantities:
                    assert t[x.span.start : x.span.end] == x.text
                for tr in c.time:
                    assert t[tr.span.start : tr.span.end] == tr.text
                for f in c.figure_checks:
                    assert t[f.other.start : f.other.end] == f.other.text
            if q.cue:
                assert t[q.cue.start : q.cue.end] == q.cue.text
        for s in a.speakers:
            for m in s.mentions:
                assert t[m.start : m.end] == m.text


@pytest.mark.parametrize("unit", ["utf16", "bytes"])
def test_other_offset_units(unit: str) -> None:
    text = "“Ünïcödé 🚀 rocks,” Ada Reyes said. “Vamos 🎉,” she added."
    a = onrecord.analyze(text, offsets=unit)  # type: ignore[arg-type]
    assert a.offsets == unit
    codec = "utf-16-le" if unit == "utf16" else "utf-8"
    width = 2 if unit == "utf16" else 1
    data = text.encode(codec)
    for q in a.quotes:
        got = data[q.content.start * width : q.content.end * width].decode(codec)
        assert got == q.text


def test_to_dict_and_json(analyses: dict[str, Analysis]) -> None:
    for a in analyses.values():
        d = a.to_dict()
        assert list(d) == ["id", "quotes", "speakers"]
        assert json.loads(a.to_json()) == d
        assert json.loads(a.to_json(indent=2)) == d
        assert [q.to_dict() for q in a.quotes] == d["quotes"]
        assert [s.to_dict() for s in a.speakers] == d["speakers"]


def _cli() -> str | None:
    return os.environ.get("ONRECORD_CLI")


@pytest.mark.skipif(not _cli(), reason="set ONRECORD_CLI to the onrecord binary (make py-test does)")
@pytest.mark.parametrize("language", ["en", "auto"])
def test_to_dict_equals_cli_json(articles: dict[str, str], language: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "corpus.jsonl"
    with src.open("w", encoding="utf-8") as f:
        for name, text in articles.items():
            f.write(json.dumps({"id": name, "text": text}, ensure_ascii=False) + "\n")
    out = subprocess.run(
        [_cli(), "--lang", language, "--input", "jsonl", "--text-field", "text", "--id-field", "id",
         "--format", "jsonl", "--quiet", str(src)],
        check=True, capture_output=True, text=True, encoding="utf-8",
    ).stdout
    lines = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert [d["id"] for d in lines] == list(articles)
    mine = Pipeline(language=language).analyze_many(list(articles.values()))
    for d, a in zip(lines, mine):
        got = a.to_dict()
        got["id"] = d["id"]
        assert got == d, d["id"]


def test_render_is_the_rust_renderer() -> None:
    out = onrecord.analyze(TEXT).render()
    assert out.startswith("¶0 [[q0 “Prices rose 12% last year,”]]")
    assert "\nquotes:\n" in out and "\nspeakers:\n" in out


def test_tag_claims() -> None:
    claims = onrecord.Pipeline().tag_claims("Unemployment fell to 4.1% in March, the lowest since 2019.")
    assert claims
    assert all(isinstance(c, onrecord.Claim) for c in claims)
    assert any(x.value == 4.1 for c in claims for x in c.quantities)


def test_claims_off() -> None:
    p = Pipeline(claims=False)
    assert p.claims is False
    assert repr(p) == "Pipeline(language='auto', claims=False)"
    assert p.analyze(TEXT).claims == []


# --- errors ---------------------------------------------------------------------------


def test_error_hierarchy() -> None:
    assert issubclass(onrecord.ConfigError, onrecord.Error)
    assert issubclass(onrecord.ConfigError, ValueError)
    assert issubclass(onrecord.InputError, onrecord.Error)
    assert issubclass(onrecord.Error, Exception)


def test_unknown_language() -> None:
    with pytest.raises(onrecord.ConfigError, match="unknown language code `xx`; expected one of en, "):
        Pipeline(language="xx")
    with pytest.raises(ValueError):
        Pipeline(language="")


@pytest.mark.parametrize(
    ("kwargs", "exc"),
    [
        ({"language": None}, TypeError),
        ({"language": 3}, TypeError),
        ({"claims": "yes"}, TypeError),
    ],
)
def test_bad_option_types(kwargs: dict[str, object], exc: type[Exception]) -> None:
    with pytest.raises(exc):
        Pipeline(**kwargs)  # type: ignore[arg-type]


def test_options_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        Pipeline("en")  # type: ignore[misc]


@pytest.mark.parametrize("bad", [None, b"bytes", 3, ["a list"]])
def test_analyze_wrong_types(pipeline: Pipeline, bad: object) -> None:
    with pytest.raises(TypeError, match="text must be str"):
        pipeline.analyze(bad)  # type: ignore[arg-type]


def test_bytes_hint(pipeline: Pipeline) -> None:
    with pytest.raises(TypeError, match=r"decode bytes first"):
        pipeline.analyze(b"x")  # type: ignore[arg-type]


def test_lone_surrogate_is_a_clean_error(pipeline: Pipeline) -> None:
    with pytest.raises(UnicodeEncodeError):
        pipeline.analyze("“abc\ud800,” she said.")
    with pytest.raises(UnicodeEncodeError):
        pipeline.analyze_many(["fine", "bad \udfff"])


def test_bad_offsets(pipeline: Pipeline) -> None:
    with pytest.raises(ValueError, match="offsets must be one of 'chars', 'utf16', 'bytes'; got 'codepoints'"):
        pipeline.analyze("x", offsets="codepoints")  # type: ignore[arg-type]


def test_analyze_many_argument_errors(pipeline: Pipeline) -> None:
    with pytest.raises(TypeError, match="not a str; use analyze"):
        pipeline.analyze_many("one text")
    with pytest.raises(TypeError, match=r"texts\[1\] must be str, not int"):
        pipeline.analyze_many(["a", 1])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        pipeline.analyze_many(None)  # type: ignore[arg-type]
    for bad in (0, -1):
        with pytest.raises(ValueError, match="threads must be a positive integer"):
            pipeline.analyze_many(["a"], threads=bad)
    with pytest.raises(TypeError):
        pipeline.analyze_many(["a"], threads=1.5)  # type: ignore[arg-type]


def test_bad_env_threads() -> None:
    code = "import onrecord; onrecord.Pipeline().analyze_many(['a'])"
    env = dict(os.environ, ONRECORD_NUM_THREADS="many")
    r = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert r.returncode == 1
    assert "ValueError: ONRECORD_NUM_THREADS must be a positive integer; got 'many'" in r.stderr


def test_adversarial_inputs_never_panic(pipeline: Pipeline) -> None:
    texts = [
        "", "\n\n\n", "“" * 5000, "”" * 5000, "\"" * 4001, "'" * 3000, "«" * 100 + "»",
        "“a ‘b “c ‘d” e’ f” g’", "\u0301" * 100, "a\u202eb “c” d", "\x00“x”\x00 said Bo.",
        "🚀" * 1000, "“" + "x" * 100000,
    ]
    for a in pipeline.analyze_many(texts):
        for q in a.quotes:
            assert a.text[q.content.start : q.content.end] == q.text
