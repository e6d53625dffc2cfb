"""`make bench-load`: the API under load from a second process on loopback, on this machine's cores.

1. Digest posts, closed loop with `wrk` (C, from Debian's package: it costs the machine little) at
   several connection counts: posts accepted per second, p50 / p99 latency. Each post is the seed digest's
   visible text (79 papers, 130 kB) made unique (a new digest every time: no reuse), and, for the fixed
   cost, a one-paper page; tokens rotate over 400 users so none passes its rate limit. The workers are not
   running in this phase: it measures what the API accepts; the queued stages wait in Redis.
2. 200 SSE clients (a Python asyncio process) following one digest that the workers annotate meanwhile:
   how many connect, how many receive every event through `done`.

Bounded: 8 s per wrk run, 200 clients; about a minute and a half in all.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

USERS = 400
SSE_CLIENTS = 200
WRK_SECONDS = 8
CONNECTIONS = (4, 8, 16, 64)
API_WORKERS = 2
# Where the API writes: one server for everything (every write fsynced), or what `paperlens up` runs: the
# library's server (fsync always) and one for digests, streams and rate limits (fsync once a second).
LAYOUTS = {"one server, fsync always": [("redis", "always")],
           "two servers (paperlens up)": [("redis", "always"), ("redis-digests", "everysec")]}
SSE_LAYOUT = "two servers (paperlens up)"
WRK_SCRIPT = Path(__file__).with_name("wrk_digest_posts.lua")


def page(marker: str) -> dict:
    from tests.support import SHARED_FIXTURES

    text = (SHARED_FIXTURES / "hf-daily-papers.txt").read_text()
    return {"url": "https://huggingface.co/papers", "text": text.replace("\n\n", f" {marker}\n\n", 12)}


SMALL_PAGE = {"url": "https://example.org/one", "text": "A single paper on a small page UNIQUE\n\n" + "An abstract that is long enough to be one. " * 6}


def wrk(url: str, tokens_file: Path, body_file: Path, connections: int) -> dict:
    """One closed-loop run: requests per second and latency percentiles, as wrk prints them."""
    output = subprocess.run(
        ["wrk", "-t1", f"-c{connections}", f"-d{WRK_SECONDS}s", "--latency", "-s", str(WRK_SCRIPT), url, "--",
         str(tokens_file), str(body_file)],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip

    def ms(label: str) -> float:
        value, unit = re.search(rf"^\s+{label}\s+([\d.]+)(us|ms|s)\s*$", output, re.M).groups()
        return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors = re.search(r"Socket errors: (.*)", output)
    return {
        "connections": connections,
        "per_second": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "requests": int(re.search(r"(\d+) requests in", output).group(1)),
        "p50_ms": ms("50%"),
        "p99_ms": ms("99%"),
        "non_2xx": int(non_2xx.group(1)) if non_2xx else 0,
        "socket_errors": errors.group(1) if errors else "",
    }


# --- the load generator (runs as its own process) -------------------------------------------------


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
    url, token, digest_id, clients = argv
    print(json.dumps(asyncio.run(follow(url, token, digest_id, int(clients)))))


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
    posts: dict[str, list[dict]] = {}
    for layout in LAYOUTS:
        servers = [EmbeddedRedis(workdir / layout / name, fsync=fsync).start() for name, fsync in LAYOUTS[layout]]
        settings = Settings(
            redis_url=servers[0].url, digest_redis_url=servers[-1].url, port=free_port(), data_dir=workdir, api_workers=API_WORKERS
        )
        env = dict(
            os.environ, REDIS_URL=settings.redis_url, PAPERLENS_DIGEST_REDIS_URL=settings.digests_redis_url,
            PAPERLENS_PORT=str(settings.port), HF_HUB_OFFLINE="1",
            PAPERLENS_MAX_OPEN_STREAMS=str(SSE_CLIENTS + 10),  # capacity, not the per-user abuse cap, is measured here
        )  # fmt: skip
        processes = []
        try:
            processes.append(start_child(api_command(settings), env, workdir / f"api-{layout}.log"))
            wait_for_http(f"{settings.public_url}/healthz", process=processes[-1])
            users = UserStore(connect(settings.redis_url))
            tokens = [users.create(f"load-{n}")[1] for n in range(USERS)]
            (workdir / "tokens.txt").write_text("\n".join(tokens))
            seed = page("UNIQUE")
            seed["text"] = seed["text"].replace("UNIQUE", "", 11)  # one placeholder: wrk makes each post unique
            (workdir / "seed.json").write_text(json.dumps(seed))
            (workdir / "small.json").write_text(json.dumps(SMALL_PAGE))
            posts[layout] = [wrk(settings.public_url, workdir / "tokens.txt", workdir / "seed.json", c) for c in CONNECTIONS]
            posts[layout].append(wrk(settings.public_url, workdir / "tokens.txt", workdir / "small.json", 16) | {"small": True})
            if layout != SSE_LAYOUT:
                continue
            connect(settings.redis_url).delete("match", "nlp")  # the queued stages of phase 1: not phase 2's work
            processes += start_workers(env, workdir).values()
            with httpx.Client(base_url=settings.public_url, headers={"Authorization": f"Bearer {tokens[0]}"}) as client:
                digest = client.post("/v1/digests", json=page(uuid.uuid4().hex), timeout=30).json()
            sse = run_client(settings.public_url, tokens[0], digest["id"], str(SSE_CLIENTS))
        finally:
            for process in reversed(processes):
                stop_child(process)
            for server in servers:
                server.stop()

    print(f"\nAPI: {API_WORKERS} uvicorn processes (httptools, uvloop); wrk from a second process on loopback; {os.cpu_count()} cores\n")
    print("| Redis | page | connections | posts accepted/s | p50 (ms) | p99 (ms) | non-202 | socket errors |")
    print("|---|---|---:|---:|---:|---:|---:|---|")
    for layout, runs in posts.items():
        for p in runs:
            label = "one paper" if p.get("small") else "seed, 79 papers"
            print(
                f"| {layout} | {label} | {p['connections']} | {p['per_second']:.0f} | {p['p50_ms']:.1f} | {p['p99_ms']:.1f} "
                f"| {p['non_2xx']} | {p['socket_errors'] or '–'} |"
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
