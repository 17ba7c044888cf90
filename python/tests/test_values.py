"""Value classes: pickling, deepcopy, equality, reprs, constructors."""

from __future__ import annotations

import copy
import pickle

import pytest

import onrecord
from onrecord import Analysis, Claim, Cue, FigureCheck, Mention, Pipeline, Quantity, Quote, Span, Speaker, TimeRef


def every_object(analyses: dict[str, Analysis]) -> list[object]:
    out: list[object] = []
    for a in analyses.values():
        out.append(a)
        for q in a.quotes:
            out += [q, q.span, q.content]
            out += [x for x in (q.mention, q.cue) if x is not None]
            for c in q.claims:
                out.append(c)
                out += c.quantities + c.time + c.figure_checks
                out += [f.other for f in c.figure_checks]
        for s in a.speakers:
            out.append(s)
            out += s.mentions
    return out


def test_every_class_is_covered(analyses: dict[str, Analysis]) -> None:
    seen = {type(o) for o in every_object(analyses)}
    assert seen == {Analysis, Quote, Span, Mention, Cue, Claim, Quantity, TimeRef, FigureCheck, Speaker}


@pytest.mark.parametrize("protocol", [2, pickle.HIGHEST_PROTOCOL])
def test_pickle_round_trip(analyses: dict[str, Analysis], protocol: int) -> None:
    for obj in every_object(analyses):
        back = pickle.loads(pickle.dumps(obj, protocol=protocol))
        assert type(back) is type(obj)
        assert back == obj, repr(obj)
        if hasattr(obj, "to_dict"):
            assert back.to_dict() == obj.to_dict()  # type: ignore[attr-defined]


def test_deepcopy_and_copy(analyses: dict[str, Analysis]) -> None:
    for obj in every_object(analyses):
        assert copy.deepcopy(obj) == obj
        assert copy.copy(obj) == obj


def test_unpickled_analysis_keeps_everything(analyses: dict[str, Analysis]) -> None:
    for a in analyses.values():
        b = pickle.loads(pickle.dumps(a))
        assert b.text == a.text
        assert b.render() == a.render()
        assert b._repr_html_() == a._repr_html_()
        assert b.to_json() == a.to_json()
        assert b.quotes == a.quotes and b.speakers == a.speakers
        assert hash(b) == hash(a)


def test_pipeline_pickles_as_recipe() -> None:
    p = Pipeline(language="de", claims=False)
    assert p.recipe() == {"language": "de", "claims": False}
    assert p.__reduce__()[1] == ({"language": "de", "claims": False},)
    q = pickle.loads(pickle.dumps(p))
    assert q == p and hash(q) == hash(p)
    assert q.language == "de" and q.claims is False
    assert copy.deepcopy(p) == p
    assert Pipeline() != p


def test_equality_and_hash() -> None:
    assert Span(1, 2) == Span(1, 2) != Span(1, 3)
    assert len({Span(1, 2), Span(1, 2), Span(2, 3)}) == 2
    assert Mention(0, 3, "Bob") == Mention(0, 3, "Bob")
    assert hash(Cue(0, 4, "said", "say")) == hash(Cue(0, 4, "said", "say"))
    a = onrecord.analyze("“Hi,” Bo said.")
    b = onrecord.analyze("“Hi,” Bo said.")
    c = onrecord.analyze("“Hi,” Bo said.", offsets="bytes")
    assert a == b and not (a != b)
    assert a != c
    assert a != "not an analysis"


def test_reprs() -> None:
    a = onrecord.analyze("“We will not back down from this fight, not now, not ever,” said President Ada Reyes.")
    q = a.quotes[0]
    assert repr(a) == "Analysis(quotes=1, speakers=1, claims=1)"
    assert q.cue is not None
    assert repr(q) == (
        f"Quote(kind='direct', span=Span(0, {q.span.end}), speaker='Ada Reyes', "
        "text='We will not back down from this fight, n…')"
    )
    assert repr(q.span) == f"Span(0, {q.span.end})"
    assert repr(q.cue) == f"Cue({q.cue.start}, {q.cue.end}, 'said', lemma='say')"
    assert repr(a.speakers[0]) == "Speaker(id=0, name='Ada Reyes', kind='person', title='President')"
    assert repr(Mention(1, 2, "it's")) == 'Mention(1, 2, "it\'s")'
    # eval-like: the simple ones evaluate back to an equal object
    for obj in (q.span, q.cue, q.mention):
        assert eval(repr(obj), vars(onrecord)) == obj


def test_constructors_validate() -> None:
    with pytest.raises(ValueError, match="start must not exceed its end"):
        Span(5, 2)
    with pytest.raises(OverflowError):
        Span(-1, 2)
    with pytest.raises(TypeError):
        Quote(0, "direct", Span(0, 1), Span(0, 1), "x", speaker="Bob")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="dict keys must be str"):
        Speaker(0, "Bo", "person", extra={1: 2})  # type: ignore[dict-item]


def test_frozen() -> None:
    s = Span(1, 2)
    with pytest.raises(AttributeError):
        s.start = 3  # type: ignore[misc]
    q = onrecord.analyze("“Hi,” Bo said.").quotes[0]
    with pytest.raises(AttributeError):
        q.text = "x"  # type: ignore[misc]


def test_extra_fields_survive() -> None:
    s = Speaker(0, "Bo", "person", extra={"wikidata": "Q1"})
    assert s.to_dict()["wikidata"] == "Q1"
    assert pickle.loads(pickle.dumps(s)) == s
    assert s != Speaker(0, "Bo", "person")


def test_span_helpers() -> None:
    s = Span(4, 9)
    assert len(s) == 5
    assert "The quick fox"[s.slice()] == "quick"
    assert s.to_dict() == {"start": 4, "end": 9}
