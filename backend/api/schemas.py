"""Response shapes of the HTTP API (request shapes are the domain's `DigestRequest`, `LibraryItemCreate`)."""

from __future__ import annotations

import msgspec
from msgspec import Struct

from backend.domain.models import DigestItem, LibraryItem


class DigestCreated(Struct, kw_only=True):
    id: str
    source: str
    items: tuple[DigestItem, ...]
    events_url: str
    more_papers: bool  # the page lists more papers than these (a digest holds its first 2,000)


class DigestSnapshot(Struct, kw_only=True):
    """A digest with every annotation so far: for reconnects and for API clients that do not stream."""

    id: str
    url: str
    source: str
    created_at: float
    items: tuple[DigestItem, ...]
    more_papers: bool
    annotations: list[msgspec.Raw]
    progress: dict[str, msgspec.Raw]
    errors: list[msgspec.Raw]
    done: bool
    last_event_id: str | None


class LibraryPage(Struct, kw_only=True):
    """One page of the library; pass `next_cursor` back as `cursor` for the next (null: no more)."""

    items: list[LibraryItem]
    next_cursor: str | None
    total: int  # items matching the filters, across all pages


class ImportResult(Struct, kw_only=True):
    """What happened to every entry of an upload: imported, merged into an item, skipped as a duplicate, rejected."""

    summary: dict[str, int]
    imported: list[dict]
    merged: list[dict]
    skipped: list[dict]
    rejected: list[dict]


class ImportQueued(Struct, kw_only=True):
    id: str
    entries: int | None  # null: a file too large to read on the request path; the worker counts (`total`)
    status_url: str


class ImportStatus(Struct, kw_only=True):
    id: str
    state: str  # queued | running | done | failed
    done: int
    total: int
    format: str
    report: ImportResult | None = None
    error: str | None = None
