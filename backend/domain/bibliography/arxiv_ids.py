"""Plain lists of arXiv ids or links, one a line."""

from __future__ import annotations

from backend.domain.bibliography.entries import ParsedBibliography, Rejected, add_entry
from backend.domain.identity import normalise_arxiv_id


def parse(text: str) -> ParsedBibliography:
    """One arXiv id or URL a line; the title stays a placeholder until enrichment fetches the metadata."""
    result = ParsedBibliography()
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        arxiv_id = normalise_arxiv_id(line)
        if arxiv_id is None:
            result.rejected.append(Rejected(number, f"not an arXiv id: {line[:80]!r}"))
            continue
        add_entry(result, number, {"title": f"arXiv:{arxiv_id}", "arxiv_id": arxiv_id, "url": f"https://arxiv.org/abs/{arxiv_id}"})
    return result
