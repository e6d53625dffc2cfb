"""`make bench-matching`: matching quality on DBLP-ACM, DBLP-Scholar and Dirty DBLP-ACM, and speed against 1k / 10k / 100k libraries.

Quality: every split goes through `paperlens match` (the CLI, as an outside user would call it). The
thresholds in backend/domain/matching.py were chosen on train + valid; the sweep over them is printed
for those splits only, and test is reported with the built-in values.
Speed: one digest (80 titles, the seed's 79 + one planted duplicate) against libraries of real titles
(DBLP-ACM, Inspec) padded with synthetic ones; ours (LibraryIndex, built once) vs a naive loop of
`process.extractOne` over all titles, in the same run.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import msgspec  # noqa: E402
from rapidfuzz import fuzz, process  # noqa: E402

import backend.domain.matching as matching  # noqa: E402
from backend.domain.match_index import LibraryIndex  # noqa: E402
from backend.domain.digests import parse_digest  # noqa: E402
from backend.domain.models import Paper  # noqa: E402
from tests.bench.bench_spine import library_titles  # noqa: E402
from tests.bench.dblp_acm import as_library, load, scores, write_jsonl  # noqa: E402
from tests.support import SHARED_FIXTURES  # noqa: E402


def cli_verdicts(pairs, workdir: Path) -> list[bool]:
    path = workdir / "pairs.jsonl"
    write_jsonl(pairs, path)
    out = subprocess.run(
        [sys.executable, "-m", "backend.cli", "match", str(path)], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return [json.loads(line)["same"] for line in out.stdout.splitlines()]


def sweep(splits) -> None:
    papers = {split: [(msgspec.convert(l, Paper), msgspec.convert(r, Paper), y) for l, r, y in load(split)] for split in splits}
    print("\nThreshold sweep on train and valid only (F1 %); built-in values marked *\n")
    print("| constant | value | train F1 | valid F1 |")
    print("|---|---:|---:|---:|")
    for name, values in (("TITLE_SAME", (88.0, 90.0, 92.0, 94.0, 96.0)), ("VOUCHED_TITLE", (80.0, 85.0, 88.0, 90.0, 92.0))):
        built_in = getattr(matching, name)
        for value in values:
            setattr(matching, name, value)
            row = []
            for split in splits:
                predicted = [matching.compare(l, r).verdict == "same" for l, r, _ in papers[split]]
                row.append(scores(predicted, [y for *_, y in papers[split]])["f1"] * 100)
            mark = "*" if value == built_in else ""
            print(f"| {name} | {value:g}{mark} | {row[0]:.2f} | {row[1]:.2f} |")
        setattr(matching, name, built_in)


def quality() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        print("\nDBLP-ACM through `paperlens match` (the rules and the learned model as shipped)\n")
        print("| split | pairs | matches | TP | FP | FN | precision | recall | F1 |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        for split in ("train", "valid", "test"):
            pairs = load(split)
            started = time.perf_counter()
            result = scores(cli_verdicts(pairs, Path(tmp)), [y for *_, y in pairs])
            elapsed = time.perf_counter() - started
            print(
                f"| {split} | {len(pairs):,} | {sum(y for *_, y in pairs):,} | {result['tp']} | {result['fp']} | {result['fn']} "
                f"| {result['precision'] * 100:.2f} | {result['recall'] * 100:.2f} | **{result['f1'] * 100:.2f}** |"
                f"  ({elapsed:.1f} s)"
            )
        print("\nPublished on test (trained on train): Magellan 98.4, DeepMatcher 98.4, Ditto 98.99.")
    index_recall()
    messy_sets()
    groups()
    real_libraries()
    sweep(("train", "valid"))


PUBLISHED = {  # F1 on each set's test split, trained on train (Ditto's paper and the benchmark's README)
    "dblp-acm": "Magellan 98.4, DeepMatcher 98.4, Ditto 98.99",
    "dblp-scholar": "Magellan 92.3, DeepMatcher 94.7, Ditto 95.60",
    "dirty-dblp-acm": "Magellan 91.9, Ditto 99.03",
}


def title_only_threshold(pairs) -> float:
    """The fuzz.ratio threshold on normalised titles with the best F1 on these (train) pairs."""
    ratios = [fuzz.ratio(matching.normalise_title(l["title"]), matching.normalise_title(r["title"]), processor=None) for l, r, _ in pairs]
    labels = [y for *_, y in pairs]
    return max(range(50, 101), key=lambda t: scores([r >= t for r in ratios], labels)["f1"])


def messy_sets() -> None:
    """All three sets, the messy ones included: paperlens as shipped, title-only rapidfuzz (its threshold
    chosen on the set's train split), published numbers; and what blocking lets through."""
    print("\nMessy records: paperlens (`compare`, as `paperlens match` runs it) against title-only rapidfuzz\n")
    print("| set | split | pairs | paperlens F1 (P / R) | title-only F1 (threshold from train) | published (test) |")
    print("|---|---|---:|---:|---:|---|")
    for dataset, split in (("dblp-acm", "test"), ("dblp-scholar", "valid"), ("dirty-dblp-acm", "valid")):
        pairs = load(split, dataset)
        labels = [y for *_, y in pairs]
        ours = scores([matching.compare(msgspec.convert(l, Paper), msgspec.convert(r, Paper)).verdict == "same" for l, r, _ in pairs], labels)
        threshold = title_only_threshold(load("train", dataset))
        ratios = [fuzz.ratio(matching.normalise_title(l["title"]), matching.normalise_title(r["title"]), processor=None) for l, r, _ in pairs]
        baseline = scores([r >= threshold for r in ratios], labels)
        print(
            f"| {dataset} | {split} | {len(pairs):,} | {ours['f1'] * 100:.2f} ({ours['precision'] * 100:.1f} / {ours['recall'] * 100:.1f}) "
            f"| {baseline['f1'] * 100:.2f} (≥ {threshold}) | {PUBLISHED[dataset]} |"
        )
    print("\nBlocking: each set's right-hand records as a library, each left record as a query (LibraryIndex.candidates)\n")
    print("| set | split | library | queries | pairs completeness | reduction ratio |")
    print("|---|---|---:|---:|---:|---:|")
    for dataset, split in (("dblp-acm", "test"), ("dblp-scholar", "valid"), ("dirty-dblp-acm", "valid")):
        pairs = [(msgspec.convert(l, Paper), msgspec.convert(r, Paper), y) for l, r, y in load(split, dataset)]
        library = {msgspec.json.encode(r).decode(): r for _, r, _ in pairs}
        index = LibraryIndex(library.items())
        queries = {msgspec.json.encode(l).decode(): l for l, _, _ in pairs}
        candidates = {key: index.candidates(q, matching.normalise_title(q.title)) for key, q in queries.items()}
        positives = [(msgspec.json.encode(l).decode(), msgspec.json.encode(r).decode()) for l, r, y in pairs if y]
        completeness = sum(right in candidates[left] for left, right in positives) / len(positives)
        compared = sum(len(found) for found in candidates.values())
        reduction = 1 - compared / (len(queries) * len(library))
        print(f"| {dataset} | {split} | {len(library):,} | {len(queries):,} | {completeness * 100:.1f}% | {reduction * 100:.2f}% |")


def index_recall() -> None:
    """The blocking index must not lose what compare() finds: each split's right-hand records as a
    library, each matching left record as a query. A pair counts as found when the index proposes its
    record among its `same` matches (Scholar holds several records of one paper: the best may be another)."""
    print("\nThrough the index (what digests, imports and the sweep run): matching pairs compare() calls same, and those LibraryIndex.matches finds\n")
    print("| set | split | library | matching pairs | compare() says same | index finds the pair |")
    print("|---|---|---:|---:|---:|---:|")
    for dataset, split in (("dblp-acm", "train"), ("dblp-acm", "valid"), ("dblp-acm", "test"), ("dblp-scholar", "valid"), ("dirty-dblp-acm", "valid")):
        pairs = [(msgspec.convert(l, Paper), msgspec.convert(r, Paper), y) for l, r, y in load(split, dataset)]
        library = {msgspec.json.encode(r).decode(): r for _, r, _ in pairs}
        index = LibraryIndex(library.items())
        same = [(l, r) for l, r, y in pairs if y and matching.compare(l, r).verdict == "same"]
        found = sum(
            msgspec.json.encode(r).decode() in {m.library_item_id for m in index.matches(l) if m.verdict.verdict == "same"}
            for l, r in same
        )
        print(f"| {dataset} | {split} | {len(library):,} | {sum(y for *_, y in pairs)} | {len(same)} | {found} ({found / len(same):.1%}) |")


def groups() -> None:
    """The duplicate sweep over every record of a split (both tables as one library), grouped as
    GET /v1/library/duplicates lists them. DBLP and ACM hold each paper once, so a pair of two DBLP (or two
    ACM) records inside a group certainly joins two papers; a labelled match inside a `same` group is right."""
    from backend.domain.duplicates import duplicate_groups, library_duplicates

    print("\nDuplicate groups: the sweep over each valid split's records as one library\n")
    print("| set | items | `same` groups (largest) | labelled matches in a `same` group | pairs in `same` groups certainly wrong | `possible` groups (largest) | pairs in `possible` groups certainly wrong |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for dataset in ("dblp-acm", "dblp-scholar", "dirty-dblp-acm"):
        items, labelled = as_library("valid", dataset)
        clean_sides = "L" if dataset == "dblp-scholar" else "LR"  # Scholar's own records repeat papers
        cells = []
        found = duplicate_groups(library_duplicates(items), {})
        for verdict in ("same", "possible"):
            chosen = [group for group in found if group.verdict == verdict]
            inside = {frozenset((a, b)) for group in chosen for a in group.item_ids for b in group.item_ids if a < b}
            wrong = sum(any(all(i.startswith(side) for i in pair) for side in clean_sides) for pair in inside)
            largest = max((len(group.item_ids) for group in chosen), default=0)
            cells.append(f"{len(chosen):,} ({largest})")
            if verdict == "same":
                cells.append(f"{len(labelled & inside)} of {len(labelled)}")
            cells.append(f"{wrong} of {len(inside):,}")
        print(f"| {dataset} | {len(items):,} | " + " | ".join(cells) + " |")


def real_libraries() -> None:
    """The duplicate sweep over the real libraries in ../shared/fixtures: what it finds, and what it finds by
    abstracts (a paper renamed between versions: `basis` abstract, or a `possible` pair whose abstracts agree)."""
    from backend.domain import abstracts
    from backend.domain.duplicates import library_duplicates
    from tests.support import library_items

    print("\nThe sweep over real libraries (unlabelled: every pair is listed by `GET /v1/library/duplicates` for a look)\n")
    print("| library | items | with an abstract | `same` pairs | of which by abstract | `possible` pairs | of which abstracts agree |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for path in ("library-zotero-export.bib", "library-group-publications.bib", "zotero/graphics-library.zotero.sqlite"):
        items = library_items(SHARED_FIXTURES / path)
        pairs = library_duplicates(list(items))
        cells = [len(items), sum(map(abstracts.readable, (item.abstract for item in items)))]
        for verdict in ("same", "possible"):
            chosen = [pair for pair in pairs if pair.verdict == verdict]
            cells += [len(chosen), sum(any(reason.startswith("the abstracts agree") for reason in pair.reasons) for pair in chosen)]
        print(f"| {path} | " + " | ".join(str(cell) for cell in cells) + " |")


def speed() -> None:
    seed = parse_digest("", text=(SHARED_FIXTURES / "hf-daily-papers.txt").read_text()).papers
    queries = [Paper(title=p.title) for p in seed] + [Paper(title="direct preference optimisation: your language model is secretly a reward model")]
    titles = library_titles(100_000)
    print("\nOne digest (80 titles) against a library; median of 5 runs; the index is built once, as the worker keeps it\n")
    print("| library | naive extractOne loop (ms) | paperlens index (ms) | ratio | index build (s) | peak memory while matching (MiB) | matches |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for size in (1_000, 10_000, 100_000):
        library = [(f"i{n}", Paper(title=t)) for n, t in enumerate(titles[: size - 1])] + [
            ("dpo", Paper(title=seed[0].title))
        ]
        normalised = [matching.normalise_title(p.title) for _, p in library]
        naive_runs = []
        for _ in range(3 if size == 100_000 else 5):
            started = time.perf_counter()
            for query in queries:
                process.extractOne(
                    matching.normalise_title(query.title), normalised, scorer=fuzz.ratio, processor=None,
                    score_cutoff=matching.TITLE_SAME,
                )  # fmt: skip
            naive_runs.append(time.perf_counter() - started)
        started = time.perf_counter()
        index = LibraryIndex(library)
        build = time.perf_counter() - started
        runs = []
        for _ in range(5):
            started = time.perf_counter()
            found = [index.same(query) for query in queries]
            runs.append(time.perf_counter() - started)
        tracemalloc.start()
        [index.same(query) for query in queries]
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        naive, ours = sorted(naive_runs)[len(naive_runs) // 2] * 1000, sorted(runs)[2] * 1000
        hits = sum(1 for f in found if f)
        print(f"| {size:,} | {naive:.1f} | {ours:.1f} | {naive / ours:.0f}× | {build:.2f} | {peak:.2f} | {hits} |")


if __name__ == "__main__":
    what = sys.argv[1:] or ["quality", "speed"]
    random.seed(7)
    if "quality" in what:
        quality()
    if "speed" in what:
        speed()
