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
        """A Zotero data directory (or its `zotero.sqlite`) or a `.bib` file on the machine running paperlens;
        synced at once, then every 10 minutes."""
        try:
            path = check_path(data.path, services.settings.source_roots)
        except ValueError as error:
            raise BadRequest(f"`path`: {error}") from None
        existing = services.sources.sources(request.user)
        if any(source.path == str(path) for source in existing):
            raise BadRequest(f"`path`: {path} is already a source")
        if len(existing) >= MAX_SOURCES:
            raise BadRequest(f"at most {MAX_SOURCES} sources per user")
        source = Source(id=secrets.token_hex(8), kind=data.kind, path=str(path), name=data.name or path.name, created_at=time.time())
        services.sources.add(request.user, source)
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
