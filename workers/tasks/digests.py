"""Digest stages as Celery tasks: thin wrappers that read the digest, call the domain, publish events.

Every publish fills a named slot exactly once (see `DigestStore.publish`), so a task that runs
again after a retry or a worker's death publishes only what is still missing.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable

import redis
from celery import Task
from celery.signals import worker_process_init

from backend.domain.match_index import digest_duplicates
from backend.domain.models import (
    Annotation,
    Digest,
    DigestDuplicate,
    Done,
    Keyword,
    Keywords,
    LibraryMatch,
    PossibleMatch,
    Progress,
    Related,
    StageError,
    annotation_key,
)
from backend.pipeline import MODEL_READY, STAGES
from backend.store import DigestStore
from backend.store.digests import DigestGone
from workers.celery_app import app
from workers.stores import stores

log = logging.getLogger("paperlens.workers")
TRANSIENT_ERRORS = (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError)
PROGRESS_EVERY = 16  # keyword items between progress events
# The keywords stage works this long, then queues the rest of its page behind the stages already waiting: a page of
# 2,000 papers (a minute or more of keywords) does not hold the nlp worker while other users' pages wait.
KEYWORDS_SLICE_SECONDS = 2.0


@worker_process_init.connect
def load_model_before_first_digest(**_) -> None:
    """A worker on the nlp queue loads and warms the model as it starts, not when the first digest waits."""
    if "nlp" in (app.amqp.queues.consume_from or {}):
        from workers.nlp.keywords import keyphrase_model

        runtime = keyphrase_model().encoder
        print(f"{MODEL_READY} ({runtime.runtime}: {runtime.why})", file=sys.stderr, flush=True)  # start_workers waits for it


def publish_annotation(digests: DigestStore, digest_id: str, annotation: Annotation) -> None:
    digests.publish(digest_id, annotation_key(annotation), "annotation", annotation)


def publish_progress(digests: DigestStore, digest: Digest, stage: str, done: int) -> None:
    progress = Progress(stage=stage, done=done, total=len(digest.items))
    digests.publish(digest.id, f"progress:{stage}:{done}", "progress", progress)


def finish_stage(digests: DigestStore, digest: Digest, stage: str) -> None:
    total = len(digest.items)
    publish_progress(digests, digest, stage, total)
    digests.publish(
        digest.id,
        "done",
        "done",
        Done(digest_id=digest.id, items=total),
        finish_stage=stage,
        stages_required=len(STAGES),
    )


class StageTask(Task):
    """Retries transient Redis errors with backoff; any other failure is told to the client, and the digest still ends."""

    autoretry_for = TRANSIENT_ERRORS
    retry_backoff = True
    retry_backoff_max = 30
    max_retries = 5
    acks_late = True
    stage = ""

    def on_failure(self, exc, task_id, args, kwargs, einfo) -> None:
        digest_id = args[0] if args else kwargs.get("digest_id")
        log.error("stage %s failed for digest %s: %s", self.stage, digest_id, exc, exc_info=einfo.exc_info if einfo else None)
        try:
            digests = stores().digests
            # The client gets a code and a sentence; the exception's text (paths, data) stays in the log.
            code = "storage_unavailable" if isinstance(exc, redis.exceptions.RedisError) else "internal"
            error = StageError(stage=self.stage, code=code, message=f"the {self.stage} stage failed; the other annotations stand")
            digests.publish(digest_id, f"error:{self.stage}", "error", error)
            digest = digests.get(digest_id)
            if digest:
                finish_stage(digests, digest, self.stage)
        except DigestGone:
            pass  # nobody to tell
        except redis.exceptions.RedisError:
            log.exception("could not report the failure of digest %s", digest_id)


def _run_stage(stage: str, digest_id: str, work: Callable[[DigestStore, Digest], bool | None]) -> None:
    """Runs a stage's work and ends the stage, unless the work says (False) that a task of its own goes on with it."""
    digests = stores().digests
    digest = digests.get(digest_id)
    if digest is None:  # expired or deleted before we got to it: nothing to say to anyone
        log.info("digest %s is gone; skipping %s", digest_id, stage)
        return
    try:
        publish_progress(digests, digest, stage, 0)  # once: a part that goes on publishes the same event again, a no-op
        if work(digests, digest) is not False:
            finish_stage(digests, digest, stage)
    except DigestGone:  # deleted while we worked on it: the rest of its papers would cost for no one
        log.info("digest %s was deleted; stopped %s", digest_id, stage)


@app.task(name="paperlens.match_digest", base=StageTask, bind=True, stage="match")
def match_digest(self: StageTask, digest_id: str) -> None:
    """Library matches first (identifiers, then guarded fuzzy titles), then duplicates within the page."""

    def work(digests: DigestStore, digest: Digest) -> None:
        index = stores().indexes.get(digest.owner)
        for item in digest.items:
            match = index.match(item)
            if match is None:
                continue
            verdict = match.verdict
            common = {"item_id": item.id, "library_item_id": match.library_item_id, "title": match.title}
            if verdict.verdict == "same":
                annotation = LibraryMatch(**common, score=verdict.score, basis=verdict.basis, reasons=verdict.reasons)
            else:
                annotation = PossibleMatch(**common, score=verdict.score, reasons=verdict.reasons)
            publish_annotation(digests, digest.id, annotation)
        for item_id, other_id in digest_duplicates([(item.id, item) for item in digest.items]):
            publish_annotation(digests, digest.id, DigestDuplicate(item_id=item_id, other_item_id=other_id))

    _run_stage("match", digest_id, work)


@app.task(name="paperlens.keywords_digest", base=StageTask, bind=True, stage="keywords")
def keywords_digest(self: StageTask, digest_id: str, pending: list[int] | None = None) -> None:
    """The model stage: related library papers first (title embeddings, quick), then keywords, published
    item by item as each batch is done, and relevance scores once the first batch of new keywords is out. Keywords are
    cached per paper text, so a page seen before (by anyone) costs one Redis round trip. After
    KEYWORDS_SLICE_SECONDS of new keywords, the papers still `pending` (their positions on the page) go on in a
    task queued behind the others waiting, and the stage ends when the last part does."""
    from workers.nlp.keyphrases import BATCH, canonical_tags, stem_key
    from workers.nlp.keywords import extract_keywords, paper_text
    from workers.nlp.relevance import embed_cached, related, relevance

    def work(digests: DigestStore, digest: Digest) -> bool:
        first, now = pending is None, time.monotonic()
        cache = stores().keywords
        # Library titles not embedded yet (a library just imported) are embedded within the part's slice, by the first
        # part only (it publishes `related` and relevance); a later part reads the rows there are, for the tags.
        library = stores().embeddings.matrix(digest.owner, deadline=now + KEYWORDS_SLICE_SECONDS if first else now)
        # Chips that are one of the user's tags take the tag's spelling. Applied when publishing, to cached
        # and fresh chips alike: the cache is shared by all users, the spelling is this user's.
        canonical = canonical_tags([tag for item in library.items for tag in item.tags])

        def publish_keywords(item, keywords) -> None:
            shown = tuple(Keyword(canonical.get(stem_key(k.phrase), k.phrase), k.score) for k in keywords)
            publish_annotation(digests, digest.id, Keywords(item_id=item.id, keywords=shown))

        positions = range(len(digest.items)) if first else [p for p in pending if p < len(digest.items)]
        documents = {p: paper_text(digest.items[p].title, digest.items[p].abstract) for p in positions}
        cached = cache.get_many(list(documents.values()))  # a part going on: some were computed for another page meanwhile
        for p, keywords in zip(documents, cached):
            if keywords is not None:
                publish_keywords(digest.items[p], keywords)
        missing = [p for p, keywords in zip(documents, cached) if keywords is None]

        if first:
            log.info("digest %s: keywords computed for %d of %d papers, the rest cached", digest.id, len(missing), len(documents))
            vectors = embed_cached(cache, [item.title for item in digest.items])
            for item, neighbours in zip(digest.items, related(list(digest.items), vectors, library)):
                if neighbours:
                    top = Related(item_id=item.id, score=neighbours[0].score, library_items=tuple(neighbours))
                    publish_annotation(digests, digest.id, top)

        def publish_relevance() -> None:
            # This page's papers join those the user was shown (unlabelled: mostly passed over) before the model
            # is fitted, as arxiv-sanity's SVM sees every paper; then a relevance score for each. The first part only.
            stores().library.record_seen(digest.owner, [item.title for item in digest.items])
            model = stores().relevance.model(digest.owner, library, cache, vectors)
            for annotation in relevance(list(digest.items), vectors, model, library):
                publish_annotation(digests, digest.id, annotation)

        done, computed, started = len(digest.items) - len(missing), set(), time.monotonic()
        texts, titles = [documents[p] for p in missing], [digest.items[p].title for p in missing]
        for position, keywords in extract_keywords(texts, titles=titles):
            p = missing[position]
            cache.put(documents[p], keywords)
            publish_keywords(digest.items[p], keywords)
            done += 1
            computed.add(p)
            if first and len(computed) == BATCH:  # right after the first batch of new chips: a refit never delays the first ones
                publish_relevance()
            if done % PROGRESS_EVERY == 0:
                publish_progress(digests, digest, "keywords", done)
            if time.monotonic() - started >= KEYWORDS_SLICE_SECONDS and len(computed) < len(missing):
                break
        if first and len(computed) < BATCH:  # fewer new chips than a batch: not published in the loop
            publish_relevance()
        left = [p for p in missing if p not in computed]
        if left:
            keywords_digest.apply_async(args=(digest.id, left))
            log.info("digest %s: keywords for %d papers left, queued behind the pages waiting", digest.id, len(left))
        return not left

    _run_stage("keywords", digest_id, work)
