"""Fields read from library sources and registries (Zotero `extra`, JATS abstracts, `Link` headers, BibTeX), and the
records the matcher compares (an upload's author lists, mangled titles), are handled in time linear in their size. A property, not a benchmark: 20× the input may cost at most 3 × 20×
the time (a quadratic scan costs ~400×)."""

from __future__ import annotations

import gc
import time

import pytest

from backend.domain.bibliography import parse_bibliography
from backend.domain.markup import without_markup
from backend.domain.names import names_in_bibtex_name, names_in_csv_cell, split_authors
from backend.domain.bibtex import _joined, _math_as_text, latex_by_table, mend, read_bibtex, tex_accents
from backend.domain.duplicates import _cohesive, duplicate_groups, library_duplicates, pair_id
from backend.domain.match_features import abbreviates, canonical_venue, venue_words
from backend.domain.match_index import LibraryIndex
from backend.domain.matching import _name_parts, _same_venue, compare, normalise_title
from backend.domain.metadata import _text
from backend.domain.identity import normalise_doi
from backend.domain.models import DuplicatePair, LibraryItem, Paper
from backend.domain.zotero import extra_identifiers
from backend.zotero_web import _NEXT

SHAPES = {
    "blank lines in extra": (lambda n: extra_identifiers(" \n" * n, ""), 2_000),
    "an EndNote abstract wrapped over thousands of lines": (lambda n: parse_bibliography("endnote", "%T t\n%X a\n" + "more words\n" * n), 2_000),
    "EndNote lines of percent signs and empty tags": (lambda n: parse_bibliography("endnote", "%T t\n" + "%%%% %\n%T\n%0\n" * n), 1_000),
    "a MEDLINE abstract wrapped over thousands of lines": (lambda n: parse_bibliography("medline", "PMID- 1\nTI  - t\nAB  - a\n" + "      more words\n" * n), 2_000),
    "Web of Science authors one a line, and tags that almost frame a file": (
        lambda n: parse_bibliography("wos", "PT J\nTI t\nAU a\n" + "   Author, A\n" * n + "ER\n" + "EFX\nTI  - \nER x\n" * n), 1_000
    ),
    "Web of Science tab-delimited: a row of tabs, a cell of semicolons, rows without titles": (
        lambda n: parse_bibliography("wos", "PT\tTI\tAU" + "\tX" * n + "\nJ\tt\t" + "A; " * n + "\t" * n + "\n" + "J\t\t\n" * n), 1_000
    ),
    "EndNote XML: records without titles, style runs, a long title": (
        lambda n: parse_bibliography("endnote", "<xml><records>" + "<record>\n<titles/></record>" * n
                                     + "<record><titles><title>" + "<style>a </style>" * n + "</title></titles></record></records></xml>"), 1_000
    ),
    "MEDLINE DOI markers and records without titles": (lambda n: parse_bibliography("medline", "LID - " + "10.10." * n + " [do\n" + "PMID- \nAB- x\n" * n), 1_000),
    "unclosed tags in an abstract": (lambda n: _text("<" * n + "<jats:x" * n), 2_000),
    "unclosed brackets in a Link header": (lambda n: _NEXT.search("<" * n), 2_000),
    "spaces in an author string (paperlens match)": (lambda n: split_authors("a" + " " * n + "an"), 2_000),
    "digits and versions in a bioRxiv DOI": (lambda n: (normalise_doi("10.1101/" + "1" * n + "x"), normalise_doi("10.1101/123456" + "v1" * n)), 2_000),
    "initials and blanks in a CSV author cell": (lambda n: (names_in_csv_cell(" A  " * n + ", B"), names_in_csv_cell("Li X, " * n)), 2_000),
    "names run together without punctuation": (lambda n: (split_authors("smith a " * n), names_in_csv_cell("a b " * n + "and c")), 2_000),
    "names in Chicago's style run together, and one with no surname at the end": (
        lambda n: (names_in_csv_cell("aha david w" + " dennis kibler marc k albert" * n), split_authors("aha david w" + " dennis kibler marc k" * n)), 2_000
    ),
    "a venue's initials against its words, and initials that almost are": (
        lambda n: (abbreviates(["ai"] * n, ["artificial", "intelligence"] * n), abbreviates(["abc" * n], ["a", "b", "c"] * n + ["x"])), 2_000
    ),
    "commas, semicolons and 'et al.' in a BibTeX name": (lambda n: names_in_bibtex_name("A B, C;, et al " * n), 2_000),
    "commas and spaces in a name, no 'et al.' after them": (lambda n: _read_name(", " * n + "x"), 2_000),
    "'et al.' over and over in a name": (lambda n: _read_name("et al " * n + "x"), 2_000),
    "at signs and braces inside a BibTeX value": (lambda n: mend("@article{k, title = {" + "a@{b} @ " * n), 2_000),
    "lines that almost start a BibTeX entry": (lambda n: mend("@article{k, title = {" + "\n  @article " * n), 2_000),
    "quotes and parentheses in a BibTeX entry": (lambda n: mend('@article(k, title = "' + '{"}) (' * n), 2_000),
    "inline math in a BibTeX value": (lambda n: _math_as_text("$\\alpha$ $\\mathcal{O}(n \\log n)$ 5$ " * n), 1_000),
    "a BibTeX value joined from thousands of parts": (lambda n: _joined(' # '.join(['{a}', 'x', '"b#{"}"'] * n), {"x": "y"}), 1_000),
    "accents, escapes, dashes and quotes in a BibTeX value": (lambda n: latex_by_table('M{\\"u}ller \\v s\\ss R\\&D -- ``q\'\' ' * n), 1_000),
    "a preamble silencing thousands of commands, a value using them": (
        lambda n: read_bibtex("@preamble{{" + "".join(f"\\newcommand{{\\{_name(i)}}}[1]{{}}" for i in range(n)) + "}}\n"
                              "@misc{k, title = {" + "".join(f"\\{_name(i)}{{a}} b " for i in range(n)) + "}}"),
        500,
    ),
    "long blanks inside a preamble's definitions": (lambda n: read_bibtex("@preamble{{\\newcommand{\\q" + " " * n + "x \\def\\r" + " #1" * n + "z}}"), 2_000),
    "tags never closed in an imported abstract": (lambda n: without_markup('<p  <jats:p a="1" b=\'<p  x' * n), 2_000),
    "accents, math, braces and unknown commands in a mailing's abstract": (lambda n: tex_accents("Alfv\\'en $x^{2}$ {\\\"o} 90{\\deg} ~{" * n), 1_000),
    "accents with nothing to go on after long blanks": (lambda n: latex_by_table(("\\\"" + " " * 40 + "\\c" + "\n" * 3) * n), 1_000),
}


def _name(number: int) -> str:
    """A command name of letters only, one for each number ("qa", "qb", …)."""
    return "q" + "".join(chr(ord("a") + int(digit)) for digit in str(number))


def _read_name(name: str) -> None:
    _name_parts.cache_clear()  # each run reads the name afresh
    _name_parts(name)


def _seconds(work, size: int) -> float:
    """The best of three timings of `work(size)`, the garbage collector paused: its passes are amortised
    linear, but they start somewhere between a small input and a large one and would read as growth (the
    keyphrase scan of 20k quoted letters: ×24 the time of 1k without them, ×57 with them)."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(3):
            runs, started = 0, time.perf_counter()
            while (elapsed := time.perf_counter() - started) < 0.05 or not runs:
                work(size)
                runs += 1
            best = min(best, elapsed / runs)
    finally:
        gc.enable()
    return best


def _compare_through_the_index(left: Paper, right: Paper) -> None:
    normalise_title.cache_clear()  # each run normalises afresh, as a new upload would
    compare(left, right)
    LibraryIndex([("item", right)]).matches(left)


# Records within the API's limits (titles of at most 2,000 characters; any number of authors).
MATCHER_SHAPES = {
    "titles of thousands of Han characters (a word each), Cyrillic words and stray letters in Latin ones": (
        lambda n: _compare_through_the_index(
            Paper(title="深度学习" * n + " обучение" * n + " simщon" * n, authors=("王伟",)),
            Paper(title="深度学习" * n + " анализ" * n + " sim on" * n, authors=("王伟",)),
        ),
        100,
    ),
    "thousands of authors on both sides, none shared": (  # each name against every other: quadratic unless bounded
        lambda n: _compare_through_the_index(
            Paper(title="A study of things", authors=tuple(f"Ann Author{i}" for i in range(n))),
            Paper(title="A study of things", authors=tuple(f"Bo Writer{i}" for i in range(n))),
        ),
        200,
    ),
    "authors that are not people, mangled": (
        lambda n: _compare_through_the_index(
            Paper(title="A study of things", authors=tuple(f"acms anthology{i}â ? ¦" for i in range(n))),
            Paper(title="A study of things", authors=tuple(f"www.example{i}.org" for i in range(n))),
        ),
        500,
    ),
    "a run of spaces in a title": (
        lambda n: _compare_through_the_index(Paper(title="a" + " " * n + "b"), Paper(title="a study of things")),
        100,
    ),
    "mojibake and pasted author lists in titles": (
        lambda n: _compare_through_the_index(
            Paper(title=("â ?? andj widom . " * n)[:2_000], authors=("J. Widom",)),
            Paper(title=("andj . widom " * n)[:2_000] + " view maintenance", authors=("j widom",)),
        ),
        10,
    ),
    "bars and blanks in a title (a saved page's '| Request PDF')": (
        lambda n: _compare_through_the_index(Paper(title=("|" + " " * 20) * (n // 21)), Paper(title="a study of things")),
        100,
    ),
    "Greek letters, in Unicode and in LaTeX, in titles": (
        lambda n: _compare_through_the_index(Paper(title=("π0 τ² \\pi_0 \\varepsilon " * n)[:2_000]), Paper(title=("pi0 tau2 " * n)[:2_000])),
        10,
    ),
    "numbered names and glued words in titles": (  # versions read on both sides; glued runs looked up
        lambda n: _compare_through_the_index(
            Paper(title=("qwen2 llama 3 1 7b decision tree " * n)[:2_000]),
            Paper(title=("qwen 2 llama3 1 13b decisiontree " * n)[:2_000]),
        ),
        10,
    ),
    "long glued runs, all but their last letter made of the other title's words": (  # split_glued: each word read once
        lambda n: _compare_through_the_index(
            Paper(title=(("ab" * 39 + "x ") * n)[:2_000]),
            Paper(title=("ab a b aba bab " * n)[:2_000]),
        ),
        10,
    ),
    "words that lost their ligatures, glued and not, against words that hold them": (  # split_glued's `lost` reading
        lambda n: _compare_through_the_index(
            Paper(title=("buer oce ecientle rmx " * n)[:2_000]),
            Paper(title=("buffer office efficient file firm " * n)[:2_000]),
        ),
        10,
    ),
    "an author list pasted after a title, given names before surnames": (  # explained_tail's given names
        lambda n: _compare_through_the_index(
            Paper(title=("a study of things " + "robert m smith " * n)[:2_000], authors=tuple(f"R. Smith{i}" for i in range(n))),
            Paper(title="a study of things", authors=("R. Smith",)),
        ),
        10,
    ),
    "thousands of full names on both sides, each in the other order": (  # author_agreement's full names, bounded
        lambda n: _compare_through_the_index(
            Paper(title="A study of things", authors=tuple(f"Wei{i} Zhang{i}" for i in range(n))),
            Paper(title="A study of things", authors=tuple(f"Zhang{i} Wei{i}" for i in range(n))),
        ),
        200,
    ),
    "years and punctuation over and over after an undated title": (  # compared's year pasted after a title
        lambda n: _compare_through_the_index(
            Paper(title=("a study of things 1999 . ; " * n)[:2_000] + " 1996 . ."),
            Paper(title=("a study of things " * n)[:2_000], year=2001, venue="VLDB"),
        ),
        10,
    ),
    "long names written surname first with initials": (
        lambda n: _compare_through_the_index(Paper(title="a study of things", authors=("Smith" * n + " JA", "Doe J")), Paper(title="a study of things", authors=("J Smith",))),
        100,
    ),
    "negating prefixes and opposite words in titles": (
        lambda n: _compare_through_the_index(
            Paper(title=("non non un large linear " * n)[:2_000] + "un"),
            Paper(title=("nonlinear small unun " * n)[:2_000]),
        ),
        10,
    ),
    "prepositions before a title, and parts named over and over": (  # builds_on, parts_differ: both titles whole
        lambda n: _compare_through_the_index(
            Paper(title=("improved baselines with part i of " * n)[:2_000] + " visual instruction tuning"),
            Paper(title=("part ii visual instruction tuning " * n)[:2_000]),
        ),
        10,
    ),
}


def _group_chain(n: int) -> None:
    """A paper entered n times, each copy found `same` as the next: every join is checked across the groups."""
    items = {f"i{i:05d}": LibraryItem(id=f"i{i:05d}", title="Sparse mixture-of-experts layers", year=2017) for i in range(n)}
    ids = sorted(items)
    pairs = [
        DuplicatePair(id=pair_id(a, b), item_ids=(a, b), titles=(items[a].title, items[b].title), verdict="same", basis="title", score=1.0)
        for a, b in zip(ids, ids[1:])
    ]  # fmt: skip
    duplicate_groups(_cohesive(pairs, items), {})


def _sweep_copies(n: int) -> None:
    """One title and one DOI, n times (an upload built to make the sweep compare every item with every other)."""
    library_duplicates([LibraryItem(id=f"i{i:05d}", title="Sparse mixture-of-experts layers", doi="10.5555/moe", year=2017) for i in range(n)])


def _sweep_one_abstract(n: int) -> None:
    """One abstract by the same people under n titles: every item finds every other by the abstract's ends."""
    abstract = "We study things at length and report what we found about them. " * 5
    library_duplicates([LibraryItem(id=f"i{i:05d}", title=f"Things, studied {i} ways", authors=("A. Author",), abstract=abstract) for i in range(n)])


MATCHER_SHAPES["an abstract of thousands of words on both sides, by the same people"] = (
    lambda n: _compare_through_the_index(
        Paper(title="A study of things", authors=("A. Author",), abstract="We study things and we found them. " * n),
        Paper(title="Things, studied", authors=("A. Author",), abstract="We study things and we found them. " * n),
    ),
    100,
)
MATCHER_SHAPES["one abstract under thousands of titles, swept"] = (_sweep_one_abstract, 100)
MATCHER_SHAPES["a paper entered thousands of times, grouped"] = (_group_chain, 100)
MATCHER_SHAPES["a paper entered thousands of times, swept"] = (_sweep_copies, 100)


def _sweep_two_years(n: int) -> None:
    """One title n times, a third of a year, a third of another, a third undated: every join between the two
    years' groups is refused, and each refusal reads pairs found across them (as many as a bound allows)."""
    library_duplicates([
        LibraryItem(id=f"i{i:05d}", title="Experiments with a new boosting algorithm for ranking", authors=("Yoav Freund",),
                    year=(1990, 1995, None)[i % 3], venue="machine learning", added_at=i)
        for i in range(n)
    ])  # fmt: skip


MATCHER_SHAPES["a paper entered thousands of times with two years, swept"] = (_sweep_two_years, 60)


def _groups_joined_through_one_copy(n: int) -> None:
    """Two groups of n copies, one of each year, and n `same` pairs between the last of one and each of the other:
    every join tried (and refused) reads the pairs found across them, at most a bound's worth, whatever else the
    index found (each copy of the first group has eight more pairs inside it, `possible`)."""
    items = {
        f"{side}{i:05d}": LibraryItem(id=f"{side}{i:05d}", title="Experiments with a new boosting algorithm for ranking", year=year, venue="machine learning")
        for side, year in (("a", 1990), ("b", 1995)) for i in range(n)
    }  # fmt: skip

    def pair(first: str, second: str, score: float, verdict: str = "same") -> DuplicatePair:
        return DuplicatePair(id=pair_id(first, second), item_ids=(first, second), titles=(items[first].title, items[second].title), verdict=verdict, basis="title", score=score)

    chains = [pair(f"{side}{i:05d}", f"{side}{i + 1:05d}", 1.0) for side in "ab" for i in range(n - 1)]
    inside = [pair(f"a{i:05d}", f"a{(i + k) % n:05d}", 0.9, "possible") for i in range(n) for k in range(2, 10)]
    _cohesive(chains + inside + [pair(f"a{n - 1:05d}", f"b{j:05d}", 0.95) for j in range(n)], items)


MATCHER_SHAPES["two groups of a title's copies, years apart, tried again and again"] = (_groups_joined_through_one_copy, 150)


@pytest.mark.parametrize("shape", MATCHER_SHAPES)
def test_the_matcher_reads_hostile_records_in_linear_time(shape):
    work, small = MATCHER_SHAPES[shape]
    growth = _seconds(work, small * 20) / _seconds(work, small)
    assert growth < 3 * 20, f"{shape}: ×{growth:.0f} the time for ×20 the input"


def test_a_venue_of_any_length_costs_what_its_first_words_cost():
    """A known venue is looked for at every word of a venue (abbreviated or not): a 1,000-character one cost 5 ms a
    comparison. Venues are read for their first MAX_COMPARED_VENUE_WORDS (no real one comes near): ×20 the words,
    about the same time."""

    def work(n: int) -> None:
        for cached in (_same_venue, canonical_venue, venue_words):  # each run reads the venues afresh
            cached.cache_clear()
        _compare_through_the_index(
            Paper(title="a study of things", venue=" ".join(f"adv neural info w{i}" for i in range(n)), year=2001),
            Paper(title="a study of things", venue=" ".join(f"proc v{i} very large" for i in range(n)), year=2002),
        )

    growth = _seconds(work, 40 * 20) / _seconds(work, 40)
    assert growth < 3, f"×{growth:.1f} the time for ×20 the venue"


@pytest.mark.parametrize("shape", SHAPES)
def test_source_fields_are_scanned_in_linear_time(shape):
    work, small = SHAPES[shape]
    growth = _seconds(work, small * 20) / _seconds(work, small)
    assert growth < 3 * 20, f"{shape}: ×{growth:.0f} the time for ×20 the input"
