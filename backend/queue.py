"""Enqueueing pipeline stages by task name, so the API never imports the workers (or torch)."""

from __future__ import annotations

from celery import Celery

from backend.domain.library import ImportReport
from backend.pipeline import METADATA_TASK, STAGES


def queue_client(redis_url: str) -> Celery:
    return Celery("paperlens-api", broker=redis_url, set_as_current=False)


def enqueue_digest(client: Celery, digest_id: str) -> list[str]:
    """Queue every stage of a digest; the Celery task ids, for following them in the workers' logs."""
    return [client.send_task(stage.task, args=[digest_id], queue=stage.queue).id for stage in STAGES]


def look_up_metadata_after(client: Celery, owner: str, report: ImportReport) -> None:
    """After an import that added to the library, its metadata lookups now rather than at the next `metadata` run
    (up to 15 min): arXiv ids or DOIs show their titles within seconds. The task finds the items that need it."""
    if report.imported or report.merged:
        client.send_task(METADATA_TASK.task, args=[owner], queue=METADATA_TASK.queue)
