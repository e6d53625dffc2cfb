"""Per-user token buckets in Redis: a burst is allowed, then a steady rate; over it, the wait in seconds."""

from __future__ import annotations

import redis

# A Lua function for scripts that take tokens (here, and a digest post's admission in `store.digests`):
# take `cost` tokens of the bucket at `key`, refilled at `rate` per second up to `burst`; 0 if taken, else
# the seconds to wait (nothing is taken then).
TAKE_TOKENS = """
local function take_tokens(key, rate, burst, cost)
  local now = redis.call('TIME')
  now = tonumber(now[1]) + tonumber(now[2]) / 1e6
  local state = redis.call('HMGET', key, 'tokens', 'at')
  local tokens = tonumber(state[1]) or burst
  local at = tonumber(state[2]) or now
  tokens = math.min(burst, tokens + math.max(0, now - at) * rate)
  if tokens < cost then return (cost - tokens) / rate end
  redis.call('HSET', key, 'tokens', tostring(tokens - cost), 'at', tostring(now))
  redis.call('EXPIRE', key, math.ceil(burst / rate) + 1)
  return 0
end
"""

# KEYS: bucket. ARGV: tokens per second, burst, cost. Returns the wait as a string (Lua numbers would be
# truncated to integers on the way back).
_TAKE = TAKE_TOKENS + "return tostring(take_tokens(KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])))"


def bucket_key(user_id: str, bucket: str) -> str:
    return f"pl:rate:{user_id}:{bucket}"


class RateLimiter:
    def __init__(self, client: redis.Redis) -> None:
        self._take = client.register_script(_TAKE)

    def wait_seconds(self, user_id: str, bucket: str, per_minute: int) -> float:
        """0 if the user may go ahead now (and it is counted), else how long until they may."""
        burst = max(1, per_minute)  # a minute's allowance at once, then the steady rate
        return self.take(user_id, bucket, per_minute / 60, burst)

    def take(self, user_id: str, bucket: str, per_second: float, burst: float, cost: float = 1) -> float:
        """Take `cost` tokens of a bucket refilled at `per_second` up to `burst`: 0, or the wait in seconds
        (nothing is taken then; a cost over the burst can never be taken)."""
        return float(self._take(keys=[bucket_key(user_id, bucket)], args=[per_second, burst, cost]))
