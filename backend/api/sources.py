"""`/v1/library/sources`: libraries kept elsewhere (Zotero, a BibTeX file) that the `sync` job keeps in
sync with the user's paperlens library, every 10 minutes and on demand."""

from __future__ import annotations

import secrets
import time

from litestar import Controller, Request, delete, get, post

from backend.api.services import BadRequest, NotFound, Services
from backend.domain.models import Source, SourceCreate
from backend.pipeline import SOURCE_TASK
from backend.sources import check_path

MAX_SOURCES = 20  # per user


class SourceController(Controller):
    path = "/v1/library/sources"
    tags = ["library"]

    @get("/", sync_to_thread=True)
    def list_sources(self, request: Request, services: Services) -> list[Source]:
        """Each source with what its last sync did (`last_outcome`, `last_error`, `last_summary`)."""
        return services.sources.sources(request.user)

    @post("/", status_code=201, sync_to_thread=True)
    def add_source(self, request: Request, data: SourceCreate, services: Services) -> Source:
        """A Zotero data directory (or its `zotero.sqlite`) or a `.bib` file on the machine running paperlens,
        or a Zotero Web API library (its key is kept, never shown); synced at once, then every 10 minutes."""
        if data.kind == "zotero_web":
            if not (data.library_type and data.library_id and data.api_key) or data.path:
                raise BadRequest("a zotero_web source takes `library_type` (user or group), `library_id` and `api_key`, not `path`")
            where, name = f"{data.library_type}s/{data.library_id}", f"Zotero {data.library_type} library {data.library_id}"
        else:
            if not data.path or data.api_key or data.library_id:
                raise BadRequest(f"a {data.kind} source takes `path` only")
            try:
                where = str(check_path(data.path, services.settings.source_roots))
            except ValueError as error:
                raise BadRequest(f"`path`: {error}") from None
            name = where.rsplit("/", 1)[-1]
        existing = services.sources.sources(request.user)
        if any(source.path == where for source in existing):
            raise BadRequest(f"{where} is already a source")
        if len(existing) >= MAX_SOURCES:
            raise BadRequest(f"at most {MAX_SOURCES} sources per user")
        source = Source(id=secrets.token_hex(8), kind=data.kind, path=where, name=data.name or name, created_at=time.time())
        services.sources.add(request.user, source, data.api_key)
        services.queue.send_task(SOURCE_TASK.task, args=[request.user, source.id], queue=SOURCE_TASK.queue)
        return source

    @get("/{source_id:str}", sync_to_thread=True)
    def get_source(self, request: Request, source_id: str, services: Services) -> Source:
        return self._source(request, source_id, services)

    @post("/{source_id:str}/sync", status_code=202, sync_to_thread=True)
    def sync_now(self, request: Request, source_id: str, services: Services) -> Source:
        """Queues a sync of this source now; `GET` it to see the outcome (`last_sync_at` moves on)."""
        source = self._source(request, source_id, services)
        services.queue.send_task(SOURCE_TASK.task, args=[request.user, source.id], queue=SOURCE_TASK.queue)
        return source

    @delete("/{source_id:str}", status_code=204, sync_to_thread=True)
    def remove_source(self, request: Request, source_id: str, services: Services) -> None:
        """Stops syncing; the items it brought stay in the library."""
        if not services.sources.delete(request.user, source_id):
            raise NotFound(f"no source {source_id!r}")

    @staticmethod
    def _source(request: Request, source_id: str, services: Services) -> Source:
        source = services.sources.get(request.user, source_id)
        if source is None:
            raise NotFound(f"no source {source_id!r}")
        return source
