"""The `sync` beat job: every library source of every user, each synced on its own task."""

from __future__ import annotations

import logging

from backend.pipeline import SOURCE_TASK
from backend.sources import WEB_DEADLINE_SECONDS, sync_source
from workers.celery_app import app
from workers.stores import stores
from workers.tasks.jobs import fan_out, job

log = logging.getLogger("paperlens.sources")


@job("sync")
def sync_all() -> dict:
    """Fans out one `sync_source` per source, so a slow or broken one never holds up the others."""
    return fan_out("sync", stores().sources, SOURCE_TASK, "sources_queued")


@app.task(name=SOURCE_TASK.task, acks_late=True)
def sync_one(owner: str, source_id: str) -> str:
    """One sync of one source, under its own lock (the beat run and a user's "sync now" never overlap)."""
    settings = app.conf.paperlens_settings
    with stores().jobs.lock(f"source:{source_id}", ttl_seconds=int(settings.source_deadline_seconds + WEB_DEADLINE_SECONDS) + 300) as held:
        source = stores().sources.get(owner, source_id)
        if not held or source is None:
            return "skipped"
        source = sync_source(
            owner, source, stores().library, roots=settings.source_roots, deadline_seconds=settings.source_deadline_seconds,
            api_key=stores().sources.secret(owner, source_id), zotero_api_url=settings.zotero_api_url,
        )  # fmt: skip
        stores().sources.update(owner, source)
        log.info("source %s of %s: %s %s", source.id, owner, source.last_outcome, source.last_summary)
        return source.last_outcome or "synced"
