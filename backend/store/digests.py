"""Digests and their event streams.

Publishing goes through one Lua script so that "not yet published → record it → append to the
stream" is atomic: a task that runs twice (a retry, a redelivery after a worker died) publishes
nothing twice, and a worker killed mid-way loses nothing that it had recorded.
"""

from __future__ import annotations

import msgspec
import redis

from backend.domain.models import Digest

_decode_digest = msgspec.json.Decoder(Digest).decode
_encode = msgspec.json.Encoder().encode

# KEYS: digest, published, events, stages.  ARGV: slot, event, data, stage_to_finish, stages_required.
# With a stage to finish, the event is published only once `stages_required` stages have finished.
_PUBLISH = """
if redis.call('EXISTS', KEYS[1]) == 0 then return false end
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

TERMINAL_EVENTS = frozenset({"done"})


def digest_key(digest_id: str) -> str:
    return f"pl:digest:{digest_id}"


def _content_key(owner: str, content_hash: str) -> str:
    return f"pl:digest_by_content:{owner}:{content_hash}"


def events_key(digest_id: str) -> str:
    return f"pl:digest:{digest_id}:events"


class DigestStore:
    def __init__(self, client: redis.Redis) -> None:
        self._redis = client
        self._publish = client.register_script(_PUBLISH)

    def create(self, digest: Digest, ttl_seconds: int, *, content_hash: str = "", library_version: int = 0) -> None:
        """Store a digest; with `content_hash`, the same papers for the same owner and library version
        find it again (`reusable`) until it expires."""
        with self._redis.pipeline(transaction=True) as pipe:
            pipe.set(digest_key(digest.id), _encode(digest), ex=ttl_seconds)
            if content_hash:
                pipe.set(_content_key(digest.owner, content_hash), f"{library_version}:{digest.id}", ex=ttl_seconds)
            pipe.execute()

    def reusable(self, owner: str, content_hash: str, library_version: int) -> Digest | None:
        """The live digest of these papers, made against this version of the owner's library, if any."""
        raw = self._redis.get(_content_key(owner, content_hash))
        if raw is None:
            return None
        version, _, digest_id = raw.decode().partition(":")
        return self.get(digest_id) if int(version) == library_version else None

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
        """Append `event` to the digest's stream unless `slot` was filled before; the new event id or None."""
        event_id = self._publish(
            keys=[
                digest_key(digest_id),
                f"pl:digest:{digest_id}:published",
                events_key(digest_id),
                f"pl:digest:{digest_id}:stages",
            ],
            args=[slot, event, _encode(data), finish_stage, stages_required],
        )
        return event_id.decode() if event_id else None

    def saved_item(self, digest_id: str, item_id: str) -> str | None:
        """The library item a digest item was saved as, if it was."""
        value = self._redis.hget(f"pl:digest:{digest_id}:saved", item_id)
        return value.decode() if value else None

    def record_saved(self, digest_id: str, item_id: str, library_item_id: str) -> None:
        key = f"pl:digest:{digest_id}:saved"
        with self._redis.pipeline() as pipe:
            pipe.hset(key, item_id, library_item_id)
            pipe.expire(key, max(self._redis.ttl(digest_key(digest_id)), 1))
            pipe.execute()

    def events(self, digest_id: str) -> list[tuple[str, str, bytes]]:
        """Every event so far, oldest first: (event id, event name, JSON data)."""
        return [
            (event_id.decode(), fields[b"event"].decode(), fields[b"data"])
            for event_id, fields in self._redis.xrange(events_key(digest_id))
        ]
