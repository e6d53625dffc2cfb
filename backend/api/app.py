"""The Litestar application, built by a factory from explicit settings."""

from __future__ import annotations

from litestar import Litestar, get
from litestar.openapi.datastructures import ResponseSpec
from litestar.openapi.spec import Link, OpenAPIMediaType, OpenAPIType, Schema
from msgspec import Struct
from litestar.config.cors import CORSConfig
from litestar.datastructures import State
from litestar.di import Provide
from litestar.middleware import DefineMiddleware
from litestar.openapi import OpenAPIConfig

from backend.api.auth import BearerTokenMiddleware
from backend.api.digests import DigestController
from backend.api.duplicates import DuplicatesController
from backend.api.dismissals import DismissalController
from backend.api.feeds import FeedController
from backend.api.sources import SourceController
from backend.api.jobs import list_jobs
from backend.api.errors import EXCEPTION_HANDLERS
from backend.api.library import LibraryController
from backend.api.services import Services
from backend.settings import Settings, settings_from_env


@get("/healthz", include_in_schema=False, sync_to_thread=False)
def healthz() -> dict[str, str]:
    return {"status": "ok"}


class ErrorBody(Struct, kw_only=True):
    status_code: int
    detail: str  # what went wrong, naming the field or the limit
    extra: list | dict | None = None
    current: dict | None = None  # 412: the item as it is now


# Answers any /v1 route may give besides its own, documented so clients (and schemathesis) know them.
ERROR_RESPONSES = {
    400: "invalid input: the detail names the field and why",
    401: "missing, unknown or revoked bearer token",
    403: "a per-user quota: library items or upload bytes (the detail names it)",
    404: "no such resource, or another user's",
    409: "a library item kept changing while it was written: try again",
    412: "If-Match names a revision the item no longer has; `current` is the item as it is",
    413: "request body over the route's limit",
    422: "a page with no papers, or past a limit (too deep, too many papers)",
    429: "rate limit (see the Retry-After header), or too many open streams or digests kept",
    503: "storage (Redis) unavailable: try again shortly",
}


def _document_errors(app: Litestar) -> None:
    documented = {code: ResponseSpec(ErrorBody, description=text) for code, text in ERROR_RESPONSES.items()}
    for route in app.routes:
        if route.path.startswith("/v1"):
            for handler in getattr(route, "route_handlers", ()):
                handler.responses = {**documented, **(handler.responses or {})}


def _document_export_formats(app: Litestar) -> None:
    """The export answers in the media type of the format asked for; a handler declares only one."""
    from backend.api.library import EXPORT_MEDIA_TYPES

    ok = app.openapi_schema.paths["/v1/library/export"].get.responses["200"]
    (text,) = ok.content.values()
    csl = OpenAPIMediaType(schema=Schema(type=OpenAPIType.ARRAY, items=Schema(type=OpenAPIType.OBJECT)))
    ok.content = {media_type: csl if fmt == "csljson" else text for fmt, media_type in EXPORT_MEDIA_TYPES.items()}


# OpenAPI links: which answer's ids feed which route, so clients (and stateful fuzzing) can follow them.
_LINKS = {
    ("/v1/library/items", "post", "201"): {
        "GetItem": ("V1LibraryItemsItemIdGetItem", {"item_id": "$response.body#/id"}),
        "UpdateItem": ("V1LibraryItemsItemIdUpdate", {"item_id": "$response.body#/id"}),
        "DeleteItem": ("V1LibraryItemsItemIdRemove", {"item_id": "$response.body#/id"}),
    },
    ("/v1/library/items/{item_id}", "patch", "200"): {
        "GetItem": ("V1LibraryItemsItemIdGetItem", {"item_id": "$response.body#/id"}),
        "DeleteItem": ("V1LibraryItemsItemIdRemove", {"item_id": "$response.body#/id"}),
    },
    ("/v1/digests", "post", "202"): {
        "GetDigest": ("V1DigestsDigestIdSnapshot", {"digest_id": "$response.body#/id"}),
        "SaveItem": ("V1DigestsDigestIdItemsItemIdSaveSaveItem", {"digest_id": "$response.body#/id", "item_id": "$response.body#/items/0/id"}),
        "DismissItem": ("V1DigestsDigestIdItemsItemIdDismissDismissItem", {"digest_id": "$response.body#/id", "item_id": "$response.body#/items/0/id"}),
        "DeleteDigest": ("V1DigestsDigestIdDeleteDigest", {"digest_id": "$response.body#/id"}),
    },
    ("/v1/digests/{digest_id}/items/{item_id}/save", "post", "201"): {
        "GetSaved": ("V1LibraryItemsItemIdGetItem", {"item_id": "$response.body#/id"}),
        "UpdateSaved": ("V1LibraryItemsItemIdUpdate", {"item_id": "$response.body#/id"}),
    },
    ("/v1/library/duplicates", "get", "200"): {
        "MergePair": ("V1LibraryDuplicatesPairIdMergeMerge", {"pair_id": "$response.body#/pairs/0/id"}),
        "DismissPair": ("V1LibraryDuplicatesPairIdDismissDismiss", {"pair_id": "$response.body#/pairs/0/id"}),
        "MergeGroup": ("V1LibraryDuplicatesGroupsGroupIdMergeMergeGroup", {"group_id": "$response.body#/groups/0/id"}),
        "DismissGroup": ("V1LibraryDuplicatesGroupsGroupIdDismissDismissGroup", {"group_id": "$response.body#/groups/0/id"}),
    },
    ("/v1/library/import", "post", "200"): {
        "ImportStatus": ("V1LibraryImportsImportIdImportStatus", {"import_id": "$response.body#/id"}),
    },
    ("/v1/feeds", "post", "201"): {"Unsubscribe": ("V1FeedsFeedIdUnsubscribe", {"feed_id": "$response.body#/id"})},
    ("/v1/library/sources", "post", "201"): {
        "SyncSource": ("V1LibrarySourcesSourceIdSyncSyncNow", {"source_id": "$response.body#/id"}),
    },
}


def _document_links(app: Litestar) -> None:
    for (path, method, status), links in _LINKS.items():
        response = getattr(app.openapi_schema.paths[path], method).responses[status]
        response.links = {name: Link(operation_id=operation, parameters=parameters) for name, (operation, parameters) in links.items()}


def create_app(settings: Settings | None = None) -> Litestar:
    settings = settings or settings_from_env()
    services = Services.connect(settings)

    def provide_services() -> Services:
        return services

    app = Litestar(
        route_handlers=[healthz, DigestController, LibraryController, DuplicatesController, FeedController, SourceController, DismissalController, list_jobs],
        dependencies={"services": Provide(provide_services, sync_to_thread=False)},
        middleware=[DefineMiddleware(BearerTokenMiddleware, exclude=["^/schema", "^/healthz"])],
        exception_handlers=EXCEPTION_HANDLERS,
        request_max_body_size=settings.max_body_bytes,
        cors_config=CORSConfig(allow_origins=list(settings.cors_origins)) if settings.cors_origins else None,
        openapi_config=OpenAPIConfig(title="paperlens", version="1.0.0", path="/schema"),
        state=State({"services": services}),
        on_startup=[services.parser.warm],
        on_shutdown=[services.close],
    )
    _document_errors(app)
    _document_export_formats(app)
    _document_links(app)
    return app
