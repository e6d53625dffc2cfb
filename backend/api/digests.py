"""`/v1/digests`: post a page, read its snapshot, stream its events."""

from __future__ import annotations

import re
import secrets
import time
from collections.abc import AsyncIterator

import anyio
import msgspec
import redis
from litestar import Controller, Request, Response, delete, get, post
from litestar.openapi.datastructures import ResponseSpec
from litestar.params import HeaderParameter, QueryParameter
from litestar.response import ServerSentEvent, ServerSentEventMessage

from backend.api.schemas import DigestCreated, DigestSnapshot
from backend.api.services import STREAM_BLOCK_SECONDS, STREAM_LEASE_SECONDS, BadRequest, LimitReached, Services
from backend.domain.models import DigestRequest, LibraryItem
from backend.store.digests import TERMINAL_EVENTS

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
        events_url = f"/v1/digests/{digest.id}/events"
        return DigestCreated(id=digest.id, source=digest.source, items=items, events_url=events_url, more_papers=digest.more_papers)

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
            items=services.with_dismissals(request.user, digest.items),
            more_papers=digest.more_papers,
            annotations=annotations,
            progress=progress,
            errors=errors,
            done=done,
            last_event_id=last_id,
        )

    @delete("/{digest_id:str}", status_code=204, sync_to_thread=True)
    def delete_digest(self, request: Request, digest_id: str, services: Services) -> None:
        """Forget the digest: its items and annotations go, and the workers stop annotating it (a page left,
        the longest listings: up to 2,000 papers of work). The papers saved from it stay in the library."""
        services.digests.delete(services.owned_digest(digest_id, request.user))

    @post(
        "/{digest_id:str}/items/{item_id:str}/save",
        status_code=201,
        sync_to_thread=True,
        responses={200: ResponseSpec(LibraryItem, description="saved before: the same library item")},
    )
    def save_item(self, request: Request, digest_id: str, item_id: str, services: Services) -> Response[LibraryItem]:
        """Add the paper to the library: 201 the first time, 200 with the same item after that."""
        item, created = services.save_digest_item(digest_id, item_id, request.user)
        return Response(item, status_code=201 if created else 200)

    @post("/{digest_id:str}/items/{item_id:str}/dismiss", status_code=204, sync_to_thread=True)
    def dismiss_item(self, request: Request, digest_id: str, item_id: str, services: Services) -> None:
        """Mark the paper "not relevant" for this user."""
        services.dismiss_digest_item(digest_id, item_id, request.user)

    @delete("/{digest_id:str}/items/{item_id:str}/dismiss", status_code=204, sync_to_thread=True)
    def undismiss_item(self, request: Request, digest_id: str, item_id: str, services: Services) -> None:
        """Undo "not relevant": the paper is no longer marked, here or on any later page."""
        services.undismiss_digest_item(digest_id, item_id, request.user)

    @get("/{digest_id:str}/events")
    async def events(
        self,
        request: Request,
        digest_id: str,
        services: Services,
        last_event_id: str | None = HeaderParameter(name="Last-Event-ID", default=None, required=False),
        after: str | None = QueryParameter(name="after", default=None, required=False),
    ) -> ServerSentEvent:
        """Server-Sent Events; resume with `Last-Event-ID` (or `?after=`, for clients that cannot set headers).
        429 past the per-user cap of open streams."""
        await anyio.to_thread.run_sync(services.owned_digest, digest_id, request.user)
        start = last_event_id or after or "0-0"
        if not _EVENT_ID.match(start):
            raise BadRequest("Last-Event-ID must be an event id from this stream, like 1700000000000-0")
        stream_id = secrets.token_hex(8)
        await _hold_stream(services, request.user, stream_id)
        return ServerSentEvent(_stream(services, request.user, stream_id, digest_id, start), headers={"X-Accel-Buffering": "no"})


async def _hold_stream(services: Services, owner: str, stream_id: str) -> None:
    """Count the stream against the user's cap for a lease the stream renews while it waits."""
    cap = services.settings.max_open_streams_per_user
    if not await services.streams.open(owner, stream_id, time.time(), STREAM_LEASE_SECONDS, cap):
        raise LimitReached(429, f"too many open event streams: at most {cap} per user; close one (another tab?) first")


async def _stream(
    services: Services, owner: str, stream_id: str, digest_id: str, last_id: str
) -> AsyncIterator[ServerSentEventMessage]:
    """Events after `last_id`, until `done`; a client that already has `done` gets nothing and the stream ends.

    If Redis goes away mid-stream the client is told with an `error` event and can resume later
    from the last id it saw.
    """
    try:
        async for message in _events_after(services, owner, stream_id, digest_id, last_id):
            yield message
    except redis.exceptions.RedisError:
        yield ServerSentEventMessage(
            event="error", data='{"stage":"stream","code":"storage_unavailable","message":"storage unavailable; reconnect with Last-Event-ID"}'
        )
    finally:
        with anyio.CancelScope(shield=True):
            try:
                await services.streams.close(owner, stream_id)
            except redis.exceptions.RedisError:
                pass  # the lease runs out by itself


async def _events_after(
    services: Services, owner: str, stream_id: str, digest_id: str, last_id: str
) -> AsyncIterator[ServerSentEventMessage]:
    streams = services.streams
    block = None  # the first read does not wait: a finished digest answers at once
    while True:
        events = await streams.read(digest_id, last_id, block)
        if not events:
            if await streams.finished(digest_id):
                # `done` may have been published between the read above and this check: read once more,
                # so the events before it and `done` itself reach the client before the stream ends.
                events = await streams.read(digest_id, last_id, None)
                if not events:
                    return
            elif not await streams.exists(digest_id):
                yield ServerSentEventMessage(event="error", data='{"stage":"stream","code":"expired","message":"digest expired"}')
                return
            else:
                if block is not None:
                    yield ServerSentEventMessage(comment="keep-alive", data=None)
                    await streams.renew(owner, stream_id, time.time(), STREAM_LEASE_SECONDS)
                block = STREAM_BLOCK_SECONDS * 1000
                continue
        for event_id, event, data in events:
            last_id = event_id
            yield ServerSentEventMessage(id=event_id, event=event, data=data)
            if event in TERMINAL_EVENTS:
                return
