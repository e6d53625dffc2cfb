"""The per-worker relevance matrix, and the library's part of the relevance model, follow the library's change
log instead of re-reading the library."""

from __future__ import annotations

import time

import numpy as np

from backend.domain.models import LibraryItem, LibraryItemCreate
from backend.store import LibraryStore, UserStore
from workers.nlp import relevance_model
from workers.nlp.relevance import EMBED_BATCH, LibraryEmbeddings, RelevanceModels, embed, refresh_embeddings


class CountingLibrary(LibraryStore):
    full_reads = 0

    def items(self, owner):
        self.full_reads += 1
        return super().items(owner)


def test_a_saved_or_deleted_paper_changes_one_row_and_rows_match_the_library(redis_client):
    owner, _ = UserStore(redis_client).create(f"embeddings-{np.random.randint(1e9)}")
    library = CountingLibrary(redis_client)
    titles = ["Direct Preference Optimization", "A Survey on Mixture of Experts", "Retrieval Heads Explain Factuality"]
    added = [library.add(owner, LibraryItemCreate(title=title)) for title in titles]
    embeddings = LibraryEmbeddings(library)
    assert len(embeddings.matrix(owner).items) == 3 and library.full_reads == 1

    library.add(owner, LibraryItemCreate(title="TinyStories: How Small Can Language Models Be"))
    library.delete(owner, added[1].id)
    matrix = embeddings.matrix(owner)
    assert library.full_reads == 1  # followed the change log
    assert sorted(item.id for item in matrix.items) == sorted(item.id for item in library.items(owner))
    expected = embed([item.title for item in matrix.items])
    assert np.allclose(np.sum(matrix.vectors * expected, axis=1), 1.0, atol=1e-3)


def test_a_library_not_embedded_yet_gives_the_rows_it_has_by_the_deadline_and_is_kept_only_whole(redis_client):
    # A library just imported has no embeddings: a page's model stage embedded all of it first (20,000 titles, ~25 s)
    # while every page on the nlp worker waited. By the stage's deadline, the matrix holds the rows embedded so far.
    owner, _ = UserStore(redis_client).create(f"embeddings-partial-{np.random.randint(1e9)}")
    library = LibraryStore(redis_client)
    titles = [f"Study {n} of embeddings for a library imported a minute ago" for n in range(2 * EMBED_BATCH + 100)]
    library.write(owner, [(LibraryItem(id=f"t{n}", title=title, added_at=n), None) for n, title in enumerate(titles)])
    embeddings = LibraryEmbeddings(library)
    assert len(embeddings.matrix(owner, deadline=time.monotonic()).items) == 0  # the deadline has passed: none yet
    refresh_embeddings(library, owner, library.items(owner)[:EMBED_BATCH])  # as a slice of `enrich` would

    partial = embeddings.matrix(owner, deadline=time.monotonic())

    assert len(partial.items) == EMBED_BATCH and partial.vectors.shape == (EMBED_BATCH, 384)
    expected = embed([item.title for item in partial.items])
    assert np.allclose(np.sum(partial.vectors * expected, axis=1), 1.0, atol=1e-3)
    whole = embeddings.matrix(owner)  # the partial one was not kept
    assert len(whole.items) == len(titles) and whole.last_change != partial.last_change
    assert embeddings.matrix(owner, deadline=time.monotonic()) is whole  # the whole one is


def test_the_library_part_of_the_relevance_model_is_updated_by_a_save_not_rebuilt(redis_client, monkeypatch):
    owner, _ = UserStore(redis_client).create(f"relevance-part-{np.random.randint(1e9)}")
    library = LibraryStore(redis_client)
    titles = ["Direct Preference Optimization", "A Survey on Mixture of Experts", "Retrieval Heads Explain Factuality",
              "Scaling Laws for Neural Language Models", "Sparse Autoencoders Find Interpretable Features"]  # fmt: skip
    added = [library.add(owner, LibraryItemCreate(title=title)) for title in titles]
    embeddings, models = LibraryEmbeddings(library), RelevanceModels(library)
    original, built = relevance_model.LibraryPart.of, []

    def counted(cls, *args):
        built.append(args)
        return original(*args)

    monkeypatch.setattr(relevance_model.LibraryPart, "of", classmethod(counted))
    first = models._part(owner, embeddings.matrix(owner))
    assert len(first) == 5 and len(built) == 1
    assert models._part(owner, embeddings.matrix(owner)) is first  # the next page: the same part

    library.add(owner, LibraryItemCreate(title="TinyStories: How Small Can Language Models Be"))
    library.delete(owner, added[1].id)
    matrix = embeddings.matrix(owner)
    part = models._part(owner, matrix)
    assert len(built) == 1  # updated, not built again
    monkeypatch.undo()
    anew = relevance_model.LibraryPart.of(matrix.vectors, [item.title for item in matrix.items], [item.id for item in matrix.items])
    assert np.allclose(part.gram, anew.gram, atol=1e-9) and +part.terms == anew.terms and part.keys == anew.keys
