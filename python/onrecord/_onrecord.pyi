"""Type stubs for the native module `onrecord._onrecord` (hand-written; checked by
``python -m mypy.stubtest onrecord._onrecord`` with ``stubtest-allowlist.txt``)."""

from typing import Any, Iterable, Literal, final

import pandas as pd
from typing_extensions import Self, TypeAlias

Offsets: TypeAlias = Literal["chars", "utf16", "bytes"]

__all__ = [
    "Analysis",
    "Claim",
    "Cue",
    "FigureCheck",
    "LANGUAGES",
    "Mention",
    "Pipeline",
    "Quantity",
    "Quote",
    "Span",
    "Speaker",
    "TimeRef",
    "__version__",
    "_after_fork_child",
    "_bench_rust",
]
__version__: str
LANGUAGES: list[str]

@final
class Pipeline:
    """The analysis pipeline: build it once, then apply it to many texts.

    Raises:
        ConfigError: The options are not valid (an unknown language); also a ValueError.
    """

    def __new__(cls, *, language: str = "auto", claims: bool = True) -> Self: ...
    @property
    def language(self) -> str:
        """The language code the pipeline was built for."""
    @property
    def claims(self) -> bool:
        """Whether claims are tagged."""
    def analyze(self, text: str, *, offsets: Offsets = "chars") -> Analysis:
        """Finds the quotes, speakers and claims of one article."""
    def analyze_many(
        self,
        texts: Iterable[str],
        *,
        offsets: Offsets = "chars",
        threads: int | None = None,
        progress: bool = False,
    ) -> list[Analysis]:
        """Analyses many articles in parallel (GIL released), in input order."""
    def tag_claims(self, text: str, *, offsets: Offsets = "chars") -> list[Claim]:
        """Tags the claims in any plain text."""
    def recipe(self) -> dict[str, Any]:
        """The options the pipeline was built from."""
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __reduce__(self) -> tuple[Any, tuple[dict[str, Any]]]: ...
    @staticmethod
    def _from_recipe(recipe: dict[str, Any]) -> Pipeline: ...

@final
class Analysis:
    """The quotes, speakers and claims found in one article."""

    @property
    def text(self) -> str:
        """The article text the offsets point into."""
    @property
    def offsets(self) -> Offsets:
        """The offset unit of every span."""
    @property
    def quotes(self) -> list[Quote]:
        """Quotes, ordered by position."""
    @property
    def speakers(self) -> list[Speaker]:
        """Speakers, in order of first mention."""
    @property
    def claims(self) -> list[Claim]:
        """Every claim of every quote, in quote order."""
    def to_dict(self) -> dict[str, Any]:
        """The JSON contract's dict."""
    def to_json(self, *, indent: int | None = None) -> str:
        """The JSON contract as text, as the CLI prints it."""
    def render(self) -> str:
        """The readable annotated text of the Rust renderer, for snapshot tests."""
    def to_pandas(self) -> pd.DataFrame:
        """One row per quote with the speaker's columns."""
    def claims_frame(self) -> pd.DataFrame:
        """One row per claim with its quote's speaker."""
    def speakers_frame(self) -> pd.DataFrame:
        """One row per speaker with the number of quotes attributed."""
    def _marks(self) -> list[tuple[str, int, int, int]]: ...
    def _repr_html_(self) -> str: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]: ...
    @staticmethod
    def _from_state(
        text: str,
        offsets: str,
        json: str,
        rendered: str,
        marks: list[tuple[str, int, int, int]],
    ) -> Analysis: ...

@final
class Span:
    """A half-open range ``start..end`` of offsets into the article."""

    def __new__(cls, start: int, end: int) -> Self: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    def __len__(self) -> int: ...
    def slice(self) -> slice:
        """The span as a `slice`: ``text[span.slice()]``."""
    def to_dict(self) -> dict[str, int]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __getnewargs__(self) -> tuple[int, int]: ...

@final
class Mention:
    """A stretch of the article with its text."""

    def __new__(cls, start: int, end: int, text: str) -> Self: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def span(self) -> Span: ...
    def to_dict(self) -> dict[str, Any]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __getnewargs__(self) -> tuple[int, int, str]: ...

@final
class Cue:
    """The cue linking a quote to its speaker."""

    def __new__(cls, start: int, end: int, text: str, lemma: str) -> Self: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def lemma(self) -> str: ...
    @property
    def span(self) -> Span: ...
    def to_dict(self) -> dict[str, Any]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __getnewargs__(self) -> tuple[int, int, str, str]: ...

@final
class Quantity:
    """A figure inside a claim, parsed and normalised."""

    def __new__(
        cls,
        span: Span,
        value: float | None,
        range: tuple[float, float] | None,
        unit: str | None,
        approx: bool,
        bound: str | None,
        change: str | None,
        text: str,
        modifier: str | None = None,
        currency: str | None = None,
        rate: str | None = None,
        about: str | None = None,
        extra: dict[str, Any] | None = None,
    ) -> Self: ...
    @property
    def span(self) -> Span: ...
    @property
    def value(self) -> float | None: ...
    @property
    def range(self) -> tuple[float, float] | None: ...
    @property
    def unit(self) -> str | None: ...
    @property
    def approx(self) -> bool: ...
    @property
    def bound(self) -> str | None: ...
    @property
    def change(self) -> str | None: ...
    @property
    def text(self) -> str: ...
    @property
    def modifier(self) -> str | None: ...
    @property
    def currency(self) -> str | None: ...
    @property
    def rate(self) -> str | None: ...
    @property
    def about(self) -> str | None: ...
    def to_dict(self) -> dict[str, Any]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __getnewargs__(self) -> tuple[Any, ...]: ...

@final
class TimeRef:
    """A time reference inside a claim."""

    def __new__(
        cls,
        span: Span,
        text: str,
        kind: str,
        resolved: dict[str, str] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> Self: ...
    @property
    def span(self) -> Span: ...
    @property
    def text(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def resolved(self) -> dict[str, str] | None: ...
    def to_dict(self) -> dict[str, Any]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __getnewargs__(self) -> tuple[Any, ...]: ...

@final
class FigureCheck:
    """A quoted figure set beside another figure of the article."""

    def __new__(
        cls,
        other: Mention,
        value: float,
        relation: str,
        quantity: Mention,
        difference: float,
        ratio: float | None = None,
        unit: str | None = None,
        extra: dict[str, Any] | None = None,
    ) -> Self: ...
    @property
    def other(self) -> Mention: ...
    @property
    def value(self) -> float: ...
    @property
    def relation(self) -> str: ...
    @property
    def quantity(self) -> Mention: ...
    @property
    def difference(self) -> float: ...
    @property
    def ratio(self) -> float | None: ...
    @property
    def unit(self) -> str | None: ...
    def to_dict(self) -> dict[str, Any]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __getnewargs__(self) -> tuple[Any, ...]: ...

@final
class Claim:
    """One checkable clause."""

    def __new__(
        cls,
        span: Span,
        types: list[str],
        score: float,
        checkworthy: bool,
        quantities: list[Quantity],
        time: list[TimeRef],
        figure_checks: list[FigureCheck],
        text: str,
        causal: str | None = None,
        extra: dict[str, Any] | None = None,
    ) -> Self: ...
    @property
    def span(self) -> Span: ...
    @property
    def types(self) -> list[str]: ...
    @property
    def score(self) -> float: ...
    @property
    def checkworthy(self) -> bool: ...
    @property
    def quantities(self) -> list[Quantity]: ...
    @property
    def time(self) -> list[TimeRef]: ...
    @property
    def figure_checks(self) -> list[FigureCheck]: ...
    @property
    def text(self) -> str: ...
    @property
    def causal(self) -> str | None: ...
    def to_dict(self) -> dict[str, Any]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __getnewargs__(self) -> tuple[Any, ...]: ...

@final
class Speaker:
    """A source: the mentions of one person, organisation, document or group."""

    def __new__(
        cls,
        id: int,
        name: str,
        kind: str,
        title: str | None = None,
        gender: str | None = None,
        mentions: list[Mention] = ...,
        extra: dict[str, Any] | None = None,
    ) -> Self: ...
    @property
    def id(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def title(self) -> str | None: ...
    @property
    def gender(self) -> str | None: ...
    @property
    def mentions(self) -> list[Mention]: ...
    def to_dict(self) -> dict[str, Any]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __getnewargs__(self) -> tuple[Any, ...]: ...

@final
class Quote:
    """One quotation: where, what, who said it, and its claims."""

    def __new__(
        cls,
        id: int,
        kind: str,
        span: Span,
        content: Span,
        text: str,
        speaker: Speaker | None = None,
        mention: Mention | None = None,
        cue: Cue | None = None,
        rule: str | None = None,
        confidence: float = 0.0,
        paragraph: int = 0,
        sentence: int = 0,
        claims: list[Claim] = ...,
        parent: int | None = None,
        continues: int | None = None,
        extra: dict[str, Any] | None = None,
    ) -> Self: ...
    @property
    def id(self) -> int: ...
    @property
    def kind(self) -> str: ...
    @property
    def span(self) -> Span: ...
    @property
    def content(self) -> Span: ...
    @property
    def text(self) -> str: ...
    @property
    def speaker(self) -> Speaker | None: ...
    @property
    def speaker_id(self) -> int | None: ...
    @property
    def mention(self) -> Mention | None: ...
    @property
    def cue(self) -> Cue | None: ...
    @property
    def rule(self) -> str | None: ...
    @property
    def confidence(self) -> float: ...
    @property
    def paragraph(self) -> int: ...
    @property
    def sentence(self) -> int: ...
    @property
    def claims(self) -> list[Claim]: ...
    @property
    def parent(self) -> int | None: ...
    @property
    def continues(self) -> int | None: ...
    def to_dict(self) -> dict[str, Any]: ...
    def _repr_html_(self) -> str: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __getnewargs__(self) -> tuple[Any, ...]: ...

def _bench_rust(texts: list[str], *, threads: int = 1, language: str = "auto") -> float:
    """Seconds the pure-Rust pipeline takes over `texts` (benchmark helper)."""

def _after_fork_child() -> None: ...
