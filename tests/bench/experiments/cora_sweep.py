"""Issue #2 experiment: the duplicate sweep on real citation-set records, the kind the issue measured ("a classic
citation-deduplication set, via the duplicate sweep: pairwise F1 after transitive closure"). Rows of Cora as HPI's
cora.csv writes them (`cora_rows.py`: lower case, no punctuation, names run together, the year in `date`), read
through the CSV importer as `paperlens duplicates` reads them. Pairwise F1 of: the sweep's `same` groups; the
transitive closure of the matcher's own `same` pairs (before the sweep keeps groups apart); title-only rapidfuzz
(token_sort_ratio over the titles, closed transitively) at its best threshold, chosen on these rows.

    .venv/bin/python tests/bench/experiments/cora_sweep.py [<checkout>]
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

ROOT = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
sys.path.insert(1, str(Path(__file__).resolve().parent))

from cora_rows import ACROSS_CHUNKS, CASCOR, HPI_CHUNKS, ROWS, cluster, cluster_in, hpi_csv, record_id  # noqa: E402
from rapidfuzz import fuzz, utils  # noqa: E402

from backend.domain.bibliography import parse_bibliography  # noqa: E402
from backend.domain.duplicates import library_duplicates, duplicate_groups, JOINS_TWO_ITEMS, JOINS_GROUPS_THAT_DIFFER  # noqa: E402
from backend.domain.library import new_item  # noqa: E402


def closed(pairs, ids) -> set[frozenset]:
    parent = {item: item for item in ids}

    def find(item):
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    for first, second in pairs:
        parent[find(first)] = find(second)
    groups: dict[str, list] = {}
    for item in ids:
        groups.setdefault(find(item), []).append(item)
    return {frozenset(pair) for group in groups.values() for pair in itertools.combinations(group, 2)}


def f1(found: set, gold: set) -> float:
    right = len(found & gold)
    precision, recall = right / len(found) if found else 0.0, right / len(gold) if gold else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def row(name: str, csv_text: str, label) -> str:
    entries = parse_bibliography("csv", csv_text).entries
    items = [new_item(f"r{entry.line:04d}", entry.item, n) for n, entry in enumerate(entries)]
    ids = [item.id for item in items]
    gold = {frozenset((a, b)) for a, b in itertools.combinations(ids, 2) if label(a) == label(b)}
    pairs = library_duplicates(items)
    groups = duplicate_groups(pairs, {item.id: item.added_at for item in items})
    in_groups = {frozenset(pair) for group in groups if group.verdict == "same" for pair in itertools.combinations(group.item_ids, 2)}
    kept_apart = (JOINS_TWO_ITEMS, JOINS_GROUPS_THAT_DIFFER)
    own = [p.item_ids for p in pairs if p.verdict == "same" or any(r.startswith(kept_apart) for r in p.reasons)]
    titles = {item.id: item.title for item in items}
    title_only = max(
        (f1(closed([(a, b) for a, b in itertools.combinations(ids, 2) if fuzz.token_sort_ratio(titles[a], titles[b], processor=utils.default_process) >= t], ids), gold), t)
        for t in range(70, 100, 5)
    )
    return f"| {name} | {len(items)} | {f1(in_groups, gold):.3f} | {f1(closed(own, ids), gold):.3f} | {title_only[0]:.3f} (≥ {title_only[1]}) |"


JOINED_FROM = 1278  # the chunks from here to Cora's last record leave no gap between them


def main() -> None:
    header = "authors;booktitle;date;journal;title"
    records = "\n".join([header, *(";".join([a, b, d, j, t]) for _, a, b, j, d, t in ROWS)]) + "\n"
    cascor = "\n".join([header, *(";".join([a, b, d, "", t]) for a, b, d, t in CASCOR)]) + "\n"
    print("| rows | records | sweep's `same` groups | matcher's `same` pairs, closed | title-only rapidfuzz, closed |")
    print("|---|---:|---:|---:|---:|")
    print(row("Cora 1-145", records, lambda item_id: cluster(int(item_id[1:]) - 1)))
    print(row("Cascade-Correlation", cascor, lambda item_id: 0))
    # Every column as HPI ships it; the first record is on line 2.
    for rows, clusters in HPI_CHUNKS:
        ids = [record_id(line) for line in rows.strip().split("\n")]
        label = lambda item_id, first=ids[0], clusters=clusters: cluster_in(clusters, int(item_id[1:]) + first - 2)  # noqa: E731
        print(row(f"Cora {ids[0]}-{ids[-1]} (held out)", hpi_csv(rows), label))
    # The last four chunks are contiguous: read as one library, papers of one author meet across them.
    joined = [(rows, clusters) for rows, clusters in HPI_CHUNKS if record_id(rows.strip()) >= JOINED_FROM]
    clusters = [[*members, *(r for r, there in ACROSS_CHUNKS.items() if there in members)] for _, cs in joined for members in cs]
    label = lambda item_id: cluster_in(clusters, int(item_id[1:]) + JOINED_FROM - 2)  # noqa: E731
    print(row(f"Cora {JOINED_FROM}-1879 as one library (held out)", hpi_csv("\n".join(rows.strip("\n") for rows, _ in joined)), label))


if __name__ == "__main__":
    main()
