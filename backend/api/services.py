"""What the handlers use: stores and the queue, connected once per process, and the digest service."""

from __future__ import annotations

import hashlib
import re
import time
from dataclasses import dataclass

import msgspec
import redis
import redis.asyncio as aioredis
from celery import Celery

from backend.domain.matching import paper_ids, paper_keys
from backend.domain.models import Digest, DigestItem, DigestRequest, Dismissal, LibraryItem, LibraryItemCreate
from backend.imports import library_full
from backend.intake import start_digest
from backend.page_parser import PageParser
from backend.queue import queue_client
from backend.settings import Settings
from backend.store import DigestStore, DuplicateStore, FeedStore, JobStore, LibraryStore, SourceStore, connect
from backend.store.digests import DigestStreams
from backend.store.library import Claimed, Conflict
from backend.store.ratelimit import RateLimiter


STREAM_BLOCK_SECONDS = 15  # how long one XREAD of an event stream waits before a keep-alive
STREAM_LEASE_SECONDS = 4 * STREAM_BLOCK_SECONDS  # an open stream counts against its user's cap this long unless renewed
# Each open event stream holds one Redis connection while it waits (redis-py's default pool stops at 100:
# the 101st stream got "storage unavailable").
MAX_OPEN_STREAMS = 2_000
MAX_SAVE_ATTEMPTS = 5
_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def check_item_id(value: str, what: str = "library item") -> None:
    """Ids this API gives out are short and URL-safe; anything else names nothing (404, never a key lookup)."""
    if not _ID.match(value):
        raise NotFound(f"no {what} {value[:80]!r}")


class BadRequest(Exception):
    """Input that decoded but makes no sense; the message says what to change."""


class NotFound(Exception):
    """Missing, or someone else's: both answer 404 so ids reveal nothing."""


class RateLimited(Exception):
    """Too many requests of one kind from one user; `retry_after` seconds until the next is allowed."""

    def __init__(self, what: str, per_minute: int, retry_after: float) -> None:
        super().__init__(f"too many {what}: at most {per_minute} a minute; try again in {retry_after:.0f} s")
        self.retry_after = retry_after


class LimitReached(Exception):
    """A per-user limit (open streams, digests kept, library items, upload bytes); the message names it."""

    def __init__(self, status_code: int, message: str) -> None:
        super().__init__(message)
        self.status_code = status_code


class NoPapersFound(Exception):
    """The page parsed, but nothing on it looked like a paper."""


@dataclass
class Services:
    settings: Settings
    redis: redis.Redis  # the library's
    digests_redis: redis.Redis  # digests, rate limits (the same client when there is one server)
    aredis: aioredis.Redis  # the library's, async: token lookups on every request, without a thread
    streams: DigestStreams
    queue: Celery
    library: LibraryStore
    digests: DigestStore
    duplicates: DuplicateStore
    feeds: FeedStore
    sources: SourceStore
    jobs: JobStore
    rate_limiter: RateLimiter
    parser: PageParser

    @classmethod
    def connect(cls, settings: Settings) -> Services:
        client = connect(settings.redis_url)
        digests_client = client if settings.digests_redis_url == settings.redis_url else connect(settings.digests_redis_url)
        # Token lookups: short, so a burst of requests waits for one of a few connections rather than failing.
        aclient = aioredis.Redis(
            connection_pool=aioredis.BlockingConnectionPool.from_url(
                settings.redis_url, max_connections=64, timeout=10, socket_connect_timeout=5, socket_timeout=10
            )
        )
        # Stream reads wait up to STREAM_BLOCK_SECONDS inside XREAD BLOCK; the socket must outlast them.
        astreams = aioredis.Redis.from_url(
            settings.digests_redis_url, socket_connect_timeout=5, socket_timeout=STREAM_BLOCK_SECONDS + 10, max_connections=MAX_OPEN_STREAMS
        )
        return cls(
            settings=settings,
            redis=client,
            digests_redis=digests_client,
            aredis=aclient,
            streams=DigestStreams(astreams),
            queue=queue_client(settings.redis_url),
            library=LibraryStore(client),
            digests=DigestStore(digests_client, client),
            duplicates=DuplicateStore(client),
            feeds=FeedStore(client),
            sources=SourceStore(client),
            jobs=JobStore(client),
            rate_limiter=RateLimiter(digests_client),  # buckets: a lost one only forgives a few requests
            parser=PageParser(settings.parse_processes, settings.parse_deadline_seconds),
        )

    async def close(self) -> None:
        self.redis.close()
        self.digests_redis.close()
        self.parser.close()
        await self.aredis.aclose()
        await self.streams.aclose()

    def check_rate(self, owner: str, what: str, per_minute: int) -> None:
        wait = self.rate_limiter.wait_seconds(owner, what.replace(" ", "_"), per_minute)
        if wait > 0:
            raise RateLimited(what, per_minute, max(1.0, wait))

    def owned_digest(self, digest_id: str, owner: str) -> Digest:
        check_item_id(digest_id, "digest")
        digest = self.digests.get(digest_id)
        if digest is None or digest.owner != owner:
            raise NotFound(f"no digest {digest_id!r}")
        return digest

    def submit_digest(self, owner: str, request: DigestRequest) -> Digest:
        """Parse the page, store the digest and queue its stages; nothing is stored or queued on bad input.
        The digest's items come marked `dismissed` where the user dismissed the paper before.

        Round trips: one to admit the post (rate limit and the cap on digests kept), one for the library's
        version and dismissals, one to reuse or store the digest, one per stage to queue it."""
        if (request.html is None) == (request.text is None):
            raise BadRequest("send exactly one of `html` or `text` (the page's HTML, or its visible text)")
        per_minute, cap = self.settings.digest_posts_per_minute, self.settings.max_digests_per_user
        verdict, value = self.digests.admit(owner, per_minute=per_minute, cap=cap, now=time.time())
        if verdict == "rate":
            raise RateLimited("digest posts", per_minute, max(1.0, value))
        if verdict == "cap":
            raise LimitReached(429, f"too many digests kept: at most {cap:,} per user at once (each is kept {self.settings.digest_ttl_seconds // 86_400} days)")
        parsed = self.parser.parse(request.url, html=request.html, text=request.text)
        if not parsed.papers:
            raise NoPapersFound(f"no papers found on this page (read as {parsed.source})")
        version, dismissals = self.library.version_and_dismissals(owner)
        digest, _ = start_digest(
            self.digests,
            self.library,
            self.queue,
            owner=owner,
            url=request.url,
            parsed=parsed,
            ttl_seconds=self.settings.digest_ttl_seconds,
            library_version=version,
        )
        return msgspec.structs.replace(digest, items=mark_dismissed(digest.items, dismissals))

    def add_item(self, owner: str, new: LibraryItemCreate) -> LibraryItem:
        self.check_library_room(owner, 1)
        return self.library.add(owner, new)

    def check_library_room(self, owner: str, adding: int) -> None:
        reason = library_full(self.library.count(owner), adding, self.settings.max_library_items)
        if reason:
            raise LimitReached(403, reason)

    def check_upload_budget(self, owner: str, size: int) -> None:
        per_day = self.settings.max_upload_bytes_per_day
        if self.rate_limiter.take(owner, "upload_bytes", per_day / 86_400, per_day, size) > 0:
            size_text = f"{per_day / 2**20:,.0f} MiB" if per_day >= 2**20 else f"{per_day:,} bytes"
            raise LimitReached(403, f"upload limit: at most {size_text} of imports a day per user")

    def owned_item(self, owner: str, item_id: str) -> LibraryItem:
        check_item_id(item_id)
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
        """Add a digest's paper to the library with what the digest knows; (item, created).

        Idempotent, also under concurrency: the library item and the digest's record of it are written in
        one compare-and-set, so of twenty simultaneous Saves one writes and the others find its item.
        """
        digest, item = self.digest_item(digest_id, item_id, owner)
        arxiv_id, doi = paper_ids(item)
        create = LibraryItemCreate(
            title=item.title,
            authors=list(item.authors),
            abstract=item.abstract,
            arxiv_id=arxiv_id,
            doi=doi,
            url=item.link or (f"https://arxiv.org/abs/{arxiv_id}" if arxiv_id else None),
        )
        for _ in range(MAX_SAVE_ATTEMPTS):
            already = self.digests.saved_item(digest.id, item.id)
            existing = self.library.get(owner, already) if already else None
            if existing:
                return existing, False
            self.check_library_room(owner, 1)
            # Claim the record only if it still says what we read (absent, or an item since deleted).
            claim = self.digests.save_claim(digest.id, item.id, expected=already, library_item_id=self.library.new_id())
            try:
                return self.library.add(owner, create, claim=claim), True
            except Claimed:
                continue  # another Save won: its item is there now
        raise Conflict(item_id)

    def dismiss_digest_item(self, digest_id: str, item_id: str, owner: str) -> None:
        digest, item = self.digest_item(digest_id, item_id, owner)
        keys = paper_keys(item)
        dismissal_id = hashlib.sha256(keys[0].encode()).hexdigest()[:16]
        self.library.dismiss(owner, Dismissal(id=dismissal_id, title=item.title, keys=keys, at=time.time(), digest_id=digest.id))

    def undismiss_digest_item(self, digest_id: str, item_id: str, owner: str) -> int:
        """Forget every dismissal that names this paper (by any of its identities)."""
        _, item = self.digest_item(digest_id, item_id, owner)
        keys = set(paper_keys(item))
        return self.library.undismiss(owner, [d.id for d in self.library.dismissals(owner) if keys & set(d.keys)])

    def with_dismissals(self, owner: str, items: tuple[DigestItem, ...]) -> tuple[DigestItem, ...]:
        """The items, those the user dismissed before (here or on any page) marked `dismissed`."""
        return mark_dismissed(items, self.library.dismissals(owner))


def mark_dismissed(items: tuple[DigestItem, ...], dismissals: list[Dismissal]) -> tuple[DigestItem, ...]:
    dismissed = {key for dismissal in dismissals for key in dismissal.keys}
    if not dismissed:
        return items
    return tuple(msgspec.structs.replace(item, dismissed=True) if dismissed.intersection(paper_keys(item)) else item for item in items)

