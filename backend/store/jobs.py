"""Background jobs: a lock per job (two beat instances or an overlapping run never double-run it) and
the outcome of each job's last run, for `GET /v1/jobs` and `paperlens jobs`."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager

import msgspec
import redis

# Deletes the lock only if it is still ours: a run that outlived its lock must not free the next run's.
_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


class JobRun(msgspec.Struct, frozen=True, kw_only=True):
    started_at: float
    finished_at: float
    outcome: str  # ok | error | skipped
    summary: dict


class JobStore:
    def __init__(self, client: redis.Redis) -> None:
        self._redis = client
        self._release = client.register_script(_RELEASE)

    @contextmanager
    def lock(self, name: str, ttl_seconds: int) -> Iterator[bool]:
        """Yields True if this caller holds `name` until the block ends (or `ttl_seconds` pass)."""
        key, token = f"pl:lock:{name}", secrets.token_hex(8)
        held = bool(self._redis.set(key, token, nx=True, ex=ttl_seconds))
        try:
            yield held
        finally:
            if held:
                self._release(keys=[key], args=[token])

    def record(self, name: str, run: JobRun) -> None:
        with self._redis.pipeline(transaction=False) as pipe:
            pipe.hset(f"pl:job:{name}", mapping={"last": msgspec.json.encode(run)})
            pipe.hincrby(f"pl:job:{name}", f"runs_{run.outcome}", 1)
            pipe.execute()

    def last_run(self, name: str) -> tuple[JobRun | None, dict[str, int]]:
        raw = {key.decode(): value for key, value in self._redis.hgetall(f"pl:job:{name}").items()}
        last = msgspec.json.decode(raw.pop("last"), type=JobRun) if "last" in raw else None
        return last, {key.removeprefix("runs_"): int(value) for key, value in raw.items()}

