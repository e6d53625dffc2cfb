"""`GET /v1/jobs`: beat's schedule and each background job's last run."""

from __future__ import annotations

from litestar import get
from msgspec import Struct

from backend.api.services import Services
from backend.pipeline import JOBS
from backend.store.jobs import JobRun, JobStore


class JobStatus(Struct, kw_only=True):
    name: str
    task: str
    queue: str
    every_seconds: int
    does: str
    last_run: JobRun | None
    runs: dict[str, int]  # ok / error / skipped counts


def job_statuses(jobs: JobStore) -> list[JobStatus]:
    statuses = []
    for job in JOBS:
        last, runs = jobs.last_run(job.name)
        statuses.append(
            JobStatus(name=job.name, task=job.task, queue=job.queue, every_seconds=job.every_seconds, does=job.does, last_run=last, runs=runs)
        )
    return statuses


@get("/v1/jobs", sync_to_thread=True, tags=["jobs"])
def list_jobs(services: Services) -> list[JobStatus]:
    """The schedule (every `every_seconds`) and each job's last run: outcome (ok, error, skipped), summary."""
    return job_statuses(services.jobs)
