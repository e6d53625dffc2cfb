"""Enqueueing pipeline stages by task name, so the API never imports the workers (or torch)."""

from __future__ import annotations

from celery import Celery

from backend.pipeline import STAGES


def queue_client(redis_url: str) -> Celery:
    return Celery("paperlens-api", broker=redis_url, set_as_current=False)


def enqueue_digest(client: Celery, digest_id: str) -> list[str]:
    """Queue every stage of a digest; the Celery task ids, for following them in the workers' logs."""
    return [client.send_task(stage.task, args=[digest_id], queue=stage.queue).id for stage in STAGES]
