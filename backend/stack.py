"""`paperlens up`: Redis (embedded unless REDIS_URL is set), the API, a worker and beat, as child processes.

Each child runs in its own session, so Ctrl-C reaches only this supervisor, which then stops the
children in order (API, beat, worker, Redis last) and waits for each.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import msgspec

from backend.embedded_redis import EmbeddedRedis, free_port
from backend.pipeline import MODEL_READY
from backend.settings import Settings
from backend.store import UserStore, connect
from backend.store.users import UnknownUser

DEFAULT_EMBEDDED_REDIS_PORT = 6380
LOCAL_USER = "local"
# name -> (queues, processes). The model's queue gets one process of its own: two keyword batches
# side by side on two cores only slow each other down, and matches never wait behind the model.
# Feeds have a worker of their own: fetching waits on other people's servers.
WORKERS = {"worker-match": (("match",), 1), "worker-nlp": (("nlp",), 1), "worker-feeds": (("feeds",), 1)}


def api_command(settings: Settings) -> list[str]:
    return [
        sys.executable, "-m", "uvicorn", "--factory", "backend.api.app:create_app",
        "--host", settings.host, "--port", str(settings.port), "--no-server-header",
        "--workers", str(settings.api_workers),
    ]  # fmt: skip


def worker_command(concurrency: int, queues: tuple[str, ...]) -> list[str]:
    return [
        sys.executable, "-m", "celery", "-A", "workers.celery_app", "worker",
        "-Q", ",".join(queues), "--concurrency", str(concurrency), "--loglevel", "INFO",
        "--hostname", f"{'-'.join(queues)}@%h",
        "--without-gossip", "--without-mingle",
    ]  # fmt: skip


def beat_command(data_dir: Path) -> list[str]:
    return [
        sys.executable, "-m", "celery", "-A", "workers.celery_app", "beat",
        "--schedule", str(data_dir / "celerybeat-schedule"), "--loglevel", "INFO",
    ]  # fmt: skip


def start_child(command: list[str], env: dict[str, str], log_path: Path | None = None) -> subprocess.Popen:
    output = open(log_path, "ab") if log_path else None  # noqa: SIM115 - the child owns it from here
    return subprocess.Popen(
        command, env=env, stdout=output, stderr=subprocess.STDOUT if output else None, start_new_session=True
    )


def stop_child(process: subprocess.Popen, timeout: float = 20.0) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def wait_for_http(url: str, timeout: float = 30.0, process: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            if process is not None and process.poll() is not None:
                raise RuntimeError(f"{url}: the server exited with code {process.returncode}") from None
            if time.monotonic() > deadline:
                raise TimeoutError(f"{url} did not answer within {timeout:.0f}s") from None
            time.sleep(0.1)


def wait_for_log_line(log_path: Path, needle: str, timeout: float = 60.0, process: subprocess.Popen | None = None, since: int = 0):
    """Wait until `needle` is written to the log after byte `since` (a log a restart appends to holds the last
    run's lines too)."""
    deadline = time.monotonic() + timeout
    while needle not in _read_from(log_path, since):
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"exited with code {process.returncode} before {needle!r}; see {log_path}")
        if time.monotonic() > deadline:
            raise TimeoutError(f"{needle!r} not in {log_path} within {timeout:.0f}s")
        time.sleep(0.1)


def _read_from(log_path: Path, offset: int) -> str:
    try:
        with open(log_path, "rb") as log:
            log.seek(offset)
            return log.read().decode(errors="replace")
    except FileNotFoundError:
        return ""


def start_workers(env: dict[str, str], log_dir: Path) -> dict[str, subprocess.Popen]:
    """The workers of `WORKERS`, each logging to `log_dir/<name>.log`, returned once each is ready to work: the
    worker consuming, and a worker with the model loaded and warmed (so the first page is as fast as any)."""
    workers, offsets = {}, {}
    for name, (queues, concurrency) in WORKERS.items():
        log = log_dir / f"{name}.log"
        offsets[name] = log.stat().st_size if log.exists() else 0
        workers[name] = start_child(worker_command(concurrency, queues), env, log)
    for name, process in workers.items():
        wait_for_log_line(log_dir / f"{name}.log", " ready.", process=process, since=offsets[name])
        if "nlp" in WORKERS[name][0]:
            wait_for_log_line(log_dir / f"{name}.log", MODEL_READY, timeout=300, process=process, since=offsets[name])
    return workers


def local_token(settings: Settings) -> str:
    """The local user's token, kept (mode 0600) in the data directory so every `up` prints a working one."""
    users = UserStore(connect(settings.redis_url))
    token_file = settings.data_dir / "token"
    if token_file.exists():
        token = token_file.read_text().strip()
        if users.user_for_token(token):
            return token
    try:
        token = users.issue_token(users.user_id(LOCAL_USER))
    except UnknownUser:
        _, token = users.create(LOCAL_USER)
    token_file.touch(mode=0o600)
    token_file.write_text(token + "\n")
    return token


def _without_password(url: str) -> str:
    scheme, _, rest = url.partition("://")
    return f"{scheme}://{rest.rpartition('@')[2]}" if "@" in rest else url


def _embedded_redis(data_dir: Path, port: int, fsync: str) -> EmbeddedRedis:
    """On its usual port, or on a free one if that is taken (another stack, another user's Redis)."""
    try:
        return EmbeddedRedis(data_dir, port, fsync=fsync).start()
    except RuntimeError:
        return EmbeddedRedis(data_dir, free_port(), fsync=fsync).start()


def run_stack(settings: Settings) -> int:
    # Everything this stack and its children write (Redis data, logs, the token) is the user's alone.
    os.umask(0o077)
    data_dir = settings.data_dir
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    data_dir.chmod(0o700)
    logs = data_dir / "logs"
    logs.mkdir(mode=0o700, parents=True, exist_ok=True)
    env = dict(os.environ)
    redis_servers = []
    if "REDIS_URL" not in os.environ:
        # Two servers: the library's, every write on disk before it is acknowledged, and one for digests,
        # streams and caches (data that can be made again), which fsyncs once a second.
        library = _embedded_redis(data_dir / "redis", DEFAULT_EMBEDDED_REDIS_PORT, "always")
        digests = _embedded_redis(data_dir / "redis-digests", DEFAULT_EMBEDDED_REDIS_PORT + 1, "everysec")
        redis_servers += [library, digests]
        settings = msgspec.structs.replace(settings, redis_url=library.url, digest_redis_url=digests.url)
        env.update(REDIS_URL=library.url, PAPERLENS_DIGEST_REDIS_URL=digests.url)

    stopping = False

    def request_stop(signum, _frame) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)

    children: dict[str, subprocess.Popen] = {}
    exit_code = 0
    try:
        token = local_token(settings)
        children.update(start_workers(env, logs))
        children["beat"] = start_child(beat_command(data_dir), env, logs / "beat.log")
        children["api"] = start_child(api_command(settings), env, logs / "api.log")
        wait_for_http(f"{settings.public_url}/healthz", process=children["api"])
        print(
            f"paperlens is up\n"
            f"  API:    {settings.public_url}   (OpenAPI: {settings.public_url}/schema)\n"
            f"  token:  {token}\n"
            f"  redis:  {_without_password(settings.redis_url)} (library), {_without_password(settings.digests_redis_url)} (digests)"
            f"   (data: {data_dir.resolve()})\n"
            f"  logs:   {logs.resolve()}\n"
            f"ready. Ctrl-C stops everything.",
            flush=True,
        )
        while not stopping:
            for name, process in children.items():
                if process.poll() is not None:
                    print(f"paperlens: {name} exited with code {process.returncode}; see {logs}", file=sys.stderr)
                    exit_code = 1
                    stopping = True
            time.sleep(0.2)
    finally:
        print("paperlens: stopping...", flush=True)
        for process in reversed(children.values()):  # API first, workers last: no new work arrives as they finish
            stop_child(process)
        for server in reversed(redis_servers):
            server.stop()
        print("paperlens: stopped.", flush=True)
    return exit_code
