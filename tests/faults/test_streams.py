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


def test_150_clients_streaming_at_once_all_get_every_event(api, redis_client, workers):
    """More streams than redis-py's default connection pool (100) held at the same time: 8 users (each
    under the per-user cap of open streams) with 19 streams each."""
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    import httpx

    from backend.store import UserStore

    tokens = [UserStore(redis_client).create(f"streamer-{uuid.uuid4().hex[:8]}")[1] for _ in range(8)]
    page = fresh_page()

    async def follow(http: httpx.AsyncClient, digest_id: str) -> list[str]:
        ids = []
        async with http.stream("GET", f"/v1/digests/{digest_id}/events") as response:
            assert response.status_code == 200
            async for line in response.aiter_lines():
                if line.startswith("id: "):
                    ids.append(line[4:])
                if line.startswith("event: error"):
                    raise AssertionError("a stream was told storage is unavailable")
        return ids

    async def one_user(token: str) -> tuple[str, list[list[str]]]:
        limits = httpx.Limits(max_connections=30)
        headers = {"Authorization": f"Bearer {token}"}
        async with httpx.AsyncClient(base_url=api, headers=headers, limits=limits, timeout=300) as http:
            digest_id = (await http.post("/v1/digests", json={"url": "https://example.org/many-clients", "text": page})).json()["id"]
            return digest_id, await asyncio.gather(*(follow(http, digest_id) for _ in range(19)))

    async def all_users():
        return await asyncio.gather(*(one_user(token) for token in tokens))

    with ThreadPoolExecutor(1) as thread:  # its own event loop: Playwright's may be running in this thread
        results = thread.submit(asyncio.run, all_users()).result()
    assert sum(len(streams) for _, streams in results) == 152
    for token, (digest_id, streams) in zip(tokens, results):
        with httpx.Client(base_url=api, headers={"Authorization": f"Bearer {token}"}, timeout=300) as client:
            whole = [e.id for e in stream_events(client, digest_id)]
        assert whole and all(ids == whole for ids in streams)


def test_open_streams_past_the_per_user_cap_get_a_429_that_names_it(client, api, token, settings, redis_client, digests_redis_client):
    import time

    import httpx

    from backend.domain.models import Digest, DigestItem
    from backend.store import DigestStore, UserStore

    owner = UserStore(redis_client).user_for_token(token)
    digest = Digest(id=uuid.uuid4().hex[:16], owner=owner, url="https://example.org/cap", source="plain_text",
                    created_at=time.time(), items=(DigestItem(id="0", title="A paper whose stages never run"),))  # fmt: skip
    DigestStore(digests_redis_client, redis_client).create(digest, 600)  # no stage queued: its streams wait, open
    cap = settings.max_open_streams_per_user

    def opening_status(http: httpx.Client) -> int:
        with http.stream("GET", f"/v1/digests/{digest.id}/events") as response:
            return response.status_code

    opened = []
    with httpx.Client(base_url=api, headers={"Authorization": f"Bearer {token}"}, timeout=60) as http:
        try:
            for _ in range(cap):
                stream = http.stream("GET", f"/v1/digests/{digest.id}/events")
                opened.append(stream)
                assert stream.__enter__().status_code == 200
            over = http.get(f"/v1/digests/{digest.id}/events")
            assert over.status_code == 429 and f"at most {cap}" in over.json()["detail"]
        finally:
            for stream in opened:
                stream.__exit__(None, None, None)
        # Closed streams free their places (the handler's `finally`, or else the lease running out).
        deadline = time.monotonic() + 30
        while opening_status(http) == 429:
            assert time.monotonic() < deadline, "closed streams were never released"
            time.sleep(0.2)


def test_events_published_between_the_last_read_and_the_done_check_still_reach_the_client(settings):
    """The race made deterministic: the stream's read comes back empty, then the worker publishes its last
    annotation and `done` before the handler checks whether the digest is finished."""
    import asyncio
    import time as clock

    import redis.asyncio as aioredis

    from backend.api.digests import _events_after
    from backend.domain.models import Digest, DigestItem, Done, Keyword, Keywords
    from backend.store import DigestStore, connect
    from backend.store.digests import DigestStreams

    digests = DigestStore(connect(settings.digests_redis_url))
    digest = Digest(
        id=f"tail{clock.time_ns()}", owner="u", url="https://example.org", source="plain_text", created_at=clock.time(),
        items=(DigestItem(id="0", title="A paper"),),
    )  # fmt: skip
    digests.create(digest, 600)

    class LateWorker(DigestStreams):
        """The real reader; on its first empty read, the worker finishes in between."""

        published = False

        async def read(self, digest_id, after, block_ms):
            events = await super().read(digest_id, after, block_ms)
            if not events and not self.published:
                self.published = True
                digests.publish(digest_id, "0:keywords", "annotation", Keywords(item_id="0", keywords=(Keyword("x", 0.5),)))
                digests.publish(digest_id, "done", "done", Done(digest_id=digest_id, items=1))
            return events

    class Services:
        def __init__(self, client):
            self.streams = LateWorker(client)

    async def collect():
        client = aioredis.Redis.from_url(settings.digests_redis_url)
        try:
            return [m.event async for m in _events_after(Services(client), "u", "s", digest.id, "0-0")]
        finally:
            await client.aclose()

    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as thread:  # its own event loop: Playwright's may be running in this thread
        assert thread.submit(asyncio.run, collect()).result() == ["annotation", "done"]
