"""Related papers: cosine similarity of MiniLM title embeddings against the library's.

Titles, not title + abstract: most saved papers have no abstract (32 of the 498 entries of the group
bibliography do), and comparing a title with a title + abstract is lopsided — the same paper scored
only 0.61 that way, against 0.98-0.99 title to title.

Library embeddings are computed once per item text and stored in Redis; each worker process keeps the
library's matrix in memory and follows the library's change log (a saved paper is one new row), and
scores a digest against it in bounded chunks.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np

from backend.domain.matching import compare
from backend.domain.models import DigestItem, LibraryItem, Paper, RelatedItem, Relevance
from backend.store import LibraryStore
from workers.deadline import passed
from workers.owner_cache import OwnerCache
from workers.nlp.model import encoder
from workers.nlp.relevance_model import LibraryPart, RelevanceModel, fit

# Cosine similarity at or above which a saved paper counts as related. Measured on the seed digest's
# 79 titles against the two fixture libraries (645 titles): pair similarities have median 0.21, 99th
# percentile 0.49 and 99.9th 0.59. Pairs at 0.50-0.60 share only "language models" ("Retrofitting (Large)
# Language Models…" / "RoBERTa…"); from about 0.65 they read as related work ("UOE: Unlearning One Expert…"
# / "Knowledge Unlearning for LLMs…" 0.77). At 0.65, 6 of the 79 papers show related items there.
RELATED_MIN = 0.65
RELATED_TOP = 3
EMBED_BATCH = 512  # titles embedded and stored at a time
CHUNK_ROWS = 8_192  # library rows scored at once: memory stays bounded for large libraries
_HASH_BYTES = 8


def embed(texts: list[str]) -> np.ndarray:
    """Unit-length float32 embeddings, one row per text."""
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    return encoder().embed(texts)


def embed_cached(cache, texts: list[str]) -> np.ndarray:
    """`embed`, reading and filling the per-text cache (a digest seen before costs one MGET)."""
    found = cache.get_vectors(texts)
    missing = [text for text, raw in zip(texts, found) if raw is None]
    fresh = dict(zip(missing, embed(missing)))
    cache.put_vectors({text: vector.tobytes() for text, vector in fresh.items()})
    rows = [np.frombuffer(raw, dtype=np.float32) if raw is not None else fresh[text] for text, raw in zip(texts, found)]
    return np.stack(rows) if rows else np.zeros((0, 384), dtype=np.float32)


def _text_hash(text: str) -> bytes:
    return hashlib.blake2b(text.encode(), digest_size=_HASH_BYTES).digest()


@dataclass
class _Matrix:
    version: int
    last_change: str
    items: list[LibraryItem]
    vectors: np.ndarray


class LibraryEmbeddings:
    """Per worker process: each library's embedding matrix, following the library's change log, so a
    saved paper costs one row (and one embedding), not a re-read of the whole library."""

    def __init__(self, library: LibraryStore) -> None:
        self._library = library
        self._cached: OwnerCache[_Matrix] = OwnerCache()

    def matrix(self, owner: str, deadline: float | None = None) -> _Matrix:
        """The library's rows. Titles not embedded yet are embedded until `deadline` (time.monotonic()): a library
        just imported is ~1.3 ms a title (20,000 titles, ~25 s), and a page's stage must not wait for all of it.
        Those left are left out of this matrix, which is not kept: the next page embeds more, `enrich` the rest."""
        version, last_change = self._library.version_and_last_change(owner)
        cached = self._cached.get(owner)
        if cached and cached.version == version:
            return cached
        touched = self._library.touched_since(owner, cached.version, cached.last_change, version) if cached else None
        if cached and touched is not None:
            changed = set(touched)
            current = [item for item in self._library.get_many(owner, touched).values() if item is not None]
            keep = np.array([item.id not in changed for item in cached.items], dtype=bool)
            embedded, rows = _rows(self._library, owner, current, deadline)
            items = [item for item, kept in zip(cached.items, keep) if kept] + embedded
            vectors, complete = np.vstack([cached.vectors[keep], rows]), len(embedded) == len(current)
        else:
            everything = self._library.items(owner)
            items, vectors = _rows(self._library, owner, everything, deadline)
            complete = len(items) == len(everything)
        if not complete:  # its own key, for the relevance model's caches: a later, fuller matrix is another
            return _Matrix(version, f"{last_change} (first {len(items)} embedded)", items, vectors)
        matrix = self._cached[owner] = _Matrix(version, last_change, items, vectors)
        return matrix


def _rows(library: LibraryStore, owner: str, items: list[LibraryItem], deadline: float | None) -> tuple[list[LibraryItem], np.ndarray]:
    """The items whose title is embedded (all, unless `deadline` came first), and their rows."""
    stored = refresh_embeddings(library, owner, items, deadline)
    embedded = [item for item in items if stored.get(item.id, b"")[:_HASH_BYTES] == _text_hash(item.title)]
    if not embedded:
        return [], np.zeros((0, 384), dtype=np.float32)
    return embedded, np.stack([np.frombuffer(stored[item.id][_HASH_BYTES:], dtype=np.float32) for item in embedded])


def refresh_embeddings(library: LibraryStore, owner: str, items: list[LibraryItem], deadline: float | None = None) -> dict[str, bytes]:
    """These items' stored title embeddings, computing (and storing) those missing or of an older title, a batch at
    a time until `deadline` (time.monotonic()): those not reached by then are left out."""
    stored = library.embeddings(owner, [item.id for item in items])
    missing = [item for item in items if stored.get(item.id, b"")[:_HASH_BYTES] != _text_hash(item.title)]
    for start in range(0, len(missing), EMBED_BATCH):
        if passed(deadline):
            break
        batch = missing[start : start + EMBED_BATCH]
        records = {item.id: _text_hash(item.title) + row.tobytes() for item, row in zip(batch, embed([i.title for i in batch]))}
        library.put_embeddings(owner, records)  # batch by batch: an interrupted run keeps what it computed
        stored.update(records)
    return stored


def related(papers: list[Paper], vectors: np.ndarray, library: _Matrix) -> list[list[RelatedItem]]:
    """For each paper, up to RELATED_TOP library items at or above RELATED_MIN, most similar first.

    The paper's own library copy (what the matcher calls the same paper) is not "related": it is the paper.
    """
    best: list[list[tuple[float, int]]] = [[] for _ in papers]
    for start in range(0, len(library.items), CHUNK_ROWS):
        scores = vectors @ library.vectors[start : start + CHUNK_ROWS].T
        for row, row_scores in enumerate(scores):
            top = np.argpartition(-row_scores, min(RELATED_TOP * 2, len(row_scores) - 1))[: RELATED_TOP * 2]
            best[row] += [(float(row_scores[j]), start + int(j)) for j in top if row_scores[j] >= RELATED_MIN]
    results = []
    for paper, candidates in zip(papers, best):
        chosen = []
        for score, index in sorted(candidates, reverse=True):
            item = library.items[index]
            if compare(paper, item.as_paper()).verdict == "same":
                continue
            chosen.append(RelatedItem(id=item.id, title=item.title, score=round(score, 4)))
            if len(chosen) == RELATED_TOP:
                break
        results.append(chosen)
    return results


BECAUSE_MIN = 0.35  # a library item named as a reason is at least this similar (the median pair is 0.21)


class RelevanceModels:
    """Per worker process: each user's fitted relevance model, refitted when their library, their dismissals,
    the papers they were shown or the page to rank change; the library's part of it only when the library does."""

    def __init__(self, library: LibraryStore) -> None:
        self._library = library
        self._cached: OwnerCache[tuple[tuple, RelevanceModel]] = OwnerCache()
        self._parts: OwnerCache[tuple[tuple, LibraryPart]] = OwnerCache()
        self._seen: OwnerCache[dict[str, np.ndarray]] = OwnerCache()  # owner -> title -> embedding, of the titles last seen

    def model(self, owner: str, matrix: _Matrix, cache, page: np.ndarray) -> RelevanceModel:
        """The model for ranking `page` (its papers' title embeddings): seen papers weigh by their likeness to it."""
        seen_version, seen = self._library.seen(owner)
        dismissals = self._library.dismissals(owner)
        page_key = hashlib.blake2b(page.tobytes(), digest_size=8).digest()
        key = (matrix.version, matrix.last_change, seen_version, tuple(d.id for d in dismissals), page_key)
        cached = self._cached.get(owner)
        if cached and cached[0] == key:
            return cached[1]
        dismissed = [d.title for d in dismissals]
        model = fit(self._part(owner, matrix), self._seen_vectors(owner, seen, cache), seen, embed_cached(cache, dismissed), dismissed, page)
        self._cached[owner] = (key, model)
        return model

    def _part(self, owner: str, matrix: _Matrix) -> LibraryPart:
        """The library's part of the fit for this version of the library (every page ranked against it shares
        it), updated from the last version's by the rows that changed."""
        key = (matrix.version, matrix.last_change)
        cached = self._parts.get(owner)
        if cached and cached[0] == key:
            return cached[1]
        titles, ids = [item.title for item in matrix.items], [item.id for item in matrix.items]
        part = cached[1].updated(matrix.vectors, titles, ids) if cached else LibraryPart.of(matrix.vectors, titles, ids)
        self._parts[owner] = (key, part)
        return part

    def _seen_vectors(self, owner: str, titles: list[str], cache) -> np.ndarray:
        """Each page adds its titles to the 2,000 seen: only those are fetched (or embedded), not all 2,000."""
        known = self._seen.get(owner) or {}
        new = [title for title in dict.fromkeys(titles) if title not in known]
        known.update(zip(new, embed_cached(cache, new)))
        self._seen[owner] = {title: known[title] for title in titles}
        return np.stack([known[title] for title in titles]) if titles else np.zeros((0, 384), dtype=np.float32)


def relevance(items: list[DigestItem], vectors: np.ndarray, model: RelevanceModel, library: _Matrix) -> list[Relevance]:
    """A `Relevance` annotation per item, ranked on the page."""
    scored = model.score(vectors, [item.title for item in items])
    order = sorted(range(len(items)), key=lambda i: -scored[i].score)  # stable: ties keep page order
    rank = {index: position + 1 for position, index in enumerate(order)}
    annotations = []
    for index, (item, result) in enumerate(zip(items, scored)):
        because = []
        for row, similarity in result.neighbours:
            library_item = library.items[row]
            if similarity < BECAUSE_MIN or len(because) == 2:
                break
            if compare(item, library_item.as_paper()).verdict != "same":  # the paper itself is not a reason
                because.append(RelatedItem(id=library_item.id, title=library_item.title, score=round(similarity, 4)))
        annotations.append(
            Relevance(
                item_id=item.id, score=round(result.score, 4), rank=rank[index], signal=model.signal,
                because=tuple(because), terms=tuple(result.terms), unlike=(result.unlike,) if result.unlike else (),
            )  # fmt: skip
        )
    return annotations
