"""Each worker process keeps one matching index per library and follows the library's change log,
so a digest never waits for an index to be rebuilt, and a library write costs the worker one item."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from backend.domain.match_index import LibraryIndex
from backend.store import LibraryStore
from workers.owner_cache import OwnerCache

log = logging.getLogger("paperlens.workers")


@dataclass
class _Cached:
    version: int
    last_change: str
    index: LibraryIndex


class LibraryIndexes:
    def __init__(self, library: LibraryStore) -> None:
        self._library = library
        self._cached: OwnerCache[_Cached] = OwnerCache()

    def get(self, owner: str) -> LibraryIndex:
        version, last_change = self._library.version_and_last_change(owner)
        cached = self._cached.get(owner)
        if cached and cached.version == version:
            return cached.index
        touched = self._library.touched_since(owner, cached.version, cached.last_change, version) if cached else None
        if cached and touched is not None:
            for item_id, item in self._library.get_many(owner, touched).items():
                if item is None:
                    cached.index.remove(item_id)
                else:
                    cached.index.add(item_id, item.as_paper())
            cached.version, cached.last_change = version, last_change
            log.info("library index of %s: %d items updated incrementally", owner, len(touched))
            return cached.index
        # First use, or the change log was trimmed past us: read the library once. Version and last
        # change were read together before the items, so a write landing meanwhile is applied again
        # on the next call (adding an item twice is harmless).
        index = LibraryIndex((item.id, item.as_paper()) for item in self._library.items(owner))
        self._cached[owner] = _Cached(version, last_change, index)
        log.info("library index of %s: built from %d items", owner, len(index))
        return index
