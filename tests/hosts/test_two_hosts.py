"""paperlens past one machine: Celery on one Redis is the distributed engine.

Two worker hosts, each in its own network namespace, reach Redis (and nothing else) over their own link
to a third namespace that runs Redis and the API, as a deployment on three machines would
(docs/deploy.md). A stream of digests is posted; both hosts take work; every digest completes exactly
once; then one host's workers are killed with SIGKILL mid-digest and the other host finishes it.
"""

from __future__ import annotations

import os
import re
import secrets
import signal
import subprocess
import uuid
from collections import Counter
from pathlib import Path

import httpx
import pytest

from backend.embedded_redis import free_port, redis_server_binary
from backend.pipeline import MODEL_READY
from backend.settings import Settings
from backend.stack import api_command, start_child, stop_child, wait_for_http, wait_for_log_line, worker_command
from backend.store import UserStore, connect
from tests.hosts.netns import Network, why_not_available
from tests.support import SHARED_FIXTURES, stream_events, wait_until

HOSTS = ["hosta", "hostb"]
VISIBILITY_SECONDS = 5  # a dead host's task goes back to the queue after this (15 min by default)
_TASK_LINE = re.compile(r"Task (paperlens\.[a-z_]+)\[([0-9a-f-]+)\] (received|succeeded)")


def small_pages(count: int, papers: int = 4) -> list[str]:
    """Pages of a few seed papers each, every abstract marked so no cache has seen them."""
    blocks = [block for block in (SHARED_FIXTURES / "hf-daily-papers.txt").read_text().split("\n\n") if block.strip()]
    pairs = [(blocks[i], blocks[i + 1]) for i in range(len(blocks) - 1) if len(blocks[i]) < 200 <= len(blocks[i + 1])]
    pages = []
    for number in range(count):
        marker = uuid.uuid4().hex
        chosen = pairs[(number * papers) % len(pairs) :][:papers]
        pages.append("\n\n".join(f"{title}\n\n{abstract} {marker}" for title, abstract in chosen))
    return pages


def tasks_in(log: Path) -> dict[str, dict[str, str]]:
    """task id -> {"name", "received"/"succeeded"} from a Celery worker's log."""
    tasks: dict[str, dict[str, str]] = {}
    for name, task_id, what in _TASK_LINE.findall(log.read_text(errors="replace") if log.exists() else ""):
        tasks.setdefault(task_id, {"name": name})[what] = "yes"
    return tasks


@pytest.fixture
def network():
    reason = why_not_available()
    if reason:
        pytest.skip(f"network namespaces cannot be made here: {reason}")
    network = Network().create(HOSTS)
    try:
        yield network
    finally:
        network.destroy()


def test_two_worker_hosts_share_the_digests_and_one_finishes_what_the_other_was_killed_in(network, tmp_path):
    password, port = secrets.token_urlsafe(24), free_port()
    (tmp_path / "redis").mkdir()
    config = tmp_path / "redis" / "redis.conf"
    config.touch(mode=0o600)
    config.write_text(f"requirepass {password}\n")  # on a network: never without a password (docs/deploy.md)
    processes: dict[str, subprocess.Popen] = {}
    try:
        processes["redis"] = start_child(
            network.exec_prefix(network.core) + [
                redis_server_binary(), str(config), "--port", str(port), "--bind", *network.bind_addresses(),
                "--dir", str(tmp_path / "redis"), "--appendonly", "yes", "--appendfsync", "always", "--save", "",
            ],
            dict(os.environ), tmp_path / "redis.log",
        )  # fmt: skip
        settings = Settings(redis_url=f"redis://:{password}@127.0.0.1:{port}/0", host=network.core_address, port=free_port(), data_dir=tmp_path)
        base_env = dict(os.environ, HF_HUB_OFFLINE="1", PAPERLENS_VISIBILITY_TIMEOUT=str(VISIBILITY_SECONDS), PAPERLENS_DATA_DIR=str(tmp_path))
        processes["api"] = start_child(
            network.exec_prefix(network.core) + api_command(settings),
            dict(base_env, REDIS_URL=settings.redis_url, PAPERLENS_HOST=settings.host, PAPERLENS_PORT=str(settings.port)),
            tmp_path / "api.log",
        )
        wait_for_http(f"http://{network.core_address}:{settings.port}/healthz", process=processes["api"])

        for name in HOSTS:
            namespace = network.host(name)
            command = worker_command(1, ("match", "nlp"))
            command[command.index("--hostname") + 1] = f"worker@{name}"
            redis_url = f"redis://:{password}@{network.core_address_for(namespace)}:{port}/0"  # the only address it can reach
            processes[name] = start_child(network.exec_prefix(namespace) + command, dict(base_env, REDIS_URL=redis_url), tmp_path / f"{name}.log")
        for name in HOSTS:
            wait_for_log_line(tmp_path / f"{name}.log", MODEL_READY, timeout=300, process=processes[name])

        redis_client = connect(f"redis://:{password}@{network.core_address}:{port}/0")
        _, token = UserStore(redis_client).create("two-hosts")
        with httpx.Client(base_url=f"http://{network.core_address}:{settings.port}", headers={"Authorization": f"Bearer {token}"}, timeout=60) as client:
            # 1. A stream of digests: both hosts take some; each completes exactly once.
            digests = []
            for page in small_pages(10):
                posted = client.post("/v1/digests", json={"url": "https://example.org/two-hosts", "text": page})
                assert posted.status_code == 202, posted.text
                digests.append(posted.json())
            for digest in digests:
                assert_completed_exactly_once(stream_events(client, digest["id"]), len(digest["items"]))
            # A task's last event is published before its worker logs it succeeded: wait for the lines, not the events.
            wait_until(
                lambda: sum("succeeded" in t for name in HOSTS for t in tasks_in(tmp_path / f"{name}.log").values()) >= 2 * len(digests),
                60, "every stage of every digest logged as succeeded",
            )
            succeeded = {name: Counter(t["name"] for t in tasks_in(tmp_path / f"{name}.log").values() if "succeeded" in t) for name in HOSTS}
            assert all(sum(counts.values()) >= 1 for counts in succeeded.values()), succeeded  # both hosts took work
            assert sum(sum(counts.values()) for counts in succeeded.values()) == 2 * len(digests)  # each stage ran once

            # 2. kill -9 the host running a digest's model stage, mid-digest: the other host finishes it.
            page = "\n\n".join(small_pages(1, papers=40))
            posted = client.post("/v1/digests", json={"url": "https://example.org/two-hosts-kill", "text": page})
            digest = posted.json()
            before = []
            while not any(e.event == "annotation" and e.data["kind"] == "keywords" for e in before):
                before += stream_events(client, digest["id"], last_event_id=before[-1].id if before else None, stop_after=1)
            running = {
                name: task_id for name in HOSTS for task_id, task in tasks_in(tmp_path / f"{name}.log").items()
                if task["name"] == "paperlens.keywords_digest" and "succeeded" not in task
            }  # fmt: skip
            assert len(running) == 1, running
            (victim, task_id), survivor = next(iter(running.items())), next(name for name in HOSTS if name not in running)
            os.killpg(processes[victim].pid, signal.SIGKILL)  # the host's worker and its pool child: no ack, no cleanup
            processes.pop(victim).wait()
            snapshot = client.get(f"/v1/digests/{digest['id']}").json()
            assert not snapshot["done"] and sum(a["kind"] == "keywords" for a in snapshot["annotations"]) < len(digest["items"])
            after = stream_events(client, digest["id"], last_event_id=before[-1].id)
            assert_completed_exactly_once(before + after, len(digest["items"]))
            # the same task, redelivered there (its success logged just after its last event)
            wait_for_log_line(tmp_path / f"{survivor}.log", f"[{task_id}] succeeded", timeout=60)
    finally:
        for process in reversed(list(processes.values())):
            stop_child(process)


def assert_completed_exactly_once(events, items: int) -> None:
    assert [e.event for e in events].count("done") == 1 and events[-1].event == "done"
    assert len({e.id for e in events}) == len(events)
    annotations = Counter((e.data["kind"], e.data["item_id"]) for e in events if e.event == "annotation")
    assert all(count == 1 for count in annotations.values()), [key for key, count in annotations.items() if count > 1]
    assert {item for kind, item in annotations if kind == "keywords"} == {str(i) for i in range(items)}
    assert not [e for e in events if e.event == "error"]
