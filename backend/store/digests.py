"""Digests and their event streams.

Publishing goes through one Lua script so that "not yet published → record it → append to the
stream" is atomic: a task that runs twice (a retry, a redelivery after a worker died) publishes
nothing twice, and a worker killed mid-way loses nothing that it had recorded.
"""

from __future__ import annotations

import msgspec
import redis

from backend.domain.models import Digest
from backend.store.library import Claim
from backend.store.ratelimit import TAKE_TOKENS, bucket_key

_decode_digest = msgspec.json.Decoder(Digest).decode
_encode = msgspec.json.Encoder().encode

# KEYS: digest, published, events, stages.  ARGV: slot, event, data, stage_to_finish, stages_required.
# With a stage to finish, the event is published only once `stages_required` stages have finished.
# 0: the digest is gone (deleted, expired); false: the slot was filled before.
_PUBLISH = """
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local ttl = redis.call('PTTL', KEYS[1])
if ARGV[4] ~= '' then
  redis.call('SADD', KEYS[4], ARGV[4])
  if ttl > 0 then redis.call('PEXPIRE', KEYS[4], ttl) end
  if redis.call('SCARD', KEYS[4]) < tonumber(ARGV[5]) then return false end
end
if redis.call('HSETNX', KEYS[2], ARGV[1], 1) == 0 then return false end
local id = redis.call('XADD', KEYS[3], '*', 'event', ARGV[2], 'data', ARGV[3])
if ttl > 0 then
  redis.call('PEXPIRE', KEYS[2], ttl)
  redis.call('PEXPIRE', KEYS[3], ttl)
end
return id
"""

# A digest post's admission, one round trip. KEYS: the user's post bucket, the user's live digests (zset).
# ARGV: posts per second, burst, now, cap. {"rate", wait} | {"cap", live} | {"ok", live}.
_ADMIT = TAKE_TOKENS + """
local wait = take_tokens(KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]), 1)
if wait > 0 then return {'rate', tostring(wait)} end
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', ARGV[3])
local live = redis.call('ZCARD', KEYS[2])
if live >= tonumber(ARGV[4]) then return {'cap', tostring(live)} end
return {'ok', tostring(live)}
"""

# The live digest of the same papers against the same library version, or else this new one stored: one
# round trip. KEYS: content key, new digest's key, the user's live digests. ARGV: library version, digest
# JSON, TTL (s), expiry (zset score), new digest id. The reused digest's key is derived here from the
# content key's value (a single-server script: not for Redis Cluster).
_CREATE_OR_REUSE = """
local current = redis.call('GET', KEYS[1])
if current then
  local sep = string.find(current, ':', 1, true)
  if sep and string.sub(current, 1, sep - 1) == ARGV[1] then
    local existing = redis.call('GET', 'pl:digest:' .. string.sub(current, sep + 1))
    if existing then return existing end
  end
end
redis.call('SET', KEYS[2], ARGV[2], 'EX', ARGV[3])
redis.call('ZADD', KEYS[3], ARGV[4], ARGV[5])
redis.call('EXPIRE', KEYS[3], ARGV[3])
redis.call('SET', KEYS[1], ARGV[1] .. ':' .. ARGV[5], 'EX', ARGV[3])
return false
"""

TERMINAL_EVENTS = frozenset({"done"})


class DigestGone(Exception):
    """The digest was deleted (or expired) while a stage was annotating it: the stage stops."""


def digest_key(digest_id: str) -> str:
    return f"pl:digest:{digest_id}"


def _content_key(owner: str, content_hash: str) -> str:
    return f"pl:digest_by_content:{owner}:{content_hash}"


def _owned_key(owner: str) -> str:
    return f"pl:digests:{owner}"


def _saved_key(digest_id: str) -> str:
    return f"pl:digest:{digest_id}:saved"


def events_key(digest_id: str) -> str:
    return f"pl:digest:{digest_id}:events"


def _digest_keys(digest_id: str) -> list[str]:
    """What a digest is in the digest Redis, in _PUBLISH's order: the digest, what was published, its events, the
    stages finished."""
    return [digest_key(digest_id), f"pl:digest:{digest_id}:published", events_key(digest_id), f"pl:digest:{digest_id}:stages"]


class DigestStore:
    """Digests live in the digest Redis (`client`); what a Save wrote of a digest item lives with the library
    (`library_client`, the same server when there is one), because it is written in the library's
    compare-and-set."""

    def __init__(self, client: redis.Redis, library_client: redis.Redis | None = None) -> None:
        self._redis = client
        self._library = library_client or client
        self._publish = client.register_script(_PUBLISH)
        self._admit = client.register_script(_ADMIT)
        self._create_or_reuse = client.register_script(_CREATE_OR_REUSE)

    def admit(self, owner: str, *, per_minute: int, cap: int, now: float) -> tuple[str, float]:
        """A post takes one token of the owner's digest-post bucket, then must find the owner under the cap
        of live digests: ("ok", live), ("rate", seconds to wait) or ("cap", live)."""
        verdict, value = self._admit(
            keys=[bucket_key(owner, "digest_posts"), _owned_key(owner)], args=[per_minute / 60, max(1, per_minute), now, cap]
        )
        return verdict.decode(), float(value)

    def create_or_reuse(self, digest: Digest, ttl_seconds: int, *, content_hash: str, library_version: int) -> tuple[Digest, bool]:
        """(the live digest of these papers for this library version, True), or (`digest`, stored, False)."""
        existing = self._create_or_reuse(
            keys=[_content_key(digest.owner, content_hash), digest_key(digest.id), _owned_key(digest.owner)],
            args=[library_version, _encode(digest), ttl_seconds, digest.created_at + ttl_seconds, digest.id],
        )
        return (_decode_digest(existing), True) if existing else (digest, False)

    def create(self, digest: Digest, ttl_seconds: int) -> None:
        """Store a digest that no page posted (tests, benches): not found again by its content."""
        with self._redis.pipeline(transaction=True) as pipe:
            pipe.set(digest_key(digest.id), _encode(digest), ex=ttl_seconds)
            pipe.zadd(_owned_key(digest.owner), {digest.id: digest.created_at + ttl_seconds})
            pipe.expire(_owned_key(digest.owner), ttl_seconds)
            pipe.execute()

    def get(self, digest_id: str) -> Digest | None:
        raw = self._redis.get(digest_key(digest_id))
        return _decode_digest(raw) if raw else None

    def publish(
        self,
        digest_id: str,
        slot: str,
        event: str,
        data: object,
        *,
        finish_stage: str = "",
        stages_required: int = 0,
    ) -> str | None:
        """Append `event` to the digest's stream unless `slot` was filled before; the new event id or None.
        `DigestGone` if the digest is not there (a stage's next publish is where it learns so)."""
        event_id = self._publish(keys=_digest_keys(digest_id), args=[slot, event, _encode(data), finish_stage, stages_required])
        if event_id == 0:
            raise DigestGone(digest_id)
        return event_id.decode() if event_id else None

    def delete(self, digest: Digest) -> None:
        """The digest and everything kept with it: its events, what was published and saved of it. The stages
        still annotating it stop at their next publish."""
        with self._redis.pipeline(transaction=True) as pipe:
            pipe.delete(*_digest_keys(digest.id))
            pipe.zrem(_owned_key(digest.owner), digest.id)
            pipe.execute()
        self._library.delete(_saved_key(digest.id))

    def saved_item(self, digest_id: str, item_id: str) -> str | None:
        """The library item a digest item was saved as, if it was."""
        value = self._library.hget(_saved_key(digest_id), item_id)
        return value.decode() if value else None

    def save_claim(self, digest_id: str, item_id: str, *, expected: str | None, library_item_id: str) -> Claim:
        """The claim a Save writes with its library item (see `LibraryStore.write`): the digest's record of
        what its item was saved as, kept as long as the digest."""
        ttl_ms = self._redis.pttl(digest_key(digest_id))
        return Claim(_saved_key(digest_id), item_id, expected, library_item_id, max(ttl_ms, 1000))

    def expire(self, cutoff: float) -> dict:
        """Deletes every key of digests created before `cutoff`, and orphans (a stream or record whose
        digest is gone). Redis TTLs do this for ordinary digests; this catches keys whose TTL was lost or
        set under a longer retention. Only `pl:digest*` keys are read: the library is never touched."""
        by_digest: dict[str, list[tuple[redis.Redis, bytes]]] = {}
        for client in dict.fromkeys([self._redis, self._library]):  # the saved records may be on the library's server
            for key in client.scan_iter(match="pl:digest:*", count=1000):
                by_digest.setdefault(key.decode().split(":")[2], []).append((client, key))
        expired = 0
        for digest_id, keys in by_digest.items():
            digest = self.get(digest_id)
            if digest is None or digest.created_at < cutoff:
                for client in dict.fromkeys(client for client, _ in keys):
                    client.delete(*[key for owner, key in keys if owner is client])
                self._redis.delete(digest_key(digest_id))
                expired += 1
        stale_reuse = [
            key for key in self._redis.scan_iter(match="pl:digest_by_content:*", count=1000)
            if not self._redis.exists(digest_key((self._redis.get(key) or b":").decode().partition(":")[2]))
        ]  # fmt: skip
        if stale_reuse:
            self._redis.delete(*stale_reuse)
        return {"digests_expired": expired, "digests_kept": len(by_digest) - expired}

    def events(self, digest_id: str) -> list[tuple[str, str, bytes]]:
        """Every event so far, oldest first: (event id, event name, JSON data)."""
        return [
            (event_id.decode(), fields[b"event"].decode(), fields[b"data"])
            for event_id, fields in self._redis.xrange(events_key(digest_id))
        ]


# KEYS: the user's open streams (zset: stream id -> expiry). ARGV: now, stream id, expiry, cap.
# Expired entries (a process that died with streams open) are dropped first; 0 if the user is at the cap.
_OPEN_STREAM = """
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
if redis.call('ZSCORE', KEYS[1], ARGV[2]) == false and redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[4]) then
  return 0
end
redis.call('ZADD', KEYS[1], ARGV[3], ARGV[2])
redis.call('PEXPIREAT', KEYS[1], math.floor(tonumber(ARGV[3]) * 1000))
return 1
"""


class DigestStreams:
    """What an SSE handler reads, on the async client: a digest's events, whether it is done, and the
    per-user count of open streams."""

    def __init__(self, client) -> None:  # redis.asyncio.Redis
        self._redis = client
        self._open = client.register_script(_OPEN_STREAM)

    async def read(self, digest_id: str, after: str, block_ms: int | None) -> list[tuple[str, str, str]]:
        """(event id, event, data) after `after`, oldest first; waits up to `block_ms` for the first."""
        batch = await self._redis.xread({events_key(digest_id): after}, count=500, block=block_ms)
        if not batch:
            return []
        return [(raw_id.decode(), f[b"event"].decode(), f[b"data"].decode()) for raw_id, f in batch[0][1]]

    async def finished(self, digest_id: str) -> bool:
        return bool(await self._redis.hexists(f"pl:digest:{digest_id}:published", "done"))

    async def exists(self, digest_id: str) -> bool:
        return bool(await self._redis.exists(digest_key(digest_id)))

    async def open(self, owner: str, stream_id: str, now: float, lease_seconds: float, cap: int) -> bool:
        """Count a stream as open for `lease_seconds` (see `renew`); False at the cap."""
        return bool(await self._open(keys=[f"pl:streams:{owner}"], args=[now, stream_id, now + lease_seconds, cap]))

    async def renew(self, owner: str, stream_id: str, now: float, lease_seconds: float) -> None:
        """Extend an open stream's lease (it is already counted: no cap applies), and the set's own expiry
        with it (every lease is as long, so the latest call's end is the furthest)."""
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.zadd(f"pl:streams:{owner}", {stream_id: now + lease_seconds}, xx=True)
            pipe.pexpireat(f"pl:streams:{owner}", int((now + lease_seconds) * 1000))
            await pipe.execute()

    async def close(self, owner: str, stream_id: str) -> None:
        await self._redis.zrem(f"pl:streams:{owner}", stream_id)

    async def aclose(self) -> None:
        await self._redis.aclose()
