"""Shared fixtures: the sample articles and one pipeline."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

import onrecord

REPO = Path(__file__).resolve().parents[2]
ARTICLES = sorted((REPO / "examples" / "articles").glob("*.txt"))
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"

settings.register_profile("default", deadline=None, max_examples=150)
settings.register_profile("ci", deadline=None, max_examples=400)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(scope="session")
def pipeline() -> onrecord.Pipeline:
    return onrecord.Pipeline()


@pytest.fixture(scope="session")
def articles() -> dict[str, str]:
    assert ARTICLES, "examples/articles/*.txt not found"
    return {p.stem: p.read_text(encoding="utf-8") for p in ARTICLES}


@pytest.fixture(scope="session")
def analyses(pipeline: onrecord.Pipeline, articles: dict[str, str]) -> dict[str, onrecord.Analysis]:
    return dict(zip(articles, pipeline.analyze_many(list(articles.values()))))
