"""The registries the metadata job asks about bare identifiers, served locally in their real answer formats:
the arXiv API (an Atom feed with one entry per known id), Crossref (`works/{doi}`: a work message) and
DataCite (`dois/{doi}`). Unknown ids: the arXiv API leaves them out, the others answer 404.
`10.1234/flaky.1` answers 503 the first time it is asked. Every request is recorded (path, User-Agent).

Answers a registry should not give, for the lookup's defences (Crossref): `10.1234/misshapen.1` a work whose
authors are strings, not objects; `10.1234/oversized.1` fields larger than an item holds (a 5,000-character venue,
5,000 authors, year 99999); `10.1234/endless.1` an answer that never ends, `10.1234/drip.1` one that drips a
byte every 50 ms. `10.1234/slow.N` is a registry under load: a good answer after SLOW_SECONDS; `10.1234/down.N` one
that is down: 503, every time."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit

from backend.domain.metadata import parse_arxiv_feed
from tests.support import OWN_FIXTURES

FIXTURES = OWN_FIXTURES / "metadata"
ARXIV_FEED = (FIXTURES / "arxiv-query.atom").read_text()
ARXIV_IDS = tuple(parse_arxiv_feed(ARXIV_FEED))  # 2307.09288, 2302.13971
CROSSREF = {"10.1038/nature14539": (FIXTURES / "crossref-work.json").read_bytes()}
CROSSREF["10.1234/flaky.1"] = CROSSREF["10.1038/nature14539"].replace(b"10.1038\\/nature14539", b"10.1234\\/flaky.1")
DATACITE = {"10.5281/zenodo.3509134": (FIXTURES / "datacite-doi.json").read_bytes()}
_WORK = json.loads(CROSSREF["10.1038/nature14539"])
SLOW_SECONDS = 1.0
CROSSREF["10.1234/misshapen.1"] = json.dumps({**_WORK, "message": {**_WORK["message"], "author": ["Yann LeCun", "Yoshua Bengio"], "DOI": "10.1234/misshapen.1"}}).encode()
CROSSREF["10.1234/oversized.1"] = json.dumps({**_WORK, "message": {
    **_WORK["message"], "container-title": ["Nature " * 700], "author": [{"family": f"Author{n}"} for n in range(5_000)], "issued": {"date-parts": [[99999]]},
    "DOI": "10.1234/oversized.1",
}}).encode()  # fmt: skip


def _arxiv_answer(ids: list[str]) -> str:
    """The fixture feed with only the asked-for entries, as the API answers an `id_list`."""
    head, *entries = ARXIV_FEED.split("<entry>")
    entries[-1] = entries[-1].replace("</feed>", "")
    kept = [entry for entry in entries if any(f"/abs/{arxiv_id}" in entry for arxiv_id in ids)]
    return head + "".join("<entry>" + entry for entry in kept) + ("</feed>\n" if kept else "\n</feed>\n")


class MetadataServer:
    def __init__(self, host: str) -> None:
        self.requests: list[tuple[str, str]] = []
        self.stopped = False
        self._failed_once: set[str] = set()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                url = urlsplit(self.path)
                server.requests.append((self.path, self.headers.get("User-Agent", "")))
                if url.path == "/arxiv/api/query":
                    ids = parse_qs(url.query).get("id_list", [""])[0].split(",")
                    return self._send(200, _arxiv_answer(ids).encode(), "application/atom+xml; charset=utf-8")
                for prefix, known in (("/crossref/works/", CROSSREF), ("/datacite/dois/", DATACITE)):
                    if url.path.startswith(prefix):
                        doi = unquote(url.path.removeprefix(prefix)).lower()
                        if doi == "10.1234/flaky.1" and doi not in server._failed_once:
                            server._failed_once.add(doi)
                            return self._send(503, b"Service Unavailable", "text/plain")
                        if doi.startswith("10.1234/down."):
                            return self._send(503, b"Service Unavailable", "text/plain")
                        if doi.startswith("10.1234/slow.") and prefix == "/crossref/works/":
                            time.sleep(SLOW_SECONDS)
                            work = {**_WORK, "message": {**_WORK["message"], "title": [f"Slow answer {doi}"], "DOI": doi}}
                            return self._send(200, json.dumps(work).encode(), "application/json")
                        if doi in known:
                            return self._send(200, known[doi], "application/json")
                        if doi in ("10.1234/endless.1", "10.1234/drip.1"):
                            return self._endless(pause=0.05 if doi == "10.1234/drip.1" else 0.0)
                return self._send(404, b"Resource not found.", "text/plain")

            def _send(self, status: int, body: bytes, media_type: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", media_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def _endless(self, pause: float) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                chunk = b" " if pause else b" " * 65_536
                try:
                    while not server.stopped:
                        self.wfile.write(chunk)
                        time.sleep(pause)
                except OSError:  # the client hung up, as it should
                    pass

            def log_message(self, *args) -> None:
                pass

        self.httpd = ThreadingHTTPServer((host, 0), Handler)
        self.url = f"http://{host}:{self.httpd.server_port}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def arxiv_requests(self) -> list[str]:
        return [path for path, _ in self.requests if path.startswith("/arxiv/")]

    def stop(self) -> None:
        self.stopped = True
        self.httpd.shutdown()
