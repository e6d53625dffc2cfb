"""Imports as the worker reads them: the library's room is checked there (the API did not count the entries of
a file it did not read), and a file read for longer than the deadline ends `failed` with the limit in its reason.

The worker here is a private one, with a library cap of 3 items and a 1 s import deadline, consuming a queue of
its own: the suite's feeds worker keeps the defaults."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import httpx
import pytest

from backend.pipeline import IMPORT_TASK
from backend.queue import queue_client
from backend.stack import start_child, stop_child, wait_for_log_line, worker_command
from backend.store import LibraryStore, UserStore

QUEUE = "imports-under-test"


@pytest.fixture(scope="module")
def import_worker(stack_env, tmp_path_factory) -> Iterator[None]:
    log = tmp_path_factory.mktemp("import-worker") / "worker.log"
    env = dict(stack_env, PAPERLENS_MAX_LIBRARY_ITEMS="3", PAPERLENS_IMPORT_DEADLINE="1")
    process = start_child(worker_command(1, (QUEUE,)), env, log)
    try:
        wait_for_log_line(log, " ready.", process=process)
        yield
    finally:
        stop_child(process)


def _user(redis_client, api) -> tuple[str, httpx.Client]:
    owner, token = UserStore(redis_client).create(f"importer-{os.urandom(4).hex()}")
    return owner, httpx.Client(base_url=api, headers={"Authorization": f"Bearer {token}"}, timeout=30)


def _import_by_the_worker(settings, redis_client, owner: str, bib: str) -> str:
    """Stage a file as the API stages a large one and queue it for the private worker; its import id."""
    import_id = LibraryStore(redis_client).stage_import(owner, "bibtex", bib)
    queue_client(settings.redis_url).send_task(IMPORT_TASK.task, args=[import_id], queue=QUEUE)
    return import_id


def _finished(client: httpx.Client, import_id: str, timeout: float = 120) -> dict:
    deadline = time.monotonic() + timeout
    while (status := client.get(f"/v1/library/imports/{import_id}").json())["state"] not in ("done", "failed"):
        assert time.monotonic() < deadline, status
        time.sleep(0.1)
    return status


def test_the_worker_refuses_a_file_the_library_has_no_room_for(import_worker, api, settings, redis_client):
    owner, client = _user(redis_client, api)
    with client:
        for n in range(2):
            client.post("/v1/library/items", json={"title": f"Already kept paper {n}"}).raise_for_status()
        bib = "".join(f"@article{{r{n}, title = {{Roomy paper number {n}}}, year = {{2021}}}}\n" for n in range(2))
        status = _finished(client, _import_by_the_worker(settings, redis_client, owner, bib))
        assert status["state"] == "failed" and "at most 3 items" in status["error"], status
        assert len(client.get("/v1/library/items").json()["items"]) == 2  # nothing of the file was written


def test_a_file_read_for_longer_than_the_deadline_fails_with_the_limit_in_its_reason(import_worker, api, settings, redis_client):
    owner, client = _user(redis_client, api)
    # ~1.8 MiB of LaTeX commands for the parser (5-15 µs a character): ten seconds or more to read.
    bib = "".join(f"@article{{s{n}, title = {{Slow entry {n} " + "\\emph{x} " * 200 + "}, year = {2020}}\n" for n in range(1_000))
    with client:
        started = time.monotonic()
        status = _finished(client, _import_by_the_worker(settings, redis_client, owner, bib))
        assert status["state"] == "failed" and "longer than 1 s to read" in status["error"], status
        assert time.monotonic() - started < 8  # ended by the deadline, not by reading the whole file
        assert client.get("/v1/library/items").json()["items"] == []
