"""Words embedded alone (issue 16): the shipped vocabulary made once per machine and kept, other words
embedded when first met and kept in memory, and what scoring a phrase by its words alone changes."""

from __future__ import annotations

import numpy as np
import pytest

from tests.support import shared_pages
from workers.nlp import word_vectors
from workers.nlp.keyphrases import KeyphraseModel
from workers.nlp.keywords import TOP_N, paper_text
from workers.nlp.model import encoder
from workers.nlp.word_vectors import WordVectors, lexicon_path, vocabulary, vocabulary_vectors_file, worker_word_vectors


class CountingEncoder:
    """The worker's real encoder, recording what it is asked to embed."""

    def __init__(self) -> None:
        self.encoder, self.embedded = encoder(), []
        self.runtime = self.encoder.runtime

    def embed(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        self.embedded.append(sorted(texts))
        return self.encoder.embed(texts, batch_size)


def test_the_vocabulary_is_the_lexicons_words_lowercased_but_its_names():
    words = vocabulary(lexicon_path())
    assert words == sorted(set(words)) and len(words) > 50_000
    assert {"network", "controller", "semantic", "fine-grained", "state-of-the-art"} <= set(words)
    assert "reagan" not in words and "mitsubishi" not in words  # known only as names (NNP)
    assert all(word == word.lower() for word in words)


def test_vocabulary_vectors_are_made_once_kept_and_remade_when_cut_short(tmp_path, monkeypatch):
    monkeypatch.setenv("PAPERLENS_MODEL_CACHE", str(tmp_path))
    words = ["graph", "network", "semantic"]
    path = vocabulary_vectors_file(encoder(), words)
    vectors = np.load(path)
    assert vectors.shape == (3, 384) and vectors.dtype == np.float16
    assert np.abs(vectors.astype(np.float32) - encoder().embed(words)).max() < 2e-3  # float16 of the real embeddings
    made = path.stat().st_mtime_ns
    assert vocabulary_vectors_file(encoder(), words).stat().st_mtime_ns == made  # kept, not made again
    path.write_bytes(path.read_bytes()[:300])  # cut short, as by a full disk
    assert np.load(vocabulary_vectors_file(encoder(), words)).shape == (3, 384)
    assert vocabulary_vectors_file(encoder(), words[:2]) != path  # another vocabulary is another file
    assert not list(tmp_path.glob("*.partial.npy"))


def test_a_worker_whose_cache_cannot_be_written_embeds_words_as_it_meets_them(tmp_path, monkeypatch):
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    monkeypatch.setenv("PAPERLENS_MODEL_CACHE", str(blocked / "cache"))  # a directory inside a file: never made
    counting = CountingEncoder()
    vectors = worker_word_vectors(counting)
    assert vectors.lookup(["graph"]) and counting.embedded == [["graph"]]


def test_words_met_are_embedded_once_and_the_least_recently_used_dropped(monkeypatch):
    monkeypatch.setattr(word_vectors, "OTHER_WORDS_KEPT", 3)
    counting = CountingEncoder()
    vectors = WordVectors(counting)
    first = vectors.lookup(["tinystories", "graph"])
    assert counting.embedded == [["graph", "tinystories"]]
    assert np.abs(first["graph"] - encoder().embed(["graph"])[0]).max() < 2e-3
    assert abs(np.linalg.norm(first["tinystories"]) - 1) < 1e-2
    vectors.lookup(["graph"])
    assert len(counting.embedded) == 1  # met before: not embedded again
    vectors.lookup(["moe", "dpo"])  # four words met, three kept: "tinystories" was used least recently
    vectors.lookup(["graph", "tinystories"])
    assert counting.embedded[-1] == ["tinystories"]


def test_a_compound_the_vocabulary_lacks_is_read_as_its_parts_and_names_are_embedded():
    counting = CountingEncoder()
    vectors = WordVectors(counting, vocabulary_file=True)
    found = vectors.lookup(["data-driven", "data", "driven", "network", "llama-2-7b"])
    assert counting.embedded == [["llama-2-7b"]]  # "7b" is not a word of the vocabulary: the name is embedded whole
    parts = found["data"] + found["driven"]
    assert np.allclose(found["data-driven"], parts / np.linalg.norm(parts), atol=1e-6)


# Praise an abstract uses of itself, which the extractor scoring in context only showed as chips on the seed page.
GENERIC = {"good performance", "high performance", "great capabilities", "rapid development", "important research area", "major paradigms"}


@pytest.fixture(scope="module")
def seed_chips() -> tuple[set[str], set[str]]:
    digest = shared_pages()["HF daily"]
    documents, titles = [paper_text(p.title, p.abstract) for p in digest.papers], [p.title for p in digest.papers]
    in_context = KeyphraseModel(encoder(), standalone=False).extract(documents, TOP_N, titles)
    alone_too = KeyphraseModel(encoder()).extract(documents, TOP_N, titles)
    return tuple({k.phrase for _, chips in found for k in chips} for found in (in_context, alone_too))


def test_scoring_words_alone_too_leaves_generic_praise_out_of_the_chips(seed_chips):
    in_context, alone_too = seed_chips
    assert len(GENERIC & in_context) >= 4  # what the extractor before issue 16 showed
    assert not GENERIC & alone_too
    assert {"systematic literature review", "directed graph"} <= alone_too  # the reviews' and the decoder's subject


def test_a_long_text_costs_only_the_words_the_model_reads():
    """A hostile abstract of 20,000 distinct words: the model reads its first 256 tokens, so only the
    candidates there are looked for and only their words embedded."""
    counting = CountingEncoder()
    text = "Robust control. " + " ".join(f"gadget{n}" for n in range(20_000)) + "."
    [(_, chips)] = KeyphraseModel(encoder(), WordVectors(counting)).extract([text])
    embedded = [word for call in counting.embedded for word in call]
    assert chips and 0 < len(embedded) < 256 and "gadget19999" not in embedded
