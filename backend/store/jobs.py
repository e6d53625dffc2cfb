"""Background jobs: a lock per job (two beat instances or an overlapping run never double-run it) and
the outcome of each job's last run, for `GET /v1/jobs` and `paperlens jobs`."""

from __future__ import annotations

import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import msgspec
import redis

# Deletes the lock only if it is still ours: a run that outlived its lock must not free the next run's.
_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""
# Extends the lock only if it is still ours. ARGV: token, ttl ms.
_RENEW = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
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
        self._renew = client.register_script(_RENEW)

    @contextmanager
    def lock(self, name: str, ttl_seconds: int, *, renew: bool = False) -> Iterator[bool]:
        """Yields True if this caller holds `name` until the block ends. The lock frees itself `ttl_seconds`
        after its holder dies; with `renew`, a thread extends it while the block runs, so a run however
        long is never overlapped by the next."""
        key, token = f"pl:lock:{name}", secrets.token_hex(8)
        held = bool(self._redis.set(key, token, nx=True, ex=ttl_seconds))
        stop = threading.Event()
        if held and renew:
            threading.Thread(target=self._keep, args=(key, token, ttl_seconds, stop), daemon=True).start()
        try:
            yield held
        finally:
            stop.set()
            if held:
                self._release(keys=[key], args=[token])

    def _keep(self, key: str, token: str, ttl_seconds: int, stop: threading.Event) -> None:
        while not stop.wait(ttl_seconds / 3):
            try:
                self._renew(keys=[key], args=[token, ttl_seconds * 1000])
            except redis.exceptions.RedisError:
                pass  # try again next time; the lock lasts three periods

    def record(self, name: str, run: JobRun) -> None:
        with self._redis.pipeline(transaction=False) as pipe:
            pipe.hset(f"pl:job:{name}", mapping={"last": msgspec.json.encode(run)})
            pipe.hincrby(f"pl:job:{name}", f"runs_{run.outcome}", 1)
            pipe.execute()

    def record_user(self, name: str, owner: str, run: JobRun) -> None:
        """One user's share of a job's last run (what `GET /v1/jobs` shows that user)."""
        self._redis.hset(f"pl:job:{name}:users", owner, msgspec.json.encode(run))

    def last_user_run(self, name: str, owner: str) -> JobRun | None:
        raw = self._redis.hget(f"pl:job:{name}:users", owner)
        return msgspec.json.decode(raw, type=JobRun) if raw else None

    def last_run(self, name: str) -> tuple[JobRun | None, dict[str, int]]:
        raw = {key.decode(): value for key, value in self._redis.hgetall(f"pl:job:{name}").items()}
        last = msgspec.json.decode(raw.pop("last"), type=JobRun) if "last" in raw else None
        return last, {key.removeprefix("runs_"): int(value) for key, value in raw.items()}

