"""pandas frames, and the error without pandas."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

import onrecord
from onrecord import Analysis
from onrecord.pandas import CLAIM_COLUMNS, QUOTE_COLUMNS, SPEAKER_COLUMNS


def test_analysis_frames(analyses: dict[str, Analysis]) -> None:
    a = analyses["health-figures"]
    q = a.to_pandas()
    assert isinstance(q, pd.DataFrame)
    assert list(q.columns) == QUOTE_COLUMNS[1:]
    assert len(q) == len(a.quotes)
    assert list(q["text"]) == [x.text for x in a.quotes]
    assert [None if pd.isna(v) else v for v in q["speaker"]] == [x.speaker.name if x.speaker else None for x in a.quotes]
    c = a.claims_frame()
    assert list(c.columns) == CLAIM_COLUMNS[1:]
    assert len(c) == len(a.claims)
    s = a.speakers_frame()
    assert list(s.columns) == SPEAKER_COLUMNS[1:]
    assert s["quotes"].sum() == sum(1 for x in a.quotes if x.speaker_id is not None)


def test_many_frames(analyses: dict[str, Analysis]) -> None:
    ids = list(analyses)
    values = list(analyses.values())
    q = onrecord.to_pandas(values, ids=ids)
    assert list(q.columns) == QUOTE_COLUMNS
    assert len(q) == sum(len(a.quotes) for a in values)
    assert set(q["doc"]) <= set(ids)
    assert len(onrecord.claims_frame(values)) == sum(len(a.claims) for a in values)
    assert len(onrecord.speakers_frame(values)) == sum(len(a.speakers) for a in values)
    with pytest.raises(ValueError, match="ids has 1 items but there are"):
        onrecord.to_pandas(values, ids=["x"])


def test_empty_frames_keep_columns() -> None:
    a = onrecord.analyze("No quotes at all.")
    assert list(a.to_pandas().columns) == QUOTE_COLUMNS[1:]
    assert a.claims_frame().empty and a.speakers_frame().empty


def test_without_pandas() -> None:
    code = (
        "import sys; sys.modules['pandas'] = None\n"
        "import onrecord\n"
        "a = onrecord.analyze('“Hi,” Bo said.')\n"
        "try:\n"
        "    a.to_pandas()\n"
        "except ImportError as e:\n"
        "    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "pip install onrecord[pandas]" in out.stdout
