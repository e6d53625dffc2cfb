"""Enqueueing pipeline stages by task name, so the API never imports the workers (or torch)."""

from __future__ import annotations

from celery import Celery

from backend.pipeline import STAGES


def queue_client(redis_url: str) -> Celery:
    return Celery("paperlens-api", broker=redis_url, set_as_current=False)


def enqueue_digest(client: Celery, digest_id: str) -> None:
    for stage in STAGES:
        client.send_task(stage.task, args=[digest_id], queue=stage.queue)
