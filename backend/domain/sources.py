"""One-way sync of a library source (Zotero, a BibTeX file) into a paperlens library, as a plan of writes.

Keyed by the source's own item keys, recorded on the items (`LibraryItem.links`): an entry edited in the
source updates its item (the source wins on its own fields: title, authors, year, venue, abstract,
identifiers, URL, and the tags it gave), an entry gone from the source removes the item it created (an
item that was already in the library, or that another source also has, is only unlinked), and what only
paperlens knows (status, notes, keywords, the user's own tags) survives every sync. A new entry that the
matcher finds in the library already (a manual item, the same paper from another source) is linked to
that item, filling what it lacks, never duplicated. The plan is written in one compare-and-set.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import msgspec

from backend.domain.bibliography import ParsedEntry
from backend.domain.duplicates import merge_items
from backend.domain.library import new_item
from backend.domain.match_index import LibraryIndex
from backend.domain.models import LibraryItem, LibraryItemCreate, SourceLink

SOURCE_FIELDS = ("title", "authors", "year", "venue", "abstract", "arxiv_id", "doi", "url")


def fingerprint(entry: LibraryItemCreate) -> str:
    return hashlib.sha256(msgspec.json.encode(entry)).hexdigest()[:16]


@dataclass
class SyncPlan:
    puts: list[tuple[LibraryItem, int | None]] = field(default_factory=list)  # (item, revision it must have; -1 new)
    deletes: list[tuple[str, int]] = field(default_factory=list)
    added: int = 0
    linked: int = 0  # new in the source, already in the library: linked and filled in
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    skipped: list[str] = field(default_factory=list)  # keys seen twice in one source

    def summary(self) -> dict[str, int]:
        return {
            "added": self.added, "linked": self.linked, "updated": self.updated, "removed": self.removed,
            "unchanged": self.unchanged, "skipped": len(self.skipped),
        }  # fmt: skip


def plan_sync(
    source_id: str,
    entries: Iterable[ParsedEntry],
    items: Iterable[LibraryItem],
    new_id: Callable[[], str],
    now: float,
    *,
    complete: bool = True,
    removed_keys: Iterable[str] = (),
) -> SyncPlan:
    """What to write so that the library holds the source's entries as they are now. `complete`: the
    entries are the whole source (a key not among them was deleted); otherwise they are what changed
    since the last sync (Zotero's `since=`), and `removed_keys` what was deleted or trashed."""
    library = {item.id: item for item in items}
    linked: dict[str, tuple[LibraryItem, SourceLink]] = {}  # source key -> (item, its link)
    for item in library.values():
        for link in item.links:
            if link.source == source_id:
                linked[link.key] = (item, link)
    index = LibraryIndex((item.id, item.as_paper()) for item in library.values())
    changed: dict[str, LibraryItem] = {}  # item id -> its new state
    plan, seen = SyncPlan(), set()

    def current(item_id: str) -> LibraryItem:
        return changed.get(item_id) or library[item_id]

    for entry in entries:
        key = entry.key or f"line:{entry.line}"
        if key in seen:
            plan.skipped.append(key)
            continue
        seen.add(key)
        print_ = fingerprint(entry.item)
        if key in linked:
            item, link = linked[key]
            if link.fingerprint == print_:
                plan.unchanged += 1
                continue
            changed[item.id] = _apply(current(item.id), entry.item, link, print_, now)
            plan.updated += 1
            continue
        match = index.same(new_item("", entry.item, now).as_paper())
        if match is not None:
            target = current(match.library_item_id)
            merged = merge_items(target, new_item(target.id, entry.item, now), now)  # a differing DOI is kept too
            link = SourceLink(source=source_id, key=key, fingerprint=print_, tags=tuple(entry.item.tags))
            changed[target.id] = msgspec.structs.replace(merged, links=(*merged.links, link), updated_at=now)
            plan.linked += 1
            continue
        item_id = new_id()
        link = SourceLink(source=source_id, key=key, fingerprint=print_, tags=tuple(entry.item.tags), created=True)
        created = msgspec.structs.replace(new_item(item_id, entry.item, now), links=(link,))
        changed[item_id] = created
        index.add(item_id, created.as_paper())  # a later entry of the same paper links to it
        plan.added += 1
    gone = set(removed_keys) - seen
    for key, (item, link) in linked.items():
        if key in seen:
            continue
        if not complete and key not in gone:  # not mentioned by an incremental answer: as it was
            plan.unchanged += 1
            continue
        now_item = current(item.id)
        others = tuple(other for other in now_item.links if not (other.source == source_id and other.key == key))
        if link.created and not others:
            changed.pop(item.id, None)
            plan.deletes.append((item.id, item.rev))
        else:  # it was in the library before, or another source has it: only the link goes
            tags = tuple(tag for tag in now_item.tags if tag not in link.tags)
            changed[item.id] = msgspec.structs.replace(now_item, links=others, tags=tags, updated_at=now)
        plan.removed += 1
    for item_id, item in changed.items():
        before = library.get(item_id)
        plan.puts.append((item, -1) if before is None else (msgspec.structs.replace(item, rev=before.rev + 1), before.rev))
    return plan


def _apply(item: LibraryItem, entry: LibraryItemCreate, link: SourceLink, print_: str, now: float) -> LibraryItem:
    """The source's fields over the item's; the user's own tags kept, the source's old tags replaced."""
    changes = {name: getattr(entry, name) for name in SOURCE_FIELDS}
    changes["authors"] = tuple(entry.authors)
    own_tags = tuple(tag for tag in item.tags if tag not in link.tags)
    changes["tags"] = tuple(dict.fromkeys(own_tags + tuple(entry.tags)))
    new_link = msgspec.structs.replace(link, fingerprint=print_, tags=tuple(entry.tags))
    links = tuple(new_link if (other.source, other.key) == (link.source, link.key) else other for other in item.links)
    return msgspec.structs.replace(item, **changes, links=links, updated_at=now)
