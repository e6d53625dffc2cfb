"""What two abstracts share: evidence that two records are one paper when their titles say otherwise.

Papers are renamed between versions ("Analyzing structural priors in multi-agent communication" became
"Exploring Structural Inductive Biases in Emergent Communication" on arXiv) and a library keeps both records;
their abstracts stay the same text. Abstracts are compared by their phrases, runs of three words: in a real
researcher's Zotero library and the shared pages (369 abstracts of 30 words or more, 68,000 pairs), every
pair that is one work shares 69-100% of the shorter abstract's phrases, every other pair at most 25% (two
shared tasks' overviews written from one template) and nearly all under 5%, although many are on one topic.
"""

from __future__ import annotations

import re
import string
import zlib
from functools import lru_cache

MIN_WORDS = 30  # shorter than this, an "abstract" is a note or a sentence: no evidence either way
AGREE = 0.5  # share of the shorter abstract's phrases at which two abstracts are one text (see above)
ENDS = 12  # the words at each end of an abstract that find its other records (see `keys`) ...
ENDS_CHARS = 150  # ... read from this many characters at each end (a word is 7 or 8 with its blank)
READ_CHARS = 5_000  # an abstract is a few hundred words; past this a field holds more than an abstract
_WORD = re.compile(r"[^\W_]+")
_PUNCTUATION = string.punctuation + "“”‘’«»–—…"


def _read(abstract: str | None) -> str:
    return abstract[:READ_CHARS] if abstract else ""


@lru_cache(maxsize=512)  # a sweep compares an item's abstract with each of its few candidates
def _phrases(abstract: str) -> frozenset[int]:
    """The abstract's phrases (three words in a row) as checksums; none if it has fewer than MIN_WORDS words."""
    words = _WORD.findall(abstract.lower())
    if len(words) < MIN_WORDS:
        return frozenset()
    return frozenset(zlib.crc32(" ".join(words[i : i + 3]).encode()) for i in range(len(words) - 2))


def readable(abstract: str | None) -> bool:
    """An abstract of MIN_WORDS words or more: one that can say whether two records are one text."""
    return bool(_phrases(_read(abstract)))


def shared(left: str | None, right: str | None) -> float | None:
    """The share of the shorter abstract's phrases that the other has, 0-1; None when either is not `readable`."""
    ours, theirs = _phrases(_read(left)), _phrases(_read(right))
    if not ours or not theirs:
        return None
    return len(ours & theirs) / min(len(ours), len(theirs))


def keys(abstract: str | None) -> tuple[str, ...]:
    """Keys that find records with the same abstract, for a blocking index: its first and its last ENDS words. A
    revision that keeps either end still meets its other version (11 of the 12 pairs above; the twelfth has the
    same title)."""
    return _keys(_read(abstract).strip()) if abstract else ()


@lru_cache(maxsize=4_096)  # an index reads an item's keys when it adds, removes and queries it
def _keys(abstract: str) -> tuple[str, ...]:
    # Words split at blanks, punctuation stripped, only at the ends: an index reads every item's, and the
    # word pattern `_phrases` reads with costs three times as much.
    if len(abstract.split(maxsplit=MIN_WORDS)) < MIN_WORDS:
        return ()
    head, tail = _bare_words(abstract[:ENDS_CHARS])[:ENDS], _bare_words(abstract[-ENDS_CHARS:])[-ENDS:]
    return "^" + " ".join(head), " ".join(tail) + "$"


def _bare_words(text: str) -> list[str]:
    return [word for word in (token.strip(_PUNCTUATION) for token in text.lower().split()) if word]
