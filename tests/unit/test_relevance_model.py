"""The relevance model's weighing of the papers a user was shown (numpy only: no encoder, no Redis)."""

from __future__ import annotations

import numpy as np

from workers.nlp.relevance_model import LibraryPart, fit, page_weights


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


def topic(rng, direction, count) -> np.ndarray:
    """Papers of one topic: cosine about 0.35 to its direction and 0.12 to each other."""
    return unit(direction + 2.5 * rng.standard_normal((count, len(direction))) / np.sqrt(len(direction)))


def test_scores_do_not_grow_as_the_user_is_shown_more_papers_of_other_fields():
    rng = np.random.default_rng(0)
    mine, theirs, far = unit(rng.standard_normal((3, 64)))
    library = topic(rng, mine, 30)
    library_titles = [f"graph networks for molecule property {i}" for i in range(30)]
    page = np.vstack([topic(rng, mine, 5), topic(rng, theirs, 35)])
    page_titles = [f"graph networks for crystal {i}" for i in range(5)] + [f"speech recognition corpus {i}" for i in range(35)]
    weeks_later = topic(rng, far, 1500)  # paperlens keeps the last 2,000 papers a user was shown
    later_titles = [f"quantum spin chain lattice {i}" for i in range(1500)]
    nothing = np.zeros((0, 64), dtype=np.float32)

    def scores(seen, seen_titles):
        model = fit(LibraryPart.of(library, library_titles), seen, seen_titles, nothing, [], page)
        return np.array([scored.score for scored in model.score(page, page_titles)])

    first_day = scores(page, page_titles)
    later = scores(np.vstack([weeks_later, page]), later_titles + page_titles)
    assert first_day[:5].min() > first_day[5:].max() and later[:5].min() > later[5:].max()  # the same ranking
    # Word rates' ratios carried log(seen / library) for every word: after 1,500 more papers the page was said to
    # hold 18 points more of the user's papers (0.74 -> 1.00 for one of them).
    assert abs(later.mean() - first_day.mean()) < 0.05 and np.abs(later - first_day).max() < 0.25, (first_day.round(2), later.round(2))


def test_a_library_part_updated_by_the_rows_that_changed_is_the_part_built_anew():
    rng = np.random.default_rng(1)
    words = "graph neural networks language models speech legal german retrieval vision".split()
    titles = [" ".join(rng.choice(words, 4)) for _ in range(40)]
    ids = [f"item-{i}" for i in range(40)]
    vectors = unit(rng.standard_normal((40, 16)))
    before = LibraryPart.of(vectors, titles, ids)
    # a save, a deletion and a title edited (its embedding too), rows in another order
    titles_now, ids_now = [*titles[1:], "sparse mixture of experts"], [*ids[1:], "item-new"]
    vectors_now = np.vstack([vectors[1:], unit(rng.standard_normal((1, 16)))])
    titles_now[5], vectors_now[5] = "a title edited", unit(rng.standard_normal((1, 16)))[0]
    order = rng.permutation(len(ids_now))
    vectors_now, titles_now, ids_now = vectors_now[order], [titles_now[i] for i in order], [ids_now[i] for i in order]

    updated, anew = before.updated(vectors_now, titles_now, ids_now), LibraryPart.of(vectors_now, titles_now, ids_now)
    assert np.allclose(updated.gram, anew.gram, atol=1e-12) and np.allclose(updated.sums, anew.sums, atol=1e-12)
    assert +updated.terms == anew.terms  # (+ drops the terms counted down to zero)
    assert before.terms == LibraryPart.of(vectors, titles, ids).terms  # the last version's part is left as it was
    seen, page = unit(rng.standard_normal((30, 16))), vectors_now[:5]
    scores = [fit(part, seen, titles[:30], seen[:0], [], page).score(page, titles_now[:5]) for part in (updated, anew)]
    assert np.allclose([s.raw for s in scores[0]], [s.raw for s in scores[1]], atol=1e-9)


def test_a_new_user_who_passed_over_much_of_their_own_field_still_sees_it_first():
    # Six papers saved, 1,500 of the same field shown and not saved (a new user reading their field's listings):
    # fitted on so little, the learned parts say "not this field" more than "like these six". They count in
    # proportion to the library's size (LEARNED_HALF), so the nearest library item still ranks the user's field
    # above another's on a page that mixes both.
    nothing = np.zeros((0, 64), dtype=np.float32)
    ranked_above = []
    for seed in range(5):
        rng = np.random.default_rng(seed)
        mine, theirs = unit(rng.standard_normal((2, 64)))
        library, passed_over = topic(rng, mine, 6), topic(rng, mine, 1500)
        page = np.vstack([topic(rng, mine, 5), topic(rng, theirs, 35)])
        page_titles = [f"graph networks for crystal {i}" for i in range(5)] + [f"speech recognition corpus {i}" for i in range(35)]
        seen_titles = [f"graph networks for protein docking {i}" for i in range(1500)] + page_titles
        part = LibraryPart.of(library, [f"graph networks for molecule property {i}" for i in range(6)])
        scores = np.array([s.score for s in fit(part, np.vstack([passed_over, page]), seen_titles, nothing, [], page).score(page, page_titles)])
        ranked_above += [(scores[i] > scores[5:]).mean() for i in range(5)]  # the share of the other field each outranks
    assert np.mean(ranked_above) > 0.65  # 0.51, a coin's toss, when the learned parts counted in full


def test_before_there_is_a_library_a_dismissal_lowers_its_look_alikes_and_nothing_else():
    empty = LibraryPart.of(np.zeros((0, 3), dtype=np.float32), [])
    dismissed = unit([[1, 0, 0]])
    page = unit([[1, 0.2, 0], [0.6, 0.8, 0], [0, 0, 1]])  # nearly the dismissed paper, rather like it, unlike it
    titles = ["unlearning in llms", "unlearning, revisited", "galaxy clusters"]
    assert fit(empty, np.zeros((0, 3), dtype=np.float32), [], np.zeros((0, 3), dtype=np.float32), [], page).signal == "none"

    model = fit(empty, np.zeros((0, 3), dtype=np.float32), [], dismissed, ["approximate unlearning in llms"], page)
    assert model.signal == "dismissals"
    scored = model.score(page, titles)
    scores = [paper.score for paper in scored]
    assert scores[0] < 0.2 < scores[1] < scores[2] == 0.5  # the near copy low enough to dim; the unlike one unknown
    assert [paper.unlike for paper in scored] == ["approximate unlearning in llms"] * 2 + [None]  # what pulled them down

    # With a library the look-alike is named too.
    library = LibraryPart.of(unit([[0.1, 1, 0.1 * n] for n in range(6)]), [f"galaxy survey {n}" for n in range(6)])
    model = fit(library, unit([[0, 0, 1], [0.5, 0.5, 0.5]]), ["a", "b"], dismissed, ["approximate unlearning in llms"], page)
    assert model.signal == "model" and model.score(page, titles)[0].unlike == "approximate unlearning in llms"
