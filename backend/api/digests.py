"""`/v1/digests`: post a page, read its snapshot, stream its events."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import anyio
import msgspec
import redis
from litestar import Controller, Request, Response, get, post
from litestar.params import Parameter
from litestar.response import ServerSentEvent, ServerSentEventMessage

from backend.api.schemas import DigestCreated, DigestSnapshot
from backend.api.services import STREAM_BLOCK_SECONDS, BadRequest, Services
from backend.domain.models import DigestRequest, LibraryItem
from backend.store.digests import TERMINAL_EVENTS, digest_key, events_key

_EVENT_ID = re.compile(r"^\d{1,20}-\d{1,20}$")


class DigestController(Controller):
    path = "/v1/digests"
    tags = ["digests"]

    @post("/", status_code=202, sync_to_thread=True)
    def create(self, request: Request, data: DigestRequest, services: Services) -> DigestCreated:
        digest = services.submit_digest(request.user, data)
        # Without abstracts: the client just sent them, and echoing them doubled the bytes of every post
        # (`GET /v1/digests/{id}` has them).
        items = tuple(msgspec.structs.replace(item, abstract=None) for item in digest.items)
        return DigestCreated(id=digest.id, source=digest.source, items=items, events_url=f"/v1/digests/{digest.id}/events")

    @get("/{digest_id:str}", sync_to_thread=True)
    def snapshot(self, request: Request, digest_id: str, services: Services) -> DigestSnapshot:
        digest = services.owned_digest(digest_id, request.user)
        annotations, progress, errors, done, last_id = [], {}, [], False, None
        for event_id, event, data in services.digests.events(digest_id):
            last_id = event_id
            if event == "annotation":
                annotations.append(msgspec.Raw(data))
            elif event == "progress":
                progress[msgspec.json.decode(data)["stage"]] = msgspec.Raw(data)
            elif event == "error":
                errors.append(msgspec.Raw(data))
            elif event == "done":
                done = True
        return DigestSnapshot(
            id=digest.id,
            url=digest.url,
            source=digest.source,
            created_at=digest.created_at,
            items=digest.items,
            annotations=annotations,
            progress=progress,
            errors=errors,
            done=done,
            last_event_id=last_id,
        )

    @post("/{digest_id:str}/items/{item_id:str}/save", sync_to_thread=True)
    def save_item(self, request: Request, digest_id: str, item_id: str, services: Services) -> Response[LibraryItem]:
        """Add the paper to the library: 201 the first time, 200 with the same item after that."""
        item, created = services.save_digest_item(digest_id, item_id, request.user)
        return Response(item, status_code=201 if created else 200)

    @post("/{digest_id:str}/items/{item_id:str}/dismiss", status_code=204, sync_to_thread=True)
    def dismiss_item(self, request: Request, digest_id: str, item_id: str, services: Services) -> None:
        """Mark the paper "not relevant" for this user."""
        services.dismiss_digest_item(digest_id, item_id, request.user)

    @get("/{digest_id:str}/events")
    async def events(
        self,
        request: Request,
        digest_id: str,
        services: Services,
        last_event_id: str | None = Parameter(header="Last-Event-ID", default=None, required=False),
        after: str | None = Parameter(query="after", default=None, required=False),
    ) -> ServerSentEvent:
        """Server-Sent Events; resume with `Last-Event-ID` (or `?after=`, for clients that cannot set headers)."""
        await anyio.to_thread.run_sync(services.owned_digest, digest_id, request.user)
        start = last_event_id or after or "0-0"
        if not _EVENT_ID.match(start):
            raise BadRequest("Last-Event-ID must be an event id from this stream, like 1700000000000-0")
        return ServerSentEvent(_stream(services, digest_id, start), headers={"X-Accel-Buffering": "no"})


async def _stream(services: Services, digest_id: str, last_id: str) -> AsyncIterator[ServerSentEventMessage]:
    """Events after `last_id`, until `done`; a client that already has `done` gets nothing and the stream ends.

    If Redis goes away mid-stream the client is told with an `error` event and can resume later
    from the last id it saw.
    """
    try:
        async for message in _events_after(services, digest_id, last_id):
            yield message
    except redis.exceptions.RedisError:
        yield ServerSentEventMessage(
            event="error", data='{"stage":"stream","message":"storage unavailable; reconnect with Last-Event-ID"}'
        )


async def _events_after(services: Services, digest_id: str, last_id: str) -> AsyncIterator[ServerSentEventMessage]:
    stream = events_key(digest_id)
    block = None  # the first read does not wait: a finished digest answers at once
    while True:
        batch = await services.aredis.xread({stream: last_id}, count=500, block=block)
        if not batch:
            if await services.aredis.hexists(f"pl:digest:{digest_id}:published", "done"):
                return
            if not await services.aredis.exists(digest_key(digest_id)):
                yield ServerSentEventMessage(event="error", data='{"stage":"stream","message":"digest expired"}')
                return
            if block is not None:
                yield ServerSentEventMessage(comment="keep-alive", data=None)
            block = STREAM_BLOCK_SECONDS * 1000
            continue
        for raw_id, fields in batch[0][1]:
            last_id = raw_id.decode()
            event = fields[b"event"].decode()
            yield ServerSentEventMessage(id=last_id, event=event, data=fields[b"data"].decode())
            if event in TERMINAL_EVENTS:
                return
