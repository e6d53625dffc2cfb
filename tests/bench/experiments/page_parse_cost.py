"""What reading a large page costs: three pages of 1,999 papers (title-classed cards with authors and abstracts,
a reading list of title links, arXiv-style search results), parsed by the checkout this script is run from.

    .venv/bin/python tests/bench/experiments/page_parse_cost.py            # this checkout
    git worktree add /tmp/old <commit> && .venv/bin/python tests/bench/experiments/page_parse_cost.py /tmp/old
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from backend.domain.digests import parse_digest  # noqa: E402

PAPERS = 1_999
ABSTRACT = "An abstract that goes on for a while about methods and results. " * 5
PAGES = {
    "title-classed cards": "<main>" + "".join(
        f"<div class='card'><h3 class='card-title'><a href='/papers/{n}'>A paper title number {n}</a></h3>"
        f"<p class='authors'>Jane Doe, John Smith</p><p>{ABSTRACT}</p></div>" for n in range(PAPERS)
    ) + "</main>",
    "list links": "<ul>" + "".join(f"<li><a href='/papers/{n}'>A paper title number {n}</a></li>" for n in range(PAPERS)) + "</ul>",
    "arXiv-style results": "<ol>" + "".join(
        f"<li class='arxiv-result'><p class='list-title'><a href='https://arxiv.org/abs/2401.{n:05d}'>arXiv:2401.{n:05d}</a></p>"
        f"<p class='title is-5'>A paper title number {n}</p><p class='authors'><a href='/a/1'>Jane Doe</a>, <a href='/a/2'>John Smith</a></p>"
        f"<span class='abstract-full'>{ABSTRACT}</span></li>" for n in range(PAPERS)
    ) + "</ol>",
}  # fmt: skip


def timed(html: str) -> tuple[float, str]:
    started = time.perf_counter()
    try:
        found = f"{len(parse_digest('https://example.org/page', html=html).papers):,} papers"
    except Exception as error:  # noqa: BLE001 - a refused page is a result here
        found = type(error).__name__
    return time.perf_counter() - started, found


if __name__ == "__main__":
    print(f"checkout: {ROOT}\n\n| page | size (MB) | read | parse (ms, best of 3) |\n|---|---:|---|---:|")
    for name, html in PAGES.items():
        runs = [timed(html) for _ in range(3)]
        print(f"| {name} | {len(html) / 1e6:.1f} | {runs[0][1]} | {min(seconds for seconds, _ in runs) * 1000:.0f} |")
