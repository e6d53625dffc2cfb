"""Each user's library sources (Zotero, BibTeX files), with what the last sync of each did; a source's
credential (a Zotero API key) kept apart, so that no answer that shows the source can carry it."""

from __future__ import annotations

import redis

from backend.domain.models import Source
from backend.store.owned import OwnedRecords


class SourceStore(OwnedRecords[Source]):
    def __init__(self, client: redis.Redis) -> None:
        super().__init__(client, "sources", Source)

    sources = OwnedRecords.all

    def add(self, owner: str, source: Source, secret: str | None = None) -> None:
        if secret:
            self._redis.hset(f"pl:sources:{owner}:secrets", source.id, secret)
        super().add(owner, source)

    def secret(self, owner: str, source_id: str) -> str | None:
        raw = self._redis.hget(f"pl:sources:{owner}:secrets", source_id)
        return raw.decode() if raw else None

    def delete(self, owner: str, source_id: str) -> bool:
        self._redis.hdel(f"pl:sources:{owner}:secrets", source_id)
        return super().delete(owner, source_id)
