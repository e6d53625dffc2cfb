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
) -> tuple[Digest, bool]:
    """(digest, reused): a new digest with its stages queued, or the live one already made of these papers."""
    key, version = content_hash(parsed.papers), library.version(owner)
    existing = digests.reusable(owner, key, version)
    if existing is not None:
        return existing, True
    digest = Digest(
        id=secrets.token_hex(12),
        owner=owner,
        url=url,
        source=parsed.source,
        created_at=time.time(),
        items=tuple(DigestItem(id=str(index), **_fields(paper)) for index, paper in enumerate(parsed.papers)),
    )
    digests.create(digest, ttl_seconds, content_hash=key, library_version=version)
    enqueue_digest(queue, digest.id)
    return digest, False


def _fields(struct) -> dict:
    return {name: getattr(struct, name) for name in struct.__struct_fields__}
