"""The Litestar application, built by a factory from explicit settings."""

from __future__ import annotations

from litestar import Litestar, get
from litestar.config.cors import CORSConfig
from litestar.datastructures import State
from litestar.di import Provide
from litestar.middleware import DefineMiddleware
from litestar.openapi import OpenAPIConfig

from backend.api.auth import BearerTokenMiddleware
from backend.api.digests import DigestController
from backend.api.duplicates import DuplicatesController
from backend.api.feeds import FeedController
from backend.api.jobs import list_jobs
from backend.api.errors import EXCEPTION_HANDLERS
from backend.api.library import LibraryController
from backend.api.services import Services
from backend.settings import Settings, settings_from_env


@get("/healthz", include_in_schema=False, sync_to_thread=False)
def healthz() -> dict[str, str]:
    return {"status": "ok"}


def create_app(settings: Settings | None = None) -> Litestar:
    settings = settings or settings_from_env()
    services = Services.connect(settings)

    def provide_services() -> Services:
        return services

    return Litestar(
        route_handlers=[healthz, DigestController, LibraryController, DuplicatesController, FeedController, list_jobs],
        dependencies={"services": Provide(provide_services, sync_to_thread=False)},
        middleware=[DefineMiddleware(BearerTokenMiddleware, exclude=["^/schema", "^/healthz"])],
        exception_handlers=EXCEPTION_HANDLERS,
        request_max_body_size=settings.max_body_bytes,
        cors_config=CORSConfig(allow_origins=list(settings.cors_origins)) if settings.cors_origins else None,
        openapi_config=OpenAPIConfig(title="paperlens", version="1.0.0", path="/schema"),
        state=State({"services": services}),
        on_shutdown=[services.close],
    )
