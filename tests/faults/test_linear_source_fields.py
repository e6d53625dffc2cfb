"""Fields read from library sources and registries (Zotero `extra`, JATS abstracts, `Link` headers) are
scanned in time linear in their size. A property, not a benchmark: 20× the input may cost at most 3 × 20×
the time (a quadratic scan costs ~400×)."""

from __future__ import annotations

import gc
import time

import pytest

from backend.domain.metadata import _plain
from backend.domain.zotero import extra_identifiers
from backend.zotero_web import _NEXT

SHAPES = {
    "blank lines in extra": (lambda n: extra_identifiers(" \n" * n, ""), 2_000),
    "unclosed tags in an abstract": (lambda n: _plain("<" * n), 2_000),
    "unclosed brackets in a Link header": (lambda n: _NEXT.search("<" * n), 2_000),
}


def _seconds(work, size: int) -> float:
    """The best of three timings of `work(size)`, the garbage collector paused: its passes are amortised
    linear, but they start somewhere between a small input and a large one and would read as growth (the
    keyphrase scan of 20k quoted letters: ×24 the time of 1k without them, ×57 with them)."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(3):
            runs, started = 0, time.perf_counter()
            while (elapsed := time.perf_counter() - started) < 0.05 or not runs:
                work(size)
                runs += 1
            best = min(best, elapsed / runs)
    finally:
        gc.enable()
    return best


@pytest.mark.parametrize("shape", SHAPES)
def test_source_fields_are_scanned_in_linear_time(shape):
    work, small = SHAPES[shape]
    growth = _seconds(work, small * 20) / _seconds(work, small)
    assert growth < 3 * 20, f"{shape}: ×{growth:.0f} the time for ×20 the input"
