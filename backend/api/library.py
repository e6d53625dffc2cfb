"""`/v1/library/items`: the minimal library that matching reads (the full reading-list API builds on it)."""

from __future__ import annotations

from litestar import Controller, Request, get, post

from backend.api.schemas import LibraryItems
from backend.api.services import Services
from backend.domain.models import LibraryItem, LibraryItemCreate


class LibraryController(Controller):
    path = "/v1/library/items"
    tags = ["library"]

    @post("/", status_code=201, sync_to_thread=True)
    def create(self, request: Request, data: LibraryItemCreate, services: Services) -> LibraryItem:
        return services.library.add(request.user, data)

    @get("/", sync_to_thread=True)
    def list_items(self, request: Request, services: Services) -> LibraryItems:
        return LibraryItems(items=services.library.items(request.user))
