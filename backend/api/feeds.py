"""`/v1/feeds`: the user's subscriptions; the `feeds` job fetches each and annotates its digest ahead."""

from __future__ import annotations

import secrets
import time

from litestar import Controller, Request, delete, get, post

from backend.api.services import BadRequest, NotFound, Services
from backend.domain.models import Feed, FeedCreate
from backend.safe_fetch import FetchPolicy, RefusedTarget, check_subscribable

MAX_FEEDS = 100  # per user


def arxiv_feed_url(category: str) -> str:
    return f"https://rss.arxiv.org/rss/{category}"


class FeedController(Controller):
    path = "/v1/feeds"
    tags = ["feeds"]

    @get("/", sync_to_thread=True)
    def list_feeds(self, request: Request, services: Services) -> list[Feed]:
        """Each subscription with what its last fetch did (`last_outcome`, `last_error`, `last_digest_id`)."""
        return services.feeds.feeds(request.user)

    @post("/", status_code=201, sync_to_thread=True)
    def subscribe(self, request: Request, data: FeedCreate, services: Services) -> Feed:
        """An RSS/Atom URL, a digest page URL (e.g. https://huggingface.co/papers), or an arXiv category."""
        if (data.url is None) == (data.arxiv_category is None):
            raise BadRequest("send exactly one of `url` (a feed or digest page) or `arxiv_category` (e.g. \"cs.CL\")")
        url = data.url or arxiv_feed_url(data.arxiv_category)
        try:
            check_subscribable(url, FetchPolicy(allowed=frozenset(services.settings.feed_allow)))
        except RefusedTarget as refused:
            raise BadRequest(f"`url`: {refused}") from None
        existing = services.feeds.feeds(request.user)
        if any(feed.url == url for feed in existing):
            raise BadRequest(f"already subscribed to {url}")
        if len(existing) >= MAX_FEEDS:
            raise BadRequest(f"at most {MAX_FEEDS} feeds per user")
        title = data.title or (f"arXiv {data.arxiv_category}" if data.arxiv_category else url)
        feed = Feed(id=secrets.token_hex(8), url=url, title=title, created_at=time.time())
        services.feeds.add(request.user, feed)
        return feed

    @delete("/{feed_id:str}", status_code=204, sync_to_thread=True)
    def unsubscribe(self, request: Request, feed_id: str, services: Services) -> None:
        if not services.feeds.delete(request.user, feed_id):
            raise NotFound(f"no feed {feed_id!r}")
