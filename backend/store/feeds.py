"""Each user's feed subscriptions, with what the last fetch of each did."""

from __future__ import annotations

import msgspec
import redis

from backend.domain.models import Feed

_decode_feed = msgspec.json.Decoder(Feed).decode
_encode = msgspec.json.Encoder().encode
# Writes a fetch's outcome only if the feed still exists: a feed deleted mid-fetch stays deleted.
_UPDATE_IF_PRESENT = """
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 then return redis.call('HSET', KEYS[1], ARGV[1], ARGV[2]) end
return -1
"""


class FeedStore:
    def __init__(self, client: redis.Redis) -> None:
        self._redis = client
        self._update = client.register_script(_UPDATE_IF_PRESENT)

    def add(self, owner: str, feed: Feed) -> None:
        with self._redis.pipeline(transaction=True) as pipe:
            pipe.hset(f"pl:feeds:{owner}", feed.id, _encode(feed))
            pipe.sadd("pl:feeds:owners", owner)
            pipe.execute()

    def feeds(self, owner: str) -> list[Feed]:
        feeds = [_decode_feed(raw) for raw in self._redis.hvals(f"pl:feeds:{owner}")]
        return sorted(feeds, key=lambda feed: (feed.created_at, feed.id))

    def get(self, owner: str, feed_id: str) -> Feed | None:
        raw = self._redis.hget(f"pl:feeds:{owner}", feed_id)
        return _decode_feed(raw) if raw else None

    def delete(self, owner: str, feed_id: str) -> bool:
        return bool(self._redis.hdel(f"pl:feeds:{owner}", feed_id))

    def update(self, owner: str, feed: Feed) -> bool:
        return self._update(keys=[f"pl:feeds:{owner}"], args=[feed.id, _encode(feed)]) != -1

    def owners(self) -> list[str]:
        return sorted(raw.decode() for raw in self._redis.smembers("pl:feeds:owners"))
