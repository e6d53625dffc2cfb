"""Background jobs Celery beat runs (schedule: `backend.pipeline.JOBS`): enrich libraries, sweep them for
duplicates, fetch feeds ahead of the day, expire old digests.

Every job is idempotent (running it twice does the work once), acknowledged late (a worker that dies
mid-run has it redelivered), holds a lock for its run (two beat instances or an overlapping run never
double-run it) and records its outcome for `GET /v1/jobs`. Each one skips a library that has not changed
since it last looked, so a run with nothing to do costs a few Redis reads per user.
"""

from __future__ import annotations

import codecs
import hashlib
import logging
import time
from collections.abc import Callable

import httpx
import msgspec
from celery import Task

from backend.domain.duplicates import duplicate_groups, library_duplicates, sweep_rules
from backend.domain.models import Feed, LibraryItem
from backend.intake import content_hash, start_digest
from backend.pipeline import FEED_TASK, JOBS_BY_NAME, METADATA_TASK, Stage
from backend.store.jobs import JobRun
from backend.store.keywords import EXTRACTOR_VERSION
from backend.store.library import Conflict, LibraryStore, next_revision
from backend.store.owned import OwnedRecords
from workers.celery_app import app
from workers.deadline import passed
from backend.safe_fetch import FetchPolicy, FetchTooSlow, fetch
from workers.stores import stores
from workers.tasks.digests import TRANSIENT_ERRORS

log = logging.getLogger("paperlens.jobs")
ENRICH_BATCH = 64  # library items whose keywords are computed and written at a time
# A job over every library works this long, then queues the rest of its run behind the live digests' stages waiting
# for the same one-process worker (as the keywords stage does, KEYWORDS_SLICE_SECONDS): enrich shares the nlp worker
# with pages' keywords (3,000 new items are ~20 s of keywords), the duplicate sweep the match worker with their matches.
SLICE_SECONDS = 2.0
FEED_MAX_BYTES = 10 * 1024 * 1024
USER_AGENT = "paperlens/0.1 (+feeds; conditional GET)"


LOCK_SECONDS = 120  # a job's lock outlives a dead holder this long; a live one renews it


def run_job(name: str, work: Callable[[], dict]) -> dict:
    """Run `work` under the job's lock and record the outcome; a run that finds the lock held is skipped."""
    jobs, started = stores().jobs, time.time()
    with jobs.lock(name, ttl_seconds=LOCK_SECONDS, renew=True) as held:
        if not held:
            summary = {"reason": "another run of this job holds its lock"}
            jobs.record(name, JobRun(started_at=started, finished_at=time.time(), outcome="skipped", summary=summary))
            return summary
        try:
            summary = work()
        except Exception as error:
            log.exception("job %s failed", name)
            summary = {"error": type(error).__name__}
            jobs.record(name, JobRun(started_at=started, finished_at=time.time(), outcome="error", summary=summary))
            raise
        outcome = "error" if summary.get("libraries_failed") else "ok"
        jobs.record(name, JobRun(started_at=started, finished_at=time.time(), outcome=outcome, summary=summary))
        log.info("job %s: %s", name, summary)
        return summary


def for_library(name: str, owner: str, work: Callable[[str], dict]) -> dict:
    """`work(owner)`, recorded as that user's share of the job `name`: a library that fails is logged and
    counted, and the caller goes on with the others."""
    started = time.time()
    try:
        summary, outcome = work(owner), "ok"
    except Exception:  # noqa: BLE001 - one bad library must not stop the job for everyone else
        log.exception("job %s failed for user %s", name, owner)
        summary, outcome = {"libraries_failed": 1}, "error"
    stores().jobs.record_user(name, owner, JobRun(started_at=started, finished_at=time.time(), outcome=outcome, summary=summary))
    return summary


def in_slices(name: str, task: Task, work: Callable[[str, float], dict], start_at: str | None) -> dict:
    """The job `name` over every library from `start_at` (a user id; the first run starts at the first), each on
    its own (`for_library`), `work(owner, deadline)` for SLICE_SECONDS: the rest of the run (the library `work` left
    `items_later` in, and those not reached, counted as `libraries_later`) goes on in `task`, queued again from
    there, behind the live digests' stages waiting for the same worker, once this part's lock is released."""
    deadline, resume_at = time.monotonic() + SLICE_SECONDS, None

    def part() -> dict:
        nonlocal resume_at
        owners = [owner for owner in stores().users.all_ids() if start_at is None or owner >= start_at]
        summaries = []
        for reached, owner in enumerate(owners):
            if reached and passed(deadline):
                resume_at = owner
                return _sum([*summaries, {"libraries_later": len(owners) - reached}])
            summaries.append(for_library(name, owner, lambda owner: work(owner, deadline)))
            if summaries[-1].get("items_later"):  # the deadline passed in this library: the next part starts in it
                resume_at = owner
                untouched = len(owners) - reached - 1
                return _sum([*summaries, {"libraries_later": untouched} if untouched else {}])
        return _sum(summaries)

    summary = run_job(name, part)
    if resume_at is not None:
        task.apply_async(args=[resume_at])
        log.info("job %s: %s items and %s libraries left, queued behind the pages waiting", name, summary.get("items_later", 0), summary.get("libraries_later", 0))
    return summary


def job(name: str):
    """A beat job's task: late acknowledgement, retried with backoff on Redis errors."""
    return app.task(
        name=JOBS_BY_NAME[name].task, acks_late=True, autoretry_for=TRANSIENT_ERRORS, retry_backoff=True, max_retries=3
    )


# --- enrich ---------------------------------------------------------------------------------------


def _text_hash(title: str, abstract: str | None) -> str:
    """What the item's keywords were computed from, and by which extractor (a new one recomputes them)."""
    return hashlib.sha256(f"{EXTRACTOR_VERSION}\n{title}\n{abstract or ''}".encode()).hexdigest()[:16]


@job("enrich")
def enrich(start_at: str | None = None) -> dict:
    return in_slices("enrich", enrich, lambda owner, deadline: enrich_library(owner, deadline=deadline), start_at)


def enrich_library(owner: str, library: LibraryStore | None = None, deadline: float | None = None) -> dict:
    """Keywords (stored on the items) and title embeddings (for relevance) for items that lack them or
    whose text changed; nothing at all if the library has not changed since the last enrichment. Past
    `deadline` (time.monotonic()), after at least one batch, the items not reached are `items_later`.

    Each item gets only its `keywords` written, by compare-and-set, and only if its text is still the
    text they were computed from. An item that changed meanwhile is left for the next run: it is not
    marked as enriched, and the library's version is not stamped as fully handled.
    """
    from workers.nlp.keywords import extract_keywords, paper_text
    from workers.nlp.relevance import refresh_embeddings

    library, cache = library or stores().library, stores().keywords
    version = library.version(owner)
    if version == library.enriched_version(owner):
        return {"libraries_unchanged": 1}  # a few GETs: the per-item hashes are read only when there is work
    handled = library.enriched_hashes(owner)
    items = library.items(owner)
    todo = [item.id for item in items if handled.get(item.id) != _text_hash(item.title, item.abstract)]
    by_id = {item.id: item for item in items}
    refresh_embeddings(library, owner, [by_id[item_id] for item_id in todo], deadline)  # in the model's larger batches
    enriched = left = ours = later = 0
    for start in range(0, len(todo), ENRICH_BATCH):
        if start and passed(deadline):
            later = len(todo) - start
            break
        batch = [item for item in library.get_many(owner, todo[start : start + ENRICH_BATCH]).values() if item]
        refresh_embeddings(library, owner, batch)  # any the pass above left for the deadline, before they count as done
        documents = [paper_text(item.title, item.abstract) for item in batch]
        found = cache.get_many(documents)
        missing = [index for index, keywords in enumerate(found) if keywords is None]
        for position, keywords in extract_keywords([documents[i] for i in missing], titles=[batch[i].title for i in missing]):
            found[missing[position]] = tuple(keywords)
            cache.put(documents[missing[position]], keywords)
        phrases = {item.id: tuple(k.phrase for k in keywords) for item, keywords in zip(batch, found)}
        changed = [
            (next_revision(item, msgspec.structs.replace(item, keywords=phrases[item.id])), item.rev)
            for item in batch
            if item.keywords != phrases[item.id]
        ]
        try:  # the batch in one compare-and-set: the common case, nobody wrote meanwhile
            if changed:
                library.write(owner, changed)
                ours += 1
            done = {item.id: _text_hash(item.title, item.abstract) for item in batch}
        except Conflict:  # someone did: item by item, each re-read, and left alone if its text changed
            done = {}
            for item in batch:
                text_hash = _text_hash(item.title, item.abstract)
                now, wrote = library.update(owner, item.id, lambda current: _with_keywords(current, text_hash, phrases[item.id]))
                ours += wrote
                if now is not None and _text_hash(now.title, now.abstract) == text_hash:
                    done[item.id] = text_hash
        library.set_enriched(owner, done)
        enriched += len(done)
        left += len(batch) - len(done)
    # Stamped only if every item was handled and nobody wrote since: otherwise the next run looks again.
    if not left and not later and library.version(owner) == version + ours:
        library.set_enriched(owner, {}, version=version + ours)
    summary = {"libraries_enriched": 1, "items_enriched": enriched, "items_left": left, "items": len(items)}
    return summary | ({"items_later": later} if later else {})


def _with_keywords(item: LibraryItem, text_hash: str, phrases: tuple[str, ...]) -> LibraryItem | None:
    """The item with its keywords, if its text is still the text they came from (else no write)."""
    if _text_hash(item.title, item.abstract) != text_hash:
        return None
    return msgspec.structs.replace(item, keywords=phrases)


# --- metadata -------------------------------------------------------------------------------------

MAX_RETRY_SECONDS = 86_400


@job("metadata")
def look_up_metadata() -> dict:
    """Fans out one `fill_library_metadata` per library with lookups to make: an import or a feed queued
    meanwhile on the feeds worker runs between two libraries, not after all of them."""

    def work() -> dict:
        library = stores().library
        owners = [owner for owner in stores().users.all_ids() if _metadata_due(owner, library)]
        for owner in owners:
            app.send_task(METADATA_TASK.task, args=[owner], queue=METADATA_TASK.queue)
        return {"libraries_queued": len(owners)}

    return run_job("metadata", work)


@app.task(name=METADATA_TASK.task, acks_late=True)
def fill_library_metadata(owner: str) -> dict:
    """One library's lookups, under its lock (a run that outlasts the beat's interval is not doubled), recorded
    as the user's share of the `metadata` job."""
    settings = app.conf.paperlens_settings
    ttl = int(settings.metadata_budget_seconds + 2 * settings.metadata_timeout_seconds) + 60
    with stores().jobs.lock(f"metadata:{owner}", ttl_seconds=ttl) as held:
        if not held:
            return {"libraries_skipped": 1}
        return for_library("metadata", owner, lambda owner: fill_metadata(owner, stores().library))


def _metadata_state(owner: str, library: LibraryStore, now: float) -> tuple[int, int, dict[str, dict], list[str]]:
    """(the library version the last pass saw, its version now, lookups waiting for their retry, those due)."""
    seen_version, pending = library.metadata_state(owner)
    due = [item_id for item_id, state in pending.items() if state["next_at"] <= now]
    return seen_version, library.version(owner), pending, due


def _metadata_due(owner: str, library: LibraryStore) -> bool:
    seen_version, version, _, due = _metadata_state(owner, library, time.time())
    return version != seen_version or bool(due)


def fill_metadata(owner: str, library: LibraryStore) -> dict:
    """Titles, authors, year, venue and abstract for items that are only an identifier, from the arXiv
    API, Crossref or DataCite; each item written by compare-and-set, only where it has nothing (or a
    placeholder title). Lookups that fail are retried with backoff on later runs and counted here. One
    library's lookups take at most `metadata_budget_seconds` a run; what is left is asked first next run.
    The next `enrich` run computes the filled-in items' keywords."""
    from backend.domain.metadata import fill, needs_metadata

    settings, now = app.conf.paperlens_settings, time.time()
    seen_version, version, pending, due = _metadata_state(owner, library, now)
    if version == seen_version and not due:
        return {}
    candidates = library.items(owner) if version != seen_version else [i for i in library.get_many(owner, due).values() if i]
    todo = [item for item in candidates if needs_metadata(item) and (item.id not in pending or pending[item.id]["next_at"] <= now)]
    keys = {item.id: f"arxiv:{item.arxiv_id}" if item.arxiv_id else f"doi:{item.doi}" for item in todo}
    deadline = time.monotonic() + settings.metadata_budget_seconds
    found, failed = stores().metadata.lookup(keys.values(), deadline) if todo else ({}, {})
    written, retry, done, later = 0, {}, [], 0
    for item in todo:
        key = keys[item.id]
        if key not in found and key not in failed:  # not asked (the budget spent, its registry paused): next run
            retry[item.id] = pending.get(item.id, {"attempts": 0, "error": None}) | {"next_at": now}
            later += 1
            continue
        if key in failed:
            attempts = pending.get(item.id, {}).get("attempts", 0) + 1
            wait = min(settings.metadata_retry_seconds * 2 ** (attempts - 1), MAX_RETRY_SECONDS)
            retry[item.id] = {"attempts": attempts, "next_at": now + wait, "error": failed[key]}
            continue
        done.append(item.id)
        metadata = found.get(key)
        if metadata is not None:
            _, wrote = library.update(owner, item.id, lambda current, m=metadata: fill(current, m))
            written += wrote
    done += [item_id for item_id in due if item_id not in keys]  # deleted, or filled in by hand: nothing to retry
    # Seen in full only if nobody wrote meanwhile; otherwise the next run looks again.
    current = library.version(owner)
    library.set_metadata_state(owner, current if current == version + written else None, retry, done)
    summary = {"metadata_filled": written, "metadata_failed": len(retry) - later, "metadata_later": later}
    return {name: count for name, count in summary.items() if count}


# --- duplicate sweep ------------------------------------------------------------------------------


@job("duplicates")
def sweep_duplicates(start_at: str | None = None) -> dict:
    return in_slices("duplicates", sweep_duplicates, lambda owner, _deadline: sweep_library(owner), start_at)  # a library at a time


def sweep_library(owner: str, library: LibraryStore | None = None) -> dict:
    library, duplicates = library or stores().library, stores().duplicates
    version = library.version(owner)
    if duplicates.swept_version(owner) == version and duplicates.swept_with(owner) == sweep_rules():
        return {"libraries_unchanged": 1}
    items = library.items(owner)
    pairs = library_duplicates(items)
    if not duplicates.replace(owner, pairs, version, sweep_rules()):
        return {"libraries_swept_later": 1}  # a sweep that read a later library wrote first: its findings stay
    groups = duplicate_groups(pairs, {item.id: item.added_at for item in items})
    return {"libraries_swept": 1, "pairs": len(pairs), "groups": len(groups)}


# --- feeds ----------------------------------------------------------------------------------------


@job("feeds")
def fetch_feeds() -> dict:
    """Fans out one `fetch_feed` per subscription, so each feed retries (and fails) on its own."""
    return fan_out("feeds", stores().feeds, FEED_TASK, "feeds_queued")


def fan_out(name: str, records: OwnedRecords, task: Stage, counted: str) -> dict:
    """The job `name` as one `task(owner, record id)` per record of every user, each on its own."""

    def work() -> dict:
        queued = 0
        for owner in records.owners():
            for record in records.all(owner):
                app.send_task(task.task, args=[owner, record.id], queue=task.queue)
                queued += 1
        return {counted: queued}

    return run_job(name, work)


class RetryableFetch(Exception):
    """A network error, a timeout, or a 5xx/429 answer: worth trying again later."""


@app.task(name=FEED_TASK.task, bind=True, acks_late=True, max_retries=None)
def fetch_feed(self: Task, owner: str, feed_id: str) -> str:
    """One conditional GET of one feed; a new digest (annotated at once) when its papers changed."""
    settings = app.conf.paperlens_settings
    feeds = stores().feeds
    with stores().jobs.lock(f"feed:{feed_id}", ttl_seconds=int(settings.feed_timeout_seconds) * 3 + 60) as held:
        feed = feeds.get(owner, feed_id)
        if not held or feed is None:
            return "skipped"
        try:
            outcome, feed = _fetch(owner, feed)
        except RetryableFetch as error:
            if self.request.retries < settings.feed_retries:
                raise self.retry(countdown=settings.feed_retry_seconds * 2**self.request.retries) from error
            feed = _failed(feed, f"{error} (after {self.request.retries + 1} attempts)")
            outcome = "error"
        except (httpx.HTTPError, ValueError) as error:  # a 4xx, a bad URL: trying again would not help
            feed = _failed(feed, str(error))
            outcome = "error"
        feeds.update(owner, feed)
        log.info("feed %s of %s: %s", feed.url, owner, outcome)
        return outcome


def _failed(feed: Feed, error: str) -> Feed:
    return msgspec.structs.replace(
        feed, last_checked_at=time.time(), last_outcome="error", last_error=error, failures=feed.failures + 1
    )


def feed_policy(settings) -> FetchPolicy:
    return FetchPolicy(
        timeout_seconds=settings.feed_timeout_seconds,
        max_bytes=FEED_MAX_BYTES,
        allowed=frozenset(settings.feed_allow),
        ca_file=settings.feed_ca_file,
    )


def _fetch(owner: str, feed: Feed) -> tuple[str, Feed]:
    settings = app.conf.paperlens_settings
    headers = {"User-Agent": USER_AGENT}
    if feed.etag:
        headers["If-None-Match"] = feed.etag
    if feed.last_modified:
        headers["If-Modified-Since"] = feed.last_modified
    try:
        response = fetch(feed.url, headers, feed_policy(settings))
    except (httpx.TransportError, FetchTooSlow) as error:
        # The kind of failure only: the text of a connection error says too much about a network.
        raise RetryableFetch(f"{type(error).__name__} fetching {feed.url}") from error
    if response.status_code >= 500 or response.status_code == 429:
        raise RetryableFetch(f"HTTP {response.status_code} from {feed.url}")
    if response.status_code != 304 and response.status_code >= 400:
        raise ValueError(f"HTTP {response.status_code} from {feed.url}")
    checked = msgspec.structs.replace(
        feed,
        last_checked_at=time.time(),
        last_error=None,
        failures=0,
        etag=response.headers.get("ETag", feed.etag),
        last_modified=response.headers.get("Last-Modified", feed.last_modified),
    )
    if response.status_code == 304:
        return "unchanged", msgspec.structs.replace(checked, last_outcome="unchanged")
    body = response.body.decode(_charset(response.headers) or "utf-8", errors="replace")
    parsed = stores().parser.parse(feed.url, html=body)
    papers_hash = content_hash(parsed.papers)
    if not parsed.papers or papers_hash == feed.content_hash:
        return "unchanged", msgspec.structs.replace(checked, last_outcome="unchanged", content_hash=papers_hash)
    digest, _ = start_digest(
        stores().digests,
        stores().library,
        app,
        owner=owner,
        url=feed.url,
        parsed=parsed,
        ttl_seconds=settings.digest_ttl_seconds,
    )
    return "new digest", msgspec.structs.replace(
        checked, last_outcome="new digest", last_digest_id=digest.id, content_hash=papers_hash
    )


def _charset(headers: httpx.Headers) -> str | None:
    charset = httpx.Response(200, headers=headers).charset_encoding
    try:
        return codecs.lookup(charset).name if charset else None
    except LookupError:
        return None


# --- expiry ---------------------------------------------------------------------------------------


@job("expire")
def expire() -> dict:
    return run_job("expire", lambda: expire_digests(app.conf.paperlens_settings.digest_ttl_seconds))


def expire_digests(retention_seconds: int, now: float | None = None) -> dict:
    """Digests older than the retention, and orphaned digest keys: see `DigestStore.expire`."""
    return stores().digests.expire((now or time.time()) - retention_seconds)


def _sum(summaries) -> dict:
    total: dict[str, int] = {}
    for summary in summaries:
        for name, value in summary.items():
            total[name] = total.get(name, 0) + value
    return total
