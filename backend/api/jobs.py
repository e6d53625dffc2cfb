"""`GET /v1/jobs`: beat's schedule and each background job's last run."""

from __future__ import annotations

from litestar import Request, get
from msgspec import Struct

from backend.api.services import Services
from backend.pipeline import JOBS
from backend.store.jobs import JobRun


class LastRun(Struct, kw_only=True):
    started_at: float
    finished_at: float
    outcome: str  # ok | error | skipped


class JobStatus(Struct, kw_only=True):
    name: str
    task: str
    queue: str
    every_seconds: int
    does: str
    last_run: LastRun | None  # the job's last run: when, and how it ended (no one's data)
    yours: JobRun | None = None  # your library's share of it (jobs that run per library), with its counts


@get("/v1/jobs", sync_to_thread=True, tags=["jobs"])
def list_jobs(request: Request, services: Services) -> list[JobStatus]:
    """The schedule (every `every_seconds`), each job's last run (when, outcome), and your share of it."""
    statuses = []
    for job in JOBS:
        last, _ = services.jobs.last_run(job.name)
        statuses.append(
            JobStatus(
                name=job.name,
                task=job.task,
                queue=job.queue,
                every_seconds=job.every_seconds,
                does=job.does,
                last_run=LastRun(started_at=last.started_at, finished_at=last.finished_at, outcome=last.outcome) if last else None,
                yours=services.jobs.last_user_run(job.name, request.user),
            )
        )
    return statuses
