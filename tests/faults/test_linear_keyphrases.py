"""Keyphrase candidates are read from a paper's title and abstract (a page's, a feed's, an upload's) in time
linear in their size, whatever characters they hold: 20× the text may cost at most 3 × 20× the time."""

from __future__ import annotations

import pytest

from tests.faults.test_linear_source_fields import _seconds
from workers.nlp.keyphrases import candidates

SHAPES = {
    "dotted run (a.a.a.…)": lambda n: "a." * (n // 2),
    "dashed run (a-a-a-…)": lambda n: "a-" * (n // 2),
    "digits": lambda n: "1" * n,
    "dotted digits (1.1.1.…)": lambda n: "1." * (n // 2),
    "one long word": lambda n: "a" * n,
    "at signs (a@a@…)": lambda n: "a@" * (n // 2),
    # The part-of-speech tagger's own tokenizer takes quadratic time on these; ours feeds it linearly.
    "brackets": lambda n: "(" * n,
    "colons": lambda n: ":" * n,
    "quoted letters": lambda n: '"a' * (n // 2),
    "one sentence of words": lambda n: "word " * (n // 5),
    # TeX: a "$" that never closes, dollars between words, backslashes.
    "one open dollar, then words": lambda n: "$" + "word " * (n // 5),
    "dollars (a$a$…)": lambda n: "a$" * (n // 2),
    "backslashes (\\a\\a…)": lambda n: "\\a" * (n // 2),
}


@pytest.mark.parametrize("shape", SHAPES)
def test_candidates_are_found_in_linear_time(shape):
    make = SHAPES[shape]
    candidates(make(1_000))  # the lexicon's first lookups are not the scan's cost
    growth = _seconds(lambda n: candidates(make(n)), 20_000) / _seconds(lambda n: candidates(make(n)), 1_000)
    assert growth < 3 * 20, f"{shape}: ×{growth:.0f} the time for ×20 the text"
