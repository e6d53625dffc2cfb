"""`make bench-relevance`: does paperlens put the papers a user would save at the top of a real page?

Tasks from real data in ../shared/fixtures: three libraries (a researcher's Zotero BibTeX export, a research
group's publication list, a graphics researcher's Zotero database) and three pages (a Hugging Face daily
page, an arXiv astro-ph mailing, the Hugging Face page of 2024-08-01). For each library and page, five folds:
a fifth of the library is held out, and every five held-out items (up to 20 pages a fold) are mixed into the page (a few papers that
matter among a day's); the rest of the library is what the user has. Every method ranks the page knowing the
same things: the library's titles, and the titles of the papers the user has been shown (the other two pages
and this one), none of them labelled. Reported: ROC AUC, precision@5 and nDCG@10, mean over the pages built.

Methods, in the same run: paperlens (`workers/nlp/relevance_model.py`); arxiv-sanity-lite's (tf-idf of the
title, unigrams and bigrams, a linear SVM of the library against every other paper shown, as its `svm_rank`
does); and nearest-neighbour cosine to the library (what the `related` annotation uses). Then 10 clicks:
for one page per task, the user dismisses the 5 highest-ranked papers that are not theirs and saves 5 more
of their held-out papers, and the page is ranked again. Then the cost: fitting and scoring against a 10k library.

Other libraries and pages run the same method: `make bench-relevance ARGS="--library my.bib --page today.html"`
(libraries: .bib, .ris, .enw, EndNote .xml, .nbib, CSL .json, .csv or a Zotero .sqlite; pages: a saved page's .html or its text, .txt; each
flag repeats, and replaces the fixtures of its kind).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from backend.domain.bibliography import FORMAT_BY_SUFFIX  # noqa: E402
from backend.domain.digests import PageRejected, parse_digest  # noqa: E402
from tests.support import SHARED_FIXTURES, library_items, shared_pages  # noqa: E402
from workers.nlp import relevance_model  # noqa: E402

FOLDS = 5
PER_PAGE = 5
# At most this many pages a fold: the shared libraries make 4-19, a library of 5,000 items would make 200 (a run of
# half an hour); its other held-out items stay out of the library all the same.
PAGES_PER_FOLD = 20




def library_titles(path: Path) -> list[str]:
    """The distinct titles of a library file: a Zotero database or an export in a format paperlens imports."""
    if path.suffix.lower() != ".sqlite" and path.suffix.lower() not in FORMAT_BY_SUFFIX:
        raise SystemExit(f"{path}: a library is a .sqlite (Zotero) or one of {', '.join(FORMAT_BY_SUFFIX)}")
    return list(dict.fromkeys(item.title for item in library_items(path) if item.title))


def page_titles(path: Path) -> list[str]:
    """The titles paperlens reads on a saved page (.html) or on its visible text (anything else)."""
    content = path.read_text()
    try:
        digest = parse_digest("", html=content) if path.suffix.lower() in (".html", ".htm") else parse_digest("", text=content)
    except PageRejected as refused:  # as the API answers it (422): too deep, or more papers than a digest holds
        raise SystemExit(f"{path}: paperlens refuses this page: {refused}") from None
    return [paper.title for paper in digest.papers]


def libraries(paths: list[Path] | None = None) -> dict[str, list[str]]:
    if paths:
        return {f"{path.name} ({len(titles)})": titles for path in paths for titles in [library_titles(path)]}
    return {
        "Zotero export (169)": library_titles(SHARED_FIXTURES / "library-zotero-export.bib"),
        "group publications (498)": library_titles(SHARED_FIXTURES / "library-group-publications.bib"),
        "graphics Zotero db (106)": library_titles(SHARED_FIXTURES / "zotero" / "graphics-library.zotero.sqlite"),
    }


def pages(paths: list[Path] | None = None) -> dict[str, list[str]]:
    if paths:
        return {path.name: page_titles(path) for path in paths}
    return {name: [paper.title for paper in digest.papers] for name, digest in shared_pages().items()}


class Embeddings:
    def __init__(self, titles: list[str]) -> None:
        from workers.nlp.model import encoder

        unique = sorted(set(titles))
        self.runtime = encoder().runtime
        self._rows = dict(zip(unique, encoder().embed(unique)))

    def __call__(self, titles: list[str]) -> np.ndarray:
        return np.stack([self._rows[title] for title in titles]) if titles else np.zeros((0, 384), dtype=np.float32)


def paperlens(embed, library, shown, page, dismissed=()) -> np.ndarray:
    part = relevance_model.LibraryPart.of(embed(library), library)
    model = relevance_model.fit(part, embed(shown), shown, embed(list(dismissed)), list(dismissed), embed(page))
    return np.array([s.raw for s in model.score(embed(page), page)])


def nearest_neighbour(embed, library, shown, page, dismissed=()) -> np.ndarray:
    return (embed(page) @ embed(library).T).max(axis=1)


def arxiv_sanity(embed, library, shown, page, dismissed=()) -> np.ndarray:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.svm import LinearSVC

    negatives = shown + list(dismissed)
    vectorizer = TfidfVectorizer(ngram_range=(1, 2), max_features=20_000, sublinear_tf=True, stop_words="english")
    features = vectorizer.fit_transform(library + negatives)
    # Seeded: liblinear shuffles its data, and the table moved by 0.001 from one run to the next.
    svm = LinearSVC(class_weight="balanced", C=0.1, max_iter=20_000, random_state=0)
    svm.fit(features, [1] * len(library) + [0] * len(negatives))
    return svm.decision_function(vectorizer.transform(page))


METHODS = {"paperlens": paperlens, "arxiv-sanity-lite (tf-idf SVM)": arxiv_sanity, "nearest neighbour (cosine)": nearest_neighbour}


def auc(scores: np.ndarray, labels: np.ndarray) -> float:
    ranks = scores.argsort().argsort() + 1.0
    positives = labels.sum()
    return float((ranks[labels == 1].sum() - positives * (positives + 1) / 2) / (positives * (len(labels) - positives)))


def ranking_metrics(scores: np.ndarray, labels: np.ndarray) -> tuple[float, float, float]:
    ranked = labels[np.argsort(-scores, kind="stable")]
    gains = ranked[:10] / np.log2(np.arange(2, min(10, len(ranked)) + 2))
    ideal = np.sort(labels)[::-1][:10] / np.log2(np.arange(2, min(10, len(labels)) + 2))
    return auc(scores, labels), float(ranked[:5].mean()), float(gains.sum() / ideal.sum())


def tasks(libs: dict[str, list[str]], digests: dict[str, list[str]], seen_before: list[str] = ()):
    """(library name, page name, fold, the user's library, held-out items, page titles, labels, shown titles)."""
    rng = random.Random(7)
    for library_name, titles in libs.items():
        shuffled = titles[:]
        rng.shuffle(shuffled)
        folds = [shuffled[i::FOLDS] for i in range(FOLDS)]
        for page_name, page_titles in digests.items():
            others = [title for name, other in digests.items() if name != page_name for title in other]
            for fold in range(FOLDS):
                library = [title for other in range(FOLDS) if other != fold for title in folds[other]]
                held = folds[fold]
                for start in range(0, min(len(held) - PER_PAGE + 1, PER_PAGE * PAGES_PER_FOLD), PER_PAGE):
                    page = page_titles + held[start : start + PER_PAGE]
                    labels = np.array([0] * len(page_titles) + [1] * PER_PAGE)
                    rest = held[:start] + held[start + PER_PAGE :]
                    yield library_name, page_name, fold, library, rest, page, labels, [*seen_before, *others, *page]


def fit_logistic(features: np.ndarray, labels: np.ndarray, offset: np.ndarray | float = 0.0) -> np.ndarray:
    """Logistic regression of the label on the features (rows), plus a fixed offset to the log-odds: Newton's
    method, each step halved until the likelihood improves (a full step from zero can overshoot)."""

    def loss(weights: np.ndarray) -> float:
        logits = features @ weights + offset
        return float(np.sum(np.logaddexp(0.0, logits) - labels * logits))

    weights = np.zeros(features.shape[1])
    for _ in range(100):
        p = np.exp(-np.logaddexp(0.0, -(features @ weights + offset)))
        hessian = (features * (p * (1 - p))[:, None]).T @ features + 1e-9 * np.eye(len(weights))
        step = np.linalg.solve(hessian, features.T @ (p - labels))
        while loss(weights - step) > loss(weights) and np.abs(step).max() > 1e-12:
            step /= 2
        weights -= step
    return weights


def fit_calibration(raw: np.ndarray, labels: np.ndarray, sizes: np.ndarray) -> tuple[float, float, float]:
    """Platt scaling of the raw scores of users with libraries of `sizes` items: the slope and intercept, with
    the library size's term in use (these tasks have a few library sizes only; relevance_calibration.py fits it)."""
    per_log_item = relevance_model.CALIBRATION["model"][2]
    slope, intercept = fit_logistic(np.stack([raw, np.ones_like(raw)], axis=1), labels, -per_log_item * np.log(sizes))
    return float(slope), float(intercept), per_log_item


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--library", type=Path, action="append", help="a library file (repeat for more)")
    parser.add_argument("--page", type=Path, action="append", help="a saved page, .html or its text (repeat for more)")
    args = parser.parse_args()
    libs, digests = libraries(args.library), pages(args.page)
    for name, titles in libs.items():
        if len(titles) < FOLDS * PER_PAGE:
            raise SystemExit(f"{name}: a library needs {FOLDS * PER_PAGE} titles or more ({FOLDS} folds of {PER_PAGE} held out)")
    for name, titles in digests.items():
        if not titles:
            raise SystemExit(f"{name}: paperlens reads no papers on this page")
    report(libs, digests)
    cost()


def report(libs: dict[str, list[str]], digests: dict[str, list[str]], seen_before: list[str] = ()) -> None:
    """The ranking table, the calibration and the 10 clicks, for every library mixed into every page
    (`seen_before`: titles the user was shown before these pages, on top of them)."""
    embed = Embeddings([t for titles in [*libs.values(), *digests.values(), seen_before] for t in titles])
    results: dict[tuple[str, str], dict[str, list]] = {}
    clicks: dict[tuple[str, str], list] = {}
    calibration: dict[str, tuple[list, list, list]] = {}  # library -> paperlens' raw scores, the labels, library sizes
    for library_name, page_name, fold, library, rest, page, labels, shown in tasks(libs, digests, seen_before):
        scores = {name: method(embed, library, shown, page) for name, method in METHODS.items()}
        for name, value in scores.items():
            results.setdefault((library_name, page_name), {}).setdefault(name, []).append(ranking_metrics(value, labels))
        raw, labelled, sizes = calibration.setdefault(library_name, ([], [], []))
        raw.extend(scores["paperlens"])
        labelled.extend(labels)
        sizes.extend([len(library)] * len(labels))
        key = (library_name, page_name)
        if key not in clicks and len(rest) >= PER_PAGE:
            # 10 clicks on this page: the 5 best-ranked papers that are not the user's dismissed, 5 more saved.
            order = np.argsort(-scores["paperlens"])
            dismissed = [page[i] for i in order if labels[i] == 0][:PER_PAGE]
            after = paperlens(embed, library + rest[:PER_PAGE], shown, page, dismissed)
            probability = [relevance_model.calibrated(scores["paperlens"], len(library)), relevance_model.calibrated(after, len(library) + PER_PAGE)]
            others = np.array([labels[i] == 0 and page[i] not in dismissed for i in range(len(page))])
            clicks[key] = [
                ranking_metrics(scores["paperlens"], labels), ranking_metrics(after, labels),
                float(np.mean([probability[0][page.index(t)] for t in dismissed])), float(np.mean([probability[1][page.index(t)] for t in dismissed])),
                float(np.mean(probability[0][labels == 1])), float(np.mean(probability[1][labels == 1])),
                float(np.mean(probability[0][others])), float(np.mean(probability[1][others])),
            ]  # fmt: skip

    print(f"\nRelevance on real libraries and pages ({embed.runtime}); AUC / P@5 / nDCG@10, mean over {FOLDS} folds of pages\n")
    print("| library | page | " + " | ".join(METHODS) + " | paperlens best on AUC and P@5 |")
    print("|---|---|" + "---:|" * len(METHODS) + "---|")
    wins = 0
    for (library_name, page_name), by_method in results.items():
        means = {name: np.mean(values, axis=0) for name, values in by_method.items()}
        ours = means["paperlens"]
        best = above(ours, [m for name, m in means.items() if name != "paperlens"])
        ties = all(ours[0] >= m[0] and ours[1] >= m[1] for name, m in means.items() if name != "paperlens")
        wins += best
        cells = " | ".join("{:.3f} / {:.2f} / {:.3f}".format(*means[name]) for name in METHODS)
        print(f"| {library_name} | {page_name} | {cells} | {'yes' if best else 'tie' if ties else 'no'} |")
    print(f"\npaperlens above both baselines on AUC and P@5 in {wins} of {len(results)} tasks")

    report_calibration(calibration)

    print("\n10 clicks: the 5 best-ranked papers that are not the user's dismissed, 5 held-out papers saved (one page per task)\n")
    print("| library | page | AUC before → after | P@5 before → after | dismissed papers' score | the user's papers' score | other papers' score |")
    print("|---|---|---|---|---|---|---|")
    for (library_name, page_name), (before, after, d0, d1, u0, u1, o0, o1) in clicks.items():
        print(f"| {library_name} | {page_name} | {before[0]:.3f} → {after[0]:.3f} | {before[1]:.2f} → {after[1]:.2f} "
              f"| {d0:.2f} → {d1:.2f} | {u0:.2f} → {u1:.2f} | {o0:.2f} → {o1:.2f} |")  # fmt: skip


def above(ours: np.ndarray, others: list[np.ndarray]) -> bool:
    """Above every other method on both AUC and precision@5 (means of `ranking_metrics`): the bench's bar."""
    return all(ours[0] > other[0] and ours[1] > other[1] for other in others)


def report_calibration(calibration: dict[str, tuple[list, list, list]]) -> None:
    """The Platt fit on these tasks beside the one in use, and how well each predicts a library it was not
    fitted on (log loss of its probabilities; lower is better): what "0.5" is worth for a user not measured."""
    in_use = relevance_model.CALIBRATION["model"]
    slope, intercept, _ = fit_calibration(*_pooled(calibration))
    print(f"Platt calibration of paperlens' score on these tasks: slope {slope:.2f}, intercept {intercept:.2f} "
          f"(in use: {in_use[0]:.2f}, {in_use[1]:.2f}; less {in_use[2]:.2f} x ln(library size))")  # fmt: skip
    if len(calibration) < 2:
        return
    print("\n| library | share of the user's papers | mean score | log loss, calibration in use | log loss, fitted on the other libraries |")
    print("|---|---:|---:|---:|---:|")
    for held in calibration:
        raw, labels, sizes = _pooled(calibration, only=held)
        probability = relevance_model.calibrated(raw, sizes, in_use)
        left_out = relevance_model.calibrated(raw, sizes, fit_calibration(*_pooled(calibration, without=held)))
        print(f"| {held} | {labels.mean():.3f} | {probability.mean():.3f} | {log_loss(probability, labels):.4f} | {log_loss(left_out, labels):.4f} |")


def _pooled(calibration: dict[str, tuple[list, list, list]], without: str | None = None, only: str | None = None) -> tuple[np.ndarray, ...]:
    kept = [value for name, value in calibration.items() if name != without and only in (None, name)]
    return tuple(np.concatenate([value[i] for value in kept]).astype(float) for i in range(3))


def log_loss(probability: np.ndarray, labels: np.ndarray) -> float:
    probability = np.clip(probability, 1e-6, 1 - 1e-6)
    return float(-np.mean(labels * np.log(probability) + (1 - labels) * np.log(1 - probability)))


def cost(sizes: tuple[int, ...] = (10_000, 100_000)) -> None:
    """What the model stage adds to a digest, for libraries of `sizes` items and 2,000 seen papers: the first
    page (the library's part built, its titles read); every next page, naive (the whole fit again, as every page
    did before the part was kept) and with the part reused; a save (the part for the new version, rebuilt or
    updated by the one row, then the fit); scoring 79 papers. Best of 3, but the first page."""
    print("\nCost of the model stage, 2,000 seen papers, a page of 79 (ms; best of 3 but the first page)\n")
    print("| library | first page | next page, naive | next page, part reused | ratio "
          "| after a save, part rebuilt | after a save, part updated | ratio | scoring 79 papers |")  # fmt: skip
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size in sizes:
        rng = np.random.default_rng(3)
        library = rng.standard_normal((size + 1, 384)).astype(np.float32)
        library /= np.linalg.norm(library, axis=1, keepdims=True)
        seen, page = library[:2_000] * -1, library[:79]
        titles = [f"paper {i % 1013} about topic {i % 500} and method {i % 37} on data {i % 7919}, part {i}" for i in range(size + 1)]
        ids = [str(i) for i in range(size + 1)]
        relevance_model.title_terms.cache_clear()

        def best(work, runs: int = 3) -> tuple[float, object]:
            times, result = [], None
            for _ in range(runs):
                started = time.perf_counter()
                result = work()
                times.append((time.perf_counter() - started) * 1000)
            return min(times), result

        def page_fit(part):
            return relevance_model.fit(part, seen, titles[:2_000], seen[:0], [], page)

        def whole(count: int):
            return relevance_model.LibraryPart.of(library[:count], titles[:count], ids[:count])

        first, (part, model) = best(lambda: (part := whole(size), page_fit(part)), runs=1)
        naive, _ = best(lambda: page_fit(whole(size)))
        reused, _ = best(lambda: page_fit(part))
        rebuilt, _ = best(lambda: page_fit(whole(size + 1)))
        updated, _ = best(lambda: page_fit(part.updated(library, titles, ids)))
        scored, _ = best(lambda: model.score(page, titles[:79]))
        print(f"| {size:,} | {first:.0f} | {naive:.0f} | {reused:.0f} | {naive / reused:.0f}× "
              f"| {rebuilt:.0f} | {updated:.0f} | {rebuilt / updated:.0f}× | {scored:.0f} |")  # fmt: skip


if __name__ == "__main__":
    main()
