"""What the handlers use: stores and the queue, connected once per process, and the digest service."""

from __future__ import annotations

import time
from dataclasses import dataclass

import redis
import redis.asyncio as aioredis
from celery import Celery

from backend.domain.matching import paper_ids, title_key
from backend.domain.models import Digest, DigestItem, DigestRequest, LibraryItem, LibraryItemCreate
from backend.intake import start_digest
from backend.page_parser import PageParser
from backend.queue import queue_client
from backend.settings import Settings
from backend.store import DigestStore, DuplicateStore, FeedStore, JobStore, LibraryStore, connect
from backend.store.ratelimit import RateLimiter


STREAM_BLOCK_SECONDS = 15  # how long one XREAD of an event stream waits before a keep-alive
# Each open event stream holds one Redis connection while it waits (redis-py's default pool stops at 100:
# the 101st stream got "storage unavailable").
MAX_OPEN_STREAMS = 2_000


class BadRequest(Exception):
    """Input that decoded but makes no sense; the message says what to change."""


class NotFound(Exception):
    """Missing, or someone else's: both answer 404 so ids reveal nothing."""


class RateLimited(Exception):
    """Too many requests of one kind from one user; `retry_after` seconds until the next is allowed."""

    def __init__(self, what: str, per_minute: int, retry_after: float) -> None:
        super().__init__(f"too many {what}: at most {per_minute} a minute; try again in {retry_after:.0f} s")
        self.retry_after = retry_after


class NoPapersFound(Exception):
    """The page parsed, but nothing on it looked like a paper."""


@dataclass
class Services:
    settings: Settings
    redis: redis.Redis
    aredis: aioredis.Redis  # only for the SSE stream, which must not hold a thread while it waits
    queue: Celery
    library: LibraryStore
    digests: DigestStore
    duplicates: DuplicateStore
    feeds: FeedStore
    jobs: JobStore
    rate_limiter: RateLimiter
    parser: PageParser

    @classmethod
    def connect(cls, settings: Settings) -> Services:
        client = connect(settings.redis_url)
        return cls(
            settings=settings,
            redis=client,
            # Reads wait up to STREAM_BLOCK_SECONDS inside XREAD BLOCK; the socket must outlast them.
            aredis=aioredis.Redis.from_url(
                settings.redis_url,
                socket_connect_timeout=5,
                socket_timeout=STREAM_BLOCK_SECONDS + 10,
                max_connections=MAX_OPEN_STREAMS,
            ),
            queue=queue_client(settings.redis_url),
            library=LibraryStore(client),
            digests=DigestStore(client),
            duplicates=DuplicateStore(client),
            feeds=FeedStore(client),
            jobs=JobStore(client),
            rate_limiter=RateLimiter(client),
            parser=PageParser(settings.parse_processes, settings.parse_deadline_seconds),
        )

    async def close(self) -> None:
        self.redis.close()
        self.parser.close()
        await self.aredis.aclose()

    def check_rate(self, owner: str, what: str, per_minute: int) -> None:
        wait = self.rate_limiter.wait_seconds(owner, what.replace(" ", "_"), per_minute)
        if wait > 0:
            raise RateLimited(what, per_minute, max(1.0, wait))

    def owned_digest(self, digest_id: str, owner: str) -> Digest:
        digest = self.digests.get(digest_id)
        if digest is None or digest.owner != owner:
            raise NotFound(f"no digest {digest_id!r}")
        return digest

    def submit_digest(self, owner: str, request: DigestRequest) -> Digest:
        """Parse the page, store the digest and queue its stages; nothing is stored or queued on bad input."""
        self.check_rate(owner, "digest posts", self.settings.digest_posts_per_minute)
        if (request.html is None) == (request.text is None):
            raise BadRequest("send exactly one of `html` or `text` (the page's HTML, or its visible text)")
        parsed = self.parser.parse(request.url, html=request.html, text=request.text)
        if not parsed.papers:
            raise NoPapersFound(f"no papers found on this page (read as {parsed.source})")
        digest, _ = start_digest(
            self.digests,
            self.library,
            self.queue,
            owner=owner,
            url=request.url,
            parsed=parsed,
            ttl_seconds=self.settings.digest_ttl_seconds,
        )
        return digest

    def owned_item(self, owner: str, item_id: str) -> LibraryItem:
        item = self.library.get(owner, item_id)
        if item is None:
            raise NotFound(f"no library item {item_id!r}")
        return item

    def digest_item(self, digest_id: str, item_id: str, owner: str) -> tuple[Digest, DigestItem]:
        digest = self.owned_digest(digest_id, owner)
        item = next((item for item in digest.items if item.id == item_id), None)
        if item is None:
            raise NotFound(f"no item {item_id!r} in digest {digest_id!r}")
        return digest, item

    def save_digest_item(self, digest_id: str, item_id: str, owner: str) -> tuple[LibraryItem, bool]:
        """Add a digest's paper to the library with what the digest knows; (item, created)."""
        digest, item = self.digest_item(digest_id, item_id, owner)
        already = self.digests.saved_item(digest.id, item.id)
        existing = self.library.get(owner, already) if already else None
        if existing:
            return existing, False
        arxiv_id, doi = paper_ids(item)
        saved = self.library.add(
            owner,
            LibraryItemCreate(
                title=item.title,
                authors=list(item.authors),
                abstract=item.abstract,
                arxiv_id=arxiv_id,
                doi=doi,
                url=item.link or (f"https://arxiv.org/abs/{arxiv_id}" if arxiv_id else None),
            ),
        )
        self.digests.record_saved(digest.id, item.id, saved.id)
        return saved, True

    def dismiss_digest_item(self, digest_id: str, item_id: str, owner: str) -> None:
        digest, item = self.digest_item(digest_id, item_id, owner)
        arxiv_id, doi = paper_ids(item)
        key = f"arxiv:{arxiv_id}" if arxiv_id else f"doi:{doi}" if doi else f"title:{title_key(item.title)}"
        record = {"title": item.title, "digest_id": digest.id, "item_id": item.id, "at": time.time()}
        self.library.dismiss(owner, key, record)

