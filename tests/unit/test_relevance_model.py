"""The relevance model's weighing of the papers a user was shown (numpy only: no encoder, no Redis)."""

from __future__ import annotations

import numpy as np

from workers.nlp.relevance_model import page_weights


def unit(rows) -> np.ndarray:
    rows = np.asarray(rows, dtype=np.float32)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def test_a_seen_paper_like_the_page_weighs_more_than_one_of_another_field():
    page = unit([[1, 0.1, 0], [1, -0.1, 0], [0.9, 0, 0.2]])
    seen = unit([[1, 0.05, 0.05], [0, 0, 1], [0, 1, 0]])  # like the page; two of other fields
    weights = page_weights(seen, page)
    assert weights[0] > 5 * weights[1] and weights[0] > 5 * weights[2]
    assert np.isclose(weights.mean(), 1.0)  # the seen papers weigh as much in total as unweighted


def test_a_seen_paper_is_not_like_the_page_for_being_on_it():
    on_page, other, another = [1, 0, 0], [0, 1, 0], [0, 0, 1]
    page = unit([on_page, other, another])
    seen = unit([on_page, [-0.8, 0.1, 0.59]])  # this page's papers are recorded as seen before the model is fitted
    weights = page_weights(seen, page)
    # Its own copy on the page would make the first the most like it (0.5 against 0.35); the other two say 0.
    assert weights[0] < weights[1]


def test_without_a_page_every_seen_paper_weighs_alike():
    seen = unit([[1, 0, 0], [0, 1, 0]])
    assert page_weights(seen, None).tolist() == [1.0, 1.0]
    assert page_weights(seen, np.zeros((0, 3), dtype=np.float32)).tolist() == [1.0, 1.0]
    assert page_weights(np.zeros((0, 3), dtype=np.float32), seen).shape == (0,)
