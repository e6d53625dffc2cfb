"""The one place where errors become HTTP responses."""

from __future__ import annotations

import logging
import math

import msgspec
import redis
from litestar import Request, Response
from litestar.exceptions import ValidationException

from backend.api.services import BadRequest, LimitReached, NoPapersFound, NotFound, RateLimited
from backend.domain.bibliography import BibliographyError
from backend.domain.digests import PageRejected
from backend.store.library import Conflict, RevisionMismatch

log = logging.getLogger("paperlens.api")


def _error(status: int, detail: str) -> Response:
    return Response({"status_code": status, "detail": detail}, status_code=status)


def bad_request(_: Request, exc: Exception) -> Response:
    return _error(400, str(exc))


def not_found(_: Request, exc: Exception) -> Response:
    return _error(404, str(exc))


def limit_reached(_: Request, exc: LimitReached) -> Response:
    return _error(exc.status_code, str(exc))


def no_papers(_: Request, exc: Exception) -> Response:
    return _error(422, str(exc))


def precondition_failed(_: Request, exc: RevisionMismatch) -> Response:
    """412 with the item as it is now, so the client can show the difference and retry on purpose."""
    body = {"status_code": 412, "detail": str(exc), "current": msgspec.to_builtins(exc.current)}
    return Response(body, status_code=412, headers={"ETag": f'"{exc.current.rev}"'})


def write_conflict(_: Request, exc: Conflict) -> Response:
    return _error(409, f"{exc}: it kept changing while paperlens wrote it; try again")


def rate_limited(_: Request, exc: RateLimited) -> Response:
    response = _error(429, str(exc))
    response.headers["Retry-After"] = str(math.ceil(exc.retry_after))
    return response


def storage_down(request: Request, exc: Exception) -> Response:
    log.warning("redis unavailable during %s %s: %s", request.method, request.url.path, type(exc).__name__)
    return _error(503, "paperlens storage (Redis) is unavailable; try again shortly")


def invalid_body(request: Request, exc: ValidationException) -> Response:
    """Litestar's decoding errors, rewritten so the message names the field and the reason."""
    if request.headers.get("content-length") == "0":
        return _error(400, "request body is empty: send a JSON object")
    problems = []
    for problem in exc.extra if isinstance(exc.extra, list) else []:
        message, key = str(problem.get("message", "")), problem.get("key")
        if message == f"'{key}'":  # Litestar's KeyError text for a body it could not read at all
            message = "missing or unreadable JSON body"
        problems.append(message if key in (None, "data") else f"`{key}`: {message}")
    detail = "invalid request: " + ("; ".join(problems) or exc.detail)
    return Response({"status_code": 400, "detail": detail, "extra": exc.extra}, status_code=400)


def too_deep(request: Request, exc: RecursionError) -> Response:
    """msgspec gives up on JSON nested deeper than Python's recursion limit: the client's body, a 400. Any other
    RecursionError is ours (a 500, logged)."""
    if "while deserializing" not in str(exc):
        log.error("%s %s: %s", request.method, request.url.path, exc, exc_info=exc)
        return _error(500, "Internal Server Error")
    return _error(400, "request body nested too deeply: JSON arrays and objects inside one another, past what any field takes")


def not_utf8(_: Request, exc: UnicodeDecodeError) -> Response:
    return _error(400, f"request body is not valid UTF-8 (byte 0x{exc.object[exc.start]:02x} at position {exc.start}): send UTF-8 JSON")


def body_too_large(request: Request, _: Exception) -> Response:
    limit_mib = request.route_handler.resolve_request_max_body_size() / (1024 * 1024)
    return _error(413, f"request body too large: the limit is {limit_mib:g} MiB")


EXCEPTION_HANDLERS = {
    ValidationException: invalid_body,
    413: body_too_large,
    BadRequest: bad_request,
    BibliographyError: bad_request,
    NotFound: not_found,
    NoPapersFound: no_papers,
    PageRejected: no_papers,
    RateLimited: rate_limited,
    LimitReached: limit_reached,
    RevisionMismatch: precondition_failed,
    Conflict: write_conflict,
    UnicodeDecodeError: not_utf8,
    RecursionError: too_deep,
    redis.exceptions.ConnectionError: storage_down,
    redis.exceptions.TimeoutError: storage_down,
}

__all__ = ["EXCEPTION_HANDLERS"]
