"""`/v1/library/duplicates`: what the `duplicates` job found inside a library — groups of items that are one
paper (and the pairs that joined them); merge or dismiss a whole group, or a single pair."""

from __future__ import annotations

import time

from litestar import Controller, Request, get, post
from msgspec import Struct

from backend.api.services import BadRequest, NotFound, Services, check_item_id
from backend.domain.duplicates import duplicate_groups, merge_group
from backend.domain.models import DuplicateGroup, DuplicatePair, LibraryItem
from backend.store.library import Conflict

MAX_MERGE_ATTEMPTS = 5


class DuplicateList(Struct, kw_only=True):
    groups: list[DuplicateGroup]  # a paper entered five times is one group of five
    pairs: list[DuplicatePair]  # every pair, as in the groups
    swept_version: int | None  # the library version the last sweep read (null: never swept)
    library_version: int


class MergeRequest(Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    keep: str | None = None  # which item stays (default: the one added first)


class DuplicatesController(Controller):
    path = "/v1/library/duplicates"
    tags = ["library"]

    @get("/", sync_to_thread=True)
    def list_duplicates(self, request: Request, services: Services) -> DuplicateList:
        """Groups (`same` first, larger first) and their pairs; dismissed pairs are not listed again."""
        pairs, added_at = self._current(request.user, services)
        return DuplicateList(
            groups=duplicate_groups(pairs, added_at),
            pairs=pairs,
            swept_version=services.duplicates.swept_version(request.user),
            library_version=services.library.version(request.user),
        )

    @post("/groups/{group_id:str}/merge", status_code=200, sync_to_thread=True)
    def merge_group(self, request: Request, group_id: str, services: Services, data: MergeRequest | None = None) -> LibraryItem:
        """Every item of the group becomes one, in one write: the union of their identifiers, tags and notes,
        the furthest status; every other id becomes an alias of it."""
        group = self._group(request.user, group_id, services)
        return self._merge(request.user, group.item_ids, (data.keep if data else None) or group.item_ids[0], services)

    @post("/groups/{group_id:str}/dismiss", status_code=204, sync_to_thread=True)
    def dismiss_group(self, request: Request, group_id: str, services: Services) -> None:
        """Not one paper: none of the group's pairs is proposed again."""
        for pair in self._group(request.user, group_id, services).pairs:
            services.duplicates.dismiss(request.user, pair.id)

    @post("/{pair_id:str}/merge", status_code=200, sync_to_thread=True)
    def merge(self, request: Request, pair_id: str, services: Services, data: MergeRequest | None = None) -> LibraryItem:
        """One item with the union of both items' identifiers, tags and notes; the other id becomes an
        alias of it (GET, PATCH and DELETE of either id reach the merged item)."""
        pair = self._pair(request.user, pair_id, services)
        return self._merge(request.user, pair.item_ids, (data.keep if data else None) or pair.item_ids[0], services)

    @post("/{pair_id:str}/dismiss", status_code=204, sync_to_thread=True)
    def dismiss(self, request: Request, pair_id: str, services: Services) -> None:
        """Not duplicates: the pair is not proposed again."""
        self._pair(request.user, pair_id, services)
        services.duplicates.dismiss(request.user, pair_id)

    @staticmethod
    def _merge(owner: str, item_ids: tuple[str, ...], keep: str, services: Services) -> LibraryItem:
        if keep not in item_ids:
            raise BadRequest(f"`keep` must be one of the items: {', '.join(map(repr, item_ids))}")
        for _ in range(MAX_MERGE_ATTEMPTS):
            kept = services.library.get(owner, keep)
            others = [services.library.get(owner, item_id) for item_id in item_ids if item_id != keep]
            if kept is None or any(other is None or other.id == kept.id for other in others):
                services.duplicates.forget_items(owner, set(item_ids))
                raise NotFound("these duplicates are out of date: one of the items was deleted or merged")
            try:
                merged = services.library.merge(owner, kept, others, merge_group(kept, others, time.time()))
            except Conflict:
                continue  # one of them was edited meanwhile: merge what is there now
            services.duplicates.forget_items(owner, {other.id for other in others})
            return merged
        raise Conflict(keep)

    @staticmethod
    def _current(owner: str, services: Services) -> tuple[list[DuplicatePair], dict[str, float]]:
        """The sweep's pairs whose items all still exist (each item's `added_at`): an item deleted or merged
        since the sweep read the library, or while it ran, is not proposed until the next sweep looks again."""
        pairs = services.duplicates.pairs(owner)
        items = services.library.get_many(owner, sorted({item_id for pair in pairs for item_id in pair.item_ids}))
        added_at = {item_id: item.added_at for item_id, item in items.items() if item}
        return [pair for pair in pairs if all(item_id in added_at for item_id in pair.item_ids)], added_at

    def _group(self, owner: str, group_id: str, services: Services) -> DuplicateGroup:
        check_item_id(group_id, "duplicate group")
        group = next((g for g in duplicate_groups(*self._current(owner, services)) if g.id == group_id), None)
        if group is None:
            raise NotFound(f"no duplicate group {group_id!r}")
        return group

    @staticmethod
    def _pair(owner: str, pair_id: str, services: Services) -> DuplicatePair:
        check_item_id(pair_id, "duplicate pair")
        pair = services.duplicates.get(owner, pair_id)
        if pair is None:
            raise NotFound(f"no duplicate pair {pair_id!r}")
        return pair
