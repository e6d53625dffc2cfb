"""Helpers the suite shares: where the shared fixtures are, their real pages parsed, and a small SSE reader."""

from __future__ import annotations

import functools
import json
import os
import re
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from html import escape
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]


def _shared() -> Path:
    """The shared material (read-only, never needed by the product): PAPERLENS_SHARED if set; else shared/
    beside this checkout (where CI lays it); else beside the repository this one was cloned from, so that a
    clone made anywhere (`git clone . "$(mktemp -d)"`) finds it too."""
    if os.environ.get("PAPERLENS_SHARED"):
        return Path(os.environ["PAPERLENS_SHARED"])
    beside = ROOT.parent / "shared"
    origin = subprocess.run(["git", "-C", str(ROOT), "config", "--get", "remote.origin.url"], capture_output=True, text=True).stdout.strip()
    if beside.is_dir() or not origin or "://" in origin or ":" in origin.split("/")[0]:  # no origin, or not a local path
        return beside
    cloned_from = (ROOT / origin).resolve()  # an absolute path stays as it is
    return next((place for place in (cloned_from.parent / "shared", cloned_from / "shared") if place.is_dir()), beside)


SHARED = _shared()
SHARED_FIXTURES = SHARED / "fixtures"
OWN_FIXTURES = ROOT / "tests" / "fixtures"


@functools.cache
def shared_pages() -> dict:
    """The real pages in the shared fixtures, parsed as the API parses them (name -> ParsedDigest): the
    Hugging Face daily page (its text, the seed), an arXiv astro-ph mailing, the Hugging Face page of 2024-08-01."""
    from backend.domain.digests import parse_digest

    return {
        "HF daily": parse_digest("", text=(SHARED_FIXTURES / "hf-daily-papers.txt").read_text()),
        "arXiv astro-ph": parse_digest("https://arxiv.org/", text=(SHARED_FIXTURES / "arxiv-mailing-astro-ph-new.txt").read_text()),
        "HF 2024-08-01": parse_digest("https://huggingface.co/papers", html=(SHARED_FIXTURES / "hf-papers-2024-08-01.html").read_text()),
    }


@functools.cache
def library_items(path: Path) -> tuple:
    """A library file (a Zotero database, or an export in a format paperlens imports) as an import stores its
    entries, ids z000, z001, … in the file's order."""
    from backend.domain.bibliography import FORMAT_BY_SUFFIX, parse_bibliography
    from backend.domain.library import new_item
    from backend.domain.zotero import read_zotero

    suffix = path.suffix.lower()
    parsed = read_zotero(path) if suffix == ".sqlite" else parse_bibliography(FORMAT_BY_SUFFIX[suffix], path.read_text())
    return tuple(new_item(f"z{n:03d}", entry.item, n) for n, entry in enumerate(parsed.entries))


def zotero_export() -> tuple:
    """A real researcher's Zotero export (shared fixtures, BibTeX) as library items."""
    return library_items(SHARED_FIXTURES / "library-zotero-export.bib")


def zotero_record(title: str):
    """The first record of `zotero_export()` with this title, as a Paper."""
    return next(item for item in zotero_export() if item.title == title).as_paper()


@dataclass(frozen=True)
class Event:
    id: str | None
    event: str
    data: dict


def read_events(response: httpx.Response) -> Iterator[Event]:
    """Parse a text/event-stream response into events (comments skipped)."""
    fields: dict[str, list[str]] = {}
    for line in response.iter_lines():
        if line == "":
            if "data" in fields:
                yield Event(
                    id=fields.get("id", [None])[-1],
                    event=fields.get("event", ["message"])[-1],
                    data=json.loads("\n".join(fields["data"])),
                )
            fields = {}
        elif not line.startswith(":"):
            name, _, value = line.partition(":")
            fields.setdefault(name, []).append(value[1:] if value.startswith(" ") else value)


def stream_events(
    client: httpx.Client, digest_id: str, *, last_event_id: str | None = None, stop_after: int | None = None
) -> list[Event]:
    """Events of a digest until `done` (or until `stop_after` events, then the connection is dropped)."""
    headers = {"Last-Event-ID": last_event_id} if last_event_id else {}
    events: list[Event] = []
    with client.stream("GET", f"/v1/digests/{digest_id}/events", headers=headers, timeout=300) as response:
        assert response.status_code == 200, response.read()
        assert response.headers["content-type"].startswith("text/event-stream")
        for event in read_events(response):
            events.append(event)
            if stop_after is not None and len(events) >= stop_after:
                break
    return events


def all_library_items(client: httpx.Client) -> list[dict]:
    """Every item of the client's library, following the cursor."""
    items, cursor = [], None
    while True:
        page = client.get("/v1/library/items", params={"limit": 500, **({"cursor": cursor} if cursor else {})}).json()
        items += page["items"]
        cursor = page["next_cursor"]
        if not cursor:
            return items


def wait_until(condition: Callable[[], object], timeout: float, what: str) -> None:
    """Poll `condition` until it holds (a worker logs a task after publishing its last event, so a test that
    reads worker logs waits for the lines rather than the events)."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"not within {timeout:.0f} s: {what}"
        time.sleep(0.1)


ARXIV_SEARCH_RESULT = """<li class="arxiv-result">
  <div class="is-marginless"><p class="list-title is-inline-block"><a href="https://arxiv.org/abs/{id}">arXiv:{id}</a>
    <span>&nbsp;[<a href="https://arxiv.org/pdf/{id}">pdf</a>, <a href="https://arxiv.org/format/{id}">other</a>]</span></p>
    <div class="tags is-inline-block"><span class="tag is-small">cs.CL</span></div></div>
  <p class="title is-5 mathjax">{first} <span class="search-hit mathjax">Retrieval</span> {rest}</p>
  <p class="authors"><span class="search-hit">Authors:</span> <a href="/a/smith_j_1">John Smith</a>, <a href="/a/doe_j_1">Jane Doe</a></p>
  <p class="abstract mathjax"><span class="search-hit">Abstract</span>:
    <span class="abstract-short" id="{id}v1-abstract-short">We study {rest}, cut short here &hellip; <a class="is-size-7">&hellip; More</a></span>
    <span class="abstract-full" id="{id}v1-abstract-full" style="display: none;">We study {rest}, in full: the method, the
      experiments and what they show, long enough to be an abstract. <a class="is-size-7">&#9651; Less</a></span></p>
  <p class="is-size-7"><span>Submitted</span> 2 November, 2024; <span>originally announced</span> November 2024.</p>
</li>"""


def arxiv_search_page(results: list[tuple[str, str, str]]) -> str:
    """A page of arxiv.org/search results in its markup (no heading per paper; the title in `p.title` around a
    search hit, the id's own line in `p.list-title`, a short and a full abstract), one per (id, first words,
    rest of the title): each title reads "<first> Retrieval <rest>"."""
    return (
        '<html><body><nav><ul><li><a href="https://info.arxiv.org/help">Help pages for arXiv</a></li></ul></nav>'
        '<h1 class="title">Showing 1&ndash;50 of 7,123 results for all: retrieval</h1><ol class="breathe-horizontal">'
        + "".join(ARXIV_SEARCH_RESULT.format(id=i, first=first, rest=rest) for i, first, rest in results)
        + "</ol></body></html>"
    )


def scholar_results(results) -> str:
    """A Google Scholar results page in the shape it serves, one result per (PDF link or None, link or None, title,
    byline, snippet): the "[PDF] host" link beside it, the title linking the publisher (a citation's, marked
    "[CITATION][C]", links nothing), the byline (authors cut short, venue cut short, year, host), the snippet."""
    return '<div id="gs_res_ccl_mid">' + "".join(
        f'<div class="gs_r gs_or gs_scl" data-cid="c{n}" data-rp="{n}">'
        + (f'<div class="gs_ggs gs_fl"><div class="gs_ggsd"><div class="gs_or_ggsm" ontouchstart="gs_evt_dsp(event)"><a href="{pdf}" data-clk="x">'
           f'<span class="gs_ctg2">[PDF]</span> {pdf.split("/")[2]}</a></div></div></div>' if pdf else "")
        + '<div class="gs_ri"><h3 class="gs_rt" ontouchstart="gs_evt_dsp(event)">'
        + (f'<a id="c{n}" href="{link}" data-clk="x">{title}</a></h3>' if link else  # a citation only: no link
           f'<span class="gs_ctu"><span class="gs_ct1">[CITATION]</span><span class="gs_ct2">[C]</span></span> <span id="c{n}">{title}</span></h3>')
        + f'<div class="gs_a">{byline}</div><div class="gs_rs">{snippet}</div>'
        '<div class="gs_fl gs_flb"><a href="javascript:void(0)" class="gs_or_sav gs_or_btn" role="button"><span class="gs_or_btn_lbl">Save</span></a> '
        f'<a href="javascript:void(0)" class="gs_or_cit gs_or_btn gs_nph" role="button">Cite</a> <a href="/scholar?cites={n}123&amp;as_sdt=2005&amp;hl=en">Cited by 1000</a> '
        f'<a href="/scholar?q=related:x{n}:scholar.google.com/&amp;hl=en">Related articles</a></div></div></div>'
        for n, (pdf, link, title, byline, snippet) in enumerate(results)
    ) + "</div>"  # fmt: skip


def web_mail(text: str, *, indent: str = " ") -> str:
    """A plain-text e-mail as a web mail client shows it: HTML-escaped lines ending in `<br>`, addresses made links,
    leading spaces as `indent` (Gmail's markup of a mailing, or with non-breaking spaces)."""

    def line(raw: str) -> str:
        body = re.sub(r"(https?://[^\s,]+)", r'<a href="\1" target="_blank">\1</a>', escape(raw.lstrip(" ")))
        return indent * (len(raw) - len(raw.lstrip(" "))) + body

    return (
        '<html><body><div role="main"><h2 class="hP">astro-ph daily</h2><div class="a3s aiL"><div dir="ltr">'
        + "<br>\n".join(map(line, text.splitlines()))
        + "</div></div></div></body></html>"
    )
