"""Large library imports, off the request path, with progress the client polls."""

from __future__ import annotations

import logging

from celery import Task
from celery.exceptions import SoftTimeLimitExceeded

from backend.domain.bibliography import BibliographyError
from backend.imports import import_parsed, library_full, read_upload
from backend.pipeline import IMPORT_TASK
from backend.queue import look_up_metadata_after
from workers.celery_app import app
from workers.stores import stores
from workers.tasks.digests import TRANSIENT_ERRORS

log = logging.getLogger("paperlens.workers")


DEADLINE_SECONDS = app.conf.paperlens_settings.import_deadline_seconds
HARD_LIMIT_GRACE_SECONDS = 30  # after the soft limit, time to record the failure before the child is killed


@app.task(
    name=IMPORT_TASK.task, bind=True, acks_late=True, max_retries=5,
    soft_time_limit=DEADLINE_SECONDS, time_limit=DEADLINE_SECONDS + HARD_LIMIT_GRACE_SECONDS,
)  # fmt: skip
def import_library(self: Task, import_id: str) -> None:
    """Idempotent: an import that already finished is not run again; a re-run merges, never doubles.
    Every way it can end is recorded: `done`, or `failed` with a reason the client can show. A file read for
    longer than the deadline fails (the library is written once, at the end, so a file is in it whole or not at all)."""
    library = stores().library
    status = library.import_status(import_id)
    if status is None or status["state"] in ("done", "failed"):
        return
    text = library.import_upload(import_id)
    if text is None:
        library.set_import_status(import_id, state="failed", error="the upload expired before a worker read it")
        return
    library.set_import_status(import_id, state="running")
    try:
        parsed = read_upload(status["format"], text)
        full = library_full(library.count(status["owner"]), len(parsed.entries), app.conf.paperlens_settings.max_library_items)
        if full:  # a file too large for the API to read was not counted there
            library.set_import_status(import_id, state="failed", error=full)
            return
        report = import_parsed(
            library,
            status["owner"],
            parsed,
            progress=lambda done, total: library.set_import_status(import_id, done=done, total=total),
        )
    except BibliographyError as error:
        library.set_import_status(import_id, state="failed", error=str(error))
        return
    except SoftTimeLimitExceeded:
        reason = f"the file took longer than {DEADLINE_SECONDS:g} s to read (split it and import the parts)"
        _fail(library, import_id, reason, TimeoutError(reason))
        return
    except TRANSIENT_ERRORS as error:
        if self.request.retries < self.max_retries:
            raise self.retry(exc=error, countdown=min(30, 2**self.request.retries)) from error
        _fail(library, import_id, "storage was unavailable; upload the file again", error)
        return
    except Exception as error:  # noqa: BLE001 - whatever it was, the import must not stay "running"
        _fail(library, import_id, "the import failed; nothing was written (paperlens logged the cause)", error)
        return
    look_up_metadata_after(app, status["owner"], report)
    summary = report.summary()
    library.set_import_status(
        import_id,
        state="done",
        report={**{name: getattr(report, name) for name in summary}, "summary": summary},
    )
    log.info("import %s done: %s", import_id, summary)


def _fail(library, import_id: str, reason: str, error: Exception) -> None:
    log.error("import %s failed: %s: %s", import_id, type(error).__name__, error)
    try:
        library.set_import_status(import_id, state="failed", error=reason)
    except TRANSIENT_ERRORS:
        log.exception("import %s: could not record the failure", import_id)
