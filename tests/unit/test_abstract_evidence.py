"""A paper renamed between versions is found by its abstract: the same text by the same people is one paper.

The records are a real researcher's Zotero export (../shared/fixtures/library-zotero-export.bib), which holds one
work under three titles ("Analyzing structural priors in multi-agent communication", twice; "Exploring Structural
Inductive Biases in Emergent Communication"), a workshop paper under its arXiv title, and two arXiv records of one
text.
"""

from __future__ import annotations

from itertools import combinations

import msgspec

from backend.domain import abstracts
from backend.domain.duplicates import duplicate_groups, library_duplicates
from backend.domain.match_index import LibraryIndex
from backend.domain.matching import compare
from tests.support import zotero_export, zotero_record as record

ANALYZING = "Analyzing structural priors in multi-agent communication"
EXPLORING = "Exploring Structural Inductive Biases in Emergent Communication"


def test_a_renamed_paper_is_one_paper_by_its_abstract_and_authors():
    verdict = compare(record(ANALYZING), record(EXPLORING))
    assert (verdict.verdict, verdict.basis) == ("same", "abstract")
    assert verdict.reasons == ("the abstracts agree (100% of their phrases)", "authors agree (100%)", "titles differ (69/100)")
    # The titles alone: two papers, as before.
    bare = compare(msgspec.structs.replace(record(ANALYZING), abstract=None), record(EXPLORING))
    assert bare.verdict == "different"


def test_a_workshop_paper_under_its_arxiv_title_is_one_paper():
    # arXiv 1910.11424 and the RepL4NLP 2020 paper (a DOI): the identifiers are of two kinds, not in conflict.
    verdict = compare(
        record("Capacity, Bandwidth, and Compositionality in Emergent Language Learning"),
        record("Compositionality and Capacity in Emergent Languages"),
    )
    assert verdict.verdict == "same" and verdict.reasons[0] == "the abstracts agree (80% of their phrases)"


def test_two_arxiv_records_of_one_text_are_worth_a_look_not_one_item():
    verdict = compare(
        record("Zero-Shot Generalization using Intrinsically Motivated Compositional Emergent Protocols"),
        record("Infinite use of finite means: Zero-Shot Generalization using Compositional Emergent Protocols"),
    )
    assert verdict.verdict == "possible"
    assert verdict.reasons[0] == "different arXiv ids (2105.05069 / 2012.05011)"
    assert "the abstracts agree (96% of their phrases)" in verdict.reasons


def test_papers_on_one_topic_do_not_share_an_abstract():
    # Every pair of the export's abstracts (most of them on emergent communication): the only pairs that agree
    # are records of one work.
    one_work = {
        frozenset((ANALYZING, EXPLORING)),
        frozenset(("Capacity, Bandwidth, and Compositionality in Emergent Language Learning", "Compositionality and Capacity in Emergent Languages")),
        frozenset(("Zero-Shot Generalization using Intrinsically Motivated Compositional Emergent Protocols",
                   "Infinite use of finite means: Zero-Shot Generalization using Compositional Emergent Protocols")),
    }  # fmt: skip
    with_abstracts = [item for item in zotero_export() if abstracts.readable(item.abstract)]
    assert len(with_abstracts) > 140
    agreeing = {
        frozenset((a.title, b.title))
        for a, b in combinations(with_abstracts, 2)
        if a.title.lower() != b.title.lower() and abstracts.shared(a.abstract, b.abstract) >= abstracts.AGREE
    }
    assert agreeing - one_work <= {  # and records of one work with nearly one title
        frozenset(("Expressivity of Emergent Language is a Trade-off between Contextual Complexity and Unpredictability",
                   "Expressivity of Emergent Languages is a Trade-off between Contextual Complexity and Unpredictability")),
        frozenset(("Exploring Structural Inductive Biases in Emergent Communication", "Structural Inductive Biases in Emergent Communication")),
    }  # fmt: skip
    assert one_work <= agreeing


def test_an_abstract_without_authors_on_one_side_is_worth_a_look():
    # A digest's text gives a title and an abstract, no authors (the Hugging Face daily page): the paper saved under
    # its first title is not vouched one paper by anyone, but one text under two titles is worth a look.
    analyzing, exploring = record(ANALYZING), record(EXPLORING)
    verdict = compare(msgspec.structs.replace(analyzing, authors=()), exploring)
    assert verdict.verdict == "possible"
    assert verdict.reasons[-2:] == ("the abstracts agree (100% of their phrases)", "no authors on one side to say who wrote it")
    # The titles alone, as before: two papers.
    assert compare(msgspec.structs.replace(analyzing, authors=(), abstract=None), exploring).verdict == "different"


def test_an_abstract_without_the_same_people_vouches_for_nothing():
    analyzing, exploring = record(ANALYZING), record(EXPLORING)
    # Other people: an abstract pasted into the wrong record.
    others = ("Ada Lovelace", "Charles Babbage", "Alan Turing")
    assert compare(msgspec.structs.replace(analyzing, authors=others), exploring).verdict == "different"
    # A short abstract is a note, not evidence.
    note = "Graph referential games for emergent communication."
    assert compare(msgspec.structs.replace(analyzing, abstract=note), msgspec.structs.replace(exploring, abstract=note)).verdict == "different"


def test_titles_that_name_two_works_keep_them_two_whatever_the_abstract():
    analyzing = record(ANALYZING)
    for left, right in [
        (f"{ANALYZING} (Part I)", f"{ANALYZING} (Part II)"),
        (ANALYZING, f"{ANALYZING}: Supplementary Material"),
        (ANALYZING, f"Erratum: {ANALYZING}"),
    ]:
        verdict = compare(msgspec.structs.replace(analyzing, title=left), msgspec.structs.replace(analyzing, title=right))
        assert verdict.verdict == "possible", (left, right, verdict)
        assert "the abstracts agree (100% of their phrases)" in verdict.reasons
    # Years further apart than a preprint precedes its publication: a later version, worth a look.
    later = compare(msgspec.structs.replace(analyzing, year=2020), msgspec.structs.replace(record(EXPLORING), year=2024, venue="A Journal"))
    assert later.verdict == "possible"


def test_the_index_finds_a_renamed_paper_by_its_abstract():
    library = [item for item in zotero_export() if item.title != ANALYZING]
    index = LibraryIndex((item.id, item.as_paper()) for item in library)
    match = index.match(record(ANALYZING))
    assert match is not None and match.title == EXPLORING and match.verdict.verdict == "same"


def test_the_sweep_groups_a_renamed_paper_with_its_other_records():
    items = list(zotero_export())
    groups = duplicate_groups(library_duplicates(items), {item.id: item.added_at for item in items})
    titles = {item.id: item.title for item in items}
    renamed = [group for group in groups if group.verdict == "same" and EXPLORING in {titles[i] for i in group.item_ids}]
    assert renamed and {ANALYZING, EXPLORING} <= {titles[i] for i in renamed[0].item_ids}
