"""A parsed page becomes a digest: stored, its stages queued — or, if the same papers were annotated
against the same library already (a feed fetched ahead, a page opened twice), that digest again."""

from __future__ import annotations

import hashlib
import secrets
import time

import msgspec
from celery import Celery

from backend.domain.digests import ParsedDigest
from backend.domain.models import Digest, DigestItem, Paper
from backend.queue import enqueue_digest
from backend.store import DigestStore, LibraryStore


def content_hash(papers: list[Paper]) -> str:
    return hashlib.sha256(msgspec.json.encode(papers)).hexdigest()


def start_digest(
    digests: DigestStore,
    library: LibraryStore,
    queue: Celery,
    *,
    owner: str,
    url: str,
    parsed: ParsedDigest,
    ttl_seconds: int,
    library_version: int | None = None,
) -> tuple[Digest, bool]:
    """(digest, reused): a new digest with its stages queued, or the live one already made of these papers
    against this version of the library (`library_version`, read here if not given)."""
    version = library.version(owner) if library_version is None else library_version
    digest = Digest(
        id=secrets.token_hex(12),
        owner=owner,
        url=url,
        source=parsed.source,
        created_at=time.time(),
        items=tuple(DigestItem(id=str(index), **_fields(paper)) for index, paper in enumerate(parsed.papers)),
        more_papers=parsed.more_papers,
    )
    digest, reused = digests.create_or_reuse(digest, ttl_seconds, content_hash=content_hash(parsed.papers), library_version=version)
    if not reused:
        enqueue_digest(queue, digest.id)
    return digest, reused


def _fields(struct) -> dict:
    return {name: getattr(struct, name) for name in struct.__struct_fields__}
