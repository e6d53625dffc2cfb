"""`make bench-jobs` (part of `make bench`): the enrich and duplicate-sweep jobs over a 5,000-item library,
run by the real workers through the broker, each twice (the second run finds nothing new).

The library: the 500 Inspec test abstracts (title + abstract), the DBLP-ACM records (title, authors,
venue, year: what a BibTeX import usually gives; both sides of the benchmark, so the library holds
real DBLP/ACM duplicates), and synthetic titles from their words up to 5,000 items. Baselines in this process, same run:
plain KeyBERT one call per item on a 250-item sample of the same mix (its rate, scaled to 5,000), and
a naive sweep that scores every pair of titles (rapidfuzz cdist, in C) and explains the alike ones.
"""

from __future__ import annotations

import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from backend.domain.matching import TITLE_POSSIBLE, compare, normalise_title  # noqa: E402
from backend.domain.models import LibraryItem  # noqa: E402
from backend.embedded_redis import EmbeddedRedis  # noqa: E402
from backend.pipeline import JOBS_BY_NAME  # noqa: E402
from backend.queue import queue_client  # noqa: E402
from backend.stack import WORKERS, start_workers, stop_child  # noqa: E402
from backend.store import JobStore, LibraryStore, UserStore, connect  # noqa: E402
from tests.bench.bench_spine import library_titles, peak_rss_mib  # noqa: E402
from tests.bench.dblp_acm import SPLITS, record  # noqa: E402
from tests.support import SHARED  # noqa: E402

SIZE = 5_000
NAIVE_SAMPLE = 250


def library() -> list[LibraryItem]:
    items = []
    for line in (SHARED / "bench" / "inspec" / "inspec_test500.jsonl").read_text().splitlines():
        doc = json.loads(line)
        items.append(LibraryItem(id=f"i{len(items)}", title=doc["title"], abstract=doc["abstract"], added_at=len(items)))
    seen = {item.title.lower() for item in items}
    for split in ("train", "valid", "test"):
        for line in (SPLITS / f"{split}.txt").read_text().splitlines():
            for serialised in line.split("\t")[:2]:
                fields = record(serialised)
                if len(items) < SIZE and fields["title"] and fields["title"].lower() not in seen:
                    seen.add(fields["title"].lower())
                    items.append(
                        LibraryItem(
                            id=f"d{len(items)}",
                            title=fields["title"],
                            authors=tuple(fields.get("authors", ())),
                            venue=fields.get("venue"),
                            year=fields.get("year"),
                            added_at=len(items),
                        )
                    )
    extra = [title for title in library_titles(SIZE * 2) if title.lower() not in seen]
    items += [LibraryItem(id=f"s{n}", title=title, added_at=SIZE + n) for n, title in enumerate(extra[: SIZE - len(items)])]
    return items[:SIZE]


def run(redis_url: str, name: str) -> tuple[float, dict]:
    """Wall time from queueing a job to its recorded finish (enrich's last part: it works in slices, each queuing
    the rest), and its summary (the parts' counts summed, `parts` of them)."""
    jobs, job = JobStore(connect(redis_url)), JOBS_BY_NAME[name]
    before = jobs.last_run(name)[0]
    started = time.time()
    queue_client(redis_url).send_task(job.task, queue=job.queue)
    summary: dict[str, int] = {}
    while True:
        last = jobs.last_run(name)[0]
        if last is not None and last != before:
            assert last.outcome == "ok", last
            before = last
            for key, value in {**last.summary, "parts": 1}.items():
                summary[key] = summary.get(key, 0) + value
            if not (last.summary.get("items_later") or last.summary.get("libraries_later")):
                return last.finished_at - started, summary
        time.sleep(0.05)


def naive_keybert_seconds(items: list[LibraryItem]) -> float:
    from workers.nlp.keywords import NGRAM_RANGE, TOP_N, _keybert, paper_text

    sample = random.Random(7).sample(items, NAIVE_SAMPLE)
    model = _keybert()
    model.extract_keywords("warm up", keyphrase_ngram_range=NGRAM_RANGE, stop_words="english")
    started = time.perf_counter()
    for item in sample:
        model.extract_keywords(paper_text(item.title, item.abstract), keyphrase_ngram_range=NGRAM_RANGE, stop_words="english", top_n=TOP_N)
    return (time.perf_counter() - started) * len(items) / len(sample)


def in_process_sweep(items: list[LibraryItem]) -> tuple[float, int]:
    from backend.domain.duplicates import library_duplicates

    started = time.perf_counter()
    pairs = library_duplicates(items)
    return time.perf_counter() - started, len(pairs)


def naive_sweep(items: list[LibraryItem]) -> tuple[float, int]:
    from rapidfuzz import fuzz, process

    started = time.perf_counter()
    titles = [normalise_title(item.title) for item in items]
    scores = process.cdist(titles, titles, scorer=fuzz.ratio, processor=None, score_cutoff=TITLE_POSSIBLE, workers=-1)
    pairs = 0
    for i, j in zip(*scores.nonzero()):
        if i < j and compare(items[i].as_paper(), items[j].as_paper()).verdict != "different":
            pairs += 1
    return time.perf_counter() - started, pairs


def main() -> None:
    workdir = Path(tempfile.mkdtemp(prefix="paperlens-bench-jobs-"))
    redis_server = EmbeddedRedis(workdir / "redis").start()
    env = dict(os.environ, REDIS_URL=redis_server.url, HF_HUB_OFFLINE="1")
    items = library()
    processes = []
    try:
        processes += start_workers(env, workdir).values()
        client = connect(redis_server.url)
        owner, _ = UserStore(client).create("bench")
        LibraryStore(client).write(owner, [(item, None) for item in items])
        enrich_first, enrich_summary = run(redis_server.url, "enrich")
        enrich_again, _ = run(redis_server.url, "enrich")
        sweep_first, sweep_summary = run(redis_server.url, "duplicates")
        sweep_again, _ = run(redis_server.url, "duplicates")
        rss = {name: peak_rss_mib(process.pid) for name, process in zip(WORKERS, processes)}
    finally:
        for process in processes:
            stop_child(process)
        redis_server.stop()
    naive_enrich = naive_keybert_seconds(items)
    naive_sweep_seconds, naive_pairs = naive_sweep(items)
    ours_sweep_seconds, our_pairs = in_process_sweep(items)
    # Four times the library: the index grows linearly, all pairs sixteen-fold.
    larger = items + [LibraryItem(id=f"x{n}", title=t, added_at=SIZE + n) for n, t in enumerate(library_titles(4 * SIZE)[: 3 * SIZE])]
    larger_ours, _ = in_process_sweep(larger)
    larger_naive, _ = naive_sweep(larger)

    with_abstracts = sum(1 for item in items if item.abstract)
    print(f"\nLibrary: {len(items):,} items ({with_abstracts} with abstracts), one user; machine: {os.cpu_count()} cores\n")
    print("| job | first run (s) | items/s | second run, nothing new (s) | naive baseline (s) | ratio |")
    print("|---|---:|---:|---:|---:|---:|")
    print(
        f"| enrich (keywords + title embeddings; {enrich_summary['parts']} parts of ~2 s) | {enrich_first:.1f} | {enrich_summary['items_enriched'] / enrich_first:.0f} "
        f"| {enrich_again:.3f} | {naive_enrich:.0f} (KeyBERT, keywords only, from {NAIVE_SAMPLE} items) "
        f"| {naive_enrich / enrich_first:.1f}× |"
    )
    print(
        f"| duplicate sweep ({sweep_summary['pairs']} pairs) | {sweep_first:.2f} | {len(items) / sweep_first:.0f} "
        f"| {sweep_again:.3f} | {naive_sweep_seconds:.1f} (all pairs, {naive_pairs} pairs) | {naive_sweep_seconds / sweep_first:.1f}× |"
    )
    print(
        f"| duplicate sweep, domain function only (no Redis) | {ours_sweep_seconds:.2f} | {len(items) / ours_sweep_seconds:.0f} "
        f"| – | {naive_sweep_seconds:.1f} | {naive_sweep_seconds / ours_sweep_seconds:.1f}× |"
    )
    print(
        f"| duplicate sweep, domain function only, {len(larger):,} items | {larger_ours:.2f} | {len(larger) / larger_ours:.0f} "
        f"| – | {larger_naive:.1f} | {larger_naive / larger_ours:.1f}× |"
    )
    print("\npeak RSS per worker process (MiB): " + ", ".join(f"{name} {value:.0f}" for name, value in rss.items()))


if __name__ == "__main__":
    main()
