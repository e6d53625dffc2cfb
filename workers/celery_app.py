"""The Celery application: queues, reliability settings and the beat schedule.

`celery -A workers.celery_app worker -Q match,nlp` runs it; settings come from the environment
(REDIS_URL) once, when the worker starts.
"""

from __future__ import annotations

from celery import Celery

from backend.pipeline import FEED_TASK, IMPORT_TASK, JOBS, METADATA_TASK, SOURCE_TASK, STAGES
from backend.settings import Settings, settings_from_env


def redelivery(visibility_timeout_seconds: int) -> dict[str, int]:
    """The broker's options for a dead worker's task: handed to another after the visibility timeout, found by a
    sweep every few seconds. kombu sweeps every 10 s but scans Redis on one sweep in 10 (its throttle), so a
    task came back up to 100 s after its timeout (92 s in test_worker_death.py, whose timeout is 5 s); each
    sweep scanning is one ZRANGE of the unacknowledged tasks per worker."""
    return {
        "visibility_timeout": visibility_timeout_seconds,
        "unacked_restore_interval": min(10, max(1, visibility_timeout_seconds // 5)),
        "unacked_restore_throttle": 1,
    }


def create_celery(settings: Settings) -> Celery:
    app = Celery("paperlens", broker=settings.redis_url, include=["workers.tasks.digests", "workers.tasks.library", "workers.tasks.jobs", "workers.tasks.sources"])
    app.conf.update(
        task_acks_late=True,  # a task is acknowledged when it has finished, so a dead worker's task is redelivered
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,  # a long keyword batch must not hold match tasks hostage
        task_ignore_result=True,  # results travel on the digest's event stream, not Celery's backend
        task_routes={task.task: {"queue": task.queue} for task in (*STAGES, IMPORT_TASK, FEED_TASK, SOURCE_TASK, METADATA_TASK, *JOBS)},
        task_default_queue="match",
        broker_connection_retry_on_startup=True,
        broker_transport_options=redelivery(settings.visibility_timeout_seconds),
        worker_hijack_root_logger=False,
        # Background jobs (workers/tasks/jobs.py); each holds a lock, so a second beat cannot double-run one.
        beat_schedule={job.name: {"task": job.task, "schedule": float(job.every_seconds)} for job in JOBS},
    )
    app.conf.paperlens_settings = settings
    return app


app = create_celery(settings_from_env())
