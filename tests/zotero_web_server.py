"""A local server speaking the Zotero Web API v3 as documented (https://www.zotero.org/support/dev/web_api/v3),
with answers in its JSON shapes: library versions in `Last-Modified-Version`, `If-Modified-Since-Version`
answered 304, `since=`, `includeTrashed`, `/deleted`, pagination by `limit`/`start` with `Link` and
`Total-Results`, `Zotero-API-Key` checked (403), and on request a 429 with `Retry-After` or a `Backoff`.
Answers the API should not give, on request: `items_answer` (bytes) in place of the items list, `endless_pages` (a
`Link` to a next page always).
No Zotero server is reachable from the test machines; this is the protocol the client is tested against."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

API_KEY = "P9NiFoyLeZu2bZNvvuQPDWsd"
USER_ID = "475425"


class ZoteroWebServer:
    def __init__(self, host: str) -> None:
        self.reset()
        server = self
        self._handler(server, host)

    def reset(self) -> None:
        self.version = 0
        self.items: dict[str, dict] = {}  # key -> {"version", "data"}
        self.collections: dict[str, dict] = {}
        self.deleted: dict[str, int] = {}  # key -> library version at which it was deleted for good
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.answer_429_next = 0  # this many requests answer 429 with Retry-After: 1
        self.backoff_next = False
        self.items_answer: bytes | None = None
        self.endless_pages = False
        self.version_header: str | None = None  # instead of the library version (a server's odd answer)

    def _handler(self, server: ZoteroWebServer, host: str) -> None:
        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                server.requests.append((self.path, dict(self.headers)))
                url = urlsplit(self.path)
                query = {name: values[0] for name, values in parse_qs(url.query).items()}
                if self.headers.get("Zotero-API-Key") != API_KEY:
                    return self._send(403, b"Forbidden", {"Content-Type": "text/plain"})
                if server.answer_429_next:
                    server.answer_429_next -= 1
                    return self._send(429, b"Too Many Requests", {"Retry-After": "1", "Content-Type": "text/plain"})
                headers = {"Last-Modified-Version": server.version_header or str(server.version), "Content-Type": "application/json", "Zotero-API-Version": "3"}
                if server.backoff_next:
                    server.backoff_next = False
                    headers["Backoff"] = "1"
                prefix = f"/users/{USER_ID}"
                since = int(query.get("since", 0))
                if url.path == f"{prefix}/items":
                    modified = self.headers.get("If-Modified-Since-Version")
                    if modified is not None and int(modified) >= server.version:
                        return self._send(304, b"", headers)
                    if server.items_answer is not None:
                        return self._send(200, server.items_answer, headers)
                    rows = [
                        server.item_json(key) for key, item in sorted(server.items.items(), key=lambda kv: kv[1]["version"])
                        if item["version"] > since and (query.get("includeTrashed") == "1" or not item["data"].get("deleted"))
                    ]
                    return self._page(rows, query, url.path, headers)
                if url.path == f"{prefix}/collections":
                    return self._page([server.collection_json(key) for key in server.collections], query, url.path, headers)
                if url.path == f"{prefix}/deleted":
                    items = [key for key, version in server.deleted.items() if version > since]
                    body = {"collections": [], "searches": [], "items": items, "tags": [], "settings": []}
                    return self._send(200, json.dumps(body).encode(), headers)
                return self._send(404, b"Not found", {"Content-Type": "text/plain"})

            def _page(self, rows: list, query: dict, path: str, headers: dict) -> None:
                start, limit = int(query.get("start", 0)), min(int(query.get("limit", 25)), 100)
                headers["Total-Results"] = str(len(rows))
                if start + limit < len(rows) or server.endless_pages:
                    following = urlencode({**query, "start": start + limit})
                    headers["Link"] = f'<{server.url}{path}?{following}>; rel="next"'
                self._send(200, json.dumps(rows[start : start + limit]).encode(), headers)

            def _send(self, status: int, body: bytes, headers: dict) -> None:
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        self.httpd = ThreadingHTTPServer((host, 0), Handler)
        self.url = f"http://{host}:{self.httpd.server_port}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    # --- the library, changed the way zotero.org records changes: every write is a new library version ---

    def _bump(self) -> int:
        self.version += 1
        return self.version

    def add_collection(self, key: str, name: str, deleted: bool = False) -> None:
        version = self._bump()
        data = {"key": key, "version": version, "name": name, "parentCollection": False, "relations": {}} | ({"deleted": True} if deleted else {})
        self.collections[key] = {"version": version, "data": data}

    def put(self, key: str, data: dict) -> None:
        version = self._bump()
        self.items[key] = {"version": version, "data": {"key": key, "version": version, "relations": {}, "tags": [], **data}}

    def edit(self, key: str, **changes) -> None:
        self.put(key, {**self.items[key]["data"], **changes})

    def trash(self, key: str) -> None:
        self.edit(key, deleted=1)

    def delete(self, key: str) -> None:
        del self.items[key]
        self.deleted[key] = self._bump()

    def item_json(self, key: str) -> dict:
        item = self.items[key]
        return {
            "key": key,
            "version": item["version"],
            "library": {"type": "user", "id": int(USER_ID), "name": "researcher", "links": {"alternate": {"href": "https://www.zotero.org/researcher", "type": "text/html"}}},
            "links": {"self": {"href": f"https://api.zotero.org/users/{USER_ID}/items/{key}", "type": "application/json"}},
            "meta": {"creatorSummary": _creator_summary(item["data"].get("creators")), "numChildren": 0},
            "data": item["data"],
        }

    def collection_json(self, key: str) -> dict:
        collection = self.collections[key]
        return {"key": key, "version": collection["version"], "library": {"type": "user", "id": int(USER_ID)}, "links": {}, "meta": {"numCollections": 0, "numItems": 1}, "data": collection["data"]}

    def stop(self) -> None:
        self.httpd.shutdown()


def _creator_summary(creators) -> str:
    """Zotero's summary of the creators (a test's misshapen creators have none)."""
    first = creators[0] if isinstance(creators, list) and creators else None
    return first.get("lastName", "") if isinstance(first, dict) else ""
