"""A library on zotero.org, read through the Zotero Web API v3, incrementally.

Plain httpx rather than pyzotero: a sync needs the protocol's headers themselves (`Last-Modified-Version`,
`If-Modified-Since-Version`, `Backoff`, `Retry-After`, `Link`), one deadline over every request, and no
new dependency; pyzotero hides the first and sleeps on its own for the others.

The first sync reads every item (`includeTrashed=1`, so the trash is seen as such) page by page; later
ones ask `If-Modified-Since-Version` (304: nothing changed, one request) and then only `since=` the
version reached, plus `/deleted`. The server's `Backoff` is waited out before the next request, a 429 is
retried after its `Retry-After`, both within the sync's deadline. Every request starts within that deadline and
its answer is read whole within it and MAX_ANSWER_BYTES (a server that pages without end, or drips, is cut off),
then decoded into the shapes the API documents: an answer of another shape fails the sync with where it was wrong;
an item whose creators or collections are of another shape is rejected alone.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from typing import Any

import httpx
import msgspec

from backend.domain.bibliography import ParsedBibliography, ParsedEntry, Rejected, add_entry
from backend.domain.json_input import UnreadableJson, decode_json
from backend.domain.numbers import whole_number
from backend.domain.zotero import entry_fields
from backend.safe_fetch import FetchTooSlow, RefusedTarget, body_within

PAGE = 100
NOT_PAPERS = ("attachment", "note", "annotation")
MAX_RATE_LIMITED = 3
MAX_ANSWER_BYTES = 32 * 2**20  # a page of 100 items (abstracts, notes) is well under 1 MiB
_NEXT = re.compile(r'<([^<>]+)>;[ \t]*rel="next"')  # [^<>]: linear on a header of "<<<…"


class ZoteroWebError(Exception):
    """The library could not be read (a bad key, the server refusing, the deadline passing)."""


# The Web API's JSON, as far as it is read. An item's `data` holds fields by item type: read as text where text.
class _WebObject(msgspec.Struct):
    key: str
    data: dict[str, Any] = {}


class _Creator(msgspec.Struct):
    creatorType: str | None = None  # noqa: N815 - the API's names
    name: str | None = None
    firstName: str | None = None  # noqa: N815
    lastName: str | None = None  # noqa: N815


class _Deleted(msgspec.Struct):
    items: list[str] = []


@dataclass(frozen=True)
class _Answer:
    status_code: int
    headers: httpx.Headers
    body: bytes

    def decoded(self, kind: type):
        try:
            return decode_json(self.body, kind)
        except UnreadableJson as error:
            raise ZoteroWebError(f"the Zotero API answered in another format ({error})") from None


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
        self._deadline_seconds = deadline_seconds
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
        version = _version(first.headers, since)
        raw_items = list(self._pages(first))
        names = self._collection_names()
        changes = WebChanges(version=version, complete=since is None)
        parsed = ParsedBibliography()
        for position, item in enumerate(raw_items, 1):
            if item.data.get("itemType") in NOT_PAPERS:
                continue
            if item.data.get("deleted"):
                changes.removed.append(item.key)
                continue
            try:
                fields = web_entry_fields(item.data, names)
            except msgspec.ValidationError as error:
                parsed.rejected.append(Rejected(position, f"not in the Web API's format: {error}"))
                continue
            add_entry(parsed, position, fields, item.key)
        changes.entries, changes.rejected = parsed.entries, len(parsed.rejected)
        if since is not None:
            changes.removed += self._get(f"{self._base}/deleted", {"since": str(since)}).decoded(_Deleted).items
        return changes

    def _collection_names(self) -> dict[str, str]:
        first = self._get(f"{self._base}/collections", {"format": "json", "limit": str(PAGE)})
        # A collection in the trash (Zotero 7: `deleted` in its data) tags none of its items.
        return {c.key: _text(c.data.get("name")) for c in self._pages(first) if not c.data.get("deleted")}

    def _pages(self, answer: _Answer):
        while True:
            yield from answer.decoded(list[_WebObject])
            following = _NEXT.search(answer.headers.get("Link", ""))
            if not following:
                return
            answer = self._get(following.group(1))

    def _get(self, url: str, params: dict | None = None, headers: dict | None = None) -> _Answer:
        for _ in range(MAX_RATE_LIMITED + 1):
            if time.monotonic() > self._deadline:  # a server that pages without end
                raise self._too_long()
            self._sleep_until(self._wait_until)
            try:
                with self._http.stream("GET", url, params=params, headers=headers) as response:
                    if "Backoff" in response.headers:  # "slow down": no request before it has passed
                        self._wait_until = time.monotonic() + _seconds(response.headers["Backoff"])
                    if response.status_code == 429:
                        self._wait_until = time.monotonic() + _seconds(response.headers.get("Retry-After", "5"))
                        continue
                    if response.status_code == 403:
                        raise ZoteroWebError("the Zotero API refused the key (403): check it can read this library")
                    if response.status_code != 304 and not response.is_success:
                        raise ZoteroWebError(f"the Zotero API answered {response.status_code}")
                    body = body_within(response, MAX_ANSWER_BYTES, self._deadline, self._deadline_seconds)
                    return _Answer(response.status_code, response.headers, body)
            except httpx.HTTPError as error:
                raise ZoteroWebError(f"cannot reach the Zotero API ({type(error).__name__})") from None
            except FetchTooSlow:
                raise self._too_long() from None
            except RefusedTarget as error:
                raise ZoteroWebError(f"the Zotero API's answer was {error}; the next sync tries again") from None
        raise ZoteroWebError("the Zotero API kept answering 429 (rate limited); the next sync tries again")

    def _too_long(self) -> ZoteroWebError:
        return ZoteroWebError(f"the sync took longer than {self._deadline_seconds:g} s; the next sync tries again")

    def _sleep_until(self, moment: float) -> None:
        if moment > self._deadline:
            raise ZoteroWebError("the Zotero API asked to wait past this sync's deadline; the next sync tries again")
        if moment > time.monotonic():
            time.sleep(moment - time.monotonic())


def _version(headers: httpx.Headers, since: int | None) -> int:
    value = headers.get("Last-Modified-Version", str(since or 0))
    version = whole_number(value)
    if version is None:
        raise ZoteroWebError(f"the Zotero API gave a library version that is not a number ({value[:40]!r})")
    return version


def _text(value) -> str:
    return value if isinstance(value, str) else ""


def _seconds(value: str) -> float:
    try:
        return max(0.0, float(value))
    except ValueError:
        return 5.0


def web_entry_fields(data: dict, collection_names: dict[str, str]) -> dict:
    """A Web API item's `data` as bibliography fields: the same reading as a local database's. Fields are read as
    text only where they are text; creators and collections in their documented shapes (msgspec's ValidationError,
    with where, for an item of another shape); tags that are not `{"tag": text}` are passed over."""
    creators = [
        (creator.creatorType, (creator.name or " ".join(filter(None, (creator.firstName, creator.lastName)))).strip())
        for creator in msgspec.convert(data.get("creators") or [], list[_Creator])
    ]
    own = sorted(tag["tag"] for tag in data.get("tags") or [] if isinstance(tag, dict) and isinstance(tag.get("tag"), str))
    keys = msgspec.convert(data.get("collections") or [], list[str])
    collections = sorted(f"collection:{collection_names[key]}" for key in keys if collection_names.get(key))
    return entry_fields({name: value for name, value in data.items() if isinstance(value, str)}, creators, own + collections)
