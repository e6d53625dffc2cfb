"""A client whose connection breaks again and again, resuming each time with Last-Event-ID."""

from __future__ import annotations

import uuid

from tests.support import SHARED_FIXTURES, stream_events

SEED_TEXT = (SHARED_FIXTURES / "hf-daily-papers.txt").read_text()


def fresh_page() -> str:
    """The seed digest twice over, every abstract marked so no cache has seen it: ~170 events that keep
    coming for seconds, so the disconnects happen while the workers are still publishing."""
    marker = uuid.uuid4().hex
    blocks = [block for block in SEED_TEXT.split("\n\n") if block.strip()]
    return "\n\n".join(f"{block} {marker}" if len(block) > 200 else block for block in blocks * 2)


def test_100_forced_disconnects_resumed_with_last_event_id_give_every_event_once_in_order(client, workers):
    posted = client.post("/v1/digests", json={"url": "https://example.org/stream-test", "text": fresh_page()})
    assert posted.status_code == 202, posted.text
    digest_id = posted.json()["id"]

    received, last_id, disconnects = [], None, 0
    while not received or received[-1].event != "done":
        # One event per connection, then the connection is dropped: the harshest client there is.
        batch = stream_events(client, digest_id, last_event_id=last_id, stop_after=1)
        received += batch
        last_id = batch[-1].id if batch else last_id
        disconnects += 1
    assert disconnects >= 100

    whole = stream_events(client, digest_id)  # one uninterrupted read of the same stream
    assert [e.id for e in received] == [e.id for e in whole]
    assert [(e.event, e.data) for e in received] == [(e.event, e.data) for e in whole]
    assert len({e.id for e in received}) == len(received)
    keywords = [e.data["item_id"] for e in received if e.event == "annotation" and e.data["kind"] == "keywords"]
    assert sorted(keywords, key=int) == [str(i) for i in range(len(posted.json()["items"]))]


def test_150_clients_streaming_at_once_all_get_every_event(client, token, api, workers):
    """More streams than redis-py's default connection pool (100) held at the same time."""
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    import httpx

    posted = client.post("/v1/digests", json={"url": "https://example.org/many-clients", "text": fresh_page()}).json()

    async def follow(http: httpx.AsyncClient) -> list[str]:
        ids = []
        async with http.stream("GET", f"/v1/digests/{posted['id']}/events") as response:
            async for line in response.aiter_lines():
                if line.startswith("id: "):
                    ids.append(line[4:])
                if line.startswith("event: error"):
                    raise AssertionError("a stream was told storage is unavailable")
        return ids

    async def all_clients() -> list[list[str]]:
        limits = httpx.Limits(max_connections=200)
        headers = {"Authorization": f"Bearer {token}"}
        async with httpx.AsyncClient(base_url=api, headers=headers, limits=limits, timeout=300) as http:
            return await asyncio.gather(*(follow(http) for _ in range(150)))

    with ThreadPoolExecutor(1) as thread:  # its own event loop: Playwright's may be running in this thread
        results = thread.submit(asyncio.run, all_clients()).result()
    whole = [e.id for e in stream_events(client, posted["id"])]
    assert all(ids == whole for ids in results)
