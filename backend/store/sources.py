"""Each user's library sources (Zotero, BibTeX files), with what the last sync of each did."""

from __future__ import annotations

import msgspec
import redis

from backend.domain.models import Source

_decode = msgspec.json.Decoder(Source).decode
_encode = msgspec.json.Encoder().encode
# Writes a sync's outcome only if the source still exists: a source deleted mid-sync stays deleted.
_UPDATE_IF_PRESENT = """
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 then return redis.call('HSET', KEYS[1], ARGV[1], ARGV[2]) end
return -1
"""


class SourceStore:
    def __init__(self, client: redis.Redis) -> None:
        self._redis = client
        self._update = client.register_script(_UPDATE_IF_PRESENT)

    def add(self, owner: str, source: Source, secret: str | None = None) -> None:
        """`secret`: the source's credential (a Zotero API key), kept apart from the source so that no
        answer that shows the source can carry it."""
        with self._redis.pipeline(transaction=True) as pipe:
            pipe.hset(f"pl:sources:{owner}", source.id, _encode(source))
            if secret:
                pipe.hset(f"pl:sources:{owner}:secrets", source.id, secret)
            pipe.sadd("pl:sources:owners", owner)
            pipe.execute()

    def secret(self, owner: str, source_id: str) -> str | None:
        raw = self._redis.hget(f"pl:sources:{owner}:secrets", source_id)
        return raw.decode() if raw else None

    def sources(self, owner: str) -> list[Source]:
        sources = [_decode(raw) for raw in self._redis.hvals(f"pl:sources:{owner}")]
        return sorted(sources, key=lambda source: (source.created_at, source.id))

    def get(self, owner: str, source_id: str) -> Source | None:
        raw = self._redis.hget(f"pl:sources:{owner}", source_id)
        return _decode(raw) if raw else None

    def delete(self, owner: str, source_id: str) -> bool:
        with self._redis.pipeline(transaction=True) as pipe:
            pipe.hdel(f"pl:sources:{owner}", source_id)
            pipe.hdel(f"pl:sources:{owner}:secrets", source_id)
            return bool(pipe.execute()[0])

    def update(self, owner: str, source: Source) -> bool:
        return self._update(keys=[f"pl:sources:{owner}"], args=[source.id, _encode(source)]) != -1

    def owners(self) -> list[str]:
        return sorted(raw.decode() for raw in self._redis.smembers("pl:sources:owners"))
