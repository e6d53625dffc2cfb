"""Duplicate pairs the `duplicates` job found inside each library, and the pairs a user dismissed."""

from __future__ import annotations

import msgspec
import redis

from backend.domain.duplicates import strongest_first
from backend.domain.models import DuplicatePair

_decode_pair = msgspec.json.Decoder(DuplicatePair).decode
_encode = msgspec.json.Encoder().encode


# The sweep's findings replace the stored ones in one step that skips the dismissed pairs: a dismissal lands
# either before (skipped here) or after (deletes the pair) — never between reading the dismissed set and writing.
# Findings from an older library than the stored ones' are not written (a long sweep finishing after a later one).
# KEYS: findings hash, dismissed set, version, rules. ARGV: version, rules, then pair id and JSON, repeated.
_REPLACE = """
local stored = redis.call('GET', KEYS[3])
if stored and tonumber(stored) > tonumber(ARGV[1]) then return 0 end
redis.call('DEL', KEYS[1])
for i = 3, #ARGV, 2 do
  if redis.call('SISMEMBER', KEYS[2], ARGV[i]) == 0 then redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
end
redis.call('SET', KEYS[3], ARGV[1])
redis.call('SET', KEYS[4], ARGV[2])
return 1
"""


class DuplicateStore:
    def __init__(self, client: redis.Redis) -> None:
        self._redis = client
        self._replace = client.register_script(_REPLACE)

    def replace(self, owner: str, pairs: list[DuplicatePair], library_version: int, rules: str) -> bool:
        """The sweep's findings, minus dismissed pairs, replace the previous ones, with the library version it
        read and the rules it ran (`duplicates.sweep_rules()`), atomically (one script, no retry); not if the
        stored ones come from a later version of the library (False)."""
        keys = [f"pl:lib:{owner}:{name}" for name in ("duplicates", "duplicates_dismissed", "duplicates_version", "duplicates_rules")]
        findings = [field for pair in pairs for field in (pair.id, _encode(pair))]
        return bool(self._replace(keys=keys, args=[library_version, rules, *findings]))

    def swept_version(self, owner: str) -> int | None:
        raw = self._redis.get(f"pl:lib:{owner}:duplicates_version")
        return int(raw) if raw is not None else None

    def swept_with(self, owner: str) -> str | None:
        raw = self._redis.get(f"pl:lib:{owner}:duplicates_rules")
        return raw.decode() if raw is not None else None

    def pairs(self, owner: str) -> list[DuplicatePair]:
        pairs = [_decode_pair(raw) for raw in self._redis.hvals(f"pl:lib:{owner}:duplicates")]
        return sorted(pairs, key=strongest_first)

    def get(self, owner: str, pair_id: str) -> DuplicatePair | None:
        raw = self._redis.hget(f"pl:lib:{owner}:duplicates", pair_id)
        return _decode_pair(raw) if raw else None

    def forget_items(self, owner: str, item_ids: set[str]) -> None:
        """Drop the pairs that involve any of these items (after a merge; the next sweep finds the rest)."""
        stale = [pair.id for pair in self.pairs(owner) if item_ids & set(pair.item_ids)]
        if stale:
            self._redis.hdel(f"pl:lib:{owner}:duplicates", *stale)

    def dismiss(self, owner: str, pair_id: str) -> None:
        with self._redis.pipeline(transaction=True) as pipe:
            pipe.sadd(f"pl:lib:{owner}:duplicates_dismissed", pair_id)
            pipe.hdel(f"pl:lib:{owner}:duplicates", pair_id)
            pipe.execute()

    def dismissed(self, owner: str) -> set[str]:
        return _members(self._redis, f"pl:lib:{owner}:duplicates_dismissed")


def _members(client, key: str) -> set[str]:
    return {raw.decode() for raw in client.smembers(key)}
