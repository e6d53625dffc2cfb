"""Issue #2 experiment: models over `match_features.FEATURES` alone (no rules, no vetoes), trained on the
train splits of DBLP-ACM, DBLP-Scholar and Dirty DBLP-ACM, scored on their valid splits beside the rules
alone — to compare model families. What ships is the rules plus a logistic regression
(`make train-matcher`).

Needs scikit-learn for the gradient-boosted variant (training only; not a product dependency).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import msgspec
import numpy as np

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from backend.domain.matching import _by_rules, pair_features  # noqa: E402
from backend.domain.models import Paper  # noqa: E402
from tests.bench.dblp_acm import load  # noqa: E402
from tests.bench.train_matcher import fit  # noqa: E402

DATASETS = ("dblp-acm", "dblp-scholar", "dirty-dblp-acm")


def matrix(split: str, dataset: str):
    rows, labels, papers = [], [], []
    for left, right, label in load(split, dataset):
        left, right = msgspec.convert(left, Paper), msgspec.convert(right, Paper)
        rows.append(pair_features(left, right))
        labels.append(label)
        papers.append((left, right))
    return np.array(rows), np.array(labels), papers


def fit_logistic(x, y):
    """The shipped fit (tests/bench/train_matcher.py), every pair weighing the same, as a predictor."""
    mean, scale, weights, bias = fit(x, y.astype(float), np.ones(len(y)))
    return lambda rows: 1 / (1 + np.exp(-(((rows - mean) / scale) @ weights + bias)))


def f1(predicted, labels) -> float:
    tp = int((predicted & (labels == 1)).sum())
    wrong = int((predicted != (labels == 1)).sum())
    return 200 * tp / (2 * tp + wrong) if tp else 0.0


def main() -> None:
    started = time.perf_counter()
    train = [matrix("train", d) for d in DATASETS]
    valid = {d: matrix("valid", d) for d in DATASETS}
    x, y = np.vstack([t[0] for t in train]), np.concatenate([t[1] for t in train])
    models = {"logistic regression": fit_logistic(x, y)}
    try:
        from sklearn.ensemble import GradientBoostingClassifier

        boosted = GradientBoostingClassifier(n_estimators=200, max_depth=3, subsample=0.8, random_state=0).fit(x, y)
        models["gradient boosting (200 × depth 3)"] = lambda rows: boosted.predict_proba(rows)[:, 1]
    except ImportError:
        pass
    print(f"features of {len(y):,} train pairs and the valid splits in {time.perf_counter() - started:.1f} s\n")
    print("| model | threshold | " + " | ".join(f"{d} valid F1" for d in DATASETS) + " |")
    print("|---|---:|" + "---:|" * len(DATASETS))
    rules = [f1(np.array([_by_rules(l, r).verdict == "same" for l, r in valid[d][2]]), valid[d][1]) for d in DATASETS]
    print("| current rules | – | " + " | ".join(f"{v:.2f}" for v in rules) + " |")
    for name, predict in models.items():
        for threshold in (0.5, 0.7):
            row = [f1(predict(valid[d][0]) >= threshold, valid[d][1]) for d in DATASETS]
            print(f"| {name} | {threshold} | " + " | ".join(f"{v:.2f}" for v in row) + " |")


if __name__ == "__main__":
    main()
