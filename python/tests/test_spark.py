"""onrecord.spark in Spark local mode: the rows equal analyze_many's, converted the same way.

Needs pyspark and pyarrow (``pip install onrecord[spark]``; `make py-test` installs them)
and Java 17+; skipped with the reason otherwise.
"""

from __future__ import annotations

import os
import shutil
import sys
from typing import Any, Iterator

import pytest

import onrecord
from onrecord.pandas import CLAIM_COLUMNS, QUOTE_COLUMNS, SPEAKER_COLUMNS

pytest.importorskip("pyarrow", reason="onrecord.spark needs pyarrow: pip install onrecord[spark]")
pytest.importorskip("pyspark", reason="onrecord.spark needs pyspark: pip install onrecord[spark]")
if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
    pytest.skip("Spark needs Java (17+): no `java` on PATH and no JAVA_HOME", allow_module_level=True)

import onrecord.spark as ospark  # noqa: E402
from pyspark.sql import DataFrame, SparkSession  # noqa: E402
from pyspark.sql import types as T  # noqa: E402

pytestmark = [
    # pyspark's own notices (e.g. about the pandas version), not onrecord's.
    pytest.mark.filterwarnings("ignore::FutureWarning:pyspark"),
    pytest.mark.filterwarnings("ignore::DeprecationWarning:pyspark"),
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
]

COPIES = 72  # 14 sample articles × 72 = 1,008 documents
PARTITIONS = 4


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkSession]:
    saved = {k: os.environ.get(k) for k in ("PYSPARK_PYTHON", "PYSPARK_DRIVER_PYTHON")}
    os.environ["PYSPARK_PYTHON"] = os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("onrecord-test")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.memory", "512m")
        .config("spark.sql.shuffle.partitions", str(PARTITIONS))
        .config("spark.default.parallelism", str(PARTITIONS))
        # Several Arrow batches per partition, so batch boundaries are exercised.
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "100")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
    for k, v in saved.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


@pytest.fixture(scope="module")
def corpus(articles: dict[str, str]) -> list[tuple[str, str | None]]:
    docs: list[tuple[str, str | None]] = []
    for k in range(COPIES):
        for name, text in articles.items():
            docs.append((f"{name}-{k}", text))
    docs[5] = (docs[5][0], None)  # a null text: no rows
    docs[17] = (docs[17][0], "")  # an empty text: no rows either
    assert len(docs) >= 1000
    return docs


@pytest.fixture(scope="module")
def frame(spark: SparkSession, corpus: list[tuple[str, str | None]]) -> DataFrame:
    df = spark.createDataFrame(corpus, "id string, text string").repartition(PARTITIONS)
    assert df.rdd.getNumPartitions() == PARTITIONS
    return df


@pytest.fixture(scope="module")
def expected(corpus: list[tuple[str, str | None]]) -> tuple[list[Any], list[onrecord.Analysis]]:
    present = [(d, t) for d, t in corpus if t is not None]
    analyses = onrecord.Pipeline(language="auto", claims=True).analyze_many([t for _, t in present])
    return [d for d, _ in present], analyses


def records(df: Any) -> list[dict[str, Any]]:
    """A pandas frame's rows as dicts, missing values as None (as Spark gives them)."""
    obj = df.astype(object)
    out: list[dict[str, Any]] = obj.where(df.notna(), None).to_dict("records")
    return out


def spark_rows(df: DataFrame) -> list[dict[str, Any]]:
    return [r.asDict(recursive=True) for r in df.collect()]


def by_position(rows: list[dict[str, Any]], second: str) -> list[dict[str, Any]]:
    return sorted(rows, key=lambda r: (r["doc"], r[second]))


def test_quotes_equal_analyze_many(frame: DataFrame, expected: Any) -> None:
    ids, analyses = expected
    want = records(onrecord.to_pandas(analyses, ids=ids))
    got = spark_rows(ospark.quotes(frame))
    assert len(got) == len(want) > 5000
    assert by_position(got, "quote_id") == by_position(want, "quote_id")
    per_doc: dict[str, int] = {}
    for r in got:
        per_doc[r["doc"]] = per_doc.get(r["doc"], 0) + 1
    assert per_doc == {d: len(a.quotes) for d, a in zip(ids, analyses) if a.quotes}


def test_speakers_equal_analyze_many(frame: DataFrame, expected: Any) -> None:
    ids, analyses = expected
    want = records(onrecord.speakers_frame(analyses, ids=ids))
    got = spark_rows(ospark.speakers(frame))
    assert len(got) == len(want) > 1000
    assert by_position(got, "speaker_id") == by_position(want, "speaker_id")


def test_claims_equal_analyze_many(frame: DataFrame, expected: Any) -> None:
    ids, analyses = expected
    want = records(onrecord.claims_frame(analyses, ids=ids))
    got = spark_rows(ospark.claims(frame))
    assert len(got) == len(want) > 1000
    for r in got:  # values + ranges carry pandas' values (a float or a (low, high) per figure)
        ranges = r.pop("ranges")
        r["values"] = [v if rg is None else tuple(rg) for v, rg in zip(r["values"], ranges)]
    key = lambda r: (r["doc"], r["quote_id"], r["start"])  # noqa: E731
    assert sorted(got, key=key) == sorted(want, key=key)
    assert any(isinstance(v, tuple) for r in got for v in r["values"]), "no range in the corpus"


def test_schemas(spark: SparkSession, frame: DataFrame) -> None:
    string = T.StringType()
    q, s, c = ospark.quotes(frame), ospark.speakers(frame), ospark.claims(frame)
    assert q.schema == ospark.quotes_schema(string)
    assert s.schema == ospark.speakers_schema(string)
    assert c.schema == ospark.claims_schema(string)
    assert q.columns == QUOTE_COLUMNS
    assert s.columns == SPEAKER_COLUMNS
    assert c.columns == CLAIM_COLUMNS[: CLAIM_COLUMNS.index("values") + 1] + [
        "ranges", *CLAIM_COLUMNS[CLAIM_COLUMNS.index("values") + 1:]
    ]
    types = {f.name: f.dataType for f in q.schema.fields}
    assert types["start"] == T.LongType() and types["confidence"] == T.DoubleType()
    assert c.schema["values"].dataType == T.ArrayType(T.DoubleType())
    # The id column's type is kept.
    longs = spark.createDataFrame([(7, "“Yes,” Ada Reyes said.")], "id long, text string")
    assert ospark.quotes(longs).schema["doc"].dataType == T.LongType()
    assert [r.doc for r in ospark.quotes(longs).collect()] == [7]


def test_null_and_empty_texts_give_no_rows(spark: SparkSession) -> None:
    text = "“We will win,” Mayor Ada Reyes said. “Prices rose 12% last year,” she added."
    df = spark.createDataFrame(
        [(1, None), (2, ""), (3, text), (4, None), (5, "No quotes here.")],
        "id long, text string",
    ).coalesce(1)
    assert [(r.doc, r.quote_id) for r in ospark.quotes(df).collect()] == [(3, 0), (3, 1)]
    assert [(r.doc, r.name) for r in ospark.speakers(df).collect()] == [(3, "Ada Reyes")]
    assert [r.doc for r in ospark.claims(df).collect()] == [3]
    only_nulls = spark.createDataFrame([(1, None), (2, None)], "id long, text string")
    assert ospark.quotes(only_nulls).collect() == []


def test_documents_keep_their_order_within_partitions(
    spark: SparkSession, corpus: list[tuple[str, str | None]], expected: Any
) -> None:
    # createDataFrame slices the list into contiguous partitions in order, so collecting
    # without sorting must give analyze_many's rows in input order.
    first = corpus[:300]
    df = spark.createDataFrame(spark.sparkContext.parallelize(first, 3), "id string, text string")
    assert df.rdd.getNumPartitions() == 3
    ids, analyses = expected
    n = sum(1 for _, t in first if t is not None)
    want = records(onrecord.to_pandas(analyses[:n], ids=ids[:n]))
    assert spark_rows(ospark.quotes(df, language="auto")) == want


def test_custom_columns_and_options(spark: SparkSession) -> None:
    text = "“Prices rose 12% last year,” Finance Minister Ada Reyes told reporters."
    df = spark.createDataFrame([("a", text, 1)], "article string, `body text` string, n int")
    rows = ospark.quotes(df, "body text", "article", language="en", claims=False).collect()
    assert [(r.doc, r.speaker, r.claims) for r in rows] == [("a", "Ada Reyes", 0)]
    with pytest.raises(ValueError, match="text_col='text'"):
        ospark.quotes(df, id_col="article")
    with pytest.raises(ValueError, match="id_col='id'"):
        ospark.quotes(df, "body text")
    with pytest.raises(TypeError, match="string column"):
        ospark.quotes(df, "n", "article")
    with pytest.raises(onrecord.ConfigError):
        ospark.quotes(df, "body text", "article", language="xx")


def test_one_pipeline_per_process_and_recipe() -> None:
    p = ospark._pipeline("en", False)
    assert ospark._pipeline("en", False) is p
    assert p.recipe() == {"language": "en", "claims": False}


def test_missing_pyspark_says_how_to_install(monkeypatch: pytest.MonkeyPatch, frame: DataFrame) -> None:
    for name in ("pyspark", "pyspark.sql", "pyspark.sql.types"):
        monkeypatch.setitem(sys.modules, name, None)
    with pytest.raises(ImportError, match=r"pip install onrecord\[spark\]"):
        ospark.quotes(frame)
