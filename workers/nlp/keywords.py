"""Keyword chips for papers: `KeyphraseModel` over all-MiniLM-L6-v2, loaded once per worker process.

Plain KeyBERT (same model) stays here as the baseline the benchmarks compare against.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from backend.domain.models import Keyword
from workers.nlp.keyphrases import BATCH, KeyphraseModel
from workers.nlp.model import encoder, sentence_model
from workers.nlp.word_vectors import worker_word_vectors

TOP_N = 5
NGRAM_RANGE = (1, 2)  # the KeyBERT baseline's candidates


def paper_text(title: str, abstract: str | None) -> str:
    return f"{title}. {abstract}" if abstract else title


@functools.cache
def keyphrase_model() -> KeyphraseModel:
    model = KeyphraseModel(encoder(), worker_word_vectors(encoder()))
    # A full batch of full-length texts, so no digest pays for the first pass or for growing buffers.
    list(model.extract(["Warm-up. " + "The first forward pass prepares the kernels. " * 40] * BATCH))
    return model


def extract_keywords(documents: list[str], top_n: int = TOP_N, titles: list[str] | None = None) -> Iterator[tuple[int, list[Keyword]]]:
    """(document index, top keyphrases) for every document, batch by batch as they are ready; given each
    document's title, its chips restate it once at most."""
    if documents:
        yield from keyphrase_model().extract(documents, top_n, titles)


@functools.cache
def _keybert():
    """The baseline: KeyBERT with the same model (it would download one if not given `model=`)."""
    from keybert import KeyBERT

    return KeyBERT(model=sentence_model())
