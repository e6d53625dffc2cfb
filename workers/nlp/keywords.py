"""Keyword chips for papers, from KeyBERT over all-MiniLM-L6-v2.

KeyBERT's return shape depends on its input (a flat list for one document, a list of lists for
several) and it can turn failures into `[]`; `extract_keywords` always returns one list per document.
"""

from __future__ import annotations

import functools

from backend.domain.models import Keyword
from workers.nlp.model import sentence_model

TOP_N = 5
NGRAM_RANGE = (1, 2)


@functools.cache
def _keybert():
    from keybert import KeyBERT

    return KeyBERT(model=sentence_model())


def paper_text(title: str, abstract: str | None) -> str:
    return f"{title}. {abstract}" if abstract else title


def extract_keywords(documents: list[str], top_n: int = TOP_N) -> list[list[Keyword]]:
    """Top `top_n` keyphrases for each document, all documents in one KeyBERT call."""
    if not documents:
        return []
    found = _keybert().extract_keywords(
        documents,
        keyphrase_ngram_range=NGRAM_RANGE,
        stop_words="english",
        top_n=top_n,
    )
    if len(documents) == 1:
        found = [found]
    if len(found) != len(documents):
        raise RuntimeError(f"KeyBERT returned {len(found)} results for {len(documents)} documents")
    return [[Keyword(phrase, round(float(score), 4)) for phrase, score in per_doc] for per_doc in found]
