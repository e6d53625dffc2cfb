"""Each user's feed subscriptions, with what the last fetch of each did."""

from __future__ import annotations

import redis

from backend.domain.models import Feed
from backend.store.owned import OwnedRecords


class FeedStore(OwnedRecords[Feed]):
    def __init__(self, client: redis.Redis) -> None:
        super().__init__(client, "feeds", Feed)

    feeds = OwnedRecords.all
