"""Each word's embedding on its own: the model run on the word alone, as KeyBERT embeds a candidate.

A candidate's vector from the document's own forward pass says what the phrase means *there*, and every
span of a text leans towards the whole text; the words alone say what the phrase means anywhere, which
is what tells "neural network controller" from "results". Embedding every candidate alone is nearly all
of KeyBERT's time, so words are embedded once and kept: an English vocabulary (the Brill lexicon inside
TextBlob's wheel, the words that are not only names) is embedded once per machine and runtime, the first
time a worker starts, and kept on disk next to the ONNX export (memory-mapped, shared by the workers of a
machine); any other word (a model name, a new term) is embedded the first time it is met and kept in
memory, the least recently used dropped past `OTHER_WORDS_KEPT`. The model is uncased, so words are kept
lowercase.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import re
from collections import OrderedDict
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from workers.nlp.model import UPSTREAM_WEIGHTS_SHA256, Encoder, model_cache

log = logging.getLogger("paperlens.workers")

VOCABULARY_FORMAT = 1  # bump when what the vocabulary file holds changes
OTHER_WORDS_KEPT = 50_000  # ~37 MiB of float16 vectors
_LEXICON_WORD = re.compile(r"^[a-z][a-z0-9]*(?:[-'][a-z0-9]+)*$")
_NAMES_ONLY = frozenset({"NNP", "NNPS"})


def lexicon_path() -> Path:
    import textblob

    return Path(textblob.__file__).parent / "en" / "en-lexicon.txt"


def vocabulary(lexicon: Path) -> list[str]:
    """The lexicon's words, lowercased and sorted, but for those it only knows as names (WSJ's "Fujisawa")."""
    tags: dict[str, set[str]] = {}
    for line in lexicon.read_text(encoding="utf-8").splitlines():
        fields = line.split()
        if len(fields) >= 2 and not line.startswith(";") and _LEXICON_WORD.match(word := fields[0].lower()):
            tags.setdefault(word, set()).update(fields[1:])
    return sorted(word for word, seen in tags.items() if not seen <= _NAMES_ONLY)


class WordVectors:
    """Unit-length embeddings of single words, on one `Encoder`. `vocabulary_file=True` loads (or, the first
    time on a machine, makes) the precomputed vocabulary; without it every word is embedded when first met."""

    def __init__(self, encoder: Encoder, vocabulary_file: bool = False) -> None:
        self.encoder = encoder
        self._rows: dict[str, int] = {}
        self._known = np.zeros((0, 384), dtype=np.float16)
        self._others: OrderedDict[str, np.ndarray] = OrderedDict()
        if vocabulary_file:
            words = vocabulary(lexicon_path())
            self._known = np.load(vocabulary_vectors_file(encoder, words), mmap_mode="r")
            self._rows = {word: row for row, word in enumerate(words)}

    def lookup(self, words: Iterable[str]) -> dict[str, np.ndarray]:
        """word -> float32 unit vector, for lowercase words; the ones never met are embedded in one batch."""
        wanted = set(words)
        known = [word for word in wanted if word in self._rows]
        found = dict(zip(known, self._known[[self._rows[word] for word in known]].astype(np.float32)))
        missing = [word for word in wanted if word not in found and word not in self._others]
        for word in missing:
            parts = word.split("-")  # a compound the vocabulary lacks, of words it has ("data-driven"): its parts
            if len(parts) > 1 and all(part in self._rows for part in parts):
                found[word] = _unit(self._known[[self._rows[part] for part in parts]].astype(np.float32).sum(axis=0))
        missing = [word for word in missing if word not in found]
        if missing:
            self._others.update(zip(missing, self.encoder.embed(missing, batch_size=128).astype(np.float16)))
        for word in wanted - found.keys():
            found[word] = self._others[word].astype(np.float32)
            self._others.move_to_end(word)
        while len(self._others) > OTHER_WORDS_KEPT:
            self._others.popitem(last=False)
        return found


def worker_word_vectors(encoder: Encoder) -> WordVectors:
    """The vocabulary file if it can be read or made; where the model cache cannot be written (a read-only
    home), every word is embedded when first met instead: slower first pages, the same chips."""
    try:
        return WordVectors(encoder, vocabulary_file=True)
    except OSError as error:
        log.warning("paperlens: no vocabulary file (%s); words will be embedded as they are met", error)
        return WordVectors(encoder)


def _unit(vector: np.ndarray) -> np.ndarray:
    return vector / (np.linalg.norm(vector) or 1.0)


def vocabulary_vectors_file(encoder: Encoder, words: list[str]) -> Path:
    """The vocabulary's vectors (float16, one row per word), made once per machine, weights, runtime and
    vocabulary: ~40 s on ONNX float32 on two cores for ~56k words. A lock keeps workers starting together
    from making it twice; it is written under a temporary name, then renamed."""
    key = hashlib.sha256(f"{UPSTREAM_WEIGHTS_SHA256}|{encoder.runtime}|{VOCABULARY_FORMAT}|{' '.join(words)}".encode()).hexdigest()[:16]
    path = model_cache() / f"word-vectors-{key}.npy"
    with open(path.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not _complete(path, len(words)):
            log.warning("paperlens: embedding %d vocabulary words once for this machine (%s)", len(words), encoder.runtime)
            vectors = encoder.embed(words, batch_size=128).astype(np.float16)
            partial = path.with_name(f"{path.stem}.{os.getpid()}.partial.npy")
            np.save(partial, vectors)
            os.replace(partial, path)
    return path


def _complete(path: Path, rows: int) -> bool:
    try:
        return np.load(path, mmap_mode="r").shape == (rows, 384)
    except (OSError, ValueError):
        return False
