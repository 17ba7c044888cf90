"""The progress bar of `Pipeline.analyze_many(progress=True)`: tqdm when installed,
else one line on stderr rewritten in place."""

from __future__ import annotations

import sys
import time
from typing import Any


class _Line:
    def __init__(self, total: int) -> None:
        self.total = total
        self.done = 0
        self.start = time.monotonic()
        self._draw()

    def _draw(self) -> None:
        rate = self.done / max(time.monotonic() - self.start, 1e-9)
        sys.stderr.write(f"\ronrecord: {self.done}/{self.total} documents ({rate:,.0f}/s)")
        sys.stderr.flush()

    def update(self, n: int) -> None:
        self.done += n
        self._draw()

    def close(self) -> None:
        sys.stderr.write("\n")
        sys.stderr.flush()


def bar(total: int) -> Any:
    """A progress bar over `total` documents with ``update(n)`` and ``close()``."""
    try:
        from tqdm.auto import tqdm  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        return _Line(total)
    return tqdm(total=total, unit="doc", desc="onrecord")
