"""Keyphrase candidates and selection (no model needed)."""

from __future__ import annotations

from workers.nlp.keyphrases import _select, candidates, canonical_tags, stem_key

DPO = (
    "Direct Preference Optimization: Your Language Model is Secretly a Reward Model. Existing methods fine-tune the "
    "unsupervised LM to align with these preferences, often with reinforcement learning from human feedback (RLHF). "
    "The resulting algorithm, which we call Direct Preference Optimization (DPO), is stable. TinyStories texts improves "
    "results; we introduce TinyStories, a Mixture-of-Experts (MoE) model."
)


def phrases(text: str) -> set[str]:
    return {c.phrase for c in candidates(text)}


def test_candidates_do_not_cross_clauses_or_start_with_verbs():
    found = phrases(DPO)
    for bad in ("preferences reinforcement", "texts improves", "introduce tinystories", "additionally prompt"):
        assert bad not in {p.lower() for p in found}
    assert "reinforcement learning" in found and "human feedback" in found


def test_names_and_acronyms_are_candidates():
    found = phrases(DPO)
    assert {"DPO", "RLHF", "TinyStories", "MoE"} <= found
    assert "Direct Preference Optimization" in found


def test_phrases_are_taken_from_the_end_of_a_run():
    found = phrases("We study large language models.")
    assert {"large language models", "language models"} <= found
    assert "large language" not in found


def test_selection_merges_inflections_and_contained_phrases():
    scored = [
        (0.9, "language models"),
        (0.85, "language model"),
        (0.8, "natural language processing"),
        (0.7, "language processing"),
        (0.6, "models"),
        (0.5, "reward model"),
    ]
    assert [k.phrase for k in _select(scored, 5)] == ["language models", "natural language processing", "reward model"]


def test_user_tags_give_their_spelling():
    canonical = canonical_tags(["LLMs", "Reinforcement Learning"])
    assert canonical[stem_key("reinforcement learning")] == "Reinforcement Learning"


def test_verbs_from_the_lexicon_end_a_phrase_and_a_phrase_ends_in_a_noun():
    found = phrases("Methods gaining steerability mitigate human labels of relative quality.")
    assert "human labels" in found and "relative quality" in found and "steerability" in found
    assert not any("gaining" in p or "mitigate" in p for p in found)  # verbs only, by the lexicon
    found = phrases("The accuracy of classifiers trained on scarce labelled data remains comparable.")
    assert "classifiers" in found and not any(p.endswith("trained") for p in found)
    assert "scarce labelled data" in found  # an "-ed" form still modifies a noun


def test_a_whole_run_is_a_candidate_up_to_six_words():
    found = phrases("The adaptive robust state feedback controller is obtained.")
    assert "adaptive robust state feedback controller" in found  # five words: the run itself
    assert "state feedback controller" in found  # and its ends
    assert "adaptive robust state feedback" not in found  # not a piece that stops before the head


def test_tokens_keep_their_digits_and_addresses_are_never_candidates():
    text = (
        "We track 3D scene changes with GPT-4 and Llama-3.1 quantised to 4-bit weights. Code: "
        "https://github.com/yonghongzhang-io/ARGUS, mail jane.doe@example.org or see argus-project.io/docs. "
        "The label marginals p(d) shift; F1 rises by 3.5 points on 2 datasets."
    )
    phrases = {c.phrase for c in candidates(text)}
    assert {"3D scene changes", "GPT-4", "4-bit weights", "F1"} <= phrases
    assert any("Llama-3.1" in p.split() for p in phrases)  # one word, version and all
    assert not any(p.startswith("D ") or "github" in p or "com" in p.split() or "ARGUS" in p or "example" in p for p in phrases)
    assert not any(len(word) == 1 and word.islower() for p in phrases for word in p.split())  # "p", "d"
    assert not any(word[0].isdigit() and word.replace(".", "").isdigit() for p in phrases for word in p.split())  # 3.5, 2
