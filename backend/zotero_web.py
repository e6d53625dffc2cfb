"""A library on zotero.org, read through the Zotero Web API v3, incrementally.

Plain httpx rather than pyzotero: a sync needs the protocol's headers themselves (`Last-Modified-Version`,
`If-Modified-Since-Version`, `Backoff`, `Retry-After`, `Link`), one deadline over every request, and no
new dependency; pyzotero hides the first and sleeps on its own for the others.

The first sync reads every item (`includeTrashed=1`, so the trash is seen as such) page by page; later
ones ask `If-Modified-Since-Version` (304: nothing changed, one request) and then only `since=` the
version reached, plus `/deleted`. The server's `Backoff` is waited out before the next request, a 429 is
retried after its `Retry-After`, both within the sync's deadline.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field

import httpx

from backend.domain.bibliography import ParsedBibliography, ParsedEntry, add_entry
from backend.domain.zotero import entry_fields

PAGE = 100
NOT_PAPERS = ("attachment", "note", "annotation")
MAX_RATE_LIMITED = 3
_NEXT = re.compile(r'<([^<>]+)>;[ \t]*rel="next"')  # [^<>]: linear on a header of "<<<…"


class ZoteroWebError(Exception):
    """The library could not be read (a bad key, the server refusing, the deadline passing)."""


@dataclass
class WebChanges:
    version: int  # the library version this answer brings the sync to
    entries: list[ParsedEntry] = field(default_factory=list)  # new or changed regular items
    removed: list[str] = field(default_factory=list)  # keys deleted or moved to the trash
    complete: bool = True  # the entries are the whole library (the first sync)
    rejected: int = 0


class ZoteroWebClient:
    def __init__(self, base_url: str, library: str, api_key: str, deadline_seconds: float) -> None:
        self._base = f"{base_url.rstrip('/')}/{library}"
        self._deadline = time.monotonic() + deadline_seconds
        self._wait_until = 0.0  # the server's Backoff
        self._http = httpx.Client(
            timeout=min(deadline_seconds, 30.0),
            headers={"Zotero-API-Key": api_key, "Zotero-API-Version": "3", "User-Agent": "paperlens/0.1 (library sync)"},
        )

    def close(self) -> None:
        self._http.close()

    def changes(self, since: int | None) -> WebChanges | None:
        """What changed since library version `since` (None: everything); None if nothing did."""
        params = {"format": "json", "includeTrashed": "1", "limit": str(PAGE)}
        headers = {}
        if since is not None:
            params["since"] = str(since)
            headers["If-Modified-Since-Version"] = str(since)
        first = self._get(f"{self._base}/items", params, headers)
        if first.status_code == 304:
            return None
        version = int(first.headers.get("Last-Modified-Version", since or 0))
        raw_items = list(self._pages(first))
        names = self._collection_names()
        changes = WebChanges(version=version, complete=since is None)
        parsed = ParsedBibliography()
        for position, item in enumerate(raw_items, 1):
            data = item.get("data") or {}
            if data.get("itemType") in NOT_PAPERS:
                continue
            if data.get("deleted"):
                changes.removed.append(item["key"])
                continue
            add_entry(parsed, position, web_entry_fields(data, names), item["key"])
        changes.entries, changes.rejected = parsed.entries, len(parsed.rejected)
        if since is not None:
            deleted = self._get(f"{self._base}/deleted", {"since": str(since)}).json()
            changes.removed += deleted.get("items", [])
        return changes

    def _collection_names(self) -> dict[str, str]:
        first = self._get(f"{self._base}/collections", {"format": "json", "limit": str(PAGE)})
        # A collection in the trash (Zotero 7: `deleted` in its data) tags none of its items.
        return {c["key"]: (c.get("data") or {}).get("name", "") for c in self._pages(first) if not (c.get("data") or {}).get("deleted")}

    def _pages(self, response: httpx.Response):
        while True:
            yield from response.json()
            following = _NEXT.search(response.headers.get("Link", ""))
            if not following:
                return
            response = self._get(following.group(1))

    def _get(self, url: str, params: dict | None = None, headers: dict | None = None) -> httpx.Response:
        for _ in range(MAX_RATE_LIMITED + 1):
            self._sleep_until(self._wait_until)
            try:
                response = self._http.get(url, params=params, headers=headers)
            except httpx.HTTPError as error:
                raise ZoteroWebError(f"cannot reach the Zotero API ({type(error).__name__})") from None
            if "Backoff" in response.headers:  # "slow down": no request before it has passed
                self._wait_until = time.monotonic() + _seconds(response.headers["Backoff"])
            if response.status_code == 429:
                self._wait_until = time.monotonic() + _seconds(response.headers.get("Retry-After", "5"))
                continue
            if response.status_code == 403:
                raise ZoteroWebError("the Zotero API refused the key (403): check it can read this library")
            if response.status_code == 304 or response.is_success:
                return response
            raise ZoteroWebError(f"the Zotero API answered {response.status_code}")
        raise ZoteroWebError("the Zotero API kept answering 429 (rate limited); the next sync tries again")

    def _sleep_until(self, moment: float) -> None:
        if moment > self._deadline:
            raise ZoteroWebError("the Zotero API asked to wait past this sync's deadline; the next sync tries again")
        if moment > time.monotonic():
            time.sleep(moment - time.monotonic())


def _seconds(value: str) -> float:
    try:
        return max(0.0, float(value))
    except ValueError:
        return 5.0


def web_entry_fields(data: dict, collection_names: dict[str, str]) -> dict:
    """A Web API item's `data` as bibliography fields: the same reading as a local database's."""
    creators = [
        (c.get("creatorType"), (c.get("name") or " ".join(filter(None, (c.get("firstName"), c.get("lastName"))))).strip())
        for c in data.get("creators") or []
    ]
    own = sorted(tag["tag"] for tag in data.get("tags") or [] if isinstance(tag, dict) and isinstance(tag.get("tag"), str))
    collections = sorted(f"collection:{collection_names[key]}" for key in data.get("collections") or [] if collection_names.get(key))
    return entry_fields(data, creators, own + collections)
