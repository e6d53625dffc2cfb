"""Library rules: merging duplicates on import, applying edits, and fuzzy search."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import msgspec
from rapidfuzz import fuzz

from backend.domain.bibliography import ParsedEntry
from backend.domain.match_index import LibraryIndex
from backend.domain.matching import normalise_title
from backend.domain.models import LibraryItem, LibraryItemCreate, LibraryItemUpdate

FILLABLE = ("year", "venue", "abstract", "arxiv_id", "doi", "url")
SEARCH_MIN_SCORE = 60.0  # fuzz.WRatio; below this a result is noise


def new_item(item_id: str, create: LibraryItemCreate, now: float) -> LibraryItem:
    return LibraryItem(
        id=item_id,
        title=create.title,
        authors=tuple(create.authors),
        year=create.year,
        venue=create.venue,
        abstract=create.abstract,
        arxiv_id=create.arxiv_id,
        doi=create.doi,
        url=create.url,
        tags=tuple(dict.fromkeys(create.tags)),
        status=create.status,
        notes=create.notes,
        added_at=now,
        updated_at=now,
        rev=1,
    )


def apply_update(item: LibraryItem, update: LibraryItemUpdate, now: float) -> LibraryItem:
    changes = {
        name: getattr(update, name)
        for name in update.__struct_fields__
        if getattr(update, name) is not msgspec.UNSET
    }
    for name in ("authors", "tags"):
        if name in changes:
            changes[name] = tuple(dict.fromkeys(changes[name]))
    if changes.keys() & {"title", "abstract"}:
        changes["keywords"] = ()  # computed from the text: stale once it changes
    return msgspec.structs.replace(item, **changes, updated_at=now)


def merge_entry(target: LibraryItem, entry: LibraryItemCreate, now: float) -> LibraryItem | None:
    """`target` with what `entry` adds (missing identifiers and fields, new tags and notes); None if nothing."""
    changes: dict = {name: getattr(entry, name) for name in FILLABLE if getattr(target, name) is None and getattr(entry, name)}
    if not target.authors and entry.authors:
        changes["authors"] = tuple(entry.authors)
    tags = tuple(dict.fromkeys(target.tags + tuple(entry.tags)))
    if tags != target.tags:
        changes["tags"] = tags
    if entry.notes and entry.notes not in target.notes:
        changes["notes"] = f"{target.notes}\n\n{entry.notes}".strip()
    return msgspec.structs.replace(target, **changes, updated_at=now) if changes else None


@dataclass
class ImportReport:
    imported: list[dict] = field(default_factory=list)  # {line, id, title}
    merged: list[dict] = field(default_factory=list)  # {line, title, into, basis}: the duplicate added something
    skipped: list[dict] = field(default_factory=list)  # {line, title, duplicate_of, basis}: it added nothing
    rejected: list[dict] = field(default_factory=list)  # {line, reason}

    def summary(self) -> dict:
        return {
            "imported": len(self.imported),
            "merged": len(self.merged),
            "skipped": len(self.skipped),
            "rejected": len(self.rejected),
        }


class Importer:
    """Adds parsed entries to a library, merging each duplicate (of the library or of an earlier entry)."""

    def __init__(self, existing: Iterable[LibraryItem], new_id: Callable[[], str], now: float) -> None:
        self.items: dict[str, LibraryItem] = {item.id: item for item in existing}
        self.original_revs = {item.id: item.rev for item in self.items.values()}
        self.index = LibraryIndex((item.id, item.as_paper()) for item in self.items.values())
        self.changed: dict[str, LibraryItem] = {}  # what must be written: new and merged items
        self.report = ImportReport()
        self._new_id = new_id
        self._now = now

    def add(self, entry: ParsedEntry) -> None:
        # Entries keep their order in the file: each new one is a microsecond younger than the last.
        added_at = self._now + len(self.report.imported) * 1e-6
        candidate = new_item("", entry.item, added_at)
        match = self.index.same(candidate.as_paper())
        if match is None:
            item = msgspec.structs.replace(candidate, id=self._new_id())
            self._keep(item)
            self.index.add(item.id, item.as_paper())
            self.report.imported.append({"line": entry.line, "id": item.id, "title": item.title})
            return
        target = self.items[match.library_item_id]
        merged = merge_entry(target, entry.item, self._now)
        if merged is None:
            self.report.skipped.append(
                {"line": entry.line, "title": entry.item.title, "duplicate_of": target.id, "basis": match.basis}
            )
            return
        self._keep(merged)
        self.index.add(merged.id, merged.as_paper())  # new identifiers now find it too
        self.report.merged.append({"line": entry.line, "title": entry.item.title, "into": target.id, "basis": match.basis})

    def _keep(self, item: LibraryItem) -> None:
        self.items[item.id] = item
        self.changed[item.id] = item

    def writes(self) -> list[tuple[LibraryItem, int]]:
        """What to write, each with the revision it must still have: new items must not exist yet, merged
        ones must be as they were read (a user's edit meanwhile makes the import merge again)."""
        writes = []
        for item in self.changed.values():
            before = self.original_revs.get(item.id)
            writes.append((item, -1) if before is None else (msgspec.structs.replace(item, rev=before + 1), before))
        return writes


def search(items: Iterable[LibraryItem], query: str) -> list[tuple[float, LibraryItem]]:
    """Items ranked by how well `query` fits their title, authors, tags or keywords; typo-tolerant."""
    wanted = normalise_title(query)
    if not wanted:
        return []
    ranked = []
    for item in items:
        score = fuzz.WRatio(wanted, normalise_title(item.title), processor=None)
        if item.authors:
            score = max(score, 0.95 * fuzz.WRatio(wanted, normalise_title(" ".join(item.authors)), processor=None))
        labels = item.tags + item.keywords
        if labels:
            score = max(score, 0.9 * fuzz.WRatio(wanted, normalise_title(" ".join(labels)), processor=None))
        if score >= SEARCH_MIN_SCORE:
            ranked.append((round(score, 2), item))
    ranked.sort(key=lambda pair: (-pair[0], -pair[1].added_at, pair[1].id))
    return ranked
