"""Records each user owns (feed subscriptions, library sources): one hash per user, id -> JSON, and the set
of users who have any (what a beat job walks)."""

from __future__ import annotations

from typing import Generic, TypeVar

import msgspec
import redis

T = TypeVar("T")
_encode = msgspec.json.Encoder().encode
# Writes a job's outcome only if the record still exists: one deleted mid-run stays deleted.
_UPDATE_IF_PRESENT = """
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 then return redis.call('HSET', KEYS[1], ARGV[1], ARGV[2]) end
return -1
"""


class OwnedRecords(Generic[T]):
    def __init__(self, client: redis.Redis, prefix: str, kind: type[T]) -> None:
        self._redis = client
        self._prefix = prefix  # pl:{prefix}:{user_id} and pl:{prefix}:owners
        self._decode = msgspec.json.Decoder(kind).decode
        self._update = client.register_script(_UPDATE_IF_PRESENT)

    def _key(self, owner: str) -> str:
        return f"pl:{self._prefix}:{owner}"

    def add(self, owner: str, record: T) -> None:
        with self._redis.pipeline(transaction=True) as pipe:
            pipe.hset(self._key(owner), record.id, _encode(record))
            pipe.sadd(f"pl:{self._prefix}:owners", owner)
            pipe.execute()

    def all(self, owner: str) -> list[T]:
        """Oldest first."""
        records = [self._decode(raw) for raw in self._redis.hvals(self._key(owner))]
        return sorted(records, key=lambda record: (record.created_at, record.id))

    def get(self, owner: str, record_id: str) -> T | None:
        raw = self._redis.hget(self._key(owner), record_id)
        return self._decode(raw) if raw else None

    def delete(self, owner: str, record_id: str) -> bool:
        return bool(self._redis.hdel(self._key(owner), record_id))

    def update(self, owner: str, record: T) -> bool:
        return self._update(keys=[self._key(owner)], args=[record.id, _encode(record)]) != -1

    def owners(self) -> list[str]:
        return sorted(raw.decode() for raw in self._redis.smembers(f"pl:{self._prefix}:owners"))
