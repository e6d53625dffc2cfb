"""A stack of its own (Redis, API, workers) for tests that break things: killing its workers or its Redis
must not disturb the rest of the suite."""

from __future__ import annotations

import os
import signal
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from backend.embedded_redis import EmbeddedRedis, free_port
from backend.settings import Settings
from backend.stack import api_command, start_child, start_workers, stop_child, wait_for_http, wait_for_log_line, worker_command
from backend.store import UserStore, connect


@dataclass
class PrivateStack:
    redis: EmbeddedRedis
    settings: Settings
    env: dict[str, str]
    workdir: Path
    processes: dict[str, subprocess.Popen] = field(default_factory=dict)

    def client(self) -> httpx.Client:
        _, token = UserStore(connect(self.settings.redis_url)).create(f"fault-{os.urandom(4).hex()}")
        return httpx.Client(base_url=self.settings.public_url, headers={"Authorization": f"Bearer {token}"}, timeout=30)

    def kill_worker(self, name: str) -> None:
        """kill -9 the worker and its pool children: no chance to acknowledge, requeue or clean up."""
        process = self.processes.pop(name)
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()

    def start_worker(self, name: str, queues: tuple[str, ...]) -> None:
        log = self.workdir / f"{name}.log"
        self.processes[name] = start_child(worker_command(1, queues), self.env, log)
        wait_for_log_line(log, " ready.", process=self.processes[name])


@contextmanager
def private_stack(workdir: Path, **env_overrides: str) -> Iterator[PrivateStack]:
    redis_server = EmbeddedRedis(workdir / "redis").start()
    settings = Settings(redis_url=redis_server.url, port=free_port(), data_dir=workdir)
    env = dict(os.environ, REDIS_URL=settings.redis_url, PAPERLENS_PORT=str(settings.port), PAPERLENS_DATA_DIR=str(workdir), HF_HUB_OFFLINE="1")
    env.update(env_overrides)
    stack = PrivateStack(redis_server, settings, env, workdir)
    try:
        stack.processes.update(start_workers(env, workdir))
        stack.processes["api"] = start_child(api_command(settings), env, workdir / "api.log")
        wait_for_http(f"{settings.public_url}/healthz", process=stack.processes["api"])
        yield stack
    finally:
        for process in stack.processes.values():
            stop_child(process)
        redis_server.stop()
