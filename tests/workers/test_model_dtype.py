"""The bfloat16 model our extraction runs on gives what the float32 model gives."""

from __future__ import annotations

import numpy as np
import pytest

from backend.domain.digests import parse_digest
from tests.support import SHARED_FIXTURES
from workers.nlp.keyphrases import KeyphraseModel
from workers.nlp.model import inference_model, sentence_model


@pytest.fixture(scope="module")
def documents() -> list[str]:
    papers = parse_digest("", text=(SHARED_FIXTURES / "hf-daily-papers.txt").read_text()).papers
    return [f"{p.title}. {p.abstract}" for p in papers[:16]]


def test_bfloat16_embeddings_and_keywords_agree_with_float32(documents):
    if inference_model() is sentence_model():
        pytest.skip("this CPU has no native bfloat16: the float32 model is used as is")
    full, half = sentence_model().encode(documents), inference_model().encode(documents).astype(np.float32)
    cosines = np.sum(full * half, axis=1) / np.linalg.norm(full, axis=1) / np.linalg.norm(half, axis=1)
    assert cosines.min() > 0.999, cosines
    full_keywords = dict(KeyphraseModel(sentence_model()).extract(documents))
    half_keywords = dict(KeyphraseModel(inference_model()).extract(documents))
    shared = [len({k.phrase for k in full_keywords[i]} & {k.phrase for k in half_keywords[i]}) for i in full_keywords]
    assert sum(shared) >= 0.9 * 5 * len(documents), shared  # nine chips in ten identical
