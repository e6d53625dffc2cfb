"""`/v1/library`: the reading list — items, search, import and export."""

from __future__ import annotations

import base64
import time
from typing import Annotated, Literal

import msgspec
from litestar import Controller, Request, Response, delete, get, patch, post
from litestar.openapi.spec import Example
from litestar.params import Body, HeaderParameter, Parameter, QueryParameter

from backend.api.schemas import ImportQueued, ImportResult, ImportStatus, LibraryPage
from backend.api.services import BadRequest, NotFound, Services, check_item_id
from backend.domain.bibliography import EXPORT_FORMATS, IMPORT_FORMATS, check_readable, decode_upload, export_bibliography
from backend.domain.bibtex import LatexBudgetExceeded
from backend.domain.library import ImportReport, apply_update, search
from backend.domain.models import LibraryItem, LibraryItemCreate, LibraryItemUpdate, Status
from backend.domain.numbers import whole_number
from backend.imports import SYNC_IMPORT_LATEX_CHARS, SYNC_IMPORT_MAX_BYTES, SYNC_IMPORT_MAX_ENTRIES, import_parsed, read_upload
from backend.pipeline import IMPORT_TASK
from backend.queue import look_up_metadata_after

IMPORT_MAX_BYTES = 20 * 1024 * 1024
ImportFormat = Literal[IMPORT_FORMATS]  # a Literal of a tuple is of its items: each a format, named in the schema
ExportFormat = Literal[EXPORT_FORMATS]
EXPORT_MEDIA_TYPES = {
    "bibtex": "application/x-bibtex", "csljson": "application/vnd.citationstyles.csl+json", "ris": "application/x-research-info-systems",
    "csv": "text/csv",
}  # fmt: skip
EXPORT_SUFFIXES = {"bibtex": "bib", "csljson": "json", "ris": "ris", "csv": "csv"}

ITEM_EXAMPLE = Example(
    summary="a paper",
    value={
        "title": "Direct Preference Optimization: Your Language Model is Secretly a Reward Model",
        "authors": ["Rafael Rafailov", "Archit Sharma"],
        "year": 2023,
        "arxiv_id": "2305.18290",
        "tags": ["alignment"],
        "status": "to_read",
    },
)


IF_MATCH = HeaderParameter(name="If-Match", default=None, required=False, max_length=200, description="an ETag of the item")


def with_etag(item: LibraryItem, status_code: int = 200) -> Response[LibraryItem]:
    return Response(item, status_code=status_code, headers={"ETag": f'"{item.rev}"'})


def parse_if_match(value: str | None) -> int | None:
    """The revision an `If-Match` header names; None for no header or `*` (any revision)."""
    if value is None or value.strip() == "*":
        return None
    tag = value.strip().removeprefix("W/").strip('"')
    revision = whole_number(tag)
    if revision is None:
        raise BadRequest('`If-Match` must be an ETag this API gave out, like "3" (or *)')
    return revision


def _cursor(payload: list) -> str:
    return base64.urlsafe_b64encode(msgspec.json.encode(payload)).decode()


SearchCursor = tuple[Literal["offset"], Annotated[int, msgspec.Meta(ge=0)]]  # with `q`: how far down the ranking
ListCursor = tuple[float, str]  # without `q`: the last item's (added_at, id)


def _read_cursor(cursor: str, kind: type) -> tuple:
    """A cursor of the kind this listing gives out (a search's cursor is not a plain listing's)."""
    try:
        return msgspec.json.decode(base64.urlsafe_b64decode(cursor.encode()), type=kind)
    except (ValueError, msgspec.DecodeError):
        raise BadRequest(
            "`cursor` is not one this listing gave out: pass `next_cursor` from the previous page, with the same `q`"
        ) from None


def report_result(report: ImportReport) -> ImportResult:
    return ImportResult(
        summary=report.summary(),
        imported=report.imported,
        merged=report.merged,
        skipped=report.skipped,
        rejected=report.rejected,
    )


class LibraryController(Controller):
    path = "/v1/library"
    tags = ["library"]

    @get("/items", sync_to_thread=True)
    def list_items(
        self,
        request: Request,
        services: Services,
        q: str | None = Parameter(default=None, max_length=500, description="fuzzy search: title, authors, tags, keywords"),
        tag: str | None = Parameter(default=None, max_length=100),
        status: Status | None = None,
        limit: int = Parameter(default=50, ge=1, le=500),
        cursor: str | None = Parameter(default=None, max_length=2_000),
    ) -> LibraryPage:
        """Newest first, or best match first with `q`; filter by `tag` and `status`; cursor paging."""
        items = services.library.items(request.user)
        items = [i for i in items if (tag is None or tag in i.tags) and (status is None or i.status == status)]
        if q:
            ordered = [item for _, item in search(items, q)]
            start = _read_cursor(cursor, SearchCursor)[1] if cursor else 0
            page = ordered[start : start + limit]
            more = start + limit < len(ordered)
            return LibraryPage(items=page, next_cursor=_cursor(["offset", start + limit]) if more else None, total=len(ordered))
        ordered = sorted(items, key=lambda i: (-i.added_at, i.id))
        if cursor:
            added_at, item_id = _read_cursor(cursor, ListCursor)
            ordered_keys = [(-i.added_at, i.id) for i in ordered]
            ordered = [i for i, key in zip(ordered, ordered_keys) if key > (-added_at, item_id)]
        page = ordered[:limit]
        more = len(ordered) > limit
        next_cursor = _cursor([page[-1].added_at, page[-1].id]) if more else None
        return LibraryPage(items=page, next_cursor=next_cursor, total=len(items))

    @post("/items", status_code=201, sync_to_thread=True)
    def create(
        self, request: Request, services: Services, data: LibraryItemCreate = Body(examples=[ITEM_EXAMPLE])
    ) -> Response[LibraryItem]:
        return with_etag(services.add_item(request.user, data), status_code=201)

    @get("/items/{item_id:str}", sync_to_thread=True)
    def get_item(self, request: Request, item_id: str, services: Services) -> Response[LibraryItem]:
        """The item; its `ETag` is its revision (send it back as `If-Match` to write only over this one)."""
        return with_etag(services.owned_item(request.user, item_id))

    @patch("/items/{item_id:str}", sync_to_thread=True)
    def update(
        self, request: Request, item_id: str, data: LibraryItemUpdate, services: Services, if_match: str | None = IF_MATCH
    ) -> Response[LibraryItem]:
        """Changes only the fields sent, whatever else is written meanwhile. With `If-Match`, only if the
        item is still at that revision: 412 with the current item otherwise."""
        check_item_id(item_id)
        now = time.time()
        item, _ = services.library.update(
            request.user, item_id, lambda current: apply_update(current, data, now), if_rev=parse_if_match(if_match)
        )
        if item is None:
            raise NotFound(f"no library item {item_id!r}")
        return with_etag(item)

    @delete("/items/{item_id:str}", status_code=204, sync_to_thread=True)
    def remove(self, request: Request, item_id: str, services: Services, if_match: str | None = IF_MATCH) -> None:
        """Deletes the item (an id merged into another names that one, as everywhere); `If-Match` as PATCH."""
        check_item_id(item_id)
        if not services.library.delete(request.user, item_id, if_rev=parse_if_match(if_match)):
            raise NotFound(f"no library item {item_id!r}")

    @post("/import", sync_to_thread=True, request_max_body_size=IMPORT_MAX_BYTES, status_code=200)
    def import_file(
        self, request: Request, body: bytes, services: Services, format: ImportFormat = QueryParameter(name="format")
    ) -> Response[ImportResult | ImportQueued]:
        """Upload a bibliography as the raw request body (at most 20 MiB).

        Up to 1,000 entries and 512 KiB: imported at once, 200 with the report. More: 202, imported by a
        worker; follow `status_url` (over 512 KiB, or with more LaTeX than this route reads in about a second,
        the file is read by the worker only: `entries` is null). Duplicates
        (of the library or within the file) are merged or skipped, and every entry that could not be read is
        reported with its line and reason.
        """
        services.check_rate(request.user, "imports", services.settings.imports_per_minute)
        services.check_upload_budget(request.user, len(body))
        text = decode_upload(body)
        if len(body) > SYNC_IMPORT_MAX_BYTES:  # read by a worker only
            check_readable(format, text)
            return self._queued(request.user, format, text, None, services)
        try:
            parsed = read_upload(format, text, latex_budget=SYNC_IMPORT_LATEX_CHARS)
        except LatexBudgetExceeded:  # as slow to read as a large file: a worker reads it
            return self._queued(request.user, format, text, None, services)
        services.check_library_room(request.user, len(parsed.entries))
        if len(parsed.entries) > SYNC_IMPORT_MAX_ENTRIES:
            return self._queued(request.user, format, text, len(parsed.entries), services)
        report = import_parsed(services.library, request.user, parsed)
        look_up_metadata_after(services.queue, request.user, report)
        return Response(report_result(report))

    @staticmethod
    def _queued(owner: str, fmt: str, text: str, entries: int | None, services: Services) -> Response[ImportQueued]:
        import_id = services.library.stage_import(owner, fmt, text)
        services.queue.send_task(IMPORT_TASK.task, args=[import_id], queue=IMPORT_TASK.queue)
        return Response(ImportQueued(id=import_id, entries=entries, status_url=f"/v1/library/imports/{import_id}"), status_code=202)

    @get("/imports/{import_id:str}", sync_to_thread=True)
    def import_status(self, request: Request, import_id: str, services: Services) -> ImportStatus:
        check_item_id(import_id, "import")
        status = services.library.import_status(import_id)
        if status is None or status["owner"] != request.user:
            raise NotFound(f"no import {import_id!r}")
        return msgspec.convert({**status, "id": import_id}, ImportStatus, strict=False)

    @get("/export", sync_to_thread=True)
    def export(self, request: Request, services: Services, format: ExportFormat = QueryParameter(name="format")) -> Response[str]:
        """The whole library as BibTeX, CSL-JSON, RIS or CSV (oldest first, so re-importing keeps the order)."""
        items = sorted(services.library.items(request.user), key=lambda i: (i.added_at, i.id))
        return Response(
            export_bibliography(format, items),
            media_type=EXPORT_MEDIA_TYPES[format],
            headers={"Content-Disposition": f'attachment; filename="paperlens-library.{EXPORT_SUFFIXES[format]}"'},
        )



