"""Abuse: per-token rate limits, body limits, CORS only for the extension, no secrets in logs."""

from __future__ import annotations

import hashlib
from pathlib import Path

from tests.conftest import EXTENSION_ORIGIN
from tests.support import SHARED_FIXTURES, stream_events

HF_HTML = (SHARED_FIXTURES / "hf-papers-2024-08-01.html").read_text()


def test_digest_posts_over_the_rate_answer_429_with_retry_after_and_spare_other_users(client, other_client):
    page = {"url": "https://huggingface.co/papers", "html": HF_HTML}
    statuses = [client.post("/v1/digests", json=page) for _ in range(70)]  # the limit: 60 a minute
    codes = [response.status_code for response in statuses]
    assert codes[:60] == [202] * 60
    limited = statuses[-1]
    assert limited.status_code == 429
    assert 1 <= int(limited.headers["Retry-After"]) <= 60
    assert "at most 60 a minute" in limited.json()["detail"]
    assert other_client.post("/v1/digests", json=page).status_code == 202  # per token, not global


def test_imports_are_rate_limited_per_user(client):
    codes = [
        client.post("/v1/library/import", params={"format": "arxiv"}, content=f"2305.{18290 + n}").status_code
        for n in range(12)
    ]
    assert codes[:10] == [200] * 10 and codes[-1] == 429


def test_body_limits_are_enforced_with_a_clear_error(client):
    too_big = client.post("/v1/digests", json={"url": "https://example.org", "text": "x" * (5 * 1024 * 1024 + 1)})
    assert too_big.status_code == 413 and "5 MiB" in too_big.json()["detail"]
    huge_import = client.post("/v1/library/import", params={"format": "bibtex"}, content=b"%" * (20 * 1024 * 1024 + 1))
    assert huge_import.status_code == 413 and "20 MiB" in huge_import.json()["detail"]


def test_json_nested_past_the_recursion_limit_is_a_400_that_says_so(client):
    deep = b"[" * 200_000  # msgspec gives up at Python's recursion limit (this was a 500 on every JSON route)
    for method, path in (("POST", "/v1/digests"), ("POST", "/v1/library/items"), ("POST", "/v1/feeds")):
        answer = client.request(method, path, content=deep, headers={"content-type": "application/json"})
        assert answer.status_code == 400 and "nested too deeply" in answer.json()["detail"], (path, answer.text)
    for body in (deep, b'[{"title": "A paper", "author": ' + deep + b"]"):
        answer = client.post("/v1/library/import", params={"format": "csljson"}, content=body)
        assert answer.status_code == 400 and answer.json()["detail"] == "not CSL-JSON: nested too deeply"
    assert client.post("/v1/library/items", json={"title": "Still answering"}).status_code == 201


def test_cors_is_open_to_the_extension_origin_only(client):
    def preflight(origin: str):
        return client.options(
            "/v1/digests",
            headers={"Origin": origin, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization,content-type"},
        )

    allowed = preflight(EXTENSION_ORIGIN)
    assert allowed.headers.get("access-control-allow-origin") == EXTENSION_ORIGIN
    for origin in ("https://evil.example", "chrome-extension://someotherextensionidxxxxxxxxxxxx", "null"):
        refused = preflight(origin)
        assert refused.headers.get("access-control-allow-origin") in (None, ""), origin
    simple = client.get("/v1/library/items", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in simple.headers


def test_tokens_are_stored_hashed_and_never_logged_nor_abstracts(client, token, workers, settings, redis_client):
    # Stored: only SHA-256 of the token is a key; the token itself appears nowhere in Redis.
    assert redis_client.exists("pl:token:" + hashlib.sha256(token.encode()).hexdigest())
    assert not any(token.encode() in key for key in redis_client.scan_iter(count=1000))
    abstract_marker = "Zyxwvutsrq unguessable abstract marker"
    page = {
        "url": "https://example.org/log-check",
        "text": f"A Paper About Log Hygiene In Services\n\n{abstract_marker}. " + "It studies logs. " * 20,
    }
    posted = client.post("/v1/digests", json=page)
    assert posted.status_code == 202, posted.text
    stream_events(client, posted.json()["id"])
    client.get("/v1/library/items", params={"q": "log hygiene"})
    logs = [path for path in Path(settings.data_dir).glob("*.log")]
    assert logs, "the stack writes its logs to the data directory"
    for path in logs:
        text = path.read_text(errors="replace")
        assert token not in text, path
        assert abstract_marker not in text, path
