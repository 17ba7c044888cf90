"""Quotes, speakers and claims of the sample articles with Spark (local mode).

    pip install onrecord[spark]          # pyspark, pandas, pyarrow; Spark needs Java 17+
    python examples/spark_quotes.py [FOLDER] [--copies N]

Reads every ``*.txt`` under FOLDER (default: examples/articles) into a DataFrame with the
columns ``id`` and ``text`` (``--copies`` repeats the corpus to make it bigger), then
finds the quotes, speakers and claims on the executors with `onrecord.spark`. On a
cluster, build the DataFrame from your archive instead (``spark.read.json(...)``,
``spark.read.parquet(...)``) and install onrecord on the executors.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from pyspark.sql import SparkSession
from pyspark.sql import functions as F

import onrecord.spark

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=HERE / "articles")
    parser.add_argument("--copies", type=int, default=1, help="repeat the corpus N times")
    parser.add_argument("--master", default="local[2]", help="Spark master (default: local[2])")
    args = parser.parse_args()

    files = sorted(args.folder.rglob("*.txt"))
    if not files:
        sys.exit(f"no *.txt under {args.folder}")
    docs = [
        (f"{p.stem}#{k}" if args.copies > 1 else p.stem, p.read_text(encoding="utf-8"))
        for k in range(args.copies)
        for p in files
    ]

    # Local mode: the Python workers are this interpreter, which has onrecord installed.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = (
        SparkSession.builder.master(args.master)
        .appName("onrecord-quotes")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    try:
        articles = spark.createDataFrame(docs, "id string, text string").repartition(4)
        start = time.perf_counter()

        quotes = onrecord.spark.quotes(articles).cache()  # one row per quote
        print(f"{articles.count()} articles, {quotes.count()} quotes "
              f"in {time.perf_counter() - start:.1f} s\n")
        quotes.select("doc", "speaker", "cue_lemma", "text").orderBy("doc", "quote_id") \
            .show(10, truncate=60)

        print("Most quoted speakers:")
        quotes.where(F.col("speaker").isNotNull()) \
            .groupBy("speaker", "speaker_title").count() \
            .orderBy(F.desc("count"), "speaker").show(10, truncate=40)

        speakers = onrecord.spark.speakers(articles)  # one row per speaker
        print("Speakers by gender:")
        speakers.groupBy("gender").count().orderBy(F.desc("count")).show()

        claims = onrecord.spark.claims(articles)  # one row per claim inside a quote
        print("Check-worthy claims with figures:")
        claims.where("checkworthy AND quantities IS NOT NULL") \
            .select("doc", "speaker", "types", "quantities", "text") \
            .orderBy(F.desc("score"), "doc").show(10, truncate=50)
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
