"""`make title-words`: writes backend/domain/digests/title_words.txt, reproducibly.

The words that paper titles use and people's names do not: a short bold or italic line of capitalised words is read
as a name ("Jane Smith") unless two of its words, half of them or more, are such words ("Visual Instruction Tuning",
"Scaling Laws"). Words of four letters or more in three or more distinct clean titles in ../shared/bench (DBLP's and
ACM's records of every split, Inspec's; not Scholar's or the dirty set's, whose titles hold authors' names), less
every word of every author field there. The shared libraries' and pages' titles and authors are kept out, to check
it on (tests/unit/test_digests.py).
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from backend.domain.digests.paper_fields import TITLE_WORDS_FILE  # noqa: E402
from tests.bench.dblp_acm import BENCH, FILES, load  # noqa: E402

MIN_TITLES = 3
MIN_LETTERS = 4
_WORD = re.compile(r"[a-z]+")


def _words(text: str) -> list[str]:
    """Lower-case words without accents ("Agnès" is "agnes", not "agn" and "s")."""
    folded = unicodedata.normalize("NFKD", text.lower())
    return _WORD.findall("".join(char for char in folded if not unicodedata.combining(char)))


def title_words() -> list[str]:
    titles: set[tuple[str, ...]] = set()  # each title once: a record recurs across pairs and splits
    in_names: set[str] = set()
    for dataset, splits in FILES.items():
        for split in splits:
            for left, right, _ in load(split, dataset):
                for side, record in (("DBLP", left), (dataset, right)):
                    if side in ("DBLP", "dblp-acm"):  # clean titles: Scholar's and the dirty set's hold names
                        titles.add(tuple(_words(record["title"])))
                    in_names.update(word for name in record.get("authors", ()) for word in _words(name))
    for line in (BENCH / "inspec" / "inspec_test500.jsonl").read_text().splitlines():
        titles.add(tuple(_words(json.loads(line)["title"])))
    in_titles = Counter(word for title in titles for word in set(title))
    return sorted(word for word, count in in_titles.items() if count >= MIN_TITLES and len(word) >= MIN_LETTERS and word not in in_names)


def main() -> None:
    words = title_words()
    TITLE_WORDS_FILE.write_text("\n".join(words) + "\n")
    print(f"wrote {TITLE_WORDS_FILE.relative_to(ROOT)}: {len(words):,} words")


if __name__ == "__main__":
    main()
