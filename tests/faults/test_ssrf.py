"""Feed URLs cannot reach what only paperlens can reach: loopback, private ranges, cloud metadata.

A real HTTP server (the only one a policy allows, like an operator's own feed server) redirects to each
forbidden target; a second server stands for the internal service and counts what reaches it: nothing may.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from backend.safe_fetch import FetchPolicy, RefusedTarget, check_subscribable, fetch
from backend.pipeline import FEED_TASK
from backend.queue import queue_client
from backend.store import UserStore

RSS = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'


class Server:
    def __init__(self, redirects: dict[str, str] | None = None) -> None:
        self.hits: list[str] = []
        redirects = redirects or {}
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                server.hits.append(self.path)
                if self.path in redirects:
                    self.send_response(302)
                    self.send_header("Location", redirects[self.path])
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.end_headers()
                self.wfile.write(RSS)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_port
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def internal() -> Iterator[Server]:
    server = Server()
    yield server
    server.close()


@pytest.fixture
def public(internal) -> Iterator[Server]:
    targets = {
        "/loopback": f"http://127.0.0.1:{internal.port}/secret",
        "/metadata": "http://169.254.169.254/latest/meta-data/",
        "/mapped": f"http://[::ffff:127.0.0.1]:{internal.port}/secret",
        "/file": "file:///etc/passwd",
        "/dns-to-loopback": f"http://localhost:{internal.port}/secret",
        "/decimal": f"http://2130706433:{internal.port}/secret",
        "/private": "http://10.0.0.1/",
        "/ipv6-loopback": f"http://[::1]:{internal.port}/secret",
        "/odd-port": "http://example.org:6379/",
    }
    server = Server(targets)
    server.targets = targets
    yield server
    server.close()


def policy_allowing(server: Server) -> FetchPolicy:
    return FetchPolicy(timeout_seconds=5, allowed=frozenset({f"127.0.0.1:{server.port}"}))


def test_the_allowed_server_is_fetched(public):
    result = fetch(f"http://127.0.0.1:{public.port}/feed", {}, policy_allowing(public))
    assert result.status_code == 200 and result.body == RSS


@pytest.mark.parametrize(
    "path", ["/loopback", "/metadata", "/mapped", "/file", "/dns-to-loopback", "/decimal", "/private", "/ipv6-loopback", "/odd-port"]
)
def test_every_redirect_hop_is_checked(public, internal, path):
    started = time.monotonic()
    with pytest.raises(RefusedTarget):
        fetch(f"http://127.0.0.1:{public.port}{path}", {}, policy_allowing(public))
    assert public.hits == [path]  # the first hop was fetched …
    assert internal.hits == []  # … and nothing behind the redirect was reached
    assert time.monotonic() - started < 5


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://[::ffff:127.0.0.1]/",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.1.2.3/feed",
        "http://192.168.0.1/feed",
        "http://[fd00::1]/feed",
        "http://0.0.0.0/",
        "file:///etc/passwd",
        "gopher://example.org/",
        "http://example.org:25/",
    ],
)
def test_forbidden_urls_are_refused_before_any_connection(url, internal):
    with pytest.raises(RefusedTarget):
        check_subscribable(url, FetchPolicy())
    with pytest.raises(RefusedTarget):
        fetch(url, {}, FetchPolicy(timeout_seconds=2))


def test_a_feed_pointing_inside_is_refused_by_the_api_and_never_fetched_by_the_worker(
    client, workers, internal, settings, redis_client, token
):
    for url in ("http://127.0.0.1/", "http://[::ffff:127.0.0.1]/", "http://169.254.169.254/", f"http://127.0.0.1:{internal.port}/"):
        refused = client.post("/v1/feeds", json={"url": url})
        assert refused.status_code == 400, refused.text
        assert "public address" in refused.json()["detail"] or "port" in refused.json()["detail"]
    # A name is resolved at fetch time, by the worker: refused there, reported on the feed, nothing reached.
    feed = client.post("/v1/feeds", json={"url": "http://localhost/rss"}).json()
    owner = UserStore(redis_client).user_for_token(token)
    queue_client(settings.redis_url).send_task(FEED_TASK.task, args=[owner, feed["id"]], queue=FEED_TASK.queue)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        listed = {f["id"]: f for f in client.get("/v1/feeds").json()}[feed["id"]]
        if listed["last_outcome"]:
            break
        time.sleep(0.2)
    assert listed["last_outcome"] == "error" and "not a public address" in listed["last_error"]
    assert internal.hits == []


def _https_server(tmp_path, name: str):
    """A local HTTPS server whose self-signed certificate names `name`."""
    import ssl
    import subprocess

    key, cert = tmp_path / f"{name}.key", tmp_path / f"{name}.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
         "-days", "1", "-subj", f"/CN={name}", "-addext", f"subjectAltName=DNS:{name}"],
        check=True, capture_output=True,
    )  # fmt: skip
    server = Server()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.httpd.socket = context.wrap_socket(server.httpd.socket, server_side=True)
    return server, str(cert)


def test_https_goes_to_the_checked_address_and_still_checks_the_certificate_name(tmp_path):
    """The connection is made to the address that was checked, but TLS still verifies the URL's host name
    (sent as SNI): a real feed over https keeps working, and a certificate for another name is refused."""
    import httpx

    right, right_ca = _https_server(tmp_path, "localhost")
    wrong, wrong_ca = _https_server(tmp_path, "someone-else.example")
    try:
        for server, ca, ok in ((right, right_ca, True), (wrong, wrong_ca, False)):
            policy = FetchPolicy(timeout_seconds=5, ca_file=ca, allowed=frozenset({f"127.0.0.1:{server.port}", f"::1:{server.port}"}))
            if ok:
                result = fetch(f"https://localhost:{server.port}/feed", {}, policy)
                assert result.status_code == 200 and result.body == RSS
            else:
                with pytest.raises(httpx.ConnectError, match="certificate"):
                    fetch(f"https://localhost:{server.port}/feed", {}, policy)
    finally:
        right.close()
        wrong.close()
