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


class DigestSnapshot(Struct, kw_only=True):
    """A digest with every annotation so far: for reconnects and for API clients that do not stream."""

    id: str
    url: str
    source: str
    created_at: float
    items: tuple[DigestItem, ...]
    annotations: list[msgspec.Raw]
    progress: dict[str, msgspec.Raw]
    errors: list[msgspec.Raw]
    done: bool
    last_event_id: str | None


class LibraryItems(Struct, kw_only=True):
    items: list[LibraryItem]
