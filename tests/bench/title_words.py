"""`make title-words`: writes backend/domain/digests/title_words.txt, reproducibly.

The words that paper titles use and people's names do not: a short bold or italic line of capitalised words is read
as a name ("Jane Smith") unless two of its words, half of them or more, are such words ("Visual Instruction Tuning",
"Scaling Laws"). Words of four letters or more in the titles of three or more records of DBLP-ACM, DBLP-Scholar,
Dirty DBLP-ACM and Inspec (../shared/bench, every split: titles, never labels), less every word of an author's name
in DBLP-ACM, whose names are clean. The shared libraries' and pages' titles and authors are kept out, to check it
on (tests/unit/test_digests.py).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from backend.domain.digests.paper_fields import TITLE_WORDS_FILE  # noqa: E402
from tests.bench.dblp_acm import BENCH, FILES, load  # noqa: E402

MIN_TITLES = 3
MIN_LETTERS = 4
_WORD = re.compile(r"[a-z]+")


def title_words() -> list[str]:
    in_titles: Counter = Counter()
    in_names: set[str] = set()
    for dataset, splits in FILES.items():
        for split in splits:
            for left, right, _ in load(split, dataset):
                for record in (left, right):
                    in_titles.update(set(_WORD.findall(record["title"].lower())))
                    if dataset == "dblp-acm":
                        in_names.update(word for name in record.get("authors", ()) for word in _WORD.findall(name.lower()))
    for line in (BENCH / "inspec" / "inspec_test500.jsonl").read_text().splitlines():
        in_titles.update(set(_WORD.findall(json.loads(line)["title"].lower())))
    return sorted(word for word, count in in_titles.items() if count >= MIN_TITLES and len(word) >= MIN_LETTERS and word not in in_names)


def main() -> None:
    words = title_words()
    TITLE_WORDS_FILE.write_text("\n".join(words) + "\n")
    print(f"wrote {TITLE_WORDS_FILE.relative_to(ROOT)}: {len(words):,} words")


if __name__ == "__main__":
    main()
