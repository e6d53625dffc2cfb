"""The Redis stores a worker process uses, connected once per process (on first use, after the fork)."""

from __future__ import annotations

from backend.store import (
    DigestStore,
    DuplicateStore,
    FeedStore,
    JobStore,
    KeywordCache,
    LibraryStore,
    SourceStore,
    UserStore,
    connect,
)
from backend.page_parser import PageParser
from workers.celery_app import app
from workers.library_index import LibraryIndexes
from workers.metadata import MetadataLookup
from workers.nlp.relevance import LibraryEmbeddings, RelevanceModels  # numpy only: the model loads on first use


class _Stores:
    def __init__(self) -> None:
        settings = app.conf.paperlens_settings
        self.redis = connect(settings.redis_url)
        same = settings.digests_redis_url == settings.redis_url
        self.digests_redis = self.redis if same else connect(settings.digests_redis_url)  # see Settings.digest_redis_url
        self.parser = PageParser(1, settings.parse_deadline_seconds)  # feeds: the same guard as posted pages
        self.users = UserStore(self.redis)
        self.library = LibraryStore(self.redis)
        self.digests = DigestStore(self.digests_redis, self.redis)
        self.keywords = KeywordCache(self.digests_redis)
        self.duplicates = DuplicateStore(self.redis)
        self.feeds = FeedStore(self.redis)
        self.sources = SourceStore(self.redis)
        self.metadata = MetadataLookup(self.redis, settings)  # bare arXiv ids and DOIs (the metadata job)
        self.jobs = JobStore(self.redis)
        self.indexes = LibraryIndexes(self.library)  # per-library matching indexes, followed incrementally
        self.embeddings = LibraryEmbeddings(self.library)  # read by the model stage only; cheap until then
        self.relevance = RelevanceModels(self.library)


_stores: _Stores | None = None


def stores() -> _Stores:
    global _stores
    if _stores is None:
        _stores = _Stores()
    return _stores
