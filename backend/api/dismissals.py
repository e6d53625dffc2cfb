"""`/v1/library/dismissals`: the papers the user marked "not relevant", remembered by identity (arXiv id,
DOI, title), so that any later page shows them collapsed; deleting one is Undo."""

from __future__ import annotations

from litestar import Controller, Request, delete, get

from backend.api.services import NotFound, Services
from backend.domain.models import Dismissal


class DismissalController(Controller):
    path = "/v1/library/dismissals"
    tags = ["library"]

    @get("/", sync_to_thread=True)
    def list_dismissals(self, request: Request, services: Services) -> list[Dismissal]:
        """Newest first."""
        return services.library.dismissals(request.user)

    @delete("/{dismissal_id:str}", status_code=204, sync_to_thread=True)
    def undo_dismissal(self, request: Request, dismissal_id: str, services: Services) -> None:
        if not services.library.undismiss(request.user, [dismissal_id]):
            raise NotFound(f"no dismissal {dismissal_id!r}")
