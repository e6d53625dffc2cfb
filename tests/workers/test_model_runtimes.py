"""Every runtime the nlp worker may choose gives what the shipped float32 model gives: token vectors on
padded batches, sentence embeddings, and chips (nine in ten identical, as issue 4 asks)."""

from __future__ import annotations

import numpy as np
import pytest

from backend.domain.digests import parse_digest
from tests.support import SHARED_FIXTURES
from workers.nlp import model
from workers.nlp.keyphrases import KeyphraseModel
from workers.nlp.onnx_export import export_onnx


@pytest.fixture(scope="module", autouse=True)
def model_cache(tmp_path_factory):
    """The ONNX export made here, by the worker's own path (a child process), not taken from ~/.cache."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PAPERLENS_MODEL_CACHE", str(tmp_path_factory.mktemp("models")))
        yield


@pytest.fixture(scope="module")
def documents() -> list[str]:
    papers = parse_digest("", text=(SHARED_FIXTURES / "hf-daily-papers.txt").read_text()).papers
    return [f"{p.title}. {p.abstract}" for p in papers[:16]] + [p.title for p in papers[:8]]


@pytest.fixture(scope="module")
def reference() -> model.Encoder:
    return model.Encoder("torch-float32")


@pytest.fixture(scope="module")
def reference_chips(reference, documents) -> dict:
    return dict(KeyphraseModel(reference).extract(documents))


def _token_cosines(first: np.ndarray, second: np.ndarray, mask: np.ndarray) -> np.ndarray:
    a, b = first[mask.astype(bool)], second[mask.astype(bool)]
    return np.sum(a * b, axis=1) / np.linalg.norm(a, axis=1) / np.linalg.norm(b, axis=1)


# bfloat16 runs here on any CPU (emulated where it is not native: slower, same numbers).
@pytest.mark.parametrize(("runtime", "min_cosine"), [("onnx-float32", 0.9999), ("torch-bfloat16", 0.99)])
def test_runtime_agrees_with_float32_on_padded_batches(runtime, min_cosine, reference, reference_chips, documents):
    encoder = model.Encoder(runtime)
    # Abstracts and bare titles in one batch: most rows are padded, some cut at MAX_SEQ_LENGTH.
    encoded = reference.encode(documents)
    assert encoded["attention_mask"].sum(axis=1).min() < encoded["attention_mask"].shape[1] / 4  # padding is exercised
    ours, theirs = (e.tokens(encoded["input_ids"], encoded["attention_mask"]) for e in (encoder, reference))
    assert ours.dtype == np.float32 and ours.shape == theirs.shape
    assert _token_cosines(ours, theirs, encoded["attention_mask"]).min() > min_cosine

    shipped = model.sentence_model().encode(documents, normalize_embeddings=True)  # sentence-transformers' own pooling
    assert np.sum(encoder.embed(documents) * shipped, axis=1).min() > min_cosine

    chips = dict(KeyphraseModel(encoder).extract(documents))
    shared = [len({k.phrase for k in reference_chips[i]} & {k.phrase for k in chips[i]}) for i in reference_chips]
    assert sum(shared) >= 0.9 * sum(len(chips) for chips in reference_chips.values()), shared


def test_onnx_export_is_reproducible_from_the_checked_weights():
    first, second = (export_onnx(model._load()[0].auto_model.eval()) for _ in range(2))
    assert first == second and len(first) > 80_000_000  # the whole float32 graph, traced the same way twice


def test_the_runtime_follows_the_cpu_unless_forced(monkeypatch):
    monkeypatch.delenv("PAPERLENS_MODEL_RUNTIME", raising=False)
    monkeypatch.setattr(model, "cpu_flags", lambda: {"avx2", "fma"})
    assert model.choose_runtime()[0] == "onnx-float32"
    monkeypatch.setattr(model, "cpu_flags", lambda: {"avx2", "avx512f", "avx512_bf16"})
    assert model.choose_runtime()[0] == "onnx-float32"  # AVX-512 BF16 without AMX: slower than float32 on some CPUs
    monkeypatch.setattr(model, "cpu_flags", lambda: {"avx2", "avx512f", "avx512_bf16", "amx_tile", "amx_bf16"})
    assert model.choose_runtime()[0] == "torch-bfloat16"
    monkeypatch.setenv("PAPERLENS_MODEL_RUNTIME", "torch-float32")
    assert model.choose_runtime() == ("torch-float32", "PAPERLENS_MODEL_RUNTIME")
    monkeypatch.setenv("PAPERLENS_MODEL_RUNTIME", "float16")
    with pytest.raises(ValueError, match="PAPERLENS_MODEL_RUNTIME must be"):
        model.choose_runtime()
