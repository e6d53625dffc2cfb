"""`make bench-capacity`: what one digest costs, per process and per Redis server, for docs/deploy.md's model.

The stack as `paperlens up` runs it (two Redis servers, API, workers), users with 1,000-item libraries, and
the 79-paper seed page posted and followed to `done`:
  - cold: a page nobody opened before (every abstract new: keywords and embeddings computed);
  - shared: the same daily page opened by another user (keywords and embeddings cached; matching is per user).
Each library's title embeddings exist beforehand (the enrich job computes them when items are added).
Measured per digest: CPU seconds of the API processes, the match worker and the nlp worker (each with its pool
children, from /proc), CPU of each Redis server, Redis commands and bytes in and out, and the digests
server's memory. Then the memory of idle SSE connections held open on one API process.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from backend.domain.models import Digest, DigestItem, LibraryItem  # noqa: E402
from backend.embedded_redis import EmbeddedRedis, free_port  # noqa: E402
from backend.settings import Settings  # noqa: E402
from backend.stack import (  # noqa: E402
    api_command,
    start_child,
    start_workers,
    stop_child,
    wait_for_http,
)
from backend.store import DigestStore, LibraryStore, UserStore, connect  # noqa: E402
from tests.bench.bench_spine import SEED_TEXT, library_titles, process_tree, run_digest, status_mib  # noqa: E402

RUNS = 8  # digests of each kind
LIBRARY = 1_000
SSE_IDLE = 300
TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process and its live children."""
    total = 0
    for each in process_tree(pid):
        try:
            fields = Path(f"/proc/{each}/stat").read_text().rpartition(")")[2].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime
        except OSError:
            continue
    return total / TICKS


def rss_mib(pid: int) -> float:
    return sum(status_mib(each, "VmRSS") for each in process_tree(pid))


def redis_counters(client) -> dict[str, float]:
    info = client.info()
    return {
        "cpu": info["used_cpu_user"] + info["used_cpu_sys"],
        "commands": info["total_commands_processed"],
        "bytes_in": info["total_net_input_bytes"],
        "bytes_out": info["total_net_output_bytes"],
        "memory": info["used_memory"],
    }


def unique_page() -> str:
    marker = uuid.uuid4().hex
    return "\n\n".join(f"{block} {marker}" if len(block) > 200 else block for block in SEED_TEXT.split("\n\n"))


def main() -> None:
    workdir = Path(tempfile.mkdtemp(prefix="paperlens-bench-capacity-"))
    library_server = EmbeddedRedis(workdir / "redis").start()
    digests_server = EmbeddedRedis(workdir / "redis-digests", fsync="everysec").start()
    settings = Settings(redis_url=library_server.url, digest_redis_url=digests_server.url, port=free_port(), data_dir=workdir, api_workers=1)
    env = dict(
        os.environ, REDIS_URL=settings.redis_url, PAPERLENS_DIGEST_REDIS_URL=settings.digests_redis_url,
        PAPERLENS_PORT=str(settings.port), PAPERLENS_API_WORKERS="1", PAPERLENS_MAX_OPEN_STREAMS=str(SSE_IDLE + 10),
        PAPERLENS_DIGEST_POSTS_PER_MINUTE="1000",
    )  # fmt: skip
    processes = {}
    try:
        processes.update(start_workers(env, workdir))
        processes["api"] = start_child(api_command(settings), env, workdir / "api.log")
        wait_for_http(f"{settings.public_url}/healthz", process=processes["api"])
        redis_clients = {"library": connect(settings.redis_url), "digests": connect(settings.digests_redis_url)}
        users, library = UserStore(redis_clients["library"]), LibraryStore(redis_clients["library"])
        titles = library_titles(LIBRARY * 4)
        library_memory = redis_clients["library"].info("memory")["used_memory"]
        tokens = []
        for number in range(RUNS + 1):
            user_id, token = users.create(f"capacity-{number}")
            chosen = titles[number * LIBRARY // 2 : number * LIBRARY // 2 + LIBRARY]
            library.write(user_id, [(LibraryItem(id=f"c{i}", title=title, added_at=float(i)), None) for i, title in enumerate(chosen)])
            tokens.append(token)
        clients = [httpx.Client(base_url=settings.public_url, headers={"Authorization": f"Bearer {t}"}, timeout=120) for t in tokens]
        shared_page = {"url": "https://huggingface.co/papers", "text": unique_page()}
        run_digest(clients[-1], shared_page)  # someone opened today's page first
        for client in clients:  # each library's title embeddings exist, as the enrich job leaves them
            run_digest(client, {"url": "https://example.org/one", "text": f"One paper {uuid.uuid4().hex}\n\n" + "Words of an abstract. " * 20})
        per_item = (redis_clients["library"].info("memory")["used_memory"] - library_memory) / (LIBRARY * len(clients))

        results = {}
        for kind in ("cold", "shared"):
            before_cpu = {name: cpu_seconds(process.pid) for name, process in processes.items()}
            before_redis = {name: redis_counters(client) for name, client in redis_clients.items()}
            seconds = []
            for number in range(RUNS):
                page = shared_page if kind == "shared" else {"url": "https://huggingface.co/papers", "text": unique_page()}
                seconds.append(run_digest(clients[number], page)["done"])
            cpu = {name: (cpu_seconds(process.pid) - before_cpu[name]) / RUNS for name, process in processes.items()}
            redis_after = {name: redis_counters(client) for name, client in redis_clients.items()}
            delta = {
                name: {key: (redis_after[name][key] - before_redis[name][key]) / RUNS for key in redis_after[name]}
                for name in redis_clients
            }  # fmt: skip
            results[kind] = (cpu, delta, sorted(seconds)[len(seconds) // 2])

        # Idle SSE connections on one API process: each holds a socket and a Redis connection while it waits,
        # here on a digest whose stages were never queued (it never finishes).
        api_before = rss_mib(processes["api"].pid)
        idle = Digest(
            id=uuid.uuid4().hex[:24], owner=users.user_for_token(tokens[0]), url="https://example.org/idle", source="plain_text",
            created_at=time.time(), items=(DigestItem(id="0", title="A paper whose stages never run"),),
        )  # fmt: skip
        DigestStore(redis_clients["digests"], redis_clients["library"]).create(idle, 600)

        async def hold() -> tuple[int, float]:
            limits = httpx.Limits(max_connections=SSE_IDLE + 8)
            headers = {"Authorization": f"Bearer {tokens[0]}"}
            async with httpx.AsyncClient(base_url=settings.public_url, headers=headers, limits=limits, timeout=60) as http:
                streams = [await http.send(http.build_request("GET", f"/v1/digests/{idle.id}/events"), stream=True) for _ in range(SSE_IDLE)]
                await asyncio.sleep(2)
                held = rss_mib(processes["api"].pid)
                for response in streams:
                    await response.aclose()
                return sum(response.status_code == 200 for response in streams), held

        opened, api_held = asyncio.run(hold())
        for client in clients:
            client.close()
    finally:
        for process in reversed(list(processes.values())):
            stop_child(process)
        library_server.stop()
        digests_server.stop()

    from workers.nlp.model import choose_runtime, relevant_cpu_flags

    print(f"\nPer digest of the 79-paper seed page, users with {LIBRARY:,}-item libraries, {RUNS} digests each; "
          f"{os.cpu_count()} cores; nlp runtime {choose_runtime()[0]}; CPU flags: {relevant_cpu_flags()}\n")  # fmt: skip
    print("| digest | POST to `done` (s, median) | API CPU (s) | match worker CPU (s) | nlp worker CPU (s) | library Redis: CPU (ms), commands, kB in/out | digests Redis: CPU (ms), commands, kB in/out, memory (kB) |")
    print("|---|---:|---:|---:|---:|---|---|")
    for kind, (cpu, delta, seconds) in results.items():
        lib, dig = delta["library"], delta["digests"]
        print(
            f"| {kind} | {seconds:.2f} | {cpu['api']:.3f} | {cpu['worker-match']:.3f} | {cpu['worker-nlp']:.3f} "
            f"| {lib['cpu'] * 1000:.1f}, {lib['commands']:.0f}, {lib['bytes_in'] / 1024:.0f} / {lib['bytes_out'] / 1024:.0f} "
            f"| {dig['cpu'] * 1000:.1f}, {dig['commands']:.0f}, {dig['bytes_in'] / 1024:.0f} / {dig['bytes_out'] / 1024:.0f}, {dig['memory'] / 1024:.0f} |"
        )
    print(f"\nLibrary Redis memory per library item (JSON, indexes, change log, title embedding): {per_item / 1024:.1f} kB")
    print(f"Idle SSE streams on one API process: {opened} of {SSE_IDLE} open; its memory {api_before:.0f} → {api_held:.0f} MiB "
          f"({(api_held - api_before) * 1024 / max(opened, 1):.0f} kB per stream, parse children included)")  # fmt: skip


if __name__ == "__main__":
    main()
