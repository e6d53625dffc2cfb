"""`make bench`: the seed digest (79 papers) through the real stack against a 10,000-item library.

Starts its own redis-server, workers and API (as `paperlens up` does), then measures, in one run:
  - POST /v1/digests latency, time to the first annotation, to the end of the match stage, to `done`;
  - the very first page after the stack is ready, for a new user (an empty library): "ready" waits for the
    workers to load and warm the model, so this page pays for nothing else;
  - the seed page with cold caches against a 10k library whose embeddings exist (the enrich job computes them
    ahead; another page computes them here first), and the same digest again (warm caches);
  - naive KeyBERT, one call per paper, same model and parameters, in this process: the baseline.
Prints a Markdown table.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from backend.domain.digests import parse_digest  # noqa: E402
from backend.domain.models import LibraryItem  # noqa: E402
from backend.embedded_redis import EmbeddedRedis, free_port  # noqa: E402
from backend.pipeline import MODEL_READY  # noqa: E402
from backend.settings import Settings  # noqa: E402
from backend.stack import WORKERS, api_command, start_child, start_workers, stop_child, wait_for_http  # noqa: E402
from backend.store import LibraryStore, UserStore, connect  # noqa: E402
from tests.support import SHARED, SHARED_FIXTURES, read_events  # noqa: E402
from workers.nlp.model import relevant_cpu_flags  # noqa: E402

LIBRARY_SIZE = 10_000
SEED_TEXT = (SHARED_FIXTURES / "hf-daily-papers.txt").read_text()


def library_titles(size: int) -> list[str]:
    """Real titles (DBLP-ACM records, Inspec) first, then synthetic ones from their words up to `size`."""
    titles: dict[str, None] = {}
    for split in ("train", "valid", "test"):
        for line in (SHARED / "bench" / "dblp-acm" / f"{split}.txt").read_text().splitlines():
            for record in line.split("\t")[:2]:
                title = record.split("COL title VAL", 1)[-1].split("COL authors", 1)[0].strip()
                if title:
                    titles[title] = None
    for line in (SHARED / "bench" / "inspec" / "inspec_test500.jsonl").read_text().splitlines():
        titles[line.split('"title": "', 1)[-1].split('"', 1)[0]] = None
    words = " ".join(titles).split()
    rng = random.Random(7)
    while len(titles) < size:
        titles[" ".join(rng.choice(words) for _ in range(rng.randint(5, 12)))] = None
    return list(titles)[:size]


def run_digest(client: httpx.Client, page: dict | None = None) -> dict[str, float]:
    started = time.perf_counter()
    posted = client.post("/v1/digests", json=page or {"url": "https://huggingface.co/papers", "text": SEED_TEXT})
    posted.raise_for_status()
    timings = {"post": time.perf_counter() - started}
    with client.stream("GET", posted.json()["events_url"], timeout=600) as response:
        for event in read_events(response):
            now = time.perf_counter() - started
            if event.event == "annotation":
                timings.setdefault("first_annotation", now)
                if event.data["kind"] == "keywords":
                    timings.setdefault("first_keywords", now)
            if event.event == "progress" and event.data["stage"] == "match" and event.data["done"] == event.data["total"]:
                timings["match_done"] = now
            if event.event == "done":
                timings["done"] = now
                break
    return timings


def process_tree(pid: int) -> list[int]:
    """A process and its live descendants (a Celery worker and its pool, uvicorn and its parse children)."""
    pids, found = [pid], []
    while pids:
        current = pids.pop()
        found.append(current)
        try:
            for task in Path(f"/proc/{current}/task").iterdir():
                pids += [int(child) for child in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def status_mib(pid: int, field: str) -> float:
    """A memory figure of /proc/PID/status (VmHWM, VmRSS) in MiB; 0 for a process gone meanwhile."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        return int(next(line.split()[1] for line in status.splitlines() if line.startswith(field))) / 1024
    except (OSError, StopIteration):
        return 0.0


def peak_rss_mib(pid: int) -> float:
    """Peak resident memory (VmHWM) of a process and its children (the Celery pool), the largest of them."""
    return max((status_mib(each, "VmHWM") for each in process_tree(pid)), default=0.0)


def naive_keybert(documents: list[str]) -> float:
    from workers.nlp.keywords import NGRAM_RANGE, TOP_N, _keybert

    model = _keybert()
    model.extract_keywords(documents[0], keyphrase_ngram_range=NGRAM_RANGE, stop_words="english", top_n=TOP_N)
    started = time.perf_counter()
    for document in documents:
        model.extract_keywords(document, keyphrase_ngram_range=NGRAM_RANGE, stop_words="english", top_n=TOP_N)
    return time.perf_counter() - started


def main() -> None:
    workdir = Path(tempfile.mkdtemp(prefix="paperlens-bench-"))
    redis_server = EmbeddedRedis(workdir / "redis").start()
    settings = Settings(redis_url=redis_server.url, port=free_port(), data_dir=workdir)
    env = dict(os.environ, REDIS_URL=settings.redis_url, PAPERLENS_PORT=str(settings.port), HF_HUB_OFFLINE="1")
    processes = []
    try:
        processes += start_workers(env, workdir).values()
        processes.append(start_child(api_command(settings), env, workdir / "api.log"))
        wait_for_http(f"{settings.public_url}/healthz", process=processes[-1])

        redis_client = connect(settings.redis_url)
        seed = parse_digest("https://huggingface.co/papers", text=SEED_TEXT).papers
        _, new_user_token = UserStore(redis_client).create("new-user")
        # The seed's papers with one more sentence each: the same work, none of it cached for the runs below.
        other_day = "Mar 12\n\n" + "\n\n".join(f"{p.title}\n\n{p.abstract} We release our code." for p in seed) + "\n"
        with httpx.Client(base_url=settings.public_url, headers={"Authorization": f"Bearer {new_user_token}"}, timeout=60) as client:
            first_after_ready = run_digest(client, {"url": "https://huggingface.co/papers", "text": other_day})
        user_id, token = UserStore(redis_client).create("bench")
        titles = [p.title for p in seed[:5]] + library_titles(LIBRARY_SIZE - 5)
        LibraryStore(redis_client).write(
            user_id, [(LibraryItem(id=f"b{i}", title=title, added_at=float(i)), None) for i, title in enumerate(titles)]
        )

        with httpx.Client(base_url=settings.public_url, headers={"Authorization": f"Bearer {token}"}, timeout=60) as client:
            # Another page first embeds the 10k library titles (the enrich job does it ahead in a deployment).
            listing = (ROOT / "tests" / "fixtures" / "arxiv-list-cs-cl-new.html").read_text()
            wake = run_digest(client, {"url": "https://arxiv.org/list/cs.CL/new", "html": listing})
            cold = run_digest(client)
            warm_runs = []
            for run in range(2):  # the library changes in between, so each run is a new digest (warm caches)
                LibraryStore(redis_client).write(user_id, [(LibraryItem(id=f"w{run}", title=f"Saved meanwhile {run}"), None)])
                warm_runs.append(run_digest(client))
            reused = run_digest(client)  # library unchanged since: the same digest, annotations already there
        rss = {name: peak_rss_mib(process.pid) for name, process in zip(WORKERS, processes)}
        runtime = next(line for line in (workdir / "worker-nlp.log").read_text().splitlines() if MODEL_READY in line)
        runtime = runtime.split(MODEL_READY, 1)[1].strip()[1:-1]  # "(runtime: why)"
        naive = naive_keybert([f"{p.title}. {p.abstract}" for p in seed])
    finally:
        for process in reversed(processes):
            stop_child(process)
        redis_server.stop()

    warm = {key: statistics.median(run[key] for run in warm_runs) for key in warm_runs[0]}
    print(f"\nSeed digest: {len(seed)} papers, library: {LIBRARY_SIZE:,} items, machine: {os.cpu_count()} cores")
    print(f"first page after ready ({len(seed)} papers), a new user's (empty library): {first_after_ready['done']:.2f} s to `done` "
          f"(first keywords {first_after_ready['first_keywords']:.2f} s)")
    print(f"(then another page embedded the 10k library titles: {wake['done']:.1f} s to `done`)\n")
    print("| measure | cold caches (s) | same page again, library changed (s, median of 2) | same page again, library unchanged: digest reused (s) |")
    print("|---|---:|---:|---:|")
    for key, label in [
        ("post", "POST /v1/digests answered"),
        ("first_annotation", "first annotation on the stream"),
        ("match_done", "match stage done (79 × 10k)"),
        ("first_keywords", "first keywords"),
        ("done", "`done`"),
    ]:
        print(f"| {label} | {cold[key]:.3f} | {warm[key]:.3f} | {reused.get(key, float('nan')):.3f} |")
    print("\npeak RSS per worker process (MiB): " + ", ".join(f"{name} {value:.0f}" for name, value in rss.items()))
    print(f"nlp worker: {runtime}; CPU flags: {relevant_cpu_flags()}")
    # Ratios only between like and like: nothing cached on either side. The warm runs reuse cached keywords
    # and embeddings, which naive KeyBERT has no counterpart of, so they get no ratio.
    print("\n| keywords for the 79 papers, nothing cached | seconds | ratio |")
    print("|---|---:|---:|")
    print(f"| naive KeyBERT, one call per paper (baseline, torch float32) | {naive:.1f} | 1.0× |")
    print(f"| paperlens pipeline, POST to `done`, first page after ready (new user) | {first_after_ready['done']:.2f} | {naive / first_after_ready['done']:.1f}× |")
    print(f"| paperlens pipeline, POST to `done`, cold caches, 10k library | {cold['done']:.2f} | {naive / cold['done']:.1f}× |")


if __name__ == "__main__":
    main()
