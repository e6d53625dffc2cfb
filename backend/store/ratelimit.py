"""Per-user token buckets in Redis: a burst is allowed, then a steady rate; over it, the wait in seconds."""

from __future__ import annotations

import redis

# KEYS: bucket. ARGV: tokens per second, burst, cost (tokens this request takes). Returns "0" if allowed, else the seconds to wait
# (a string: Lua numbers would be truncated to integers on the way back).
_TAKE = """
local now = redis.call('TIME')
now = tonumber(now[1]) + tonumber(now[2]) / 1e6
local rate, burst, cost = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or burst
local at = tonumber(state[2]) or now
tokens = math.min(burst, tokens + math.max(0, now - at) * rate)
if tokens < cost then return tostring((cost - tokens) / rate) end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens - cost), 'at', tostring(now))
redis.call('EXPIRE', KEYS[1], math.ceil(burst / rate) + 1)
return '0'
"""


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
        return float(self._take(keys=[f"pl:rate:{user_id}:{bucket}"], args=[per_second, burst, cost]))
