"""Does a relevance score of 0.5 mean the same for every user? The calibration (`relevance_model.CALIBRATION`)
fitted and checked across the sizes a user's data grows through: the libraries of relevance_other_data.py (three
real ones and 300 DBLP titles) cut to 1, 2, 4, 8, 20 and 60 items or kept whole, mixed into its four pages, with
0, 600 or 1,700 more papers of other fields seen (paperlens keeps the last 2,000). Per signal ("few" under
MIN_LIBRARY items, "model" from there), a Platt fit of the label on the raw score and the library's log size.

    .venv/bin/python tests/bench/experiments/relevance_calibration.py

Prints the fit, then per library size and seen count the share of the user's papers on those pages beside the
mean score paperlens gives (they should match) and the log loss, for the calibration in use; then each library
predicted by a fit on the other three; then, beyond the sizes fitted, a database library of ~2,500 DBLP titles
(DBLP-ACM and DBLP-Scholar train and valid) cut to 300 and 1,000 items or whole; and pages where more or fewer
of the papers are the user's than the one in 16 fitted on. About a minute.
"""

from __future__ import annotations

import math
import random
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from tests.bench import bench_relevance  # noqa: E402
from tests.bench.dblp_acm import load  # noqa: E402
from tests.bench.experiments import relevance_other_data  # noqa: E402
from workers.nlp import relevance_model  # noqa: E402

SIZES = {"few": (1, 2, 4), "model": (8, 20, 60, None)}  # None: the whole library (less the held-out fifth)
MORE_SEEN = {"few": (0,), "model": (0, 600, 1700)}


def held_out_pages(libraries, pages, one_in: int | None = None):
    """(library name, fold, the rest of the library, page, labels, the other pages' titles): a fifth of each
    library held out in turn, its first five mixed into each page (or, with `one_in`, as many as make about one
    paper in `one_in` the user's)."""
    for library_name, titles in libraries.items():
        shuffled = titles[:]
        random.Random(7).shuffle(shuffled)
        folds = [shuffled[i :: bench_relevance.FOLDS] for i in range(bench_relevance.FOLDS)]
        for page_name, page_titles in pages.items():
            others = [title for name, other in pages.items() if name != page_name for title in other]
            held = max(1, round(len(page_titles) / (one_in - 1))) if one_in else bench_relevance.PER_PAGE
            for fold in range(bench_relevance.FOLDS):
                kept = [title for other in range(bench_relevance.FOLDS) if other != fold for title in folds[other]]
                page = page_titles + folds[fold][:held]
                labels = np.array([0] * len(page_titles) + [1] * held)
                yield library_name, fold, kept, page, labels, others


def samples(libraries, pages, other_fields, sizes=SIZES, more_seen=MORE_SEEN):
    """(signal, library name, library size, more seen, raw scores, labels): one per library, page, fold, size."""
    embed = bench_relevance.Embeddings([t for titles in [*libraries.values(), *pages.values(), other_fields] for t in titles])
    for signal, cuts in sizes.items():
        for library_name, fold, kept, page, labels, others in held_out_pages(libraries, pages):
            for size in cuts:
                library = random.Random(fold * 100 + (size or 0)).sample(kept, min(size or len(kept), len(kept)))
                for more in more_seen[signal]:
                    shown = [*other_fields[:more], *others, *page]
                    model = relevance_model.fit(relevance_model.LibraryPart.of(embed(library), library), embed(shown), shown, embed([]), [], embed(page))
                    assert model.signal == signal
                    raw = np.array([scored.raw for scored in model.score(embed(page), page)])
                    yield signal, library_name, len(library), more, raw, labels


def fit(samples) -> tuple[float, float, float]:
    """(slope, intercept, per log item): logistic regression of the label on the raw score and -ln(library size)."""
    features = np.vstack([np.stack([raw, np.ones_like(raw), np.full_like(raw, -math.log(size))], axis=1) for _, _, size, _, raw, _ in samples])
    labels = np.concatenate([labels for *_, labels in samples]).astype(float)
    return tuple(float(w) for w in bench_relevance.fit_logistic(features, labels))


def scores(samples, calibration) -> tuple[np.ndarray, np.ndarray]:
    probability = np.concatenate([relevance_model.calibrated(raw, size, calibration) for _, _, size, _, raw, _ in samples])
    return probability, np.concatenate([labels for *_, labels in samples]).astype(float)


def main() -> None:
    libraries, pages, in_no_library = relevance_other_data.data()
    everything = list(samples(libraries, pages, in_no_library[: max(MORE_SEEN['model'])]))
    for signal in SIZES:
        chosen = [s for s in everything if s[0] == signal]
        in_use = relevance_model.CALIBRATION[signal]
        print(f"\n{signal}: fitted (slope, intercept, per log item) = ({', '.join(f'{w:.2f}' for w in fit(chosen))}); in use {in_use}\n")
        print("| library size | more seen | share of the user's papers | mean score | log loss |")
        print("|---|---:|---:|---:|---:|")
        cells: dict[tuple[float, int], list] = {}  # (library size, inf for the whole library; more seen) -> samples
        for sample in chosen:
            size, more = sample[2], sample[3]
            cells.setdefault((size if size <= 60 else math.inf, more), []).append(sample)
        for (size, more), cell in sorted(cells.items()):
            probability, labels = scores(cell, in_use)
            print(f"| {'whole' if size == math.inf else size} | {more} | {labels.mean():.3f} | {probability.mean():.3f} | {bench_relevance.log_loss(probability, labels):.4f} |")
        print("\n| library | log loss, calibration in use | log loss, fitted on the other libraries |")
        print("|---|---:|---:|")
        for library in dict.fromkeys(s[1] for s in chosen):
            held = [s for s in chosen if s[1] == library]
            others = fit([s for s in chosen if s[1] != library])
            print(f"| {library} | {bench_relevance.log_loss(*scores(held, in_use)):.4f} | {bench_relevance.log_loss(*scores(held, others)):.4f} |")
    beyond(pages)
    other_shares()


def other_shares() -> None:
    """The calibration in use where the user's papers are a smaller or larger share of the page than the one in
    16 it was fitted on (the bench's libraries and pages, whole libraries less the held-out fifth)."""
    libraries, pages = bench_relevance.libraries(), bench_relevance.pages()
    embed = bench_relevance.Embeddings([t for titles in [*libraries.values(), *pages.values()] for t in titles])
    print("\nPages where a different share of the papers is the user's (the odds assume one in 16)\n")
    print("| about one paper in | share of the user's papers | mean score |")
    print("|---:|---:|---:|")
    for one_in in (48, 16, 6):
        scores, labels = [], []
        for _, _, library, page, page_labels, others in held_out_pages(libraries, pages, one_in):
            shown = [*others, *page]
            model = relevance_model.fit(relevance_model.LibraryPart.of(embed(library), library), embed(shown), shown, embed([]), [], embed(page))
            scores += [scored.score for scored in model.score(embed(page), page)]
            labels += page_labels.tolist()
        print(f"| {one_in} | {np.mean(labels):.3f} | {np.mean(scores):.3f} |")


def beyond(pages) -> None:
    """The calibration in use on a library larger than any it was fitted on."""
    titles = sorted({left["title"] for name in ("dblp-acm", "dblp-scholar") for split in ("train", "valid") for left, _, _ in load(split, name)})
    random.Random(3).shuffle(titles)
    larger = list(samples({"DBLP": titles}, pages, [], sizes={"model": (300, 1000, None)}, more_seen={"model": (0,)}))
    print(f"\nBeyond the sizes fitted: a database library of {len(titles):,} DBLP titles, cut or whole (a fifth held out)\n")
    print("| library size | share of the user's papers | mean score | log loss |")
    print("|---|---:|---:|---:|")
    for size in (300, 1000, None):
        cell = [s for s in larger if s[2] == size or (size is None and s[2] > 1000)]
        probability, labels = scores(cell, relevance_model.CALIBRATION["model"])
        print(f"| {size or 'whole'} | {labels.mean():.3f} | {probability.mean():.3f} | {bench_relevance.log_loss(probability, labels):.4f} |")


if __name__ == "__main__":
    main()
