"""`make bench-load`: the API under load from a second process on loopback, on this machine's cores.

1. Digest posts at a fixed offered rate (open loop: latency is measured from when each request was due,
   so a slow server cannot hide its queueing): accepted per second, p50 / p99 / max latency. Each post is
   the seed digest's visible text (79 papers) with a marker that makes it a new digest (no reuse), spread
   over 200 users (each under its rate limit). The workers are not running in this phase: it measures what
   the API accepts; the queued stages wait in Redis.
2. 200 SSE clients following one digest that the workers annotate meanwhile: how many connect, how many
   receive every event through `done`.

Bounded: 10 s of posts per offered rate, 200 clients; about a minute and a half in all.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

USERS = 200
SSE_CLIENTS = 200
POST_SECONDS = 10
RATES = tuple(int(rate) for rate in os.environ.get("PAPERLENS_LOAD_RATES", "50,100,200").split(","))


def page(marker: str) -> dict:
    from tests.support import SHARED_FIXTURES

    text = (SHARED_FIXTURES / "hf-daily-papers.txt").read_text()
    return {"url": "https://huggingface.co/papers", "text": text.replace("\n\n", f" {marker}\n\n", 12)}


# --- the load generator (runs as its own process) -------------------------------------------------


async def post_at_rate(url: str, tokens: list[str], rate: int, seconds: int) -> dict:
    import httpx

    bodies = [json.dumps(page(uuid.uuid4().hex)).encode() for _ in range(rate * seconds)]
    latencies, codes = [], {}
    limits = httpx.Limits(max_connections=256, max_keepalive_connections=256)
    async with httpx.AsyncClient(base_url=url, timeout=30, limits=limits) as client:

        async def one(n: int, due: float) -> None:
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
            try:
                response = await client.post(
                    "/v1/digests",
                    content=bodies[n],
                    headers={"Authorization": f"Bearer {tokens[n % len(tokens)]}", "Content-Type": "application/json"},
                )
                outcome = response.status_code
            except httpx.HTTPError as error:
                outcome = type(error).__name__
            latencies.append(time.perf_counter() - due)
            codes[outcome] = codes.get(outcome, 0) + 1

        started = time.perf_counter() + 0.5
        await asyncio.gather(*(one(n, started + n / rate) for n in range(len(bodies))))
        elapsed = time.perf_counter() - started
    latencies.sort()
    return {
        "offered": rate,
        "sent": len(bodies),
        "accepted": codes.get(202, 0),
        "accepted_per_second": codes.get(202, 0) / elapsed,
        "codes": codes,
        "p50_ms": 1000 * statistics.median(latencies),
        "p99_ms": 1000 * latencies[int(len(latencies) * 0.99) - 1],
        "max_ms": 1000 * latencies[-1],
    }


async def follow(url: str, token: str, digest_id: str, clients: int) -> dict:
    import httpx

    limits = httpx.Limits(max_connections=clients + 8, max_keepalive_connections=clients + 8)
    async with httpx.AsyncClient(base_url=url, timeout=300, limits=limits) as client:

        async def one() -> tuple[bool, int]:
            async with client.stream("GET", f"/v1/digests/{digest_id}/events", headers={"Authorization": f"Bearer {token}"}) as response:
                if response.status_code != 200:
                    raise RuntimeError(f"HTTP {response.status_code}: {(await response.aread())[:200]!r}")
                count, done = 0, False
                async for line in response.aiter_lines():
                    if line.startswith("event: done"):
                        done = True
                    if line.startswith("id: "):
                        count += 1
                    if done and line == "":
                        break
                if not done:
                    raise RuntimeError(f"stream ended after {count} events without `done`")
                return done, count

        started = time.perf_counter()
        results = await asyncio.gather(*(one() for _ in range(clients)), return_exceptions=True)
        elapsed = time.perf_counter() - started
    finished = [r for r in results if isinstance(r, tuple) and r[0]]
    counts = {count for _, count in finished}
    return {
        "clients": clients,
        "completed": len(finished),
        "errors": sorted({repr(r)[:200] for r in results if isinstance(r, BaseException)})[:3],
        "failed": sum(1 for r in results if isinstance(r, BaseException)),
        "events_per_client": sorted(counts),
        "seconds_to_all_done": elapsed,
    }


def client_main(argv: list[str]) -> None:
    mode, url = argv[0], argv[1]
    if mode == "posts":
        tokens = json.loads(Path(argv[2]).read_text())
        result = asyncio.run(post_at_rate(url, tokens, int(argv[3]), POST_SECONDS))
    else:
        result = asyncio.run(follow(url, argv[2], argv[3], int(argv[4])))
    print(json.dumps(result))


# --- the stack, and the table -------------------------------------------------------------------


def run_client(*args: str) -> dict:
    output = subprocess.run([sys.executable, __file__, "client", *args], capture_output=True, text=True)
    if output.returncode:
        raise RuntimeError(f"load client failed:\n{output.stderr[-3000:]}")
    return json.loads(output.stdout.strip().splitlines()[-1])


def main() -> None:
    import httpx

    from backend.embedded_redis import EmbeddedRedis, free_port
    from backend.settings import Settings
    from backend.stack import api_command, start_child, start_workers, stop_child, wait_for_http
    from backend.store import UserStore, connect

    workdir = Path(tempfile.mkdtemp(prefix="paperlens-bench-load-"))
    redis_server = EmbeddedRedis(workdir / "redis").start()
    settings = Settings(redis_url=redis_server.url, port=free_port(), data_dir=workdir)
    env = dict(os.environ, REDIS_URL=settings.redis_url, PAPERLENS_PORT=str(settings.port), HF_HUB_OFFLINE="1")
    processes = []
    try:
        processes.append(start_child(api_command(settings), env, workdir / "api.log"))
        wait_for_http(f"{settings.public_url}/healthz", process=processes[-1])
        users = UserStore(connect(settings.redis_url))
        tokens = [users.create(f"load-{n}")[1] for n in range(USERS)]
        (workdir / "tokens.json").write_text(json.dumps(tokens))
        posts = [run_client("posts", settings.public_url, str(workdir / "tokens.json"), str(rate)) for rate in RATES]
        connect(settings.redis_url).delete("match", "nlp")  # the queued stages of phase 1: not phase 2's work

        processes += start_workers(env, workdir).values()
        with httpx.Client(base_url=settings.public_url, headers={"Authorization": f"Bearer {tokens[0]}"}) as client:
            digest = client.post("/v1/digests", json=page(uuid.uuid4().hex), timeout=30).json()
        sse = run_client("sse", settings.public_url, tokens[0], digest["id"], str(SSE_CLIENTS))
    finally:
        for process in reversed(processes):
            stop_child(process)
        redis_server.stop()

    print(f"\nAPI: one uvicorn process; load from a second process on loopback; machine: {os.cpu_count()} cores\n")
    print("| offered (posts/s) | sent | accepted (202) | accepted/s | p50 (ms) | p99 (ms) | max (ms) | other answers |")
    print("|---:|---:|---:|---:|---:|---:|---:|---|")
    for p in posts:
        others = {code: n for code, n in p["codes"].items() if code != "202"}
        print(
            f"| {p['offered']} | {p['sent']} | {p['accepted']} | {p['accepted_per_second']:.0f} | {p['p50_ms']:.1f} "
            f"| {p['p99_ms']:.1f} | {p['max_ms']:.1f} | {others or '–'} |"
        )
    print(
        f"\nSSE: {sse['clients']} clients on one digest ({len(digest['items'])} papers, annotated meanwhile): "
        f"{sse['completed']} received every event through `done` (events per client: {sse['events_per_client']}), "
        f"all done after {sse['seconds_to_all_done']:.1f} s; errors: {sse['errors'] or 'none'}"
    )


if __name__ == "__main__":
    if sys.argv[1:2] == ["client"]:
        client_main(sys.argv[2:])
    else:
        main()
