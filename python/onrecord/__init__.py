"""onrecord: what was quoted in the news, who said it, and what claims the quotes make.

Build a `Pipeline` once and apply it to many articles, or call `analyze` for one:

>>> import onrecord
>>> text = "“Prices rose 12% last year,” Finance Minister Ada Reyes told reporters."
>>> a = onrecord.analyze(text)
>>> q = a.quotes[0]
>>> q
Quote(kind='direct', span=Span(0, 28), speaker='Ada Reyes', text='Prices rose 12% last year,')
>>> text[q.content.start:q.content.end] == q.text
True
>>> q.speaker.title, q.cue.lemma
('Finance Minister', 'tell')
>>> claim = q.claims[0]
>>> 'trend' in claim.types, claim.quantities[0].value, claim.quantities[0].unit
(True, 12.0, 'percent')

Offsets are characters (Python `str` indices) unless `offsets="utf16"` or
`offsets="bytes"` is asked for. `to_dict()` and `to_json()` give the JSON contract that
the `onrecord` command prints; `to_pandas()`, `claims_frame()` and `speakers_frame()` give
DataFrames (``pip install onrecord[pandas]``); in Jupyter an `Analysis` shows the article
with quotes, speakers, cues and claims highlighted.

Threads and processes: a `Pipeline` is immutable; share one between threads. Every
method releases the GIL while it works, and `Pipeline.analyze_many` runs on a pool of
native threads (``threads=``, else ``ONRECORD_NUM_THREADS``, else every core). After
`os.fork()` a child process runs `analyze_many` on one thread, so multiprocessing and
Spark workers are safe. The wheel targets the stable ABI (abi3, CPython ≥ 3.9), which the
free-threaded CPython builds do not support; on those, build from source.

Errors: `onrecord.Error` is the base of what onrecord raises on purpose; `ConfigError`
(also a `ValueError`) rejects pipeline options. Wrong types raise `TypeError`; a `str`
with lone surrogates raises `UnicodeEncodeError`.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from . import errors
from ._onrecord import (
    LANGUAGES,
    Analysis,
    Claim,
    Cue,
    FigureCheck,
    Mention,
    Pipeline,
    Quantity,
    Quote,
    Span,
    Speaker,
    TimeRef,
    __version__,
)
from .errors import ConfigError, Error, InputError
from .pandas import claims_frame, speakers_frame, to_pandas

if TYPE_CHECKING:
    from ._onrecord import Offsets

__all__ = [
    "LANGUAGES",
    "Analysis",
    "Claim",
    "ConfigError",
    "Cue",
    "Error",
    "FigureCheck",
    "InputError",
    "Mention",
    "Pipeline",
    "Quantity",
    "Quote",
    "Span",
    "Speaker",
    "TimeRef",
    "__version__",
    "analyze",
    "claims_frame",
    "default_pipeline",
    "errors",
    "speakers_frame",
    "tag_claims",
    "to_pandas",
]


@functools.lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    """The shared English pipeline behind `analyze` and `tag_claims` (built once)."""
    return Pipeline()


def analyze(text: str, *, offsets: Offsets = "chars") -> Analysis:
    """Finds the quotes, speakers and claims of one article with the default pipeline.

    Args:
        text: The article.
        offsets: The unit of every span: ``"chars"`` (Python `str` indices, the default),
            ``"utf16"`` or ``"bytes"`` (UTF-8).

    Returns:
        The `Analysis`.

    Raises:
        TypeError: `text` is not a `str`.
        UnicodeEncodeError: `text` holds lone surrogates.
        ValueError: `offsets` is not one of the three units.

    Examples:
        >>> import onrecord
        >>> a = onrecord.analyze("“Go 🚀,” she said.", offsets="utf16")
        >>> a.quotes[0].content, a.offsets
        (Span(1, 7), 'utf16')
    """
    return default_pipeline().analyze(text, offsets=offsets)


def tag_claims(text: str, *, offsets: Offsets = "chars") -> list[Claim]:
    """Tags the claims in any plain text with the default pipeline.

    Examples:
        >>> import onrecord
        >>> [c] = onrecord.tag_claims("We will build 300 new schools.")
        >>> sorted(c.types), c.quantities[0].value
        (['promise', 'quantity'], 300.0)
    """
    return default_pipeline().tag_claims(text, offsets=offsets)
