"""What a worker process keeps per user (matching indexes, embedding matrices, relevance models), for the users
it served last: without a bound, a worker that meets many users keeps all of them (a 10k-item library's
embeddings are 15 MB) until it runs out of memory."""

from __future__ import annotations

from collections import OrderedDict
from typing import Generic, TypeVar

T = TypeVar("T")
RECENT_OWNERS = 32  # users whose state a worker keeps; the others' is rebuilt from Redis on their next page


class OwnerCache(Generic[T]):
    def __init__(self, size: int = RECENT_OWNERS) -> None:
        self._size = size
        self._entries: OrderedDict[str, T] = OrderedDict()

    def get(self, owner: str) -> T | None:
        if owner in self._entries:
            self._entries.move_to_end(owner)
        return self._entries.get(owner)

    def __setitem__(self, owner: str, value: T) -> None:
        self._entries[owner] = value
        self._entries.move_to_end(owner)
        while len(self._entries) > self._size:
            self._entries.popitem(last=False)  # the user served longest ago
