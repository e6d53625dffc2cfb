"""`paperlens up` (what `make run` calls): the whole stack from one command, and Ctrl-C stops all of it."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys

import httpx

from backend.embedded_redis import free_port
from tests.support import SHARED_FIXTURES, stream_events


def port_is_open(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def test_up_runs_the_stack_prints_a_working_token_and_stops_cleanly_on_ctrl_c(tmp_path):
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
    env.update(PAPERLENS_PORT=str(port), PAPERLENS_DATA_DIR=str(tmp_path))
    up = subprocess.Popen(
        [sys.executable, "-m", "backend.cli", "up"], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        banner = ""
        for line in up.stdout:
            banner += line
            if line.startswith("ready."):
                break
        assert "ready." in banner, banner
        token = re.search(r"token:\s+(\S+)", banner).group(1)
        url = re.search(r"API:\s+(\S+)", banner).group(1)
        redis_port, digests_port = (int(port) for port in re.findall(r"redis://127\.0\.0\.1:(\d+)", banner))
        assert url == f"http://127.0.0.1:{port}"
        # The embedded Redis is not open to other local users: a password (not printed), no CONFIG.
        assert "@" not in banner
        import redis

        with redis.Redis(port=redis_port, socket_timeout=5) as anonymous:
            try:
                anonymous.ping()
                raise AssertionError("the embedded Redis answered without a password")
            except redis.exceptions.AuthenticationError:
                pass
        password = (tmp_path / "redis" / "redis.password").read_text().strip()
        with redis.Redis(port=redis_port, password=password, socket_timeout=5) as owner:
            assert owner.ping()
            try:
                owner.execute_command("CONFIG", "SET", "dir", "/tmp")
                raise AssertionError("CONFIG is still available")
            except redis.exceptions.ResponseError as error:
                assert "unknown command" in str(error)

        with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}, timeout=30) as client:
            html = (SHARED_FIXTURES / "hf-papers-2024-08-01.html").read_text()
            posted = client.post("/v1/digests", json={"url": "https://huggingface.co/papers", "html": html})
            assert posted.status_code == 202, posted.text
            events = stream_events(client, posted.json()["id"])
            assert events[-1].event == "done"
            kinds = {e.data.get("kind") for e in events if e.event == "annotation"}
            assert "keywords" in kinds
            client.post("/v1/library/items", json={"title": "Kept on the library's server"}).raise_for_status()

        # Two servers: the library's writes each reach the disk before they are acknowledged; digests and
        # their streams live on a second server that fsyncs once a second.
        digests_password = (tmp_path / "redis-digests" / "redis.password").read_text().strip()
        with redis.Redis(port=redis_port, password=password) as library, redis.Redis(port=digests_port, password=digests_password) as digests:
            assert library.keys("pl:lib:*:items") and not library.keys("pl:digest:*:events")
            assert digests.keys("pl:digest:*:events") and not digests.keys("pl:lib:*")

        up.send_signal(signal.SIGINT)
        assert up.wait(timeout=60) == 0
        assert not port_is_open(port) and not port_is_open(redis_port) and not port_is_open(digests_port)
        assert (tmp_path / "redis" / "appendonly.aof").exists()  # the library is persisted with AOF
        assert (tmp_path / "token").stat().st_mode & 0o777 == 0o600
        for private in (tmp_path, tmp_path / "redis", tmp_path / "logs"):
            assert private.stat().st_mode & 0o777 == 0o700, private
        for written in (tmp_path / "redis" / "redis.password", tmp_path / "redis" / "redis.conf", tmp_path / "logs" / "api.log"):
            assert written.stat().st_mode & 0o077 == 0, written
    finally:
        if up.poll() is None:  # a failed assertion: stop the stack as a user would, so no Redis outlives the test
            up.send_signal(signal.SIGINT)
            try:
                up.wait(timeout=60)
            except subprocess.TimeoutExpired:
                up.kill()
                up.wait()
