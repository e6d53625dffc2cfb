"""Helpers the suite shares: where the shared fixtures are, and a small SSE reader."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PAPERLENS_SHARED", ROOT.parent / "shared"))  # CI lays shared/ beside the clone
SHARED_FIXTURES = SHARED / "fixtures"
OWN_FIXTURES = ROOT / "tests" / "fixtures"


@dataclass(frozen=True)
class Event:
    id: str | None
    event: str
    data: dict


def read_events(response: httpx.Response) -> Iterator[Event]:
    """Parse a text/event-stream response into events (comments skipped)."""
    fields: dict[str, list[str]] = {}
    for line in response.iter_lines():
        if line == "":
            if "data" in fields:
                yield Event(
                    id=fields.get("id", [None])[-1],
                    event=fields.get("event", ["message"])[-1],
                    data=json.loads("\n".join(fields["data"])),
                )
            fields = {}
        elif not line.startswith(":"):
            name, _, value = line.partition(":")
            fields.setdefault(name, []).append(value[1:] if value.startswith(" ") else value)


def stream_events(
    client: httpx.Client, digest_id: str, *, last_event_id: str | None = None, stop_after: int | None = None
) -> list[Event]:
    """Events of a digest until `done` (or until `stop_after` events, then the connection is dropped)."""
    headers = {"Last-Event-ID": last_event_id} if last_event_id else {}
    events: list[Event] = []
    with client.stream("GET", f"/v1/digests/{digest_id}/events", headers=headers, timeout=300) as response:
        assert response.status_code == 200, response.read()
        assert response.headers["content-type"].startswith("text/event-stream")
        for event in read_events(response):
            events.append(event)
            if stop_after is not None and len(events) >= stop_after:
                break
    return events


def all_library_items(client: httpx.Client) -> list[dict]:
    """Every item of the client's library, following the cursor."""
    items, cursor = [], None
    while True:
        page = client.get("/v1/library/items", params={"limit": 500, **({"cursor": cursor} if cursor else {})}).json()
        items += page["items"]
        cursor = page["next_cursor"]
        if not cursor:
            return items
