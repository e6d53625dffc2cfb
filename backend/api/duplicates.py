"""`/v1/library/duplicates`: pairs of library items the `duplicates` job found; merge or dismiss each."""

from __future__ import annotations

import time

from litestar import Controller, Request, get, post
from msgspec import Struct

from backend.api.services import BadRequest, NotFound, Services, check_item_id
from backend.domain.duplicates import merge_items
from backend.domain.models import DuplicatePair, LibraryItem
from backend.store.library import Conflict

MAX_MERGE_ATTEMPTS = 5


class DuplicateList(Struct, kw_only=True):
    pairs: list[DuplicatePair]
    swept_version: int | None  # the library version the last sweep read (null: never swept)
    library_version: int


class MergeRequest(Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    keep: str | None = None  # which of the two item ids stays (default: the one added first)


class DuplicatesController(Controller):
    path = "/v1/library/duplicates"
    tags = ["library"]

    @get("/", sync_to_thread=True)
    def list_pairs(self, request: Request, services: Services) -> DuplicateList:
        """Duplicate pairs, `same` first, then by score; dismissed pairs are not listed again."""
        return DuplicateList(
            pairs=services.duplicates.pairs(request.user),
            swept_version=services.duplicates.swept_version(request.user),
            library_version=services.library.version(request.user),
        )

    @post("/{pair_id:str}/merge", status_code=200, sync_to_thread=True)
    def merge(self, request: Request, pair_id: str, services: Services, data: MergeRequest | None = None) -> LibraryItem:
        """One item with the union of both items' identifiers, tags and notes; the other id becomes an
        alias of it (GET, PATCH and DELETE of either id reach the merged item)."""
        pair = self._pair(request.user, pair_id, services)
        keep = (data.keep if data else None) or pair.item_ids[0]
        if keep not in pair.item_ids:
            raise BadRequest(f"`keep` must be one of the pair's items: {pair.item_ids[0]!r} or {pair.item_ids[1]!r}")
        removed_id = pair.item_ids[1] if keep == pair.item_ids[0] else pair.item_ids[0]
        for _ in range(MAX_MERGE_ATTEMPTS):
            kept, removed = services.library.get(request.user, keep), services.library.get(request.user, removed_id)
            if kept is None or removed is None or kept.id == removed.id:
                services.duplicates.forget_items(request.user, set(pair.item_ids))
                raise NotFound(f"pair {pair_id!r} is out of date: one of its items was deleted or merged")
            try:
                merged = services.library.merge(request.user, kept, removed, merge_items(kept, removed, time.time()))
            except Conflict:
                continue  # one of them was edited meanwhile: merge what is there now
            services.duplicates.forget_items(request.user, {removed.id})
            return merged
        raise Conflict(pair_id)

    @post("/{pair_id:str}/dismiss", status_code=204, sync_to_thread=True)
    def dismiss(self, request: Request, pair_id: str, services: Services) -> None:
        """Not duplicates: the pair is not proposed again."""
        self._pair(request.user, pair_id, services)
        services.duplicates.dismiss(request.user, pair_id)

    @staticmethod
    def _pair(owner: str, pair_id: str, services: Services) -> DuplicatePair:
        check_item_id(pair_id, "duplicate pair")
        pair = services.duplicates.get(owner, pair_id)
        if pair is None:
            raise NotFound(f"no duplicate pair {pair_id!r}")
        return pair
