"""Importing a bibliography into a library: parse, merge duplicates, write once.

Used by the API (small uploads, answered at once), the import task (large uploads) and the CLI.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from backend.domain.bibliography import BibliographyError, ParsedBibliography, parse_bibliography
from backend.domain.library import Importer, ImportReport
from backend.store import LibraryStore
from backend.store.library import Conflict

SYNC_IMPORT_MAX_ENTRIES = 1_000  # more than this runs as a Celery task with progress
# A larger file is not read on the request path at all (a real .bib of 270 KiB reads in 0.15-0.3 s, BibTeX dense
# with braces at ~1.5 s a MiB), and the API must answer.
SYNC_IMPORT_MAX_BYTES = 512 * 1024
# Nor one with more LaTeX than this for the parser (5-15 µs a character: at most ~1 s); accents, dashes and the
# like are read by a table and do not count. The real libraries of 270 KiB have 6,700 and 12,400 such characters.
SYNC_IMPORT_LATEX_CHARS = 64_000
PROGRESS_EVERY = 250
MAX_ATTEMPTS = 5  # concurrent writes to the same library: re-read and merge again


def library_full(count: int, adding: int, cap: int) -> str | None:
    """Why `adding` entries do not fit in a library of `count` items (None: they do), for the API and the worker."""
    if count + adding <= cap:
        return None
    return f"library full: at most {cap:,} items per user (delete some, or ask for a higher limit)"


def read_upload(fmt: str, text: str, latex_budget: int | None = None) -> ParsedBibliography:
    """Parse an upload; one that yields no entry at all is refused as a whole (and nothing is written)."""
    parsed = parse_bibliography(fmt, text, latex_budget)
    if not parsed.entries:
        reasons = "; ".join(f"line {r.line}: {r.reason}" for r in parsed.rejected[:5])
        raise BibliographyError(f"no {fmt} entries could be read" + (f" ({reasons})" if reasons else ""))
    return parsed


def import_parsed(
    library: LibraryStore,
    owner: str,
    parsed: ParsedBibliography,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Merge parsed entries into the owner's library in one write."""
    for _ in range(MAX_ATTEMPTS):
        importer = Importer(library.items(owner), library.new_id, time.time())
        importer.report.rejected += [{"line": r.line, "reason": r.reason} for r in parsed.rejected]
        total = len(parsed.entries)
        for done, entry in enumerate(parsed.entries, start=1):
            importer.add(entry)
            if progress and (done % PROGRESS_EVERY == 0 or done == total):
                progress(done, total)
        try:
            library.write(owner, importer.writes())
            return importer.report
        except Conflict:
            continue  # someone else wrote an item we merged into meanwhile: merge against the new library
    raise RuntimeError("the library kept changing during the import; try again")
