"""A user's library, and the state of its large imports.

Every write is one atomic compare-and-set (a Lua script: items checked against the revisions the writer
read, then written with the version counter and the change log), acknowledged only once Redis has
applied it; with AOF on, an acknowledged write survives a Redis restart.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable

import msgspec
import redis

from backend.domain.library import new_item
from backend.domain.models import Dismissal, LibraryItem, LibraryItemCreate

_decode_item = msgspec.json.Decoder(LibraryItem).decode
CHANGE_LOG_LENGTH = 10_000
MAX_ALIAS_HOPS = 8  # a merged item merged again: follow the chain this far
MAX_ATTEMPTS = 50  # compare-and-set retries of one read-modify-write before giving up (only under a storm)
_encode = msgspec.json.Encoder().encode

# Every library write, as one atomic compare-and-set. Each write bumps the version once and adds one
# change-log entry (the ids it touched), so readers can follow the library item by item instead of
# re-reading it; old entries are trimmed, and a reader that finds a gap re-reads. Each item carries its revision (`rev`); a write names
# the revision it read (or -1: "must not exist yet", or '*': "any") and is refused whole if any differs.
# KEYS: items, version, changes, embeddings, aliases, claim.
# ARGV: change-log length, claim field ('' = none), claim expected ('' = absent), claim value, claim ttl ms,
#       puts count, then (id, expected rev, JSON) each; deletes count, then (id, expected rev) each;
#       aliases count, then (from, to) each.
# Returns {'ok', version}, {'conflict', item id} or {'claimed', current claim value}.
_WRITE = """
local function rev_of(id)
  local raw = redis.call('HGET', KEYS[1], id)
  if not raw then return -1 end
  return tonumber(cjson.decode(raw)['rev'] or 0)
end
local function matches(id, expected)
  return expected == '*' or rev_of(id) == tonumber(expected)
end
if ARGV[2] ~= '' then
  local current = redis.call('HGET', KEYS[6], ARGV[2]) or ''
  if current ~= ARGV[3] then return {'claimed', current} end
end
local i = 6
local puts = tonumber(ARGV[i])
for n = 1, puts do
  if not matches(ARGV[i + 1], ARGV[i + 2]) then return {'conflict', ARGV[i + 1]} end
  i = i + 3
end
i = i + 1
local deletes = tonumber(ARGV[i])
for n = 1, deletes do
  if not matches(ARGV[i + 1], ARGV[i + 2]) then return {'conflict', ARGV[i + 1]} end
  i = i + 2
end
local ids = {}
i = 6
for n = 1, puts do
  redis.call('HSET', KEYS[1], ARGV[i + 1], ARGV[i + 3])
  ids[#ids + 1] = ARGV[i + 1]
  i = i + 3
end
i = i + 1
for n = 1, deletes do
  redis.call('HDEL', KEYS[1], ARGV[i + 1])
  redis.call('HDEL', KEYS[4], ARGV[i + 1])
  ids[#ids + 1] = ARGV[i + 1]
  i = i + 2
end
i = i + 1
local aliases = tonumber(ARGV[i])
for n = 1, aliases do
  redis.call('HSET', KEYS[5], ARGV[i + 1], ARGV[i + 2])
  i = i + 2
end
if ARGV[2] ~= '' then
  redis.call('HSET', KEYS[6], ARGV[2], ARGV[4])
  if tonumber(ARGV[5]) > 0 then redis.call('PEXPIRE', KEYS[6], ARGV[5]) end
end
local version = redis.call('INCR', KEYS[2])
redis.call('XADD', KEYS[3], 'MAXLEN', '~', ARGV[1], '*', 'ids', table.concat(ids, ','))
return {'ok', tostring(version)}
"""


class Conflict(Exception):
    """Someone wrote the item between our read and our write; re-read and try again."""

    def __init__(self, item_id: str) -> None:
        super().__init__(f"library item {item_id!r} changed meanwhile")
        self.item_id = item_id


class RevisionMismatch(Exception):
    """The client's `If-Match` names a revision the item no longer has; `current` is the item as it is."""

    def __init__(self, current: LibraryItem) -> None:
        super().__init__(f"library item {current.id!r} is at revision {current.rev}, not the one in If-Match")
        self.current = current


class Claim(msgspec.Struct, frozen=True):
    """Write only if `key`'s `field` still holds `expected` (None: absent), and set it to `value` in the
    same transaction: what makes Save idempotent under concurrency."""

    key: str
    field: str
    expected: str | None
    value: str
    ttl_ms: int = 0


class Claimed(Exception):
    def __init__(self, current: str) -> None:
        super().__init__(f"already claimed by {current!r}")
        self.current = current


ABSENT = -1  # expected revision: the item must not exist yet


_decode_dismissal = msgspec.json.Decoder(Dismissal).decode


def next_revision(item: LibraryItem, changed: LibraryItem) -> LibraryItem:
    return msgspec.structs.replace(changed, rev=item.rev + 1)


class LibraryStore:
    def __init__(self, client: redis.Redis) -> None:
        self._redis = client
        self._write = client.register_script(_WRITE)

    @staticmethod
    def new_id() -> str:
        return secrets.token_hex(8)

    def write(
        self,
        owner: str,
        puts: list[tuple[LibraryItem, int | None]] = (),
        deletes: list[tuple[str, int | None]] = (),
        aliases: dict[str, str] | None = None,
        claim: Claim | None = None,
    ) -> int:
        """The one way the library changes: items written (each with the revision it must still have),
        deleted, aliased, in one atomic step that bumps the version and logs the change. Raises `Conflict`
        (nothing written) if any item moved, `Claimed` if the claim did. The library's new version."""
        args: list = [CHANGE_LOG_LENGTH]
        args += [claim.field, claim.expected or "", claim.value, claim.ttl_ms] if claim else ["", "", "", 0]
        args.append(len(puts))
        for item, expected in puts:
            args += [item.id, "*" if expected is None else expected, _encode(item)]
        args.append(len(deletes))
        for item_id, expected in deletes:
            args += [item_id, "*" if expected is None else expected]
        aliases = aliases or {}
        args.append(len(aliases))
        for alias, target in aliases.items():
            args += [alias, target]
        keys = [f"pl:lib:{owner}:{name}" for name in ("items", "version", "changes", "embeddings", "aliases")]
        outcome, value = self._write(keys=[*keys, claim.key if claim else keys[0]], args=args)
        if outcome == b"conflict":
            raise Conflict(value.decode())
        if outcome == b"claimed":
            raise Claimed(value.decode())
        return int(value)

    def add(self, owner: str, new: LibraryItemCreate, claim: Claim | None = None) -> LibraryItem:
        item = new_item(claim.value if claim else self.new_id(), new, time.time())
        self.write(owner, [(item, ABSENT)], claim=claim)
        return item

    def update(
        self,
        owner: str,
        item_id: str,
        change: Callable[[LibraryItem], LibraryItem | None],
        *,
        if_rev: int | None = None,
    ) -> tuple[LibraryItem | None, bool]:
        """Read-modify-write of one item as a compare-and-set: `change` is applied to the item as stored
        and re-applied if someone wrote meanwhile, so only the fields it changes change. With `if_rev`,
        the item must be at that revision (else `RevisionMismatch`). (item as it is now, whether this
        wrote it): (None, False) if there is no such item; `change` returning None (or the same item)
        writes nothing."""
        for _ in range(MAX_ATTEMPTS):
            item = self.get(owner, item_id)
            if item is None:
                return None, False
            if if_rev is not None and item.rev != if_rev:
                raise RevisionMismatch(item)
            changed = change(item)
            if changed is None or changed == item:
                return item, False
            changed = next_revision(item, changed)
            try:
                self.write(owner, [(changed, item.rev)])
                return changed, True
            except Conflict:
                continue
        raise Conflict(item_id)

    def delete(self, owner: str, item_id: str, *, if_rev: int | None = None) -> bool:
        """Delete the item (or the one it was merged into); False if there is none."""
        for _ in range(MAX_ATTEMPTS):
            item = self.get(owner, item_id)
            if item is None:
                return False
            if if_rev is not None and item.rev != if_rev:
                raise RevisionMismatch(item)
            try:
                self.write(owner, deletes=[(item.id, item.rev)])
                return True
            except Conflict:
                continue
        raise Conflict(item_id)

    def merge(self, owner: str, kept: LibraryItem, removed: list[LibraryItem], merged: LibraryItem) -> LibraryItem:
        """`merged` replaces `kept`, the `removed` items are deleted and become aliases of it (links to any
        of their ids still resolve) — only if none of them changed since they were read (`Conflict`)."""
        merged = next_revision(kept, merged)
        self.write(
            owner,
            [(merged, kept.rev)],
            deletes=[(item.id, item.rev) for item in removed],
            aliases={item.id: kept.id for item in removed},
        )
        return merged

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

    def count(self, owner: str) -> int:
        return self._redis.hlen(f"pl:lib:{owner}:items")

    def get_many(self, owner: str, item_ids: list[str]) -> dict[str, LibraryItem | None]:
        if not item_ids:
            return {}  # HMGET needs at least one field
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

    def dismiss(self, owner: str, dismissal: Dismissal) -> None:
        """Remember a paper the user marked "not relevant" (pages mark it, relevance scoring reads it)."""
        self._redis.hset(f"pl:lib:{owner}:dismissed", dismissal.id, _encode(dismissal))

    def record_seen(self, owner: str, titles: list[str], keep: int = 2_000) -> None:
        """Titles of papers the user was shown, newest first, the last `keep` of them (the relevance model's
        unlabelled papers), and a counter that moves with every page."""
        with self._redis.pipeline(transaction=True) as pipe:
            pipe.lpush(f"pl:lib:{owner}:seen", *titles)
            pipe.ltrim(f"pl:lib:{owner}:seen", 0, keep - 1)
            pipe.incr(f"pl:lib:{owner}:seen_version")
            pipe.execute()

    def seen(self, owner: str) -> tuple[int, list[str]]:
        """(counter, titles): see `record_seen`."""
        with self._redis.pipeline(transaction=True) as pipe:
            pipe.get(f"pl:lib:{owner}:seen_version")
            pipe.lrange(f"pl:lib:{owner}:seen", 0, -1)
            version, titles = pipe.execute()
        return int(version or 0), [title.decode() for title in titles]

    def version_and_dismissals(self, owner: str) -> tuple[int, list[Dismissal]]:
        """Both in one round trip (what a digest post needs of the library)."""
        with self._redis.pipeline(transaction=False) as pipe:
            pipe.get(f"pl:lib:{owner}:version")
            pipe.hgetall(f"pl:lib:{owner}:dismissed")
            version, dismissed = pipe.execute()
        return int(version or 0), _dismissals(dismissed)

    def dismissals(self, owner: str) -> list[Dismissal]:
        return _dismissals(self._redis.hgetall(f"pl:lib:{owner}:dismissed"))

    def undismiss(self, owner: str, dismissal_ids: list[str]) -> int:
        return self._redis.hdel(f"pl:lib:{owner}:dismissed", *dismissal_ids) if dismissal_ids else 0

    def metadata_state(self, owner: str) -> tuple[int, dict[str, dict]]:
        """(library version the last metadata pass had seen, item id -> {attempts, next_at, error} of
        lookups that failed and wait for their retry)."""
        with self._redis.pipeline(transaction=False) as pipe:
            pipe.get(f"pl:lib:{owner}:meta_version")
            pipe.hgetall(f"pl:lib:{owner}:meta_pending")
            version, pending = pipe.execute()
        return int(version or 0), {key.decode(): msgspec.json.decode(value) for key, value in pending.items()}

    def set_metadata_state(self, owner: str, version: int | None, retry: dict[str, dict], done: list[str]) -> None:
        with self._redis.pipeline(transaction=True) as pipe:
            if retry:
                pipe.hset(f"pl:lib:{owner}:meta_pending", mapping={key: _encode(value) for key, value in retry.items()})
            if done:
                pipe.hdel(f"pl:lib:{owner}:meta_pending", *done)
            if version is not None:
                pipe.set(f"pl:lib:{owner}:meta_version", version)
            pipe.execute()

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


def _dismissals(raw: dict[bytes, bytes]) -> list[Dismissal]:
    """Newest first."""
    found = []
    for key, value in raw.items():
        try:
            found.append(_decode_dismissal(value))
        except msgspec.ValidationError:  # written before dismissals had ids: {title, digest_id, at}, keyed by paper key
            old = msgspec.json.decode(value)
            found.append(Dismissal(id=key.decode(), title=old.get("title", ""), keys=(key.decode(),), at=old.get("at", 0.0), digest_id=old.get("digest_id")))
    return sorted(found, key=lambda d: -d.at)
