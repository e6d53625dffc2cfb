"""Duplicates inside one library: which pairs of items are the same paper, and how two are merged."""

from __future__ import annotations

import hashlib

import msgspec

from backend.domain.library import merge_entry
from backend.domain.matching import LibraryIndex
from backend.domain.models import DuplicateGroup, DuplicatePair, LibraryItem

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
    compared: dict[str, set[str]] = {}  # item -> items it was already found with (each pair compared once)
    for item in items:
        for match in index.matches(item.as_paper(), exclude=compared.get(item.id, set()) | {item.id}):
            other = match.library_item_id
            key = pair_id(item.id, other)
            compared.setdefault(other, set()).add(item.id)
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


def group_id(item_ids) -> str:
    return hashlib.sha256("|".join(sorted(item_ids)).encode()).hexdigest()[:16]


def duplicate_groups(pairs: list[DuplicatePair], added_at: dict[str, float]) -> list[DuplicateGroup]:
    """The pairs joined into groups (connected components), `same` groups first, larger first."""
    parent: dict[str, str] = {}

    def root(item_id: str) -> str:
        parent.setdefault(item_id, item_id)
        while parent[item_id] != item_id:
            parent[item_id] = parent[parent[item_id]]
            item_id = parent[item_id]
        return item_id

    for pair in pairs:
        first, second = root(pair.item_ids[0]), root(pair.item_ids[1])
        if first != second:
            parent[max(first, second)] = min(first, second)
    members: dict[str, set[str]] = {}
    titles: dict[str, str] = {}
    for pair in pairs:
        for item_id, title in zip(pair.item_ids, pair.titles):
            members.setdefault(root(item_id), set()).add(item_id)
            titles[item_id] = title
    edges: dict[str, list[DuplicatePair]] = {}
    for pair in pairs:
        edges.setdefault(root(pair.item_ids[0]), []).append(pair)
    groups = []
    for key, ids in members.items():
        ordered = tuple(sorted(ids, key=lambda i: (added_at.get(i, 0.0), i)))
        group_pairs = tuple(sorted(edges[key], key=lambda p: (p.verdict != "same", -p.score, p.id)))
        groups.append(
            DuplicateGroup(
                id=group_id(ordered),
                item_ids=ordered,
                titles=tuple(titles[i] for i in ordered),
                verdict="same" if all(p.verdict == "same" for p in group_pairs) else "possible",
                pairs=group_pairs,
            )
        )
    return sorted(groups, key=lambda g: (g.verdict != "same", -len(g.item_ids), g.id))


def merge_group(kept: LibraryItem, others: list[LibraryItem], now: float) -> LibraryItem:
    """`kept` with every other item of its group merged in (see merge_items)."""
    for other in others:
        kept = merge_items(kept, other, now)
    return kept


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
