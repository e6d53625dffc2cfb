"""A user's library, and the state of its large imports.

Every write is one MULTI/EXEC transaction (items and the version counter together), acknowledged
only once Redis has applied it; with AOF on, an acknowledged write survives a Redis restart.
"""

from __future__ import annotations

import secrets
import time

import msgspec
import redis

from backend.domain.library import new_item
from backend.domain.models import LibraryItem, LibraryItemCreate

_decode_item = msgspec.json.Decoder(LibraryItem).decode
CHANGE_LOG_LENGTH = 10_000
MAX_ALIAS_HOPS = 8  # a merged item merged again: follow the chain this far
_encode = msgspec.json.Encoder().encode


class LibraryStore:
    def __init__(self, client: redis.Redis) -> None:
        self._redis = client

    @staticmethod
    def new_id() -> str:
        return secrets.token_hex(8)

    def add(self, owner: str, new: LibraryItemCreate) -> LibraryItem:
        item = new_item(self.new_id(), new, time.time())
        self.put_many(owner, [item])
        return item

    def delete(self, owner: str, item_id: str) -> bool:
        with self._redis.pipeline(transaction=True) as pipe:
            pipe.hdel(f"pl:lib:{owner}:items", item_id)
            pipe.hdel(f"pl:lib:{owner}:embeddings", item_id)
            pipe.incr(f"pl:lib:{owner}:version")
            self._log_change(pipe, owner, [item_id])
            deleted, *_ = pipe.execute()
        return bool(deleted)

    def put_many(self, owner: str, items: list[LibraryItem], *, expected_version: int | None = None) -> int:
        """Write items in one transaction; with `expected_version`, only if nobody wrote since it was read.
        The library's new version."""
        if not items:
            return self.version(owner)
        version_key = f"pl:lib:{owner}:version"
        with self._redis.pipeline(transaction=True) as pipe:
            if expected_version is not None:
                pipe.watch(version_key)
                if int(pipe.get(version_key) or 0) != expected_version:
                    raise redis.WatchError(version_key)
                pipe.multi()
            pipe.hset(f"pl:lib:{owner}:items", mapping={item.id: _encode(item) for item in items})
            pipe.incr(version_key)
            self._log_change(pipe, owner, [item.id for item in items])
            _, version, _ = pipe.execute()  # raises WatchError if the version moved in between
        return version

    def merge(self, owner: str, kept: LibraryItem, removed_id: str) -> None:
        """One transaction: `kept` written, `removed_id` deleted and made an alias of `kept`, so links to
        either id still resolve."""
        with self._redis.pipeline(transaction=True) as pipe:
            pipe.hset(f"pl:lib:{owner}:items", kept.id, _encode(kept))
            pipe.hdel(f"pl:lib:{owner}:items", removed_id)
            pipe.hdel(f"pl:lib:{owner}:embeddings", removed_id)
            pipe.hset(f"pl:lib:{owner}:aliases", removed_id, kept.id)
            pipe.incr(f"pl:lib:{owner}:version")
            self._log_change(pipe, owner, [kept.id, removed_id])
            pipe.execute()

    @staticmethod
    def _log_change(pipe, owner: str, item_ids: list[str]) -> None:
        """One change-log entry per version bump (same transaction), so readers can follow the library
        item by item instead of re-reading it; old entries are trimmed and readers then re-read."""
        pipe.xadd(f"pl:lib:{owner}:changes", {"ids": ",".join(item_ids)}, maxlen=CHANGE_LOG_LENGTH, approximate=True)

    def changes_since(self, owner: str, last_change: str) -> list[tuple[str, list[str]]]:
        """(change id, item ids written or deleted) after `last_change`, oldest first."""
        return [
            (change_id.decode(), fields[b"ids"].decode().split(","))
            for change_id, fields in self._redis.xrange(f"pl:lib:{owner}:changes", min=f"({last_change}")
        ]

    def touched_since(self, owner: str, version: int, last_change: str, new_version: int) -> list[str] | None:
        """Ids of the items written or deleted between two versions, from the change log; None if the
        log no longer covers them (trimmed), and the caller must re-read the library."""
        changes = self.changes_since(owner, last_change)
        if len(changes) != new_version - version:  # one entry per write: anything else means a gap
            return None
        return list(dict.fromkeys(item_id for _, ids in changes for item_id in ids))

    def version_and_last_change(self, owner: str) -> tuple[int, str]:
        """The library's version and its newest change id, read together in one transaction."""
        with self._redis.pipeline(transaction=True) as pipe:
            pipe.get(f"pl:lib:{owner}:version")
            pipe.xrevrange(f"pl:lib:{owner}:changes", count=1)
            version, newest = pipe.execute()
        return int(version or 0), newest[0][0].decode() if newest else "0-0"

    def get_many(self, owner: str, item_ids: list[str]) -> dict[str, LibraryItem | None]:
        raw = self._redis.hmget(f"pl:lib:{owner}:items", item_ids)
        return {item_id: _decode_item(value) if value else None for item_id, value in zip(item_ids, raw)}

    def items(self, owner: str) -> list[LibraryItem]:
        raw = self._redis.hgetall(f"pl:lib:{owner}:items")
        items = [_decode_item(value) for value in raw.values()]
        items.sort(key=lambda item: (item.added_at, item.id))
        return items

    def embeddings(self, owner: str, item_ids: list[str] | None = None) -> dict[str, bytes]:
        """Item id -> stored embedding record (see workers.nlp.relevance for its layout), of every item or
        of `item_ids` (those with a record)."""
        key = f"pl:lib:{owner}:embeddings"
        if item_ids is None:
            return {item_id.decode(): value for item_id, value in self._redis.hgetall(key).items()}
        if not item_ids:
            return {}
        return {item_id: value for item_id, value in zip(item_ids, self._redis.hmget(key, item_ids)) if value}

    def put_embeddings(self, owner: str, records: dict[str, bytes]) -> None:
        if records:
            self._redis.hset(f"pl:lib:{owner}:embeddings", mapping=records)

    def get(self, owner: str, item_id: str) -> LibraryItem | None:
        """The item, or the one it was merged into (old links keep working)."""
        for _ in range(MAX_ALIAS_HOPS):
            raw = self._redis.hget(f"pl:lib:{owner}:items", item_id)
            if raw:
                return _decode_item(raw)
            alias = self._redis.hget(f"pl:lib:{owner}:aliases", item_id)
            if alias is None:
                return None
            item_id = alias.decode()
        return None

    # --- enrichment state: which text of each item the `enrich` job has handled ---

    def enriched_hashes(self, owner: str) -> dict[str, str]:
        """Item id -> hash of the text the last enrichment handled."""
        return {key.decode(): value.decode() for key, value in self._redis.hgetall(f"pl:lib:{owner}:enriched").items()}

    def enriched_version(self, owner: str) -> int:
        return int(self._redis.get(f"pl:lib:{owner}:enriched_version") or 0)

    def set_enriched(self, owner: str, hashes: dict[str, str], version: int | None = None) -> None:
        with self._redis.pipeline(transaction=True) as pipe:
            if hashes:
                pipe.hset(f"pl:lib:{owner}:enriched", mapping=hashes)
            if version is not None:
                pipe.set(f"pl:lib:{owner}:enriched_version", version)
            pipe.execute()

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

    # --- large imports, run by a worker: the upload and the progress a client polls ---

    def stage_import(self, owner: str, fmt: str, text: str, ttl_seconds: int = 86_400) -> str:
        import_id = secrets.token_hex(10)
        with self._redis.pipeline(transaction=True) as pipe:
            pipe.set(f"pl:import:{import_id}:upload", text.encode(), ex=ttl_seconds)
            pipe.hset(f"pl:import:{import_id}", mapping={"owner": owner, "format": fmt, "state": "queued", "done": 0, "total": 0})
            pipe.expire(f"pl:import:{import_id}", ttl_seconds)
            pipe.execute()
        return import_id

    def import_upload(self, import_id: str) -> str | None:
        raw = self._redis.get(f"pl:import:{import_id}:upload")
        return raw.decode() if raw is not None else None

    def import_status(self, import_id: str) -> dict | None:
        raw = self._redis.hgetall(f"pl:import:{import_id}")
        if not raw:
            return None
        status = {key.decode(): value.decode() for key, value in raw.items()}
        for key in ("done", "total"):
            status[key] = int(status[key])
        if "report" in status:
            status["report"] = msgspec.json.decode(status["report"])
        return status

    def set_import_status(self, import_id: str, **fields) -> None:
        encoded = {key: _encode(value) if key == "report" else value for key, value in fields.items()}
        self._redis.hset(f"pl:import:{import_id}", mapping=encoded)
