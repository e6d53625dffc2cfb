"""Hostile pages against the real API: every shape of tests/faults/hostile_shapes.py at 50 kB, 1 MiB and
just under the 5 MiB body limit, posted one after another while a second client polls /healthz. Then hostile
bibliography uploads just under 512 KiB (the largest an import route reads on the request path).

Prints shape, size, status, seconds to answer, and the slowest /healthz answer during that post. Last, what the
enrich job's registry lookups read (arXiv, Crossref, DataCite answers as large as a lookup takes), in this process.
Run: `make bench-hostile` (or `.venv/bin/python tests/bench/bench_hostile.py`).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from backend.embedded_redis import EmbeddedRedis, free_port  # noqa: E402
from backend.settings import Settings  # noqa: E402
from backend.stack import api_command, start_child, stop_child, wait_for_http  # noqa: E402
from backend.store import UserStore, connect  # noqa: E402
from tests.faults.hostile_shapes import SHAPES, hostile_page  # noqa: E402

SIZES = (50_000, 1 << 20, None)  # None: as large as fits the 5 MiB body limit once JSON-encoded
BODY_LIMIT = 5 * 1024 * 1024
UPLOAD_BYTES = 512 * 1024 - 1024  # read on the request path (imports.SYNC_IMPORT_MAX_BYTES)


def _repeated(head: str, unit: str, tail: str = "") -> str:
    return head + unit * ((UPLOAD_BYTES - len(head) - len(tail)) // len(unit.encode())) + tail


def _entries(entry: str) -> str:
    """Copies of `entry`, its KEY numbered (bibtexparser drops an entry whose key repeats), up to UPLOAD_BYTES."""
    parts, size = [], 0
    while size + len(part := entry.replace("KEY", f"k{len(parts)}").encode()) <= UPLOAD_BYTES:
        parts.append(part.decode())
        size += len(part)
    return "".join(parts)


# Upload shapes: (format, text), each just under 512 KiB.
UPLOADS = {
    "BibTeX: accents": ("bibtex", _entries('@article{KEY, title = {' + 'M{\\"u}ller \\v{S}imon {\\ss} \\c{c} R\\&D -- ``q\'\' ' * 20 + '}}\n')),
    "BibTeX: LaTeX commands": ("bibtex", _entries("@article{KEY, title = {" + "\\emph{x} " * 50 + "}}\n")),
    "BibTeX: braces nested": ("bibtex", _repeated("@article{k, title = {", "{", "x}")),
    "BibTeX: unclosed braces": ("bibtex", _repeated("@article{k, title = {", "a{")),
    "BibTeX: at signs": ("bibtex", _repeated("@article{k, title = {", "@a{ @ ", "}}")),
    "BibTeX: inline math": ("bibtex", _repeated("@article{k, title = {", "$\\alpha$ $x$ ", "}}")),
    "BibTeX: 21,000 tiny entries": ("bibtex", _entries("@misc{KEY, title={T}}\n")),
    "BibTeX: @string concatenation": ("bibtex", _repeated("@string{s = {x}}\n@article{k, title = s", " # s", "}")),
    "RIS: entries never ended": ("ris", _repeated("", "TY  - JOUR\nTI  - A title\n")),
    "EndNote: an abstract wrapped over 25,000 lines": ("endnote", _repeated("%0 Journal Article\n%T A title\n%X ", "more of the abstract\n")),
    "EndNote: percent signs": ("endnote", _repeated("%T A title\n", "%%% %\n%T\n")),
    "MEDLINE: an abstract wrapped over 30,000 lines": ("medline", _repeated("PMID- 1\nTI  - A title\nAB  - ", "      more of it\n")),
    "Web of Science: one record's 40,000 authors": ("wos", _repeated("PT J\nTI A title\nAU A\n", "   Author, A\n")),
    "Web of Science tab-delimited: one row's 100,000 authors": ("wos", _repeated("PT\tTI\tAU\nJ\tA title\t", "Author, A; ")),
    "EndNote XML: 20,000 records without titles": ("endnote", _repeated("<xml><records>", "<record><titles/></record>\n", "</records></xml>")),
    "EndNote XML: nested 100,000 deep": ("endnote", _repeated("<xml>", "<a>")),
    "MEDLINE: empty tags and doi markers": ("medline", _repeated("PMID- 1\nTI  - A title\n", "LID - 10.1 [doi\nAB- \n")),
    "CSV: an unclosed quote": ("csv", _repeated('title,notes\nA title,"', "x,\n")),
    "CSL-JSON: nested arrays": ("csljson", _repeated("", "[") ),
}


def largest_page(name: str) -> dict:
    """The shape at the largest size whose JSON body stays under the API's 5 MiB limit."""
    probe = hostile_page(name, 1 << 20)
    inflation = len(json.dumps(probe)) / (1 << 20)
    return hostile_page(name, int((BODY_LIMIT - 8 * 1024) / inflation))


def main() -> None:
    workdir = Path(tempfile.mkdtemp(prefix="paperlens-hostile-"))
    redis_server = EmbeddedRedis(workdir / "redis").start()
    settings = Settings(redis_url=redis_server.url, port=free_port(), data_dir=workdir, api_workers=2)
    env = dict(
        os.environ,
        REDIS_URL=settings.redis_url,
        PAPERLENS_PORT=str(settings.port),
        PAPERLENS_DIGEST_POSTS_PER_MINUTE="100000",
        PAPERLENS_MAX_DIGESTS="100000",
        PAPERLENS_IMPORTS_PER_MINUTE="100000",
    )
    api = start_child(api_command(settings), env, workdir / "api.log")
    try:
        wait_for_http(f"{settings.public_url}/healthz", process=api)
        _, token = UserStore(connect(settings.redis_url)).create("bench")
        rows, worst_health = [], 0.0
        with httpx.Client(base_url=settings.public_url, headers={"Authorization": f"Bearer {token}"}, timeout=120) as client:
            for name in SHAPES:
                for size in SIZES:
                    body = hostile_page(name, size) if size else largest_page(name)
                    size = len(json.dumps(body))
                    health: list[float] = []
                    stop = threading.Event()
                    poller = threading.Thread(target=_poll, args=(settings.public_url, health, stop))
                    poller.start()
                    started = time.perf_counter()
                    try:
                        answer = client.post("/v1/digests", json=body)
                        status = str(answer.status_code)
                    except httpx.HTTPError as error:
                        status = type(error).__name__
                    seconds = time.perf_counter() - started
                    stop.set()
                    poller.join()
                    slowest = max(health, default=0.0)
                    worst_health = max(worst_health, slowest)
                    rows.append((name, size, status, seconds, slowest))
        print(f"\nHostile pages against the API ({settings.api_workers} uvicorn processes, parse deadline "
              f"{Settings().parse_deadline_seconds:g} s, {os.cpu_count()} cores)\n")
        print(f"| {'shape':<28} | {'body bytes':>10} | {'status':>6} | {'seconds':>7} | {'slowest /healthz (s)':>20} |")
        print(f"|{'-' * 30}|{'-' * 12}|{'-' * 8}|{'-' * 9}|{'-' * 22}|")
        for name, size, status, seconds, slowest in rows:
            print(f"| {name:<28} | {size:>10,} | {status:>6} | {seconds:>7.3f} | {slowest:>20.3f} |")
        answered = [r for r in rows if r[2].isdigit() and (r[2] == "202" or r[2].startswith("4"))]
        print(f"\n{len(answered)}/{len(rows)} answered 202 or 4xx; slowest answer {max(r[3] for r in rows):.3f} s; "
              f"slowest /healthz while posting {worst_health:.3f} s")
        uploads(settings.public_url, client.headers)
        registry_answers()
    finally:
        stop_child(api)
        redis_server.stop()


def uploads(url: str, headers) -> None:
    """Each upload shape through POST /v1/library/import: 200 (read at once), 202 (left to a worker) or 4xx."""
    rows = []
    with httpx.Client(base_url=url, headers=headers, timeout=120) as client:
        for name, (fmt, text) in UPLOADS.items():
            health: list[float] = []
            stop = threading.Event()
            poller = threading.Thread(target=_poll, args=(url, health, stop))
            poller.start()
            started = time.perf_counter()
            answer = client.post("/v1/library/import", params={"format": fmt}, content=text.encode())
            seconds = time.perf_counter() - started
            stop.set()
            poller.join()
            rows.append((name, len(text.encode()), answer.status_code, seconds, max(health, default=0.0)))
    print("\nHostile uploads against POST /v1/library/import (just under 512 KiB: read on the request path)\n")
    print(f"| {'shape':<30} | {'body bytes':>10} | {'status':>6} | {'seconds':>7} | {'slowest /healthz (s)':>20} |")
    print(f"|{'-' * 32}|{'-' * 12}|{'-' * 8}|{'-' * 9}|{'-' * 22}|")
    for name, size, status, seconds, slowest in rows:
        print(f"| {name:<30} | {size:>10,} | {status:>6} | {seconds:>7.3f} | {slowest:>20.3f} |")
    print(f"\n{sum(r[2] < 500 for r in rows)}/{len(rows)} answered below 500; slowest answer {max(r[3] for r in rows):.3f} s")


def registry_answers() -> None:
    """Answers the registries should not give, each as large as a lookup reads (workers.metadata.MAX_ANSWER_BYTES):
    read, found unreadable (a lookup that failed, retried later) or without a usable title."""
    from backend.domain.metadata import UnreadableAnswer, parse_arxiv_feed, parse_crossref, parse_datacite
    from workers.metadata import MAX_ANSWER_BYTES

    def filled(head: str, unit: str, tail: str) -> bytes:
        return (head + unit * ((MAX_ANSWER_BYTES - len(head) - len(tail)) // len(unit)) + tail).encode()

    entry = '<entry><id>http://arxiv.org/abs/2307.09288v2</id><title>T</title>'
    shapes = {
        "Crossref: a work's authors": (parse_crossref, filled('{"message": {"title": ["T"], "author": [', '{"family": "A"},', '{"family": "B"}]}}')),
        "Crossref: an abstract of markup": (parse_crossref, filled('{"message": {"title": ["T"], "abstract": "', "<jats:p>a &lt; b</jats:p>", '"}}')),
        "Crossref: a title": (parse_crossref, filled('{"message": {"title": ["', "deep ", '"]}}')),
        "Crossref: arrays nested": (parse_crossref, filled('{"message": {"title": ', "[", "")),
        "Crossref: a field not read, nested": (parse_crossref, filled('{"message": {"title": ["T"], "x": ', "[", "")),
        "DataCite: a record's creators": (parse_datacite, filled('{"data": {"attributes": {"titles": [{"title": "T"}], "creators": [', '{"name": "A"},', '{"name": "B"}]}}}')),
        "arXiv: entries": (parse_arxiv_feed, filled('<feed xmlns="http://www.w3.org/2005/Atom">', entry + "<author><name>A</name></author></entry>", "</feed>")),
        "arXiv: one entry's authors": (parse_arxiv_feed, filled('<feed xmlns="http://www.w3.org/2005/Atom">' + entry, "<author><name>A</name></author>", "</entry></feed>")),
    }
    print(f"\nRegistry answers as large as a lookup reads ({MAX_ANSWER_BYTES / 2**20:g} MiB), read in the worker's process\n")
    print(f"| {'shape':<32} | {'read as':>10} | {'seconds':>7} |")
    print(f"|{'-' * 34}|{'-' * 12}|{'-' * 9}|")
    for name, (parse, body) in shapes.items():
        started = time.perf_counter()
        try:
            outcome = "metadata" if parse(body) else "none"
        except UnreadableAnswer:
            outcome = "unreadable"
        print(f"| {name:<32} | {outcome:>10} | {time.perf_counter() - started:>7.2f} |")


def _poll(url: str, times: list[float], stop: threading.Event) -> None:
    with httpx.Client(base_url=url, timeout=10) as probe:
        while not stop.is_set():
            started = time.perf_counter()
            try:
                probe.get("/healthz")
            except httpx.HTTPError:
                times.append(10.0)
            times.append(time.perf_counter() - started)
            time.sleep(0.02)


if __name__ == "__main__":
    main()
