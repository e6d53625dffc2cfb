"""Visible text of a digest page: a title line, then the paper's abstract, again and again.

Header and chrome lines ("Subscribe", a date, "byAK and the research community") are short lines
that no abstract follows, so they are not taken for papers.
"""

from __future__ import annotations

import re

from backend.domain.digests._text import squash
from backend.domain.models import Paper

MAX_TITLE_CHARS = 300
MIN_TITLE_WORDS = 2
MIN_ABSTRACT_CHARS = 200


def _paragraphs(text: str) -> list[str]:
    """Blank-line separated blocks; a block whose first line is short and rest is prose is split in two."""
    blocks = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n")):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        if len(lines) > 1 and _is_title(lines[0]) and len(" ".join(lines[1:])) >= MIN_ABSTRACT_CHARS:
            blocks += [lines[0], squash(" ".join(lines[1:]))]
        else:
            blocks.append(squash(" ".join(lines)))
    return blocks


def _is_title(line: str) -> bool:
    return len(line) <= MAX_TITLE_CHARS and len(line.split()) >= MIN_TITLE_WORDS and not line.endswith(".")


def _is_abstract(block: str) -> bool:
    return len(block) >= MIN_ABSTRACT_CHARS


def parse(text: str) -> list[Paper]:
    blocks = _paragraphs(text)
    papers = []
    for title, following in zip(blocks, blocks[1:]):
        if _is_title(title) and not _is_abstract(title) and _is_abstract(following):
            papers.append(Paper(title=title, abstract=following))
    return papers
