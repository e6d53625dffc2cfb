"""Reading a library source and syncing it into a library: the one place both the `sync` job and its
tests call. Local sources are read only under the configured roots (`PAPERLENS_SOURCE_ROOTS`)."""

from __future__ import annotations

import time
from pathlib import Path

import msgspec

from backend.domain.bibliography import BibliographyError, ParsedBibliography, decode_upload, parse_bibliography
from backend.domain.models import Source
from backend.domain.numbers import whole_number
from backend.domain.sources import plan_sync
from backend.domain import zotero
from backend.store.library import Conflict, LibraryStore
from backend.zotero_web import ZoteroWebClient, ZoteroWebError

BIBTEX_MAX_BYTES = 50 * 1024 * 1024
WEB_DEADLINE_SECONDS = 600.0  # every request of one zotero_web sync, waits for Backoff / Retry-After included
WRITE_ATTEMPTS = 3  # a user's edit during a sync makes it read and plan again


class SourceUnavailable(Exception):
    """The source cannot be read now; nothing was written."""


def check_path(path: str, roots: tuple[str, ...]) -> Path:
    """The path, resolved, if it lies under one of `roots`; else ValueError saying so."""
    resolved = Path(path).expanduser().resolve()
    for root in roots:
        if resolved.is_relative_to(Path(root).expanduser().resolve()):
            return resolved
    raise ValueError(f"{path} is not under a directory paperlens may read (PAPERLENS_SOURCE_ROOTS)")


def source_version(source: Source) -> str:
    """Cheap to read, changes when the source does: size and mtime of its file."""
    try:
        if source.kind == "zotero_local":
            return zotero.version(source.path)
        stat = Path(source.path).stat()
        return f"{stat.st_size}:{stat.st_mtime_ns}"
    except OSError as error:
        raise SourceUnavailable(f"cannot read {source.path}: {error.strerror or error}") from None


def read_source(source: Source, deadline_seconds: float) -> ParsedBibliography:
    try:
        if source.kind == "zotero_local":
            return zotero.read_zotero(source.path, deadline_seconds)
        data = Path(source.path).read_bytes()
        if len(data) > BIBTEX_MAX_BYTES:
            raise SourceUnavailable(f"{source.path} is larger than {BIBTEX_MAX_BYTES // 2**20} MiB")
        return parse_bibliography("bibtex", decode_upload(data))
    except zotero.ZoteroUnavailable as error:
        raise SourceUnavailable(str(error)) from None
    except (OSError, BibliographyError) as error:
        raise SourceUnavailable(f"cannot read {source.path}: {getattr(error, 'strerror', None) or error}") from None


def sync_source(
    owner: str, source: Source, library: LibraryStore, *, roots: tuple[str, ...], deadline_seconds: float,
    api_key: str | None = None, zotero_api_url: str = "https://api.zotero.org",
) -> Source:  # fmt: skip
    """Sync one source into the owner's library; the source as it should now be stored (its outcome)."""
    started = time.time()
    try:
        if source.kind == "zotero_web":
            read = _read_web(source, api_key, zotero_api_url, WEB_DEADLINE_SECONDS)
            if read is None:
                return msgspec.structs.replace(source, last_sync_at=started, last_outcome="unchanged", last_error=None)
            entries, removed, complete, rejected, version = read
        else:
            check_path(source.path, roots)
            version = source_version(source)
            if version == source.version and source.last_outcome != "error":
                return msgspec.structs.replace(source, last_sync_at=started, last_outcome="unchanged", last_error=None)
            parsed = read_source(source, deadline_seconds)
            entries, removed, complete, rejected = parsed.entries, [], True, len(parsed.rejected)
        for attempt in range(WRITE_ATTEMPTS):
            plan = plan_sync(
                source.id, entries, library.items(owner), library.new_id, time.time(), complete=complete, removed_keys=removed
            )
            try:
                if plan.puts or plan.deletes:
                    library.write(owner, plan.puts, plan.deletes)
                break
            except Conflict:
                if attempt == WRITE_ATTEMPTS - 1:
                    raise SourceUnavailable("the library kept changing during the sync; it will be tried again") from None
    except (SourceUnavailable, ValueError) as error:
        return msgspec.structs.replace(source, last_sync_at=started, last_outcome="error", last_error=str(error))
    summary = plan.summary() | {"items": len(entries), "rejected": rejected}
    return msgspec.structs.replace(
        source, last_sync_at=started, last_outcome="synced", last_error=None, last_summary=summary, version=str(version)
    )


def _read_web(source: Source, api_key: str | None, base_url: str, deadline_seconds: float):
    """(entries, removed keys, complete, rejected, version reached), or None if nothing changed."""
    if not api_key:
        raise SourceUnavailable("this source has no API key")
    client = ZoteroWebClient(base_url, source.path, api_key, deadline_seconds)
    try:
        since = whole_number(source.version or "")  # the last version synced
        changes = client.changes(since)
    except ZoteroWebError as error:
        raise SourceUnavailable(str(error)) from None
    finally:
        client.close()
    if changes is None:
        return None
    return changes.entries, changes.removed, changes.complete, changes.rejected, changes.version
