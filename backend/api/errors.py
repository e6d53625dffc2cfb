"""The one place where errors become HTTP responses."""

from __future__ import annotations

import logging

import redis
from litestar import Request, Response
from litestar.exceptions import HTTPException

from backend.api.services import BadRequest, NoPapersFound, NotFound

log = logging.getLogger("paperlens.api")


def _error(status: int, detail: str) -> Response:
    return Response({"status_code": status, "detail": detail}, status_code=status)


def bad_request(_: Request, exc: Exception) -> Response:
    return _error(400, str(exc))


def not_found(_: Request, exc: Exception) -> Response:
    return _error(404, str(exc))


def no_papers(_: Request, exc: Exception) -> Response:
    return _error(422, str(exc))


def storage_down(request: Request, exc: Exception) -> Response:
    log.warning("redis unavailable during %s %s: %s", request.method, request.url.path, type(exc).__name__)
    return _error(503, "paperlens storage (Redis) is unavailable; try again shortly")


EXCEPTION_HANDLERS = {
    BadRequest: bad_request,
    NotFound: not_found,
    NoPapersFound: no_papers,
    redis.exceptions.ConnectionError: storage_down,
    redis.exceptions.TimeoutError: storage_down,
}

__all__ = ["EXCEPTION_HANDLERS", "HTTPException"]
