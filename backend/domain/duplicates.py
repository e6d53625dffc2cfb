"""Duplicates inside one library: which pairs of items are the same paper, and how two are merged."""

from __future__ import annotations

import hashlib

import msgspec

from backend.domain.library import merge_entry
from backend.domain.matching import LibraryIndex
from backend.domain.models import DuplicatePair, LibraryItem

# How far along a reading status is: a merge keeps the furthest.
_STATUS_ORDER = {"to_read": 0, "reading": 1, "read": 2, "archived": 3}


def pair_id(left_id: str, right_id: str) -> str:
    """The same id for a pair whichever way round it is found, so a dismissed pair stays dismissed."""
    first, second = sorted((left_id, right_id))
    return hashlib.sha256(f"{first}|{second}".encode()).hexdigest()[:16]


def library_duplicates(items: list[LibraryItem]) -> list[DuplicatePair]:
    """Every pair the matcher calls `same` or `possible`, each once, found through the blocking index
    (so a library of n items costs n index queries, not n² comparisons)."""
    index = LibraryIndex((item.id, item.as_paper()) for item in items)
    by_id = {item.id: item for item in items}
    pairs: dict[str, DuplicatePair] = {}
    for item in items:
        for match in index.matches(item.as_paper()):
            other = match.library_item_id
            key = pair_id(item.id, other)
            if other == item.id or key in pairs:
                continue
            first, second = sorted((item.id, other), key=lambda i: (by_id[i].added_at, i))
            pairs[key] = DuplicatePair(
                id=key,
                item_ids=(first, second),
                titles=(by_id[first].title, by_id[second].title),
                verdict=match.verdict.verdict,
                basis=match.verdict.basis,
                score=round(match.verdict.score, 4),
                reasons=match.verdict.reasons,
            )
    return list(pairs.values())


def merge_items(kept: LibraryItem, removed: LibraryItem, now: float) -> LibraryItem:
    """`kept` with the union of both items' identifiers, fields, tags and notes; the earliest `added_at`
    and the furthest reading status."""
    merged = merge_entry(kept, removed, now) or kept
    status = max((kept.status, removed.status), key=_STATUS_ORDER.__getitem__)
    # A journal DOI and a preprint DOI both stay: the one the kept item lacks fills it, a different one is listed.
    differing = [
        f"{name.removesuffix('_id')}:{getattr(removed, name)}"
        for name in ("arxiv_id", "doi")
        if getattr(removed, name) and getattr(merged, name) != getattr(removed, name)
    ]
    others = tuple(dict.fromkeys(kept.other_identifiers + tuple(differing) + removed.other_identifiers))
    return msgspec.structs.replace(
        merged, status=status, other_identifiers=others, added_at=min(kept.added_at, removed.added_at), updated_at=now
    )
