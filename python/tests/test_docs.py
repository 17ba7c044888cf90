"""Docstring examples and the README's examples are executed."""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

import onrecord._onrecord as native

MODULES = ["onrecord", "onrecord.errors", "onrecord.pandas", "onrecord._html"]
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
README = Path(__file__).resolve().parents[1] / "README.md"


@pytest.mark.parametrize("name", MODULES)
def test_module_docstrings(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=FLAGS, verbose=False)
    assert result.failed == 0


def native_docstrings() -> list[tuple[str, str]]:
    out = []
    for cls_name in native.__all__:
        obj = getattr(native, cls_name)
        if getattr(obj, "__doc__", None) and ">>>" in obj.__doc__:
            out.append((cls_name, obj.__doc__))
        for attr, member in vars(obj).items() if isinstance(obj, type) else []:
            doc = getattr(member, "__doc__", None)
            if doc and ">>>" in doc:
                out.append((f"{cls_name}.{attr}", doc))
    return out


@pytest.mark.parametrize(("name", "doc"), native_docstrings(), ids=lambda x: x if "\n" not in x else "")
def test_native_docstrings(name: str, doc: str) -> None:
    parser = doctest.DocTestParser()
    test = parser.get_doctest(doc, {}, name, None, 0)
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    runner.run(test)
    assert runner.failures == 0, name


def test_native_docstrings_found() -> None:
    names = {n for n, _ in native_docstrings()}
    assert {"Pipeline", "Analysis", "Span", "Pipeline.analyze", "Analysis.render"} <= names


def test_readme() -> None:
    result = doctest.testfile(str(README), module_relative=False, optionflags=FLAGS)
    assert result.failed == 0
