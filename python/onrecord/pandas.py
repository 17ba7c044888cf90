"""pandas DataFrames of analyses: one row per quote, per claim, or per speaker.

pandas is imported when a frame is asked for, not with onrecord; without it these
functions raise `ImportError` saying how to install it (``pip install onrecord[pandas]``).

>>> import onrecord
>>> texts = ["“We will win,” Mayor Ada Reyes said.", "“Not so,” said Bo Lin."]
>>> df = onrecord.to_pandas(onrecord.Pipeline().analyze_many(texts), ids=["a", "b"])
>>> df[["doc", "speaker", "text"]]
  doc    speaker           text
0   a  Ada Reyes  We will win,
1   b     Bo Lin        Not so,
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Sequence

if TYPE_CHECKING:
    import pandas as pd

    from ._onrecord import Analysis

__all__ = ["claims_frame", "quotes_frame", "speakers_frame", "to_pandas"]

QUOTE_COLUMNS = [
    "doc", "quote_id", "kind", "text", "start", "end", "content_start", "content_end",
    "speaker_id", "speaker", "speaker_kind", "speaker_title", "speaker_gender",
    "mention", "cue", "cue_lemma", "rule", "confidence", "paragraph", "sentence", "claims",
]
CLAIM_COLUMNS = [
    "doc", "quote_id", "speaker", "text", "types", "score", "checkworthy", "start", "end",
    "quantities", "values", "units", "time", "figure_checks", "causal",
]
SPEAKER_COLUMNS = ["doc", "speaker_id", "name", "kind", "title", "gender", "mentions", "quotes"]


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as e:  # pragma: no cover - exercised with pandas hidden
        raise ImportError(
            "onrecord's DataFrames need pandas: pip install onrecord[pandas]"
        ) from e
    return pandas


def _docs(analyses: Iterable[Analysis], ids: Sequence[Any] | None) -> list[tuple[Any, Analysis]]:
    analyses = list(analyses)
    if ids is None:
        return list(enumerate(analyses))
    ids = list(ids)
    if len(ids) != len(analyses):
        raise ValueError(f"ids has {len(ids)} items but there are {len(analyses)} analyses")
    return list(zip(ids, analyses))


def _quote_rows(doc: Any, a: Analysis) -> list[dict[str, Any]]:
    rows = []
    for q in a.quotes:
        s = q.speaker
        rows.append({
            "doc": doc,
            "quote_id": q.id,
            "kind": q.kind,
            "text": q.text,
            "start": q.span.start,
            "end": q.span.end,
            "content_start": q.content.start,
            "content_end": q.content.end,
            "speaker_id": q.speaker_id,
            "speaker": s.name if s else None,
            "speaker_kind": s.kind if s else None,
            "speaker_title": s.title if s else None,
            "speaker_gender": s.gender if s else None,
            "mention": q.mention.text if q.mention else None,
            "cue": q.cue.text if q.cue else None,
            "cue_lemma": q.cue.lemma if q.cue else None,
            "rule": q.rule,
            "confidence": q.confidence,
            "paragraph": q.paragraph,
            "sentence": q.sentence,
            "claims": len(q.claims),
        })
    return rows


def _claim_rows(doc: Any, a: Analysis) -> list[dict[str, Any]]:
    rows = []
    for q in a.quotes:
        for c in q.claims:
            rows.append({
                "doc": doc,
                "quote_id": q.id,
                "speaker": q.speaker.name if q.speaker else None,
                "text": c.text,
                "types": ", ".join(c.types),
                "score": c.score,
                "checkworthy": c.checkworthy,
                "start": c.span.start,
                "end": c.span.end,
                "quantities": "; ".join(x.text for x in c.quantities) or None,
                "values": [x.value if x.range is None else x.range for x in c.quantities],
                "units": [x.unit for x in c.quantities],
                "time": "; ".join(t.text for t in c.time) or None,
                "figure_checks": "; ".join(
                    f"{f.quantity.text} {f.relation} from {f.other.text}" for f in c.figure_checks
                ) or None,
                "causal": c.causal,
            })
    return rows


def _speaker_rows(doc: Any, a: Analysis) -> list[dict[str, Any]]:
    counts: dict[int, int] = {}
    for q in a.quotes:
        if q.speaker_id is not None:
            counts[q.speaker_id] = counts.get(q.speaker_id, 0) + 1
    return [
        {
            "doc": doc,
            "speaker_id": s.id,
            "name": s.name,
            "kind": s.kind,
            "title": s.title,
            "gender": s.gender,
            "mentions": len(s.mentions),
            "quotes": counts.get(s.id, 0),
        }
        for s in a.speakers
    ]


def _frame(rows: list[dict[str, Any]], columns: list[str], *, doc: bool = True) -> pd.DataFrame:
    df: pd.DataFrame = _pandas().DataFrame(rows, columns=columns)
    if not doc:
        df = df.drop(columns=["doc"])
    return df


def quotes_frame(analyses: Iterable[Analysis], *, ids: Sequence[Any] | None = None) -> pd.DataFrame:
    """One row per quote of every analysis, with its speaker's columns.

    Args:
        analyses: Analyses, e.g. from `Pipeline.analyze_many`.
        ids: One document id per analysis for the ``doc`` column (default: positions).

    Returns:
        A DataFrame with the columns ``doc, quote_id, kind, text, start, end,
        content_start, content_end, speaker_id, speaker, speaker_kind, speaker_title,
        speaker_gender, mention, cue, cue_lemma, rule, confidence, paragraph, sentence,
        claims`` (the number of claims).

    Raises:
        ImportError: pandas is not installed.
        ValueError: `ids` does not have one id per analysis.
    """
    return _frame([r for d, a in _docs(analyses, ids) for r in _quote_rows(d, a)], QUOTE_COLUMNS)


to_pandas = quotes_frame


def claims_frame(analyses: Iterable[Analysis], *, ids: Sequence[Any] | None = None) -> pd.DataFrame:
    """One row per claim of every analysis, with its quote and speaker.

    Columns: ``doc, quote_id, speaker, text, types`` (comma-separated), ``score,
    checkworthy, start, end, quantities`` (the figures as written), ``values, units``
    (lists), ``time, figure_checks`` (readable summaries), ``causal``.
    """
    return _frame([r for d, a in _docs(analyses, ids) for r in _claim_rows(d, a)], CLAIM_COLUMNS)


def speakers_frame(analyses: Iterable[Analysis], *, ids: Sequence[Any] | None = None) -> pd.DataFrame:
    """One row per speaker of every analysis, with the number of quotes attributed.

    Columns: ``doc, speaker_id, name, kind, title, gender, mentions, quotes``.
    """
    return _frame(
        [r for d, a in _docs(analyses, ids) for r in _speaker_rows(d, a)], SPEAKER_COLUMNS
    )


# One analysis (Analysis.to_pandas() and friends): the same frames without the doc column.
def _quotes_of(a: Analysis) -> pd.DataFrame:
    return _frame(_quote_rows(0, a), QUOTE_COLUMNS, doc=False)


def _claims_of(a: Analysis) -> pd.DataFrame:
    return _frame(_claim_rows(0, a), CLAIM_COLUMNS, doc=False)


def _speakers_of(a: Analysis) -> pd.DataFrame:
    return _frame(_speaker_rows(0, a), SPEAKER_COLUMNS, doc=False)
