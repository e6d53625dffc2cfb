"""Large library imports, off the request path, with progress the client polls."""

from __future__ import annotations

import logging

from backend.domain.bibliography import BibliographyError
from backend.imports import import_parsed, read_upload
from backend.pipeline import IMPORT_TASK
from workers.celery_app import app
from workers.stores import stores
from workers.tasks.digests import TRANSIENT_ERRORS

log = logging.getLogger("paperlens.workers")


@app.task(
    name=IMPORT_TASK.task,
    acks_late=True,
    autoretry_for=TRANSIENT_ERRORS,
    retry_backoff=True,
    max_retries=5,
)
def import_library(import_id: str) -> None:
    """Idempotent: an import that already finished is not run again; a re-run merges, never doubles."""
    library = stores().library
    status = library.import_status(import_id)
    if status is None or status["state"] == "done":
        return
    text = library.import_upload(import_id)
    if text is None:
        library.set_import_status(import_id, state="failed", error="the upload expired before a worker read it")
        return
    library.set_import_status(import_id, state="running")
    try:
        parsed = read_upload(status["format"], text)
        report = import_parsed(
            library,
            status["owner"],
            parsed,
            progress=lambda done, total: library.set_import_status(import_id, done=done, total=total),
        )
    except BibliographyError as error:
        library.set_import_status(import_id, state="failed", error=str(error))
        return
    summary = report.summary()
    library.set_import_status(
        import_id,
        state="done",
        report={**{name: getattr(report, name) for name in summary}, "summary": summary},
    )
    log.info("import %s done: %s", import_id, summary)
