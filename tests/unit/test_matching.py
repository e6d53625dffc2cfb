"""Library matching: identifiers, then titles guarded by authors and year; duplicates within a page."""

from __future__ import annotations

import pytest

from backend.domain.identity import arxiv_id_from_doi, normalise_arxiv_id, normalise_doi
from backend.domain.matching import LibraryIndex, digest_duplicates, normalise_title
from backend.domain.models import Paper

LIBRARY = LibraryIndex(
    [
        ("fewshot", Paper(title="Language Models are Few-Shot Learners", authors=("Tom B. Brown",), year=2020)),
        ("flan", Paper(title="Finetuned Language Models Are Zero-Shot Learners", authors=("Jason Wei",))),
        ("dpo", Paper(title=r"Direct Preference Optimization: Your Language Model is Secretly a Reward Model")),
        ("bert", Paper(title="{BERT}: Pre-training of Deep Bidirectional Transformers for Language Understanding",
                       authors=("Devlin, Jacob", "Chang, Ming-Wei"), year=2019, doi="10.18653/v1/N19-1423")),
        ("lora", Paper(title="LoRA: Low-Rank Adaptation of Large Language Models", arxiv_id="arXiv:2106.09685v2")),
        ("unlearn", Paper(title="Knowledge Unlearning for LLMs: Tasks, Methods, and Challenges")),
    ]
)


@pytest.mark.parametrize(
    "title",
    [
        "Large Language Models are Zero-Shot Reasoners",
        "Language Models are Few-Shot Reasoners",
        "Large Language Model Unlearning via Embedding-Corrupted Prompts",
        "Direct Preference Optimization",
        "Language Models are Few-Shot Learners 2",
    ],
)
def test_different_papers_with_similar_titles_do_not_match(title):
    assert LIBRARY.match(Paper(title=title)) is None


@pytest.mark.parametrize(
    ("paper", "library_item_id", "basis"),
    [
        (Paper(title="direct preference optimization -- your language model is secretly a reward model"), "dpo", "title"),
        (Paper(title="BERT: Pretraining of Deep Bidirectional Transformers for Language Understanding",
               authors=("Jacob Devlin",), year=2018), "bert", "title"),
        (Paper(title="Something else entirely", doi="https://doi.org/10.18653/V1/N19-1423"), "bert", "doi"),
        (Paper(title="LoRA", link="https://arxiv.org/pdf/2106.09685v1"), "lora", "arxiv_id"),
        (Paper(title="LoRA", doi="10.48550/arXiv.2106.09685"), "lora", "arxiv_id"),
        (Paper(title="Knowledge Unlearning for LLMs: Tasks, Methods and Challenge"), "unlearn", "title"),
    ],
)
def test_the_same_paper_in_another_form_matches(paper, library_item_id, basis):
    match = LIBRARY.match(paper)
    assert match is not None
    assert (match.library_item_id, match.basis) == (library_item_id, basis)


def test_fuzzy_title_score_is_below_one_and_exact_is_one():
    assert LIBRARY.match(Paper(title="Knowledge Unlearning for LLMs: Tasks, Methods and Challenge")).score < 1
    assert LIBRARY.match(Paper(title="LANGUAGE MODELS ARE FEW-SHOT LEARNERS")).score == 1.0


def test_authors_and_year_guard_title_matches():
    same_title_other_people = Paper(title="Language Models are Few-Shot Learners", authors=("Ada Lovelace",))
    same_title_other_decade = Paper(title="Language Models are Few-Shot Learners", year=2031)
    assert LIBRARY.match(same_title_other_people) is None
    assert LIBRARY.match(same_title_other_decade) is None


def test_normalise_title_handles_latex_accents_and_punctuation():
    assert normalise_title(r"Caf\'e {\"U}ber \emph{Deep} Nets: {BERT}!") == "cafe uber deep nets bert"
    assert normalise_title("Café Über—deep") == "cafe uber deep"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("arXiv:2305.18290v2", "2305.18290"),
        ("https://arxiv.org/abs/2305.18290v3", "2305.18290"),
        ("https://arxiv.org/html/2305.18290", "2305.18290"),
        ("https://huggingface.co/papers/2407.21783", "2407.21783"),
        ("https://arxiv.org/pdf/hep-th/9901001v1", "hep-th/9901001"),
        ("math.gt/0309136", "math.GT/0309136"),
        ("not an id", None),
    ],
)
def test_arxiv_ids(value, expected):
    assert normalise_arxiv_id(value) == expected


def test_dois():
    assert normalise_doi("https://doi.org/10.1145/3290605.3300233.") == "10.1145/3290605.3300233"
    assert arxiv_id_from_doi("10.48550/ARXIV.2305.18290") == "2305.18290"


def test_digest_duplicates_by_title_and_by_id():
    items = [
        ("0", Paper(title="Attention Is All You Need")),
        ("1", Paper(title="Something else", arxiv_id="1706.03762")),
        ("2", Paper(title="Attention is all you need!", arxiv_id="1706.03762v5")),
        ("3", Paper(title="Unrelated")),
    ]
    pairs = digest_duplicates(items)
    assert set(pairs) == {("0", "1"), ("1", "0"), ("2", "0")}
