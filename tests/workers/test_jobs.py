"""Background jobs, each triggered through the broker and run by the real workers on the real Redis.

Feeds are served by a local HTTP server from fixture files: an RSS file written for these tests and
the shared Hugging Face papers page.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import msgspec
import pytest

from tests.conftest import FEED_HOST

from backend.pipeline import JOBS_BY_NAME
from backend.queue import queue_client
from backend.domain.duplicates import pair_id, sweep_rules
from backend.domain.models import DuplicatePair, LibraryItem
from backend.store import DuplicateStore, JobStore, LibraryStore, UserStore
from backend.store.digests import digest_key
from backend.store.jobs import JobRun
from tests.support import (
    OWN_FIXTURES,
    SHARED_FIXTURES,
    all_library_items,
    stream_events,
    wait_until,
)

RSS = (OWN_FIXTURES / "arxiv-cs-cl.rss").read_bytes()
HF_HTML = (SHARED_FIXTURES / "hf-papers-2024-08-01.html").read_bytes()
GROUP_BIB = (SHARED_FIXTURES / "library-group-publications.bib").read_bytes()


def run_job(settings, redis_client, name: str, timeout: float = 240) -> JobRun:
    """Queue a job as beat does (by task name, on its queue) and wait for the run it records."""
    # A run an earlier test started may still have parts to go: its next part, starting past this test's library,
    # would be taken for ours (a sweep found no pairs in CI). Ours is asked for once that run has ended.
    wait_until(lambda: not _continued(JobStore(redis_client).last_run(name)[0]), timeout, f"the last run of {name} to end")
    before = JobStore(redis_client).last_run(name)[0]
    job = JOBS_BY_NAME[name]
    queue_client(settings.redis_url).send_task(job.task, queue=job.queue)
    return run_to_its_end(redis_client, name, before, timeout)


def _continued(run: JobRun | None) -> bool:
    """A run of a job over libraries that queued the rest of itself (it works in slices)."""
    return run is not None and bool(run.summary.get("items_later") or run.summary.get("libraries_later"))


def run_to_its_end(redis_client, name: str, before: JobRun | None, timeout: float = 240) -> JobRun:
    """The run recorded after `before`, followed to its end if it queued the rest of itself (enrich works in
    slices): one JobRun for them all, counts summed, `error` if any part ended so."""
    jobs, deadline, runs = JobStore(redis_client), time.monotonic() + timeout, []
    while not runs or _continued(runs[-1]):
        while (last := jobs.last_run(name)[0]) is None or last == before or last in runs:
            assert time.monotonic() < deadline, f"job {name} recorded no run within {timeout} s"
            time.sleep(0.1)
        runs.append(last)
    summary: dict = {}
    for run in runs:
        for key, value in run.summary.items():
            summary[key] = summary.get(key, 0) + value if isinstance(value, int) else value
    outcome = "error" if any(run.outcome == "error" for run in runs) else runs[-1].outcome
    return JobRun(started_at=runs[0].started_at, finished_at=runs[-1].finished_at, outcome=outcome, summary=summary)


# --- enrich ---------------------------------------------------------------------------------------


def test_enrich_computes_keywords_and_embeddings_once_then_only_for_changed_text(client, workers, settings, redis_client):
    abstracts = {
        "Direct Preference Optimization": "We fine-tune language models with human preferences without reinforcement learning.",
        "Mixture of Experts Layers": "Sparsely gated mixture-of-experts layers scale model capacity at constant computation.",
        "Retrieval Heads": "A special kind of attention heads retrieves information from long contexts.",
    }
    ids = [client.post("/v1/library/items", json={"title": t, "abstract": a}).json()["id"] for t, a in abstracts.items()]
    assert all(not client.get(f"/v1/library/items/{i}").json().get("keywords") for i in ids)

    first = run_job(settings, redis_client, "enrich")
    assert first.outcome == "ok" and first.summary["items_enriched"] >= 3
    items = [client.get(f"/v1/library/items/{i}").json() for i in ids]
    assert all(item["keywords"] for item in items), items
    assert "human preferences" in {k.lower() for k in items[0]["keywords"]}
    owner = _owner(redis_client, ids[0])
    assert set(LibraryStore(redis_client).embeddings(owner)) == set(ids)

    second = run_job(settings, redis_client, "enrich")  # nothing changed anywhere: nothing computed
    assert second.outcome == "ok" and second.summary.get("items_enriched", 0) == 0
    assert second.summary.get("libraries_enriched", 0) == 0

    client.patch(f"/v1/library/items/{ids[2]}", json={"abstract": "Sparse attention over million-token documents."})
    third = run_job(settings, redis_client, "enrich")
    assert third.summary["items_enriched"] == 1 and third.summary["libraries_enriched"] == 1
    changed = client.get(f"/v1/library/items/{ids[2]}").json()
    assert changed["keywords"] and changed["keywords"] != items[2]["keywords"]


def test_enriching_a_large_library_does_not_hold_the_nlp_worker_while_pages_wait(client, other_client, workers, settings, redis_client, token):
    # One worker process computes every live page's keywords and runs enrich. A library of thousands of new items is a
    # minute or more of keywords in one enrich task, and a page another user posted meanwhile waited for all of it.
    # enrich now works in slices, each queuing the rest of the job behind the pages waiting.
    tag = os.urandom(4).hex()  # words nobody has: no keyword cached
    entries = [
        {"id": f"e{n}", "type": "article-journal", "title": f"Slices of enrichment {tag} study {n}",
         "abstract": f"We study queue {n} ({tag}) with its words {n * 3} and {n * 11}. " + "Background work yields to live pages. " * 3}
        for n in range(3_000)
    ]  # fmt: skip
    queued = client.post("/v1/library/import", params={"format": "csljson"}, content=msgspec.json.encode(entries))
    assert queued.status_code == 202, queued.text
    wait_until(lambda: client.get(queued.json()["status_url"]).json()["state"] == "done", 120, "the import")
    owner, library = UserStore(redis_client).user_for_token(token), LibraryStore(redis_client)
    queue_client(settings.redis_url).send_task(JOBS_BY_NAME["enrich"].task, queue="nlp")
    wait_until(lambda: library.enriched_hashes(owner), 120, "enrich's first batch")

    listing = (OWN_FIXTURES / "arxiv-list-cs-cl-new.html").read_text()
    short = other_client.post("/v1/digests", json={"url": "https://arxiv.org/list/cs.CL/new", "html": listing}).json()
    assert stream_events(other_client, short["id"])[-1].event == "done"
    assert len(library.enriched_hashes(owner)) < len(entries)  # the page went first: enrich was still at work

    wait_until(lambda: library.enriched_version(owner) == library.version(owner), 600, "enrich to the end")
    wait_until(lambda: not _continued(JobStore(redis_client).last_run("enrich")[0]), 120, "enrich's last part")
    items = all_library_items(client)
    assert len(items) == len(entries) and all(item["keywords"] for item in items)
    yours = {job["name"]: job for job in client.get("/v1/jobs").json()}["enrich"]["yours"]
    assert yours["summary"]["items_enriched"] > 0 and "items_later" not in yours["summary"]  # the part that finished it


def _owner(redis_client, item_id: str) -> str:
    """The user a library item belongs to (tests know items, the jobs work per user)."""
    for key in redis_client.scan_iter(match="pl:lib:*:items"):
        if redis_client.hexists(key, item_id):
            return key.decode().split(":")[2]
    raise AssertionError(f"no library holds {item_id}")


# --- duplicate sweep ------------------------------------------------------------------------------

# Altered copies planted in the group's library; each must pair with the entry of `original`.
PLANTED = [
    ("changed case", "Fine-Grained Named Entity Recognition in Legal Documents", {
        "title": "FINE-GRAINED NAMED ENTITY RECOGNITION IN LEGAL DOCUMENTS",
        "authors": ["Elena Leitner", "Georg Rehm", "Julian Moreno-Schneider"], "year": 2019,
        "tags": ["legal-nlp"], "notes": "read for the NER survey",
    }),
    ("arXiv version", "Word Translation Without Parallel Data", {
        "title": "Word translation without parallel data", "authors": ["Alexis Conneau", "Guillaume Lample"],
        "year": 2018, "venue": "ICLR 2018", "arxiv_id": "arXiv:1710.04087v3", "tags": ["embeddings"],
    }),
    ("preprint / journal", "BRISE-plandok: a German legal corpus of building regulations", {
        "title": "BRISE-Plandok: A German Legal Corpus of Building Regulations",
        "authors": ["Gábor Recski", "Eszter Iklódi", "Björn Lellmann"], "year": 2023,
        "venue": "arXiv preprint", "arxiv_id": "2312.01234", "tags": ["corpus", "legal-nlp"],
    }),
    ("journal version of a preprint", "Rethinking interpretability in the era of large language models", {
        "title": "Rethinking Interpretability in the Era of Large Language Models",
        "authors": ["Chandan Singh", "Jeevana Priya Inala", "Michel Galley"], "year": 2025,
        "venue": "Journal of Interpretable AI", "doi": "10.5555/jiai.2025.017", "tags": ["interpretability"],
    }),
]
# Duplicates the researcher's own library already has (checked by hand against the .bib): the same
# chapter and the same book entered for 2017 and 2019 (the years disagree, so the sweep proposes them as
# possible duplicates), and Universal Dependencies 2.3 entered twice, once with all 285 authors and once
# with four, same year: the import merges that one at once (the evidence weighs for one paper).
ALREADY_THERE = [
    "Building word embeddings from dictionary definitions",
    "K + K = 120: Papers dedicated to László Kálmán and András Kornai on the occasion of their 60th birthdays",
]
MERGED_AT_IMPORT = "Universal Dependencies 2.3"


def test_sweeping_many_libraries_does_not_hold_the_match_worker_while_pages_wait(other_client, workers, settings, redis_client):
    # The sweep shares the match worker (one process) with every live page's matches, the answer a user waits for
    # first. It swept every changed library in one task: twelve libraries of 5,000 items held a page's matches for
    # all of them. It now goes library by library for 2 s, then queues the rest behind the pages waiting.
    rng, words = random.Random(5), [f"word{n}" for n in range(400)]
    users, library, duplicates = UserStore(redis_client), LibraryStore(redis_client), DuplicateStore(redis_client)
    names = [f"sweeper-{n}-{os.urandom(3).hex()}" for n in range(12)]
    owners = [users.create(name)[0] for name in names]
    for owner in owners:
        titles = (" ".join(rng.choice(words) for _ in range(7)) for _ in range(5_000))
        library.write(owner, [(LibraryItem(id=f"i{n}", title=title, added_at=n), None) for n, title in enumerate(titles)])
    try:
        queue_client(settings.redis_url).send_task(JOBS_BY_NAME["duplicates"].task, queue="match")

        def swept() -> int:
            return sum(duplicates.swept_version(owner) == library.version(owner) for owner in owners)

        wait_until(swept, 120, "the sweep's first library")
        listing = (OWN_FIXTURES / "arxiv-list-cs-cl-new.html").read_text()
        page = other_client.post("/v1/digests", json={"url": "https://arxiv.org/list/cs.CL/new", "html": listing}).json()
        assert stream_events(other_client, page["id"])[-1].event == "done"
        assert swept() < len(owners)  # the page's matches went first: the sweep was still at work
        wait_until(lambda: swept() == len(owners), 300, "the sweep to the end")
        wait_until(lambda: not _continued(JobStore(redis_client).last_run("duplicates")[0]), 120, "the sweep's last part")
    finally:  # 60,000 items are not for the other tests' enrich runs to read
        redis_client.hdel("pl:users:by_name", *names)
        for owner in owners:
            redis_client.delete(*redis_client.scan_iter(match=f"pl:lib:{owner}:*"))


def test_duplicate_sweep_finds_every_planted_pair_and_nothing_else_then_merge_and_dismiss(
    client, workers, settings, redis_client
):
    report = client.post("/v1/library/import", params={"format": "bibtex"}, content=GROUP_BIB)
    assert report.status_code == 200, report.text
    assert MERGED_AT_IMPORT in [m["title"] for m in report.json()["merged"] + report.json()["skipped"]]
    items = all_library_items(client)
    assert len([i for i in items if i["title"] == MERGED_AT_IMPORT]) == 1
    by_title = {}
    for item in items:
        by_title.setdefault(item["title"], []).append(item["id"])
    planted = {}
    for label, original, copy in PLANTED:
        created = client.post("/v1/library/items", json=copy)
        assert created.status_code == 201, created.text
        (original_id,) = by_title[original]
        planted[label] = frozenset({original_id, created.json()["id"]})

    run = run_job(settings, redis_client, "duplicates")
    assert run.outcome == "ok"
    listed = client.get("/v1/library/duplicates").json()
    found = {frozenset(pair["item_ids"]): pair for pair in listed["pairs"]}
    already = {frozenset(by_title[title]) for title in ALREADY_THERE}
    assert all(len(pair) == 2 for pair in already)
    extra = [found[key]["titles"] + found[key]["reasons"] for key in set(found) - set(planted.values()) - already]
    assert set(found) == set(planted.values()) | already, extra  # every planted pair, no false pair
    assert listed["swept_version"] == listed["library_version"]
    arxiv_pair = found[planted["arXiv version"]]
    assert arxiv_pair["verdict"] == "same" and arxiv_pair["reasons"] == ["same arXiv id 1710.04087"]

    # Merge the preprint/journal pair: one item, every tag and identifier of both, the other id an alias.
    pair = found[planted["preprint / journal"]]
    merged = client.post(f"/v1/library/duplicates/{pair['id']}/merge")
    assert merged.status_code == 200, merged.text
    merged = merged.json()
    kept_id, removed_id = pair["item_ids"]
    assert merged["id"] == kept_id
    assert set(merged["tags"]) == {"corpus", "legal-nlp"}
    assert merged["doi"] == "10.1007/s10579-024-09747-7" and merged["arxiv_id"] == "2312.01234"
    assert client.get(f"/v1/library/items/{removed_id}").json()["id"] == kept_id  # old links resolve
    assert client.patch(f"/v1/library/items/{removed_id}", json={"status": "reading"}).json()["id"] == kept_id
    assert len(all_library_items(client)) == len(items) + len(PLANTED) - 1

    # Dismiss the chapter pair: not proposed again, even after the next sweep reads the changed library.
    chapter = frozenset(by_title[ALREADY_THERE[0]])
    assert client.post(f"/v1/library/duplicates/{found[chapter]['id']}/dismiss").status_code == 204
    assert run_job(settings, redis_client, "duplicates").summary["libraries_swept"] >= 1
    after = {frozenset(pair["item_ids"]) for pair in client.get("/v1/library/duplicates").json()["pairs"]}
    assert after == (set(planted.values()) | already) - {planted["preprint / journal"], chapter}

    # Nothing changed since: the next sweep reads no library.
    again = run_job(settings, redis_client, "duplicates")
    assert again.summary.get("libraries_swept", 0) == 0


def test_a_paper_entered_64_times_is_one_group_swept_and_merged_in_one_call(client, workers, settings, redis_client):
    title = "Sparse Mixture-of-Experts Layers for Conditional Computation"
    spellings = [title, title.lower(), title.replace("-", " "), title.upper(), f"{title} (extended abstract)"]
    created = []
    for n in range(64):
        body = {"title": spellings[n % len(spellings)], "year": 2017, "tags": [f"t{n}"], "notes": f"note {n}"}
        if n % 8 == 0:
            body["doi"] = "10.5555/moe.2017"
        created.append(client.post("/v1/library/items", json=body).json())
    client.post("/v1/library/items", json={"title": "An unrelated paper on graph neural networks", "year": 2017})
    assert run_job(settings, redis_client, "duplicates").summary["groups"] >= 1

    listed = client.get("/v1/library/duplicates").json()
    (group,) = [g for g in listed["groups"] if created[0]["id"] in g["item_ids"]]
    assert sorted(group["item_ids"]) == sorted(item["id"] for item in created)  # one group of 64, nothing else
    assert group["item_ids"][0] == created[0]["id"]  # oldest first: the one a merge keeps by default
    assert group["verdict"] == "same" and group["pairs"] and all(pair["reasons"] for pair in group["pairs"])

    merged = client.post(f"/v1/library/duplicates/groups/{group['id']}/merge")
    assert merged.status_code == 200, merged.text
    merged = merged.json()
    assert merged["id"] == created[0]["id"]
    assert set(merged["tags"]) == {f"t{n}" for n in range(64)}  # every tag and note kept
    assert all(f"note {n}" in merged["notes"] for n in range(64))
    assert merged["doi"] == "10.5555/moe.2017"
    remaining = [i for i in all_library_items(client) if "mixture" in i["title"].lower()]
    assert [i["id"] for i in remaining] == [created[0]["id"]]
    assert client.get(f"/v1/library/items/{created[63]['id']}").json()["id"] == created[0]["id"]  # old links resolve
    assert client.get("/v1/library/duplicates").json()["groups"] == []
    assert client.post(f"/v1/library/duplicates/groups/{group['id']}/merge").status_code == 404  # gone


def test_a_biorxiv_preprint_and_its_journal_article_are_swept_merged_and_the_preprint_doi_still_finds_the_item(
    client, workers, settings, redis_client
):
    """Two DOIs, one paper: the preprint server's and the journal's. The merged item keeps the preprint's DOI as
    another identifier, and a record that carries only that DOI (retitled, as preprints are) is that item."""
    authors = ["John Jumper", "Richard Evans", "Alexander Pritzel"]
    title = "Highly accurate protein structure prediction with AlphaFold"
    journal = client.post("/v1/library/items", json={"title": title, "authors": authors, "year": 2021, "venue": "Nature", "doi": "10.1038/s41586-021-03819-2"}).json()
    preprint = client.post("/v1/library/items", json={"title": title, "authors": authors, "year": 2020, "venue": "bioRxiv", "doi": "10.1101/2020.12.01.406215"}).json()
    assert run_job(settings, redis_client, "duplicates").outcome == "ok"
    (pair,) = [p for p in client.get("/v1/library/duplicates").json()["pairs"] if set(p["item_ids"]) == {journal["id"], preprint["id"]}]
    assert pair["verdict"] == "same", pair  # was "possible": different DOIs
    merged = client.post(f"/v1/library/duplicates/{pair['id']}/merge").json()
    assert merged["doi"] == "10.1038/s41586-021-03819-2" and merged["other_identifiers"] == ["doi:10.1101/2020.12.01.406215"]

    retitled = "@article{v1, title = {High Accuracy Protein Structure Prediction Using Deep Learning}, doi = {10.1101/2020.12.01.406215}}"
    report = client.post("/v1/library/import", params={"format": "bibtex"}, content=retitled).json()
    assert not report["imported"] and [entry["duplicate_of"] for entry in report["skipped"]] == [merged["id"]], report


def test_a_library_swept_under_other_rules_is_swept_again(client, workers, settings, redis_client):
    # A deploy that changes the matcher or the grouping: what an older sweep stored (here, a chain it would no
    # longer make) is replaced at the next sweep, although the library has not changed.
    ids = [client.post("/v1/library/items", json={"title": "Editorial", "year": year}).json()["id"] for year in (2001, 2003)]
    run_job(settings, redis_client, "duplicates")
    owner, store = _owner(redis_client, ids[0]), DuplicateStore(redis_client)
    assert store.swept_with(owner) == sweep_rules()
    stale = DuplicatePair(id=pair_id(*ids), item_ids=tuple(ids), titles=("Editorial", "Editorial"), verdict="same", basis="title", score=1.0)
    store.replace(owner, [stale], store.swept_version(owner), "1:older-weights")
    assert client.get("/v1/library/duplicates").json()["pairs"][0]["verdict"] == "same"
    assert run_job(settings, redis_client, "duplicates").summary["libraries_swept"] >= 1
    assert store.swept_with(owner) == sweep_rules()
    assert client.get("/v1/library/duplicates").json()["pairs"] == []  # two years' editorials are two items
    assert run_job(settings, redis_client, "duplicates").summary.get("libraries_swept", 0) == 0


def test_a_dismissed_group_is_not_proposed_again(client, workers, settings, redis_client):
    for year in (2019, 2019, 2019):
        client.post("/v1/library/items", json={"title": "Reminiscences on Influential Papers", "year": year, "authors": ["Kenneth Ross"]})
    run_job(settings, redis_client, "duplicates")
    (group,) = client.get("/v1/library/duplicates").json()["groups"]
    assert len(group["item_ids"]) == 3
    assert client.post(f"/v1/library/duplicates/groups/{group['id']}/dismiss").status_code == 204
    client.post("/v1/library/items", json={"title": "Something else entirely, to make the sweep look again"})
    assert run_job(settings, redis_client, "duplicates").summary["libraries_swept"] >= 1
    assert client.get("/v1/library/duplicates").json() | {"swept_version": 0, "library_version": 0} == {
        "groups": [], "pairs": [], "swept_version": 0, "library_version": 0
    }


def test_merge_and_dismiss_answer_404_for_another_users_pair(client, other_client, workers, settings, redis_client):
    a = client.post("/v1/library/items", json={"title": "Attention Is All You Need", "year": 2017}).json()
    client.post("/v1/library/items", json={"title": "Attention is all you need", "year": 2017})
    run_job(settings, redis_client, "duplicates")
    (pair,) = [p for p in client.get("/v1/library/duplicates").json()["pairs"] if a["id"] in p["item_ids"]]
    assert other_client.post(f"/v1/library/duplicates/{pair['id']}/merge").status_code == 404
    assert other_client.post(f"/v1/library/duplicates/{pair['id']}/dismiss").status_code == 404
    assert client.post(f"/v1/library/duplicates/{pair['id']}/merge", json={"keep": "nope"}).status_code == 400


# --- feeds ----------------------------------------------------------------------------------------


class FeedServer:
    """Serves the fixture feeds with ETag / Last-Modified and answers conditional requests with 304;
    `/broken.xml` always answers 500. Records every request (path, conditional headers, status)."""

    ROUTES = {"/arxiv-cs-cl.rss": (RSS, "application/rss+xml"), "/papers": (HF_HTML, "text/html; charset=utf-8")}

    def __init__(self) -> None:
        self.requests: list[tuple[str, str | None, int]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                if self.path not in server.ROUTES:
                    server.requests.append((self.path, None, 500))
                    self.send_error(500, "broken on purpose")
                    return
                body, media_type = server.ROUTES[self.path]
                etag = f'"{hash(body) & 0xFFFFFFFF:x}"'
                conditional = self.headers.get("If-None-Match")
                status = 304 if conditional == etag else 200
                server.requests.append((self.path, conditional, status))
                self.send_response(status)
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", "Fri, 27 Nov 2026 05:00:00 GMT")
                if status == 200:
                    self.send_header("Content-Type", media_type)
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if status == 200:
                    self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        self.httpd = ThreadingHTTPServer((FEED_HOST, 0), Handler)
        self.url = f"http://{FEED_HOST}:{self.httpd.server_port}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def hits(self, path: str) -> list[tuple[str, str | None, int]]:
        return [request for request in self.requests if request[0] == path]


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    server = FeedServer()
    yield server
    server.httpd.shutdown()


def wait_for_feeds(client, count: int, since: float, timeout: float = 120) -> dict[str, dict]:
    """Each feed's state once all `count` feeds were checked (or finally failed) after `since`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        feeds = {feed["url"]: feed for feed in client.get("/v1/feeds").json()}
        if len(feeds) == count and all((f.get("last_checked_at") or 0) > since for f in feeds.values()):
            return feeds
        time.sleep(0.2)
    raise AssertionError(f"feeds not all checked: {client.get('/v1/feeds').json()}")


def test_feeds_make_annotated_digests_ahead_then_cost_one_conditional_request(
    client, workers, settings, redis_client, digests_redis_client, feed_server
):
    client.post("/v1/library/items", json={"title": "Direct Preference Optimization: Your Language Model is Secretly a Reward Model"})
    urls = {name: f"{feed_server.url}/{name}" for name in ("arxiv-cs-cl.rss", "papers", "broken.xml")}
    for url in urls.values():
        assert client.post("/v1/feeds", json={"url": url}).status_code == 201
    assert client.post("/v1/feeds", json={"url": urls["papers"]}).status_code == 400  # already subscribed

    started = time.time()
    run = run_job(settings, redis_client, "feeds")
    assert run.outcome == "ok" and run.summary["feeds_queued"] >= 3
    feeds = wait_for_feeds(client, 3, started)

    # The RSS feed: a digest of its four papers, annotated without anyone opening it.
    rss = feeds[urls["arxiv-cs-cl.rss"]]
    assert rss["last_outcome"] == "new digest" and rss["failures"] == 0
    events = stream_events(client, rss["last_digest_id"])
    assert events[-1].event == "done"
    annotations = [e.data for e in events if e.event == "annotation"]
    assert {a["item_id"] for a in annotations if a["kind"] == "keywords"} == {"0", "1", "2", "3"}
    assert [a["item_id"] for a in annotations if a["kind"] == "library_match"] == ["0"]  # DPO is saved

    # The HF page, parsed like the page itself; opening that page later reuses the digest: instant.
    papers = feeds[urls["papers"]]
    assert papers["last_outcome"] == "new digest"
    stream_events(client, papers["last_digest_id"])
    posted = client.post("/v1/digests", json={"url": "https://huggingface.co/papers", "html": HF_HTML.decode()})
    assert posted.status_code == 202 and posted.json()["id"] == papers["last_digest_id"]
    assert len(posted.json()["items"]) == 13
    assert client.get(f"/v1/digests/{posted.json()['id']}").json()["done"] is True

    # The broken feed: tried, retried with backoff (PAPERLENS_FEED_RETRIES=2), then reported.
    broken = feeds[urls["broken.xml"]]
    assert broken["last_outcome"] == "error" and broken["failures"] == 1
    assert "HTTP 500" in broken["last_error"] and "after 3 attempts" in broken["last_error"]
    assert len(feed_server.hits("/broken.xml")) == 3

    # Second run, feeds unchanged: one conditional request each, answered 304; no digest is created.
    digests_before = sum(1 for _ in digests_redis_client.scan_iter(match="pl:digest:*[0-9a-f]", count=1000))
    rss_hits = len(feed_server.hits("/arxiv-cs-cl.rss"))
    started = time.time()
    run_job(settings, redis_client, "feeds")
    feeds = wait_for_feeds(client, 3, started)
    assert feed_server.hits("/arxiv-cs-cl.rss")[rss_hits:] == [("/arxiv-cs-cl.rss", rss["etag"], 304)]
    assert feeds[urls["arxiv-cs-cl.rss"]]["last_outcome"] == "unchanged"
    assert feeds[urls["arxiv-cs-cl.rss"]]["last_digest_id"] == rss["last_digest_id"]
    assert feeds[urls["papers"]]["last_outcome"] == "unchanged"
    assert sum(1 for _ in digests_redis_client.scan_iter(match="pl:digest:*[0-9a-f]", count=1000)) == digests_before

    for feed in client.get("/v1/feeds").json():
        assert client.delete(f"/v1/feeds/{feed['id']}").status_code == 204
    assert client.get("/v1/feeds").json() == []


def test_feed_subscriptions_validate_and_stay_private(client, other_client):
    missing = client.post("/v1/feeds", json={})
    assert missing.status_code == 400 and "exactly one" in missing.json()["detail"]
    bad = client.post("/v1/feeds", json={"url": "file:///etc/passwd"})
    assert bad.status_code == 400 and "url" in bad.json()["detail"]
    created = client.post("/v1/feeds", json={"arxiv_category": "cs.CL"}).json()
    assert created["url"] == "https://rss.arxiv.org/rss/cs.CL"
    assert other_client.get("/v1/feeds").json() == []
    assert other_client.delete(f"/v1/feeds/{created['id']}").status_code == 404
    assert client.delete(f"/v1/feeds/{created['id']}").status_code == 204


# --- expiry, locks, visibility ------------------------------------------------------------------


def test_expire_deletes_old_digests_and_orphans_never_the_library(client, workers, settings, redis_client, digests_redis_client):
    item = client.post("/v1/library/items", json={"title": "Kept forever"}).json()
    old = client.post("/v1/digests", json={"url": "https://rss.arxiv.org/rss/cs.CL", "html": RSS.decode()}).json()
    recent = client.post("/v1/digests", json={"url": "https://huggingface.co/papers", "html": HF_HTML.decode()}).json()
    stream_events(client, old["id"])
    saved = client.post(f"/v1/digests/{old['id']}/items/0/save").json()  # its record lives on the library's server
    assert redis_client.exists(f"pl:digest:{old['id']}:saved")
    # Make one digest older than the retention (as if written under a longer one) and leave an orphan stream.
    raw = msgspec.json.decode(digests_redis_client.get(digest_key(old["id"])))
    raw["created_at"] -= settings.digest_ttl_seconds + 3600
    digests_redis_client.set(digest_key(old["id"]), msgspec.json.encode(raw))  # no TTL either
    digests_redis_client.xadd("pl:digest:0rphan:events", {"event": "done", "data": "{}"})

    run = run_job(settings, redis_client, "expire")
    assert run.outcome == "ok" and run.summary["digests_expired"] >= 2
    assert not list(digests_redis_client.scan_iter(match=f"pl:digest:{old['id']}*"))
    assert not list(redis_client.scan_iter(match=f"pl:digest:{old['id']}*"))
    assert not digests_redis_client.exists("pl:digest:0rphan:events")
    assert client.get(f"/v1/digests/{old['id']}").status_code == 404
    assert client.get(f"/v1/digests/{recent['id']}").status_code == 200
    assert client.get(f"/v1/library/items/{item['id']}").status_code == 200
    assert client.get(f"/v1/library/items/{saved['id']}").status_code == 200


def test_a_job_whose_lock_is_held_is_skipped_and_says_so(workers, settings, redis_client):
    with JobStore(redis_client).lock("duplicates", ttl_seconds=60) as held:  # another run in progress
        assert held
        skipped = run_job(settings, redis_client, "duplicates")
    assert skipped.outcome == "skipped" and "lock" in skipped.summary["reason"]
    assert run_job(settings, redis_client, "duplicates").outcome == "ok"


def test_jobs_are_scheduled_and_their_last_runs_visible(client, workers, settings, redis_client, stack_env):
    from workers.celery_app import app

    # What the README promises a user, written out (not rebuilt from JOBS, which could not fail).
    schedule = app.conf.beat_schedule
    assert {name: (entry["task"], entry["schedule"]) for name, entry in schedule.items()} == {
        "enrich": ("paperlens.jobs.enrich", 900.0),
        "metadata": ("paperlens.jobs.metadata", 900.0),
        "duplicates": ("paperlens.jobs.duplicates", 3600.0),
        "feeds": ("paperlens.jobs.feeds", 1800.0),
        "sync": ("paperlens.jobs.sync", 600.0),
        "expire": ("paperlens.jobs.expire", 21600.0),
    }
    assert {name: app.conf.task_routes[entry["task"]]["queue"] for name, entry in schedule.items()} == {
        "enrich": "nlp", "metadata": "feeds", "duplicates": "match", "feeds": "match", "sync": "feeds", "expire": "match"
    }
    client.post("/v1/library/items", json={"title": "An item so this library has a share of the sweep"})
    run_job(settings, redis_client, "duplicates")
    listed = {job["name"]: job for job in client.get("/v1/jobs").json()}
    assert set(listed) == {"enrich", "metadata", "duplicates", "feeds", "sync", "expire"}
    assert listed["duplicates"]["last_run"]["outcome"] == "ok"
    assert "summary" not in listed["duplicates"]["last_run"]  # everyone's counts are not this user's to see
    assert listed["duplicates"]["yours"]["outcome"] == "ok" and listed["duplicates"]["yours"]["summary"] == {"libraries_swept": 1, "pairs": 0, "groups": 0}
    printed = subprocess.run(
        [sys.executable, "-m", "backend.cli", "jobs"], env=stack_env, capture_output=True, text=True, check=True
    ).stdout
    assert "duplicates" in printed and "ok" in printed and "enrich" in printed
