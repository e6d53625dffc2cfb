"""Bare identifiers filled in by the metadata job, from the registries' real answer formats (served
locally): an arXiv id list imported through the API, DOIs from Crossref and DataCite, a failure retried."""

from __future__ import annotations

import time
from urllib.parse import parse_qs, urlsplit

import msgspec

from tests.support import all_library_items
from tests.workers.test_jobs import run_job


def test_an_arxiv_id_import_and_bare_dois_get_titles_abstracts_and_authors(client, workers, settings, redis_client, metadata_server):
    typed = client.post("/v1/library/items", json={"title": "Deep learning, my annotated copy", "doi": "10.1038/NATURE14539", "year": 2016}).json()
    for doi in ("10.5281/zenodo.3509134", "10.1234/flaky.1"):
        client.post("/v1/library/items", json={"title": doi, "doi": doi}).raise_for_status()
    before, imported_at = len(metadata_server.arxiv_requests()), time.time()
    imported = client.post("/v1/library/import", params={"format": "arxiv"}, content=b"2307.09288\nhttps://arxiv.org/abs/2302.13971v1\n2999.00001\n")
    assert imported.status_code == 200, imported.text

    run = my_lookups_since(client, imported_at)  # the import queued the library's lookups: no job run waited for

    assert run["metadata_filled"] == 4 and run["metadata_failed"] == 1, run
    run_job(settings, redis_client, "enrich")
    (query,) = [path for path in metadata_server.arxiv_requests()[before:] if "2307.09288" in path]  # one batch, not one per id
    assert sorted(parse_qs(urlsplit(query).query)["id_list"][0].split(",")) == ["2302.13971", "2307.09288", "2999.00001"]
    assert all("paperlens" in agent for _, agent in metadata_server.requests)
    items = {(item.get("arxiv_id") or item.get("doi")).lower(): item for item in all_library_items(client)}
    llama2 = items["2307.09288"]
    assert llama2["title"] == "Llama 2: Open Foundation and Fine-Tuned Chat Models" and llama2["year"] == 2023
    assert llama2["authors"][0] == "Hugo Touvron" and llama2["abstract"].startswith("In this work, we develop")
    assert llama2["keywords"]  # the next enrich computes keywords from the filled-in text
    assert items["2999.00001"]["title"] == "arXiv:2999.00001"  # arXiv knows no such paper: left as it was
    mine = items["10.1038/nature14539"]
    assert mine["title"] == "Deep learning, my annotated copy" and mine["year"] == 2016  # what the user typed stays
    assert mine["authors"] == ["Yann LeCun", "Yoshua Bengio", "Geoffrey Hinton"] and mine["venue"] == "Nature"
    zenodo = items["10.5281/zenodo.3509134"]  # not a Crossref DOI: DataCite answers
    assert zenodo["title"].startswith("huggingface/transformers") and zenodo["authors"] == ["Thomas Wolf", "Lysandre Debut"]
    assert items["10.1234/flaky.1"]["title"] == "10.1234/flaky.1"
    assert client.get(f"/v1/library/items/{typed['id']}").json()["rev"] > typed["rev"]

    time.sleep(0.6)  # the failed lookup's backoff (0.5 s in tests; 60 s, doubling, in production)
    again = my_lookups(client, settings, redis_client)

    assert again.get("metadata_filled") == 1 and "metadata_failed" not in again, again
    assert next(i for i in all_library_items(client) if i.get("doi") == "10.1234/flaky.1")["title"] == "Deep learning"
    asked = len(metadata_server.requests)
    assert my_lookups(client, settings, redis_client, expected=False) is None  # nothing left to ask: no task queued
    assert not [path for path, _ in metadata_server.requests[asked:] if "flaky" in path or "2307.09288" in path]


def test_a_library_takes_its_lookup_budget_a_run_and_what_is_left_is_asked_on_the_next(client, workers, settings, redis_client, metadata_server):
    """Lookups ran inside the enrich job, library after library on the model's worker: 50,000 bare DOIs (hours of
    requests), or a registry timing out on every request, held every other user's keywords, and live digests'
    keywords, as long. Now each library's lookups are a task on the feeds worker, stopped at the library's budget
    (2.5 s here, 2 minutes in production); the rest are neither failed nor backed off, only asked next run."""
    from tests.metadata_server import SLOW_SECONDS

    dois = [f"10.1234/slow.{n}" for n in range(5)]
    for doi in dois:
        client.post("/v1/library/items", json={"title": doi, "doi": doi}).raise_for_status()
    asked_before = len(metadata_server.requests)

    first = my_lookups(client, settings, redis_client)

    asked = [path for path, _ in metadata_server.requests[asked_before:] if "/slow." in path]
    assert 1 <= len(asked) <= 2.5 / SLOW_SECONDS + 1 < len(dois), asked  # none started past the budget
    assert first.get("metadata_filled") == len(asked) and first["metadata_later"] == len(dois) - len(asked), first
    assert "metadata_failed" not in first and "libraries_failed" not in first, first
    for _ in range(len(dois)):
        if "metadata_later" not in my_lookups(client, settings, redis_client):
            break
    titles = {item["doi"]: item["title"] for item in all_library_items(client) if item.get("doi", "").startswith("10.1234/slow.")}
    assert titles == {doi: f"Slow answer {doi}" for doi in dois}
    asked = [path for path, _ in metadata_server.requests[asked_before:] if "/slow." in path]
    assert sorted(asked) == sorted(f"/crossref/works/{doi}" for doi in dois)  # each asked once: none asked twice


def test_a_large_arxiv_id_import_read_by_a_worker_queues_its_lookups_too(client, workers):
    since = time.time()
    queued = client.post("/v1/library/import", params={"format": "arxiv"}, content="\n".join(["2307.09288", "2302.13971"] * 501).encode())
    assert queued.status_code == 202, queued.text  # more than 1,000 entries: read by a worker

    run = my_lookups_since(client, since)

    assert run.get("metadata_filled") == 2, run
    assert sorted(item["title"][:5] for item in all_library_items(client)) == ["LLaMA", "Llama"]


def my_lookups(client, settings, redis_client, expected: bool = True) -> dict | None:
    """Run the metadata job as beat does and wait for this library's task (other tests' libraries get theirs)."""
    return my_lookups_since(client, run_job(settings, redis_client, "metadata").started_at, expected)


def my_lookups_since(client, since: float, expected: bool = True) -> dict | None:
    """The summary of this library's first metadata task started after `since`, as `GET /v1/jobs` shows it to
    the user; None if none ran within 3 s."""
    deadline = time.monotonic() + (120 if expected else 3)
    while time.monotonic() < deadline:
        (job,) = [job for job in client.get("/v1/jobs").json() if job["name"] == "metadata"]
        if job["yours"] and job["yours"]["started_at"] >= since:
            return job["yours"]["summary"]
        time.sleep(0.1)
    assert not expected, "no metadata task ran for this library"
    return None


def test_a_registry_answer_out_of_shape_fails_that_lookup_alone_and_the_library_is_still_enriched(client, workers, settings, redis_client, metadata_server):
    """An answer in another shape (Crossref authors as strings) was an AttributeError halfway through the job:
    the user's whole enrich failed, keywords too, on every run. Now that lookup fails with where the answer was
    wrong, is retried later, and the rest of the library goes on."""
    bare = client.post("/v1/library/items", json={"title": "10.1234/misshapen.1", "doi": "10.1234/misshapen.1"}).json()
    written = client.post("/v1/library/items", json={"title": "Sparse mixture of experts", "abstract": "Gated experts scale model capacity."}).json()

    run = my_lookups(client, settings, redis_client)

    assert "libraries_failed" not in run and run["metadata_failed"] == 1, run
    run_job(settings, redis_client, "enrich")
    assert client.get(f"/v1/library/items/{written['id']}").json()["keywords"]  # enriched all the same
    assert client.get(f"/v1/library/items/{bare['id']}").json()["title"] == "10.1234/misshapen.1"  # nothing half-read written


def test_lookups_hold_answers_to_their_format_size_and_time_each_failing_alone(stack_env, redis_client, metadata_server, monkeypatch):
    from backend.domain.metadata import MAX_AUTHORS
    from backend.settings import settings_from_env
    from workers import metadata

    monkeypatch.setattr(metadata, "MAX_ANSWER_BYTES", 2**20)
    lookup = metadata.MetadataLookup(redis_client, msgspec.structs.replace(settings_from_env(stack_env), metadata_timeout_seconds=1.0))
    keys = ["doi:10.1234/misshapen.1", "doi:10.1234/endless.1", "doi:10.1234/drip.1", "doi:10.1234/oversized.1", "doi:10.1038/nature14539"]
    redis_client.delete(*(f"pl:meta:{key}" for key in keys))

    found, failed = lookup.lookup(keys)

    assert "at `$.message.author[0]`" in failed["doi:10.1234/misshapen.1"], failed  # says where
    assert "larger than 1 MiB" in failed["doi:10.1234/endless.1"], failed
    assert "not read within 1 s" in failed["doi:10.1234/drip.1"], failed  # it alone would never end
    oversized = found["doi:10.1234/oversized.1"]  # what an item cannot hold is left out, the rest kept
    assert oversized.title == "Deep learning" and oversized.venue is None and oversized.year is None
    assert len(oversized.authors) == MAX_AUTHORS and oversized.authors[0] == "Author0"
    assert found["doi:10.1038/nature14539"].venue == "Nature"
    assert not any(redis_client.exists(f"pl:meta:{key}") for key in failed)  # failures are not cached: asked again later

    # An answer cached before answers were held to an item's limits (or by an older format) is asked again.
    redis_client.set("pl:meta:doi:10.1038/nature14539", msgspec.json.encode({"title": "Deep learning", "venue": "Nature " * 700}))
    found, failed = lookup.lookup(["doi:10.1038/nature14539"])
    assert found["doi:10.1038/nature14539"].venue == "Nature" and not failed
    # A deadline passed: nothing is asked, nothing is counted as failed (the caller asks next run).
    redis_client.delete("pl:meta:arxiv:2307.09288")
    found, failed = lookup.lookup(["doi:10.1234/oversized.2", "arxiv:2307.09288"], deadline=time.monotonic())
    assert (found, failed) == ({}, {})
    lookup.close()


def test_a_registry_failing_again_and_again_is_paused_for_every_worker(stack_env, redis_client, metadata_server):
    """A registry that is down (503 on every request, or timing out) cost every library its whole lookup budget, on
    every run, holding the feeds worker (imports, syncs, feeds) for as long. Three failures in a row, for any worker,
    now pause it: its lookups are left for later, unasked, and the other registries are still asked."""
    from backend.settings import settings_from_env
    from workers import metadata

    settings = msgspec.structs.replace(settings_from_env(stack_env), registry_pause_seconds=3.0)
    worker, other_worker = metadata.MetadataLookup(redis_client, settings), metadata.MetadataLookup(redis_client, settings)
    down = [f"doi:10.1234/down.{n}" for n in range(6)]
    redis_client.delete("pl:meta:doi:10.1038/nature14539", "pl:meta:arxiv:2307.09288")
    asked = len(metadata_server.requests)
    try:
        found, failed = worker.lookup(down)

        assert sorted(failed) == down[:3] and "HTTP 503" in failed[down[0]] and found == {}  # the rest not asked
        assert len([path for path, _ in metadata_server.requests[asked:] if "/down." in path]) == 3
        found, failed = other_worker.lookup(["doi:10.1038/nature14539", "arxiv:2307.09288"])
        assert list(found) == ["arxiv:2307.09288"] and failed == {}  # Crossref paused for every worker; arXiv asked
        time.sleep(3.2)  # the pause ends
        found, failed = other_worker.lookup(["doi:10.1038/nature14539"])
        assert found["doi:10.1038/nature14539"].venue == "Nature" and failed == {}
    finally:
        redis_client.delete("pl:registry:crossref:paused", "pl:registry:crossref:failures")
        worker.close()
        other_worker.close()
