"""Duplicates inside one library: which pairs of items are the same paper, and how two are merged."""

from __future__ import annotations

import hashlib
from functools import cache
from itertools import islice

import msgspec

from backend.domain.library import merge_entry
from backend.domain.match_model import WEIGHTS_FILE
from backend.domain.match_index import LibraryIndex
from backend.domain.matching import TWO_ITEMS, compare
from backend.domain.models import DuplicateGroup, DuplicatePair, LibraryItem

# How far along a reading status is: a merge keeps the furthest.
_STATUS_ORDER = {"to_read": 0, "reading": 1, "read": 2, "archived": 3}


# Bump when what the sweep finds changes (the matcher's rules, how pairs are grouped): a library swept under
# other rules, or with other model weights, is swept again although it has not changed.
SWEEP_RULES = 15  # 4: numbers in names (Qwen2 / Qwen3), Greek letters, glued words, saved-tab labels; 5: abstracts;
# 6: glued runs of any length, in every feature; 7: words that lost their ligatures ("ecient"), pasted given names,
# each pair compared once (a query's ten comparisons reach further); 8: a surname glued to the next author's "and"
# ("rastogiandk"); 9: full names in another order ("Hong Su" / "Su Hong"), a year pasted after a title as the year;
# 10: a copy's own typos are not its rarest words (each copy of a paper cited many times, misspelt its own way)
# 11: no group holds two records a pair says are two items (a `same` pair that would join them is `possible`)
# 12: every pair found across two groups read before they join; one record in every pair across them that says
# two items leaves its group; a year apart in one venue (its names cut short too); names run together ("fahlman s e")
# 13: a pair held apart by a record that later left its group is `same` again when its records were joined anyway
# 14: a venue's words standing for several by their initials ("an ai approach") are that venue a year apart
# 15: names in Chicago's style run together ("aha david w dennis kibler"); a single letter finds no title in the index


@cache
def sweep_rules() -> str:
    """The rules and the model weights the sweep runs with, as stored beside what it found."""
    return f"{SWEEP_RULES}:{hashlib.sha256(WEIGHTS_FILE.read_bytes()).hexdigest()[:12]}"


def pair_id(left_id: str, right_id: str) -> str:
    """The same id for a pair whichever way round it is found, so a dismissed pair stays dismissed."""
    first, second = sorted((left_id, right_id))
    return hashlib.sha256(f"{first}|{second}".encode()).hexdigest()[:16]


# A pair of `same` items joins their groups only if the groups do not mostly differ: up to this many members of
# one are compared with up to this many of the other (a join costs at most 64 comparisons). Without it one weak
# link chains sibling papers ("mining generalized association rules" - "mining association rules" - "mining
# quantitative association rules") into one group that a merge would turn into one item.
CROSS_CHECKED = 8
# And up to this many of the pairs the index found across the two groups (all of them between groups of a paper's
# copies; a bound, so that a library of one title thousands of times costs in proportion to its size).
FOUND_CHECKED = 256
FOUND_EXAMINED = 4 * FOUND_CHECKED  # pairs of the smaller group's members looked at to find them
JOINS_GROUPS_THAT_DIFFER = "but it would join two groups that differ"
JOINS_TWO_ITEMS = "but it would join two items"
_SAYS_TWO_ITEMS = (*TWO_ITEMS, JOINS_GROUPS_THAT_DIFFER, JOINS_TWO_ITEMS)  # reasons that keep a group from being one paper


def says_two_items(verdict: str, reasons: tuple[str, ...]) -> str | None:
    """The reason a `possible` pair gives that its two records are two items (years apart, two identifiers, a
    generic title's other authors, evidence weighed against), not merely doubtful ones; None if it gives none."""
    return next((reason for reason in reasons if reason.startswith(_SAYS_TWO_ITEMS)), None) if verdict == "possible" else None


def library_duplicates(items: list[LibraryItem]) -> list[DuplicatePair]:
    """Every pair the matcher calls `same` or `possible`, each once, found through the blocking index
    (so a library of n items costs n index queries, not n² comparisons); a `same` pair that would join two
    groups whose members mostly differ is `possible` (see `_cohesive`)."""
    index = LibraryIndex((item.id, item.as_paper()) for item in items)
    by_id = {item.id: item for item in items}
    pairs: dict[str, DuplicatePair] = {}
    compared: dict[str, set[str]] = {}  # item -> items already compared with it (a pair is compared once, not from both sides)
    place = {item.id: n for n, item in enumerate(items)}  # the order items are queried in
    for n, item in enumerate(items):
        now_compared: set[str] = set()
        for match in index.matches(item.as_paper(), itself=item.id, exclude=compared.pop(item.id, set()), compared=now_compared):
            other = match.library_item_id
            key = pair_id(item.id, other)
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
        for other in now_compared:
            if place[other] > n:  # not queried yet: its query skips this pair (one already queried needs no entry)
                compared.setdefault(other, set()).add(item.id)
    return _cohesive(list(pairs.values()), by_id)


def _cohesive(pairs: list[DuplicatePair], by_id: dict[str, LibraryItem]) -> list[DuplicatePair]:
    """The pairs, strongest first, each `same` pair joining its two groups unless most of the cross pairs
    checked (CROSS_CHECKED) are `different`, or pairs across them say the two are two items (a conference paper
    beside its journal version, years apart: the copies without a year match both); such a pair becomes
    `possible`, with the count or that pair's reason as its own. Every pair the index found across the two groups
    is read, besides those checked. When one record is in every pair across them that says two items, and there
    are two or more (a copy of another year among forty, a copy whose venue cannot say it is the same meeting), it
    leaves its group and the groups join: that copy is left out, its `same` pairs with them listed as `possible`
    (and a pair it alone held apart, joined by others since, is `same` again: `_settled`)."""
    groups = _Groups()
    verdicts = {frozenset(pair.item_ids): (pair.verdict, pair.reasons) for pair in pairs}
    found_with: dict[str, list[str]] = {}  # item -> the items the index found it paired with
    for pair in pairs:
        first, second = pair.item_ids
        found_with.setdefault(first, []).append(second)
        found_with.setdefault(second, []).append(first)

    def verdict(left: str, right: str) -> tuple[str, tuple[str, ...]]:
        key = frozenset((left, right))
        if key not in verdicts:
            found = compare(by_id[left].as_paper(), by_id[right].as_paper())
            verdicts[key] = (found.verdict, found.reasons)
        return verdicts[key]

    kept, left_out = [], {}  # left_out: item -> why it left its group
    held_apart: dict[str, tuple[DuplicatePair, list[tuple[str, str]]]] = {}  # pair id -> the pair as found, the pairs that kept it apart
    for pair in sorted(pairs, key=strongest_first):
        first, second = pair.item_ids
        if pair.verdict == "same" and not groups.together(first, second):
            checked = [
                (a, b)
                for a in _spread(groups.members(first)) for b in _spread(groups.members(second)) if {a, b} != {first, second}
            ]  # fmt: skip
            differ = sum(verdict(a, b)[0] == "different" for a, b in checked)
            why_not = None
            if differ * 2 > len(checked) + 1:  # the pair itself votes for joining
                why_not = f"{JOINS_GROUPS_THAT_DIFFER} ({differ} of {len(checked)} pairs across them)"
            else:
                found, all_found = _found_across(groups, found_with, first, second)
                read = {frozenset(cross): cross for cross in checked + found}.values()  # each pair once
                apart = [(a, b, reason) for a, b in read if (reason := says_two_items(*verdict(a, b)))]
                if apart:
                    # One record in two such pairs or more, and in every one, with every pair found across the
                    # groups read (of two large groups, a few pairs read could name one record where many say so).
                    in_every = set.intersection(*({a, b} for a, b, _ in apart)) - {first, second} if all_found else set()
                    if in_every and len(apart) > 1:
                        outlier = min(in_every)
                        groups.leave(outlier)
                        left_out.setdefault(outlier, apart[0][2])
                    else:
                        why_not = f"{JOINS_TWO_ITEMS}: {apart[0][2]}"
                        held_apart[pair.id] = (pair, [(a, b) for a, b, _ in apart])
            if why_not:
                pair = msgspec.structs.replace(pair, verdict="possible", reasons=(*pair.reasons, why_not))
            else:
                groups.join(first, second)
        kept.append(pair)
    return [_settled(pair, groups, left_out, held_apart) for pair in kept]


def _settled(pair: DuplicatePair, groups: _Groups, left_out: dict[str, str], held_apart: dict) -> DuplicatePair:
    """A pair as the groups ended: a `same` pair of a record that left its group, with one of that group, listed
    for a look with the reason; a pair kept apart by records that no longer meet (one of them left its group
    later) whose two records were joined all the same, `same` as found: what kept it apart no longer holds."""
    if pair.verdict == "same" and not groups.together(*pair.item_ids):
        why = left_out.get(pair.item_ids[0]) or left_out[pair.item_ids[1]]
        return msgspec.structs.replace(pair, verdict="possible", reasons=(*pair.reasons, f"{JOINS_TWO_ITEMS}: {why}"))
    if pair.id in held_apart and groups.together(*pair.item_ids):
        found, apart = held_apart[pair.id]
        if not any(groups.together(a, b) for a, b in apart):
            return found
    return pair


def _found_across(groups: _Groups, found_with: dict[str, list[str]], first: str, second: str) -> tuple[list[tuple[str, str]], bool]:
    """The pairs the index found across the groups of `first` and `second` (read from the smaller one), up to
    FOUND_CHECKED of them among the first FOUND_EXAMINED pairs of its members, and whether that is all of them:
    each join tried costs at most that, whatever the groups' sizes."""
    smaller, larger = sorted((first, second), key=lambda item: len(groups.members(item)))
    across = groups.root(larger)
    examined = list(islice(((a, b) for a in groups.members(smaller) for b in found_with[a]), FOUND_EXAMINED + 1))
    found = [(a, b) for a, b in examined[:FOUND_EXAMINED] if groups.root(b) == across]
    return found[:FOUND_CHECKED], len(examined) <= FOUND_EXAMINED and len(found) <= FOUND_CHECKED


def _spread(members: list[str]) -> list[str]:
    """Up to CROSS_CHECKED members, spread over the group."""
    return members[:: max(1, len(members) // CROSS_CHECKED)][:CROSS_CHECKED]


def strongest_first(pair: DuplicatePair) -> tuple:
    """The order pairs are listed and grouped in: `same` first, then by score."""
    return (pair.verdict != "same", -pair.score, pair.id)


class _Groups:
    """Disjoint sets of item ids, each set's members kept in a list. A join moves the smaller set's members into
    the larger (an item moves at most log n times); an item can leave its set for one of its own."""

    def __init__(self) -> None:
        self._of: dict[str, int] = {}
        self._members: dict[int, list[str]] = {}
        self._made = 0

    def _alone(self, item_id: str) -> int:
        self._of[item_id], self._members[self._made] = self._made, [item_id]
        self._made += 1
        return self._of[item_id]

    def root(self, item_id: str) -> int:
        found = self._of.get(item_id)
        return self._alone(item_id) if found is None else found

    def members(self, item_id: str) -> list[str]:
        return self._members[self.root(item_id)]

    def together(self, first: str, second: str) -> bool:
        return self.root(first) == self.root(second)

    def join(self, first: str, second: str) -> None:
        big, small = sorted((self.root(first), self.root(second)), key=lambda root: -len(self._members[root]))
        if big != small:
            for item_id in self._members[small]:
                self._of[item_id] = big
            self._members[big] += self._members.pop(small)

    def leave(self, item_id: str) -> None:
        members = self.members(item_id)
        if len(members) > 1:
            members.remove(item_id)
            self._alone(item_id)

    def all(self) -> list[list[str]]:
        return [members for members in self._members.values() if len(members) > 1]


def group_id(item_ids) -> str:
    return hashlib.sha256("|".join(sorted(item_ids)).encode()).hexdigest()[:16]


def duplicate_groups(pairs: list[DuplicatePair], added_at: dict[str, float]) -> list[DuplicateGroup]:
    """The pairs joined into groups, `same` groups first, larger first: `same` pairs join their groups (the
    sweep only kept those that hold together), a `possible` pair only when every pair across the two groups
    was found and none says they are two items (a possible pair does not chain: "Editorial" of 1999, of 2000,
    of 2001 ...; and the groups are small: at most CROSS_CHECKED² pairs across). A group is then what one merge
    could make one item. A pair that joins no group is still listed in `pairs`."""
    groups = _Groups()
    # Every pair found, and whether it may join its two groups (not if it says they are two items).
    may_join = {frozenset(pair.item_ids): says_two_items(pair.verdict, pair.reasons) is None for pair in pairs}
    for pair in sorted(pairs, key=strongest_first):
        first, second = pair.item_ids
        ours, theirs = groups.members(first), groups.members(second)
        if pair.verdict == "same" or (
            len(ours) * len(theirs) <= CROSS_CHECKED**2 and all(may_join.get(frozenset((a, b))) for a in ours for b in theirs)
        ):
            groups.join(first, second)
    titles = {item_id: title for pair in pairs for item_id, title in zip(pair.item_ids, pair.titles)}
    edges: dict[str, list[DuplicatePair]] = {}
    for pair in pairs:
        if groups.together(*pair.item_ids):
            edges.setdefault(groups.root(pair.item_ids[0]), []).append(pair)
    result = []
    for ids in groups.all():
        ordered = tuple(sorted(ids, key=lambda i: (added_at.get(i, 0.0), i)))
        group_pairs = tuple(sorted(edges[groups.root(ordered[0])], key=strongest_first))
        result.append(
            DuplicateGroup(
                id=group_id(ordered),
                item_ids=ordered,
                titles=tuple(titles[i] for i in ordered),
                verdict="same" if _one_paper(ordered, group_pairs) else "possible",
                pairs=group_pairs,
            )
        )
    return sorted(result, key=lambda g: (g.verdict != "same", -len(g.item_ids), g.id))


def _one_paper(item_ids: tuple[str, ...], pairs: tuple[DuplicatePair, ...]) -> bool:
    """A group is one paper when its `same` pairs alone join all of it and no pair inside it says two items
    (years apart, two identifiers, a generic title's other authors, evidence against, groups that differ).
    A `possible` pair whose evidence is only missing or noisy does not undo the rest: Scholar's seventeen
    records of one paper, two of them listing an address for authors, are one paper."""
    if any(says_two_items(pair.verdict, pair.reasons) for pair in pairs):
        return False
    joined = _Groups()
    for pair in pairs:
        if pair.verdict == "same":
            joined.join(*pair.item_ids)
    return len({joined.root(item_id) for item_id in item_ids}) == 1


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
