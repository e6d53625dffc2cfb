"""The stages a digest goes through after the API has parsed it.

The API enqueues each stage by task name (it never imports `workers`); the workers register
tasks under the same names. A digest is `done` once every stage here has finished.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    task: str
    queue: str


# Two queues so that a slow model never delays the cheap, most useful answer (library matches).
STAGES = (
    Stage(name="match", task="paperlens.match_digest", queue="match"),
    Stage(name="keywords", task="paperlens.keywords_digest", queue="nlp"),
)
QUEUES = tuple(dict.fromkeys(stage.queue for stage in STAGES))

# Large library imports run on the feeds worker, beside library sources' syncs (the same work: read a file, import
# it): a 20 MiB upload takes a minute or more to read, and on the match worker every digest's matches waited for it.
IMPORT_TASK = Stage(name="import", task="paperlens.import_library", queue="feeds")


@dataclass(frozen=True, slots=True)
class Job:
    """A background job Celery beat runs every `every_seconds`; `paperlens jobs` and `GET /v1/jobs` list them."""

    name: str
    task: str
    queue: str
    every_seconds: int
    does: str


JOBS = (
    Job("enrich", "paperlens.jobs.enrich", "nlp", 15 * 60, "keywords and embeddings for library items that lack them"),
    Job("metadata", "paperlens.jobs.metadata", "feeds", 15 * 60, "fills in items that are only an arXiv id or a DOI"),
    Job("duplicates", "paperlens.jobs.duplicates", "match", 60 * 60, "finds duplicate pairs inside each library"),
    Job("feeds", "paperlens.jobs.feeds", "match", 30 * 60, "fetches subscribed feeds and annotates their digests ahead"),
    Job("sync", "paperlens.jobs.sync", "feeds", 10 * 60, "syncs each library source (Zotero, BibTeX files) into its library"),
    Job("expire", "paperlens.jobs.expire", "match", 6 * 60 * 60, "deletes digests and streams past retention"),
)
JOBS_BY_NAME = {job.name: job for job in JOBS}
# What an nlp worker writes to its log once its model is loaded and warmed: `paperlens up` says "ready" after it.
MODEL_READY = "paperlens: keyword model loaded and warmed"
# One source's sync, fanned out by the `sync` job (and queued by POST /v1/library/sources/{id}/sync).
SOURCE_TASK = Stage(name="source", task="paperlens.jobs.sync_source", queue="feeds")  # file and network I/O
# One library's metadata lookups (arXiv, Crossref, DataCite), fanned out by the `metadata` job: other people's
# servers, so on the feeds worker (on the model's worker they held live digests' keywords while a registry was slow).
METADATA_TASK = Stage(name="metadata", task="paperlens.jobs.fill_library_metadata", queue="feeds")
# One feed's fetch, fanned out by the `feeds` job so that each feed retries on its own.
FEED_TASK = Stage(name="feed", task="paperlens.jobs.fetch_feed", queue="feeds")  # a slow feed never delays a digest
