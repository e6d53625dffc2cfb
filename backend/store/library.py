"""A user's library (the minimal part; the full reading-list API builds on it)."""

from __future__ import annotations

import secrets
import time

import msgspec
import redis

from backend.domain.models import LibraryItem, LibraryItemCreate

_decode_item = msgspec.json.Decoder(LibraryItem).decode
_encode = msgspec.json.Encoder().encode


class LibraryStore:
    def __init__(self, client: redis.Redis) -> None:
        self._redis = client

    def add(self, owner: str, new: LibraryItemCreate) -> LibraryItem:
        item = LibraryItem(
            id=secrets.token_hex(8),
            added_at=time.time(),
            **{field: getattr(new, field) for field in new.__struct_fields__ if field not in ("authors", "tags")},
            authors=tuple(new.authors),
            tags=tuple(new.tags),
        )
        self.put_many(owner, [item])
        return item

    def put_many(self, owner: str, items: list[LibraryItem]) -> None:
        if not items:
            return
        with self._redis.pipeline(transaction=True) as pipe:
            pipe.hset(f"pl:lib:{owner}:items", mapping={item.id: _encode(item) for item in items})
            pipe.incr(f"pl:lib:{owner}:version")
            pipe.execute()

    def items(self, owner: str) -> list[LibraryItem]:
        raw = self._redis.hgetall(f"pl:lib:{owner}:items")
        items = [_decode_item(value) for value in raw.values()]
        items.sort(key=lambda item: (item.added_at, item.id))
        return items

    def get(self, owner: str, item_id: str) -> LibraryItem | None:
        raw = self._redis.hget(f"pl:lib:{owner}:items", item_id)
        return _decode_item(raw) if raw else None

    def dismiss(self, owner: str, paper_key: str, record: dict) -> None:
        """Remember a paper the user marked "not relevant" (read by relevance scoring)."""
        self._redis.hset(f"pl:lib:{owner}:dismissed", paper_key, _encode(record))

    def dismissed(self, owner: str) -> dict[str, dict]:
        return {
            key.decode(): msgspec.json.decode(value)
            for key, value in self._redis.hgetall(f"pl:lib:{owner}:dismissed").items()
        }

    def version(self, owner: str) -> int:
        return int(self._redis.get(f"pl:lib:{owner}:version") or 0)
