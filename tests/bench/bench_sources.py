"""`make bench-sources` (part of `make bench`): syncing library sources into a library, in process against
a private Redis — the shared Zotero database, a 10,000-item synthetic one, a 10,000-entry .bib file and a
10,000-item Zotero Web API library (a local server speaking the protocol). For each: the first sync, a
re-sync with nothing changed, a re-sync after one edit; beside the naive way (reading the whole export and
importing it again through the import's matcher, which is what a user would do by hand)."""

from __future__ import annotations

import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path


ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from backend.domain.bibliography import parse_bibliography  # noqa: E402
from backend.domain.library import Importer  # noqa: E402
from backend.domain.models import Source  # noqa: E402
from backend.domain.zotero import read_zotero  # noqa: E402
from backend.embedded_redis import EmbeddedRedis  # noqa: E402
from backend.sources import sync_source  # noqa: E402
from backend.store import LibraryStore, UserStore, connect  # noqa: E402
from tests.bench.bench_spine import library_titles  # noqa: E402
from tests.zotero_edits import ZOTERO_FIXTURE, add_items, edit_title, regular_items  # noqa: E402
from tests.zotero_web_server import API_KEY, USER_ID, ZoteroWebServer  # noqa: E402

SIZE = 10_000


def synthetic_papers(count: int) -> list[tuple[str, list[tuple[str, str]], str, str | None]]:
    titles = library_titles(count)
    return [(title, [("A.", f"Author{n % 997}")], str(1990 + n % 35), f"10.5555/bench.{n}" if n % 3 == 0 else None) for n, title in enumerate(titles)]


def timed(work):
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def naive_reimport(read) -> float:
    """Importing the whole export again into the library it came from, as by hand: read it, match every
    entry against the library (all duplicates, so nothing is written)."""
    importer = Importer([], lambda: "x", 0.0)
    for entry in read():
        importer.add(entry)
    started = time.perf_counter()
    again = Importer(list(importer.items.values()), lambda: "y", 1.0)
    for entry in read():
        again.add(entry)
    return time.perf_counter() - started


def run(name: str, source: Source, library: LibraryStore, owner: str, change, *, api_key: str | None = None, api: str = "") -> dict:
    def sync(current: Source) -> Source:
        return sync_source(owner, current, library, roots=("/",), deadline_seconds=30, api_key=api_key, zotero_api_url=api)

    first_seconds, first = timed(lambda: sync(source))
    assert first.last_outcome == "synced", first
    again_seconds, again = timed(lambda: sync(first))
    change()
    edit_seconds, edited = timed(lambda: sync(again))
    assert edited.last_summary.get("updated") == 1, edited.last_summary
    return {
        "name": name, "items": first.last_summary["items"], "first": first_seconds, "again": again_seconds,
        "again_outcome": again.last_outcome, "edit": edit_seconds,
    }  # fmt: skip


def main() -> None:
    workdir = Path(tempfile.mkdtemp(prefix="paperlens-bench-sources-"))
    redis_server = EmbeddedRedis(workdir / "redis").start()
    web = ZoteroWebServer("127.0.0.1")
    rows = []
    try:
        client = connect(redis_server.url)
        library, users = LibraryStore(client), UserStore(client)

        def source(kind: str, path: str) -> tuple[Source, str]:
            owner, _ = users.create(f"bench-{kind}-{time.time_ns()}")
            return Source(id=f"{kind}-{time.time_ns()}", kind=kind, path=path, name=kind, created_at=time.time()), owner

        shared = workdir / "shared" / "zotero.sqlite"
        shared.parent.mkdir()
        shutil.copyfile(ZOTERO_FIXTURE, shared)
        first_id = regular_items(shared)[0][0]
        zotero, owner = source("zotero_local", str(shared))
        rows.append(run("zotero_local, the shared database", zotero, library, owner, lambda: edit_title(shared, first_id, "Edited title")))
        rows[-1]["naive"] = naive_reimport(lambda: read_zotero(shared).entries)

        big = workdir / "big" / "zotero.sqlite"
        big.parent.mkdir()
        shutil.copyfile(ZOTERO_FIXTURE, big)
        add_items(big, synthetic_papers(SIZE - len(regular_items(big))))
        big_first = regular_items(big)[0][0]
        zotero, owner = source("zotero_local", str(big))
        rows.append(run(f"zotero_local, {SIZE:,} items", zotero, library, owner, lambda: edit_title(big, big_first, "Edited title")))
        rows[-1]["naive"] = naive_reimport(lambda: read_zotero(big).entries)

        bib = workdir / "library.bib"
        papers = synthetic_papers(SIZE)
        entry = "@article{{k{n}, title={{{title}}}, author={{{last}, {first}}}, year={{{year}}}}}"
        bib.write_text("\n\n".join(entry.format(n=n, title=t, first=a[0][0], last=a[0][1], year=y) for n, (t, a, y, _) in enumerate(papers)))
        bibtex, owner = source("bibtex_file", str(bib))
        rows.append(run(f"bibtex_file, {SIZE:,} entries", bibtex, library, owner, lambda: bib.write_text(bib.read_text().replace("title={" + papers[0][0], "title={Edited " + papers[0][0], 1))))
        rows[-1]["naive"] = naive_reimport(lambda: parse_bibliography("bibtex", bib.read_text()).entries)

        for n, (title, authors, year, doi) in enumerate(papers):
            data = {"itemType": "journalArticle", "title": title, "date": year, "creators": [{"creatorType": "author", "firstName": authors[0][0], "lastName": authors[0][1]}]}
            web.put(f"W{n:07d}", data | ({"DOI": doi} if doi else {}))
        zotero_web, owner = source("zotero_web", f"users/{USER_ID}")
        rows.append(run(f"zotero_web, {SIZE:,} items (local server)", zotero_web, library, owner, lambda: web.edit("W0000000", title="Edited"), api_key=API_KEY, api=web.url))
        rows[-1]["naive"] = float("nan")
    finally:
        web.stop()
        redis_server.stop()
        shutil.rmtree(workdir, ignore_errors=True)

    print(f"\nLibrary sources synced in process ({platform.machine()}, Python {platform.python_version()}); one run each\n")
    print("| source | items read | first sync (s) | re-sync, nothing changed (s) | re-sync after one edit (s) | naive: import it all again (s) | re-sync vs naive |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for row in rows:
        ratio = f"{row['naive'] / row['again']:,.0f}×" if row["naive"] == row["naive"] else "–"
        naive = f"{row['naive']:.2f}" if row["naive"] == row["naive"] else "–"
        print(f"| {row['name']} | {row['items']:,} | {row['first']:.2f} | {row['again']:.4f} ({row['again_outcome']}) | {row['edit']:.2f} | {naive} | {ratio} |")


if __name__ == "__main__":
    main()
