"""Spark DataFrames of quotes, speakers and claims, computed on the executors.

``pip install onrecord[spark]`` (pyspark ≥ 3.5, pandas, pyarrow). pyspark is imported
when a helper is called, not with this module; without it the helpers raise `ImportError`
saying how to install it.

Each helper takes a DataFrame with a text column and an id column and returns a new,
lazily evaluated DataFrame with one row per quote (`quotes`), per speaker (`speakers`)
or per claim (`claims`). The columns are those of `onrecord.to_pandas`,
`onrecord.speakers_frame` and `onrecord.claims_frame`, so a Spark result and a pandas
result over the same articles compare row for row:

- ``doc`` is the document's id: the id column's value, with its Spark type.
- Offsets (``start``, ``end``, ...) are characters (code points) of the text.
- A null text gives no rows (like a text without quotes); the text column must be a
  string column (``TypeError`` otherwise).
- Within a partition, rows keep the documents' order, and each document's rows are in
  the order of the text.

The work runs in ``mapInArrow``: each Python worker builds the `onrecord.Pipeline` once
(cached by its recipe, ``language`` and ``claims``) and runs
``pipeline.analyze_many(texts, threads=1)`` on each Arrow batch; Spark runs the
partitions in parallel. The pipeline options are checked on the driver when the helper
is called, so a bad ``language`` fails at once with `onrecord.ConfigError`.

Example (``examples/spark_quotes.py`` is a runnable version)::

    import onrecord.spark
    articles = spark.read.json("articles.jsonl")          # columns: id, text
    quotes = onrecord.spark.quotes(articles)              # one row per quote
    quotes.groupBy("speaker").count().orderBy("count", ascending=False).show()
    onrecord.spark.claims(articles).filter("checkworthy").show()
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Iterator

from ._onrecord import Pipeline
from .pandas import _claim_rows, _quote_rows, _speaker_rows

if TYPE_CHECKING:
    import pyarrow as pa  # type: ignore[import-untyped]
    from pyspark.sql import DataFrame
    from pyspark.sql.types import DataType, StructType

__all__ = [
    "claims",
    "claims_schema",
    "quotes",
    "quotes_schema",
    "speakers",
    "speakers_schema",
]

# (name, Spark type name, nullable): the columns after ``doc``, in the pandas frames' order.
_L, _D, _S, _B = "long", "double", "string", "boolean"
_QUOTE_FIELDS = [
    ("quote_id", _L, False), ("kind", _S, False), ("text", _S, False),
    ("start", _L, False), ("end", _L, False),
    ("content_start", _L, False), ("content_end", _L, False),
    ("speaker_id", _L, True), ("speaker", _S, True), ("speaker_kind", _S, True),
    ("speaker_title", _S, True), ("speaker_gender", _S, True), ("mention", _S, True),
    ("cue", _S, True), ("cue_lemma", _S, True), ("rule", _S, True),
    ("confidence", _D, False), ("paragraph", _L, False), ("sentence", _L, False),
    ("claims", _L, False),
]
_SPEAKER_FIELDS = [
    ("speaker_id", _L, False), ("name", _S, False), ("kind", _S, False),
    ("title", _S, True), ("gender", _S, True), ("mentions", _L, False), ("quotes", _L, False),
]
# ``values`` holds each figure's value (null for a range); ``ranges`` the (low, high) of
# each figure that is a range (null for a single value). pandas' ``values`` column holds
# a float or a (low, high) tuple per figure, which no one Spark type can.
_CLAIM_FIELDS = [
    ("quote_id", _L, False), ("speaker", _S, True), ("text", _S, False),
    ("types", _S, False), ("score", _D, False), ("checkworthy", _B, False),
    ("start", _L, False), ("end", _L, False), ("quantities", _S, True),
    ("values", "array<double>", False), ("ranges", "array<array<double>>", False),
    ("units", "array<string>", False), ("time", _S, True), ("figure_checks", _S, True),
    ("causal", _S, True),
]


def _pyspark() -> Any:
    try:
        import pyarrow  # type: ignore[import-untyped]  # noqa: F401
        import pyspark.sql
        import pyspark.sql.types
    except ImportError as e:
        raise ImportError(
            "onrecord.spark needs pyspark and pyarrow: pip install onrecord[spark]"
        ) from e
    return pyspark.sql


def _spark_type(name: str) -> DataType:
    from pyspark.sql import types as T

    if name.startswith("array<"):
        return T.ArrayType(_spark_type(name[len("array<"):-1]), containsNull=True)
    return {_L: T.LongType(), _D: T.DoubleType(), _S: T.StringType(), _B: T.BooleanType()}[name]


def _arrow_type(name: str) -> pa.DataType:
    import pyarrow as pa  # type: ignore[import-untyped]

    if name.startswith("array<"):
        return pa.list_(_arrow_type(name[len("array<"):-1]))
    return {_L: pa.int64(), _D: pa.float64(), _S: pa.string(), _B: pa.bool_()}[name]


def _schema(fields: list[tuple[str, str, bool]], id_type: DataType | None) -> StructType:
    _pyspark()
    from pyspark.sql import types as T

    doc = T.StructField("doc", id_type if id_type is not None else T.StringType(), True)
    return T.StructType([doc] + [T.StructField(n, _spark_type(t), nl) for n, t, nl in fields])


def quotes_schema(id_type: DataType | None = None) -> StructType:
    """The schema of `quotes`' rows; ``doc`` has type `id_type` (default: string)."""
    return _schema(_QUOTE_FIELDS, id_type)


def speakers_schema(id_type: DataType | None = None) -> StructType:
    """The schema of `speakers`' rows; ``doc`` has type `id_type` (default: string)."""
    return _schema(_SPEAKER_FIELDS, id_type)


def claims_schema(id_type: DataType | None = None) -> StructType:
    """The schema of `claims`' rows; ``doc`` has type `id_type` (default: string)."""
    return _schema(_CLAIM_FIELDS, id_type)


# --- on the executors ---

_PIPELINES: dict[tuple[str, bool], Pipeline] = {}


def _pipeline(language: str, claims: bool) -> Pipeline:
    """This process's pipeline for the recipe, built on first use."""
    key = (language, claims)
    p = _PIPELINES.get(key)
    if p is None:
        p = _PIPELINES[key] = Pipeline(language=language, claims=claims)
    return p


def _claim_rows_spark(doc: Any, a: Any) -> list[dict[str, Any]]:
    rows = _claim_rows(doc, a)
    for r in rows:
        values = r["values"]
        r["values"] = [None if isinstance(v, tuple) else v for v in values]
        r["ranges"] = [list(v) if isinstance(v, tuple) else None for v in values]
    return rows


_ROWS: dict[str, tuple[Callable[[Any, Any], list[dict[str, Any]]], list[tuple[str, str, bool]]]] = {
    "quotes": (_quote_rows, _QUOTE_FIELDS),
    "speakers": (_speaker_rows, _SPEAKER_FIELDS),
    "claims": (_claim_rows_spark, _CLAIM_FIELDS),
}


def _map_batches(
    batches: Iterator[pa.RecordBatch], what: str, language: str, claims: bool
) -> Iterator[pa.RecordBatch]:
    """The mapInArrow function: batches of (doc, text) to batches of rows."""
    import pyarrow as pa  # type: ignore[import-untyped]

    rows_of, fields = _ROWS[what]
    pipeline = _pipeline(language, claims)
    for batch in batches:
        docs, texts = batch.column(0), batch.column(1).to_pylist()
        keep = [i for i, t in enumerate(texts) if isinstance(t, str)]
        analyses = pipeline.analyze_many([texts[i] for i in keep], threads=1)
        source: list[int] = []
        rows: list[dict[str, Any]] = []
        for i, a in zip(keep, analyses):
            found = rows_of(None, a)
            source.extend([i] * len(found))
            rows.extend(found)
        if not rows:
            continue
        columns = [docs.take(pa.array(source, type=pa.int64()))]
        columns += [pa.array([r[n] for r in rows], type=_arrow_type(t)) for n, t, _ in fields]
        yield pa.RecordBatch.from_arrays(columns, names=["doc"] + [n for n, _, _ in fields])


# --- on the driver ---


def _apply(
    what: str, df: DataFrame, text_col: str, id_col: str, language: str, claims: bool
) -> DataFrame:
    _pyspark()
    from pyspark.sql import functions as F
    from pyspark.sql import types as T

    Pipeline(language=language, claims=claims)  # a bad recipe fails here, not on a worker
    names = df.columns
    for role, col in (("text_col", text_col), ("id_col", id_col)):
        if col not in names:
            raise ValueError(f"{role}={col!r} is not a column of the DataFrame; it has {names}")
    text_type = df.schema[text_col].dataType
    if not isinstance(text_type, T.StringType):
        raise TypeError(f"the text column {text_col!r} must be a string column, not {text_type.simpleString()}")
    schema = _schema(_ROWS[what][1], df.schema[id_col].dataType)
    pairs = df.select(F.col(f"`{id_col}`").alias("doc"), F.col(f"`{text_col}`").alias("text"))

    def run(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        return _map_batches(batches, what, language, claims)

    return pairs.mapInArrow(run, schema)


def quotes(
    df: DataFrame,
    text_col: str = "text",
    id_col: str = "id",
    *,
    language: str = "auto",
    claims: bool = True,
) -> DataFrame:
    """One row per quote of every document, with its speaker's columns.

    Args:
        df: The documents: a string column `text_col` and an id column `id_col`.
        text_col: The column holding each article's text (null: no rows).
        id_col: The column identifying each document; copied to ``doc``.
        language: A language code of `onrecord.LANGUAGES`, or ``"auto"`` (per document).
        claims: Tag the claims inside quotes (the ``claims`` column counts them).

    Returns:
        A DataFrame with the schema `quotes_schema` (``doc, quote_id, kind, text, start,
        end, content_start, content_end, speaker_id, speaker, speaker_kind,
        speaker_title, speaker_gender, mention, cue, cue_lemma, rule, confidence,
        paragraph, sentence, claims``): the columns of `onrecord.to_pandas`.

    Raises:
        ImportError: pyspark or pyarrow is not installed.
        ValueError: A column is missing.
        TypeError: The text column is not a string column.
        ConfigError: `language` is not known.
    """
    return _apply("quotes", df, text_col, id_col, language, claims)


def speakers(
    df: DataFrame,
    text_col: str = "text",
    id_col: str = "id",
    *,
    language: str = "auto",
    claims: bool = True,
) -> DataFrame:
    """One row per speaker of every document, with the number of quotes attributed.

    Arguments as for `quotes`. Columns (`speakers_schema`): ``doc, speaker_id, name, kind,
    title, gender, mentions, quotes``, those of `onrecord.speakers_frame`.
    """
    return _apply("speakers", df, text_col, id_col, language, claims)


def claims(
    df: DataFrame,
    text_col: str = "text",
    id_col: str = "id",
    *,
    language: str = "auto",
) -> DataFrame:
    """One row per claim inside a quote of every document.

    Arguments as for `quotes`. Columns (`claims_schema`): ``doc, quote_id, speaker, text,
    types`` (comma-separated), ``score, checkworthy, start, end, quantities`` (as
    written), ``values`` (each figure's value; null for a range), ``ranges`` (each
    figure's [low, high]; null for a single value), ``units, time, figure_checks,
    causal``: those of `onrecord.claims_frame`, with its ``values`` split in two.
    """
    return _apply("claims", df, text_col, id_col, language, True)
