"""Are these two records one paper? Identifiers first, then titles guarded by authors and year, then the learned
model and abstracts (`compare`). `match_index` finds which library items to ask it about."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import msgspec
from rapidfuzz import fuzz, process

from backend.domain import abstracts, match_model
from backend.domain.markup import RESULT_TAGS, without_markup
from backend.domain.names import PARTICLES, is_initials, is_letter, maybe_surname_first, surname_first, without_et_al
from backend.domain.identity import arxiv_id_from_doi, is_preprint_doi, normalise_arxiv_id, normalise_doi
from backend.domain.match_features import (
    BUILDS_ON, FEATURES, NEGATES, RESPONDS, STOP_WORDS, WORD_COUNTERPART, YEAR, Authors, Record, canonical_venue,
    abbreviated_venue, abbreviates, accompanies, builds_on, features, is_generic, negations, opposites, part_numbers, parts_differ, responds, split_glued_both, title_cores, venue_content, versions_differ,
)  # fmt: skip
from backend.domain.models import Paper

# Thresholds were chosen on the DBLP-ACM train and valid splits only (tests/bench/bench_matching.py
# prints the sweep); the test split is reported, never tuned on.
# fuzz.ratio (0-100) on normalised titles at or above which two titles may be the same paper.
# Conservative on purpose: a false "in your library" hides a new paper from the reader.
TITLE_SAME = 92.0
TITLE_POSSIBLE = 80.0  # below `same`, at or above this: "possibly in your library"
# A title this alike that differs in a word is still the same paper when most authors and the year agree.
VOUCHED_TITLE = 88.0
# Titles this short (in words) must agree exactly: "Attention" vs "Retention" is one edit apart.
MIN_FUZZY_WORDS = 4
# Titles this short are often generic ("Editorial", "Reminiscences on influential papers"): the
# authors must then agree strongly, not just share one name.
GENERIC_TITLE_WORDS = 4
MAX_PREPRINT_YEAR_GAP = 2  # a preprint may predate its publication by a year or two; published records agree
UNPLACED_YEAR_GAP = 1  # a record with no venue (a citation, a Scholar entry) is often a year off its publication
# Records naming one venue a year apart: a citation of a meeting's year beside its proceedings' (the 1988 summer
# school's, printed in 1989). A conference paper and its journal version, a year apart, name two venues.
SAME_VENUE_YEAR_GAP = 1
VENUE_TAIL_WORDS = 4  # the words at the end of a title where a pasted venue is looked for
SURNAME_SIMILAR = 85.0  # "garcia-molina" / "garc-a-molina": the same surname written two ways
STRONG_AUTHOR_AGREEMENT = 0.5  # shared surnames / the longer author list
SHORT_TITLE_AUTHORS = "a short, generic title needs most authors in common"
# An identical title this long, in the same year, is the same paper even if the author lists disagree
# (corporate authors, editors listed as authors, truncated lists).
LONG_TITLE_WORDS = 6

NO_LETTERS = "a title without letters or digits"  # "???", "🤖": no evidence of one paper
NOBODY_VOUCHES = "no authors on one side to say who wrote it"  # one abstract under two titles, nothing more

_LATEX_ACCENT = re.compile(r"\\[\'\"`^~=.](?:\{(\w)\}|(\w))")
_LATEX_COMMAND = re.compile(r"\\[a-zA-Z]+\*?")
_NON_ALNUM = re.compile(r"[\W_]+")  # what is not a letter or a digit, of any script: "深度学习", "обучение" are words
# Latin letters that no accent stripping makes ASCII ("ß", "ø", "ł") go, as they always did; so does a letter of
# another script inside a Latin word, or alone beside Latin words: debris of a mangled name ("bіhlen", "jѓnsson",
# "и torbjјrnsen", with Cyrillic letters, for Böhlen, Jónsson, Ø. Torbjørnsen, in DBLP-Scholar's records). Any
# other word with no Latin letter is a word of its own script ("обучение", "深") and stays.
_LATIN_EXTENDED = re.compile(r"[\u0080-\u024f\u1e00-\u1eff]+")
_STRAY_LETTERS = re.compile(r"[^\W\d_a-z]+")
_LATIN = re.compile(r"[a-z]")
# Scripts written without spaces between words (Han, kana): each character is read as a word, so that two Chinese
# titles share or differ in words as two English ones do (a title of one unspaced "word" could only be equal).
_UNSPACED = re.compile(r"([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])")


def _greek_name(letter: str) -> str:
    """"π" → "pi", "ϑ" (GREEK THETA SYMBOL) → "theta", "ς" (… FINAL SIGMA) → "sigma"."""
    words = unicodedata.name(letter).split()
    return (words[-2] if words[-1] == "SYMBOL" else words[-1]).lower()


# Greek letters are names in titles, not punctuation: "π0" / "π0.5" and "τ-bench" / "τ²-bench" are other works,
# and "$\pi_0$" (BibTeX) is "π0" (a page). Both spellings become the letter's name.
_GREEK_LETTERS = [chr(code) for code in (*range(0x391, 0x3AA), *range(0x3B1, 0x3CA), 0x3D0, 0x3D1, 0x3D5, 0x3D6, 0x3F0, 0x3F1, 0x3F5)]
_GREEK = str.maketrans({letter: _greek_name(letter) for letter in _GREEK_LETTERS if unicodedata.category(letter).startswith("L")})
_LATEX_GREEK = re.compile(
    r"\\(?:var)?(alpha|beta|gamma|delta|epsilon|zeta|eta|theta|iota|kappa|lambda|mu|nu|xi|pi|rho|sigma|tau|upsilon|phi|chi|psi|omega)(?![a-zA-Z])",
    re.IGNORECASE,
)


# British spellings common in paper titles, written the American way (cheap, and never a different word).
_BRITISH_STEMS = (
    "optimis", "normalis", "generalis", "regularis", "characteris", "recognis", "summaris", "visualis",
    "minimis", "maximis", "initialis", "organis", "utilis", "tokenis", "parameteris", "categoris",
    "standardis", "personalis", "specialis", "localis", "randomis", "vectoris", "discretis",
)  # fmt: skip
_BRITISH = re.compile(r"\b(" + "|".join(_BRITISH_STEMS) + r")(e|es|ed|ing|er|ers|ation|ations)\b")
_BRITISH_WORDS = {
    "modelling": "modeling", "modelled": "modeled", "labelling": "labeling", "labelled": "labeled",
    "behaviour": "behavior", "behaviours": "behaviors", "colour": "color", "neighbour": "neighbor",
    "neighbours": "neighbors", "neighbourhood": "neighborhood", "analyse": "analyze", "analysed": "analyzed",
    "analysing": "analyzing", "travelling": "traveling", "centre": "center", "favour": "favor",
    "db": "database", "dbs": "databases",
}  # fmt: skip


def _american(text: str) -> str:
    text = _BRITISH.sub(lambda m: m.group(1)[:-1] + "z" + m.group(2), text)
    return " ".join(_BRITISH_WORDS.get(word, word) for word in text.split())


# "(extended abstract)", "( panel session )", "(demonstration description)", "(10-year award)": labels, not title.
_ANNOTATION = re.compile(
    r"\(\s*(?:[\w-]+\s+){0,3}(?:abstract|paper|session|panel|demo|demonstration|description|tutorial|talk|"
    r"poster|keynote|version|summary|award)\s*\)",
    re.IGNORECASE,
)


# "… systems [J]", "… [C]": the document-type codes of Chinese citations (GB/T 7714: journal, conference, article
# in a collection, book, thesis, report, …) that Scholar records carry in their titles.
# And the tags Google Scholar puts before a result's title, copied with it: "[PDF]", "[HTML]", "[BOOK][B]",
# "[CITATION][C]"; and what a page saved from ResearchGate keeps of its tab's title: "(3) (PDF) …" (3 unread
# notifications), "… | Request PDF".
_DOCUMENT_TYPE = re.compile(
    r"\[\s*(?:[jcamdrsnpz]|eb|db|cp|[jcm]/ol|eb/ol|db/ol)\s*\](?=[\s.,;:]|$)|" + RESULT_TAGS
    + r"|^\s*(?:\(\d{1,3}\)\s*)?\(pdf\)|\|\s*request pdf\s*$",
    re.IGNORECASE,
)
_LEADING_LABEL = re.compile(r"^\s*(?:tutorial|foreword|preface|keynote|invited talk|review of)\s*[:\-]?\s+", re.I)
# No leading \s*: a search would retry it at every space of a run (quadratic); the space left is dropped later.
_TRAILING_LABEL = re.compile(
    r"[-:,]\s*(?:book review|guest editor'?\s?'?s'? foreword|guest editorial|tutorial|extended abstract)\s*$", re.I
)


# UTF-8 punctuation read as Windows-1252 and then mangled again, as Google Scholar records carry it: "â€™" for
# "'", "â€¦" for "…", or with the lost bytes as "?": "streamsâ ?? a new class", "p bernsteinâ ? ¦". An "â" before
# punctuation is never a letter of a word (in "Câmara" a letter follows it); left in, it would glue to the word.
_MOJIBAKE_PUNCTUATION = re.compile(r"â(?:€[^\w\s]?|(?=\s?[^\w\s]))")


def repair_mojibake(text: str) -> str:
    """Text decoded with the wrong codec, mended: "BÃ¶hlen" is "Böhlen"; mangled punctuation becomes a space."""
    if "Ã" in text or "â€" in text:
        try:
            text = text.encode("cp1252").decode("utf-8")
        except UnicodeError:
            pass  # not (only) mojibake: keep it as it is
    return _MOJIBAKE_PUNCTUATION.sub(" ", text) if "â" in text else text


@lru_cache(maxsize=1 << 16)  # titles and names are normalised again each time a pair is compared
def normalise_title(title: str) -> str:
    """Lower-case words of a title without accents, LaTeX, braces, punctuation or labels such as
    "(extended abstract)", "Tutorial:" or "- book review", spelt the American way."""
    title = without_markup(repair_mojibake(title))  # "CO<sub>2</sub>" is CO2
    text = _TRAILING_LABEL.sub("", _LEADING_LABEL.sub("", _ANNOTATION.sub(" ", _DOCUMENT_TYPE.sub(" ", title))))
    text = _LATEX_ACCENT.sub(lambda m: m.group(1) or m.group(2), text)
    text = _LATEX_GREEK.sub(lambda m: m.group(1), text) if "\\" in text else text
    text = _LATEX_COMMAND.sub(" ", text).replace("{", "").replace("}", "")
    if not text.isascii():  # most titles are: they have no accents to take off
        text = _folded(text)
    return _american(_NON_ALNUM.sub(" ", text.lower()).strip())


def _folded(text: str) -> str:
    """Text that is not ASCII as words: accents off, Greek letters named, Latin letters with no ASCII form and
    debris of other scripts taken for separators (as every non-ASCII letter once was), words of other scripts kept
    (Han and kana a character a word)."""
    text = unicodedata.normalize("NFKD", text)  # "é" is "e" and an accent; full-width "Ａ" is "A"
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).translate(_GREEK)
    text = unicodedata.normalize("NFC", text).lower()  # Hangul recomposed
    words = [_LATIN_EXTENDED.sub(" ", word) for word in _NON_ALNUM.sub(" ", _UNSPACED.sub(r" \1 ", text)).split()]
    latin = any(_LATIN.search(word) for word in words)

    def debris(word: str) -> bool:  # in a Latin word, or a lone letter beside Latin words
        return bool(_LATIN.search(word)) or (latin and len(word) == 1 and not _UNSPACED.match(word))

    return " ".join(_STRAY_LETTERS.sub(" ", word) if debris(word) else word for word in words)


def title_key(title: str) -> str:
    """The title with every separator removed, so "Pre-training" and "Pretraining" agree exactly."""
    return normalise_title(title).replace(" ", "")


@lru_cache(maxsize=1 << 16)  # each name is read again in every comparison that involves it
def _name_parts(author: str) -> tuple[str, str]:
    """(given names, family name) of "First Last" or "Last, First"; a trailing piece without letters
    (Scholar's mangled "…": "p bernsteinâ ? ¦") is not a name."""
    author = without_et_al(repair_mojibake(author))
    if "," in author and author.split(",", 1)[0].strip():
        family, given = author.split(",", 1)
        return given, family
    author = author.strip(" ,")  # ", pc lockemann": a list cut before the comma
    words = [word for word in author.split() if any(ch.isalnum() for ch in word)]
    cut = len(words)
    # A single letter is an initial in any case: "fahlman s e", as citation sets without punctuation write it. Not
    # in a name with other letters than ASCII's: "felipe cari ñ o" is Cariño, a letter its record split off.
    ascii_name = author.isascii()
    while cut > 1 and (is_initials(words[cut - 1]) or (ascii_name and is_letter(words[cut - 1]))) and not words[0].isupper():
        cut -= 1
    if cut < len(words):  # "Smith J", "van der Berg JK", "Smith J. A.", "Иванов И. И.": surname first, as PubMed writes
        before = words[:cut]
        if len(before) > 1 and len(before[0]) > 1 and before[0] not in PARTICLES and all(word.islower() for word in words[cut:]):
            # "aha david w", "fahlman scott e": a citation set's surname, then the given name in full, then initials
            return " ".join(before[1:] + words[cut:]), before[0]
        return " ".join(words[cut:]), " ".join(before)
    return " ".join(words[:-1]), (words[-1] if words else "")


def surnames(authors: Iterable[str]) -> set[str]:
    """Family names, from "First Last" and "Last, First" alike."""
    names = set()
    for author in authors:
        family = normalise_title(_name_parts(author)[1]).replace(" ", "")
        if family:
            names.add(family)
    return names


def _compact(author: str) -> str:
    return normalise_title(author).replace(" ", "")


def _full_names(author: str) -> frozenset[str] | None:
    """The words of a name written in full, in any order ("kaiming", "he"); None when it has fewer than two
    words of two letters or more (an initial says too little to match a name in another order)."""
    words = frozenset(word for word in normalise_title(author).split() if len(word) > 1)
    return words if len(words) > 1 else None


# Comparing author lists is quadratic: the first this many of each list (a collaboration's 3,000 names would
# cost seconds a pair; its first authors say as much).
MAX_COMPARED_AUTHORS = 32
# A venue is read for its first this many words: the longest names records give run to 25 ("& hellip ; . of the
# int . conf . on very large data bases ( vldb ) , cairo , …"), and a known venue is looked for at every word of it
# (a 1,000-character venue cost 5 ms a comparison).
MAX_COMPARED_VENUE_WORDS = 40


# Google Scholar glues the "and" (or "et") before the last author, and that author's initial, to the name
# before: "r rastogiandk" is R. Rastogi of "R. Rastogi and K. Shim", "ml sapinoetv" M. L. Sapino.
_GLUED_CONJUNCTION = re.compile(r"(?:and|et)[a-z]")  # one initial: "fernandez" is not "fern"


def alike_surnames(ours: str, theirs: str) -> bool:
    """One family name, written two ways: the same, alike (SURNAME_SIMILAR), or one with a conjunction glued on."""
    if ours == theirs or fuzz.ratio(ours, theirs, processor=None) >= SURNAME_SIMILAR:
        return True
    shorter, longer = sorted((ours, theirs), key=len)
    return len(shorter) > 2 and longer.startswith(shorter) and _GLUED_CONJUNCTION.fullmatch(longer[len(shorter) :]) is not None


def author_agreement(left: Iterable[str], right: Iterable[str]) -> float | None:
    """Shared authors over the longer list (0..1, the first MAX_COMPARED_AUTHORS of each); None if a side lists none.

    Two names are one author when their surnames are alike, when one whole name, run together, ends
    with the other's surname ("b ö hlen" and "böhlen", "Garc ía-Molina" and "Garcia-Molina"), or when both
    are the same full names in another order ("Kaiming He" and "He Kaiming": a family name written first,
    without the comma that would say so).
    """
    left, right = list(left)[:MAX_COMPARED_AUTHORS], list(right)[:MAX_COMPARED_AUTHORS]
    if not left or not right:
        return None
    theirs = [(surname, _compact(author), _full_names(author)) for author in right for surname in surnames([author])]

    def known(author: str) -> bool:
        own = next(iter(surnames([author])), "")
        whole, names = _compact(author), _full_names(author)
        return any(
            alike_surnames(own, surname)
            or (len(surname) > 2 and whole.endswith(surname))
            or (len(own) > 2 and other_whole.endswith(own))
            or (names is not None and names == other_names)
            for surname, other_whole, other_names in theirs
        )

    shared = sum(1 for author in left if known(author))
    return min(shared / max(len(left), len(right)), 1.0)


def paper_ids(paper: Paper) -> tuple[str | None, str | None]:
    """(arXiv id, DOI) of a paper, reading arXiv ids from its DOI or link as well."""
    arxiv_id = (
        normalise_arxiv_id(paper.arxiv_id)
        or arxiv_id_from_doi(normalise_doi(paper.doi))
        or normalise_arxiv_id(paper.link)
    )
    doi = normalise_doi(paper.doi)
    if doi and arxiv_id_from_doi(doi):
        doi = None
    return arxiv_id, doi


def paper_keys(paper: Paper) -> tuple[str, ...]:
    """Every identity of a paper a later page may carry: its arXiv id, its DOI, its title key."""
    arxiv_id, doi = paper_ids(paper)
    keys = (f"arxiv:{arxiv_id}" if arxiv_id else None, f"doi:{doi}" if doi else None, f"title:{title_key(paper.title)}")
    return tuple(key for key in keys if key)


# Venues of a record that precedes its publication, as a preprint does: a report, a thesis, a manuscript.
_PREPRINT_VENUE = re.compile(
    r"\b(?:\w*rxiv|ssrn|research square|preprint|tech(?:nical)? rep|research report|rapport de recherche|working paper"
    r"|thesis|dissertation|manuscript|unpublished|submitted|to appear|in press)|^corr\b"  # not "Synthesis Lectures on …"
)


def is_preprint(paper: Paper) -> bool:
    arxiv_id, doi = paper_ids(paper)
    return bool(arxiv_id or (doi and is_preprint_doi(doi))) or bool(_PREPRINT_VENUE.search(normalise_title(paper.venue or "")))


def _dois_conflict(left: str | None, right: str | None) -> bool:
    """Two DOIs, two works: unless one is a preprint server's and the other is not (the preprint and its
    publication, as an arXiv id and a DOI are)."""
    return bool(left and right and left != right and is_preprint_doi(left) == is_preprint_doi(right))


def words_differ(left: str, right: str) -> str | None:
    """The first word of one normalised title with no close counterpart in the other, or None.

    Numbers must agree exactly: "Llama 2" and "Llama 3" are different papers.
    """
    left_list, right_list = split_glued_both(left.split(), right.split())
    left_words, right_words = set(left_list) - STOP_WORDS, set(right_list) - STOP_WORDS
    for ours, theirs in ((left_words - right_words, right_words), (right_words - left_words, left_words)):
        for word in sorted(ours):
            if word.isdigit() or not process.extractOne(
                word, theirs, scorer=fuzz.ratio, processor=None, score_cutoff=WORD_COUNTERPART
            ):
                return word
    return None


@dataclass(frozen=True, slots=True)
class Verdict:
    verdict: str  # same | possible | different
    score: float  # 0..1, how alike the two records are
    basis: str  # arxiv_id | doi | title | none
    reasons: tuple[str, ...]  # which fields agreed and which disagreed, in words


# The reasons of a `possible` verdict that say two items (a conference paper and its journal version, two
# identifiers, two editors' "Editorial"s, evidence weighed against), not one whose evidence is missing or noisy
# (no author in common with a Scholar record whose "authors" are an address, a title cut short).
TWO_ITEMS = ("years differ (", "different arXiv ids (", "different DOIs (", SHORT_TITLE_AUTHORS, "but the evidence weighs against one paper")


def _extends(left: str, right: str) -> bool:
    """One normalised title is the other plus a subtitle: "X" and "X: a critical assessment of Y"."""
    shorter, longer = sorted((left, right), key=len)
    return len(shorter.split()) >= MIN_FUZZY_WORDS and longer.startswith(shorter + " ")


_ORDINAL = re.compile(r"^(?:st|nd|rd|th)(?:int\w*)?$")  # "22 nd", "20 thintl": a conference's edition, pasted


def _adds_a_sequel_number(extra: list[str]) -> bool:
    """"Llama" / "Llama 2 …": a number right after the shorter title is a sequel; a year, an ordinal ("22 nd int"),
    a run of numbers (pages "205 223") or a number after words of its own ("technical note 93") was pasted in."""
    if not extra or not extra[0].isdigit() or YEAR.match(extra[0]):
        return False
    following = extra[1] if len(extra) > 1 else ""
    return not following.isdigit() and not _ORDINAL.match(following)


def _vouched_for(left: Paper, right: Paper) -> bool:
    """Most authors in common and the same year: enough to read a one-word difference as a typo."""
    agreement = author_agreement(left.authors, right.authors)
    same_year = left.year is not None and left.year == right.year
    return agreement is not None and agreement >= STRONG_AUTHOR_AGREEMENT and same_year


_TRAILING_YEAR = re.compile(r"(?:^|\s)((?:1[89]|20)\d\d)$")  # as match_features.YEAR
_VETOES = tuple(FEATURES.index(name) for name in ("number_conflict", "negation_conflict", "response_conflict"))
# A title that names a kind of item recurs every year ("Editor's notes"): of another year, it is another item.
_GENERIC_TITLE, _YEAR_GAP = FEATURES.index("generic_title"), FEATURES.index("year_gap")
# Evidence beyond the titles, one piece of which the model needs before it may overrule the rules: two
# bare titles a word apart ("Few-Shot Learners" / "Few-Shot Reasoners") are two papers until shown otherwise.
_CORROBORATION = tuple(
    FEATURES.index(name)
    for name in ("authors_agree", "authors_agree_loose", "year_same", "venue_same", "pasted_fields", "authors_in_title")
)


def record(paper: Paper, title: str | None = None) -> Record:
    """A paper normalised for `match_features` (a year pasted at the end of the title counts as its year)."""
    title = normalise_title(paper.title) if title is None else title
    pasted_year = _TRAILING_YEAR.search(title)
    return Record(
        title=title,
        authors=tuple(normalise_title(author) for author in paper.authors),
        surnames=tuple(next(iter(surnames([author])), "") for author in paper.authors),
        venue=normalise_title(paper.venue or ""),
        year=paper.year or (int(pasted_year.group(1)) if pasted_year else None),
    )


def _initial_and_surname(author: str) -> tuple[str, str]:
    given, family = _name_parts(author)
    initial, surname = normalise_title(given)[:1], _compact(family)
    if not initial.isascii() and surname.isascii():  # "и torbjјrnsen": an initial in another script is a mangled one
        initial = ""
    return initial, surname


def loose_author_agreement(left: Sequence[str], right: Sequence[str]) -> float | None:
    """Authors of the shorter list found in the other by initial and surname (0..1), reading a name whose
    first and last names were swapped as the same author (Scholar's "d anhai" for "AnHai Doan"); None if a
    side lists none. Loose on purpose: it only tells "no author in common" from "the names were mangled"."""
    if not left or not right:
        return None
    ours = [_initial_and_surname(author) for author in left[:MAX_COMPARED_AUTHORS]]
    theirs = [_initial_and_surname(author) for author in right[:MAX_COMPARED_AUTHORS]]

    def known(initial: str, surname: str) -> bool:
        return any(
            (alike_surnames(surname, other) and (not initial or not other_initial or initial == other_initial))
            or (initial and other_initial and other.startswith(initial) and surname.startswith(other_initial))
            for other_initial, other in theirs
            if surname and other
        )

    return sum(known(*name) for name in ours) / min(len(ours), len(theirs))


def author_evidence(left: Paper, right: Paper) -> Authors:
    agreement = author_agreement(left.authors, right.authors)
    shorter = None
    if agreement is not None:
        sizes = sorted((len(left.authors), len(right.authors)))
        shorter = min(1.0, agreement * sizes[1] / sizes[0])
    return Authors(agreement, shorter, loose_author_agreement(left.authors, right.authors))


# Family names that are not people: publishers, collections, corporate bodies and scraping debris that records
# list as authors (Google Scholar's "ACMS Anthology", "P Edition"; "The Paradise Team"). Weighed, they say two
# records of one paper have "no author in common"; dropped, the authors are missing, which is not disagreeing.
_NOT_A_PERSON = frozenset(
    "anthology edition proposal report reports technology business inc ltd corporation center centre team "
    "consortium group university institute laboratory committee press staff anonymous unknown others".split()
)
_NOT_A_NAME = re.compile(r"www|https?:|@|/|\.(?:com|org|net|edu)\b")  # a web or e-mail address for a name ("M.de Rijke" is one)


@lru_cache(maxsize=1 << 16)
def is_a_person(author: str) -> bool:
    family = _name_parts(author)[1]  # none in "et al." or "?"
    return bool(family) and not _NOT_A_NAME.search(author) and normalise_title(family) not in _NOT_A_PERSON


def people_only(paper: Paper) -> Paper:
    """The paper as compared: its first MAX_COMPARED_AUTHORS authors that are people (the same object when
    that is all of them), a list written surname first with initials read so. Bounded, as every part of a
    comparison is: an upload's size must not square."""
    authors = paper.authors[: 2 * MAX_COMPARED_AUTHORS]
    people = tuple(author for author in surname_first(authors) or authors if is_a_person(author))[:MAX_COMPARED_AUTHORS]
    return paper if people == paper.authors else msgspec.structs.replace(paper, authors=people)


def read_against(paper: Paper, other: Paper) -> Paper:
    """The paper with its authors read the way the other record agrees with more, when its list may be written
    either way ("Smith JA, Doe JE" is PubMed's "Smith, J. A."; "Wei XU, Jun LI" is Wei Xu's): the same
    object otherwise."""
    swapped = maybe_surname_first(paper.authors)
    if swapped is None or not other.authors:
        return paper
    if (author_agreement(swapped, other.authors) or 0.0) > (author_agreement(paper.authors, other.authors) or 0.0):
        return msgspec.structs.replace(paper, authors=swapped)
    return paper


def compared(left: Paper, right: Paper) -> tuple[Paper, Paper]:
    """Both records as a comparison reads them: people only, each author list read as the other agrees with,
    a year pasted at the end of a title as the record's year, the venue's first MAX_COMPARED_VENUE_WORDS."""
    left, right = _venue_bounded(people_only(left)), _venue_bounded(people_only(right))
    return _dated(read_against(left, right), right), _dated(read_against(right, left), left)


def _venue_bounded(paper: Paper) -> Paper:
    words = (paper.venue or "").split(maxsplit=MAX_COMPARED_VENUE_WORDS)
    if len(words) <= MAX_COMPARED_VENUE_WORDS:
        return paper
    return msgspec.structs.replace(paper, venue=" ".join(words[:MAX_COMPARED_VENUE_WORDS]))


def _dated(paper: Paper, other: Paper) -> Paper:
    """The paper with the year pasted at the end of its title ("… user-defined predicates very large data bases
    1996") as its year, when it gives none and the other title does not hold that year too (then it is the
    title's own: "… 1990-2019")."""
    pasted = None if paper.year else _TRAILING_YEAR.search(normalise_title(paper.title))  # as `record` reads it
    if pasted is None or pasted.group(1) in other.title:
        return paper
    return msgspec.structs.replace(paper, year=int(pasted.group(1)))


def pair_features(left: Paper, right: Paper) -> list[float]:
    """The model's inputs for a pair (match_features.FEATURES), the rules' verdict among them, the records read
    as compare() reads them (`make train-matcher` calls this alone)."""
    return _features(*compared(left, right), None, None)


def _features(
    left: Paper, right: Paper, left_title: str | None, right_title: str | None, *,
    rules: Verdict | None = None, authors: Authors | None = None,
) -> list[float]:  # fmt: skip
    """`pair_features` of records already read (`compared`)."""
    rules = rules or _by_rules(left, right, left_title=left_title, right_title=right_title)
    authors = authors or author_evidence(left, right)
    return features(record(left, left_title), record(right, right_title), authors, rules.verdict)


def _author_lists_disagree(left: Paper, right: Paper, authors: Authors) -> bool:
    """Both records list several people, and most of the shorter list is missing from the longer, even read
    loosely (initials, swapped names): the lists disagree; they are not one list cut short or mangled."""
    return (
        min(len(left.authors), len(right.authors)) >= 2
        and (authors.shorter or 0.0) < STRONG_AUTHOR_AGREEMENT
        and (authors.loose or 0.0) < STRONG_AUTHOR_AGREEMENT
    )


def _years_apart(left: Paper, right: Paper) -> bool:
    """Both give a year and they differ by more than a preprint may precede its publication: a conference
    paper and its journal version, a talk given again, are records of their own."""
    if not (left.year and right.year) or left.year == right.year:
        return False  # the allowance (venues read, a title's tail looked up) only when the years differ
    return abs(left.year - right.year) > _year_gap_allowed(left, right)[0]


def _year_gap_allowed(left: Paper, right: Paper) -> tuple[int, str]:
    """How far apart the years of one paper's records may be, and why. A preprint precedes its publication; a
    record that names no venue cannot say it is another publication (a conference paper's journal version), and
    such records (a citation, a Scholar entry) often carry the year of a printing or a listing, one off."""
    if is_preprint(left) or is_preprint(right):
        return MAX_PREPRINT_YEAR_GAP, "preprint and publication"
    if _names_no_venue(left) or _names_no_venue(right):
        return UNPLACED_YEAR_GAP, "one record names no venue"
    if _same_venue(left.venue, right.venue) and _one_title_of_its_own(left.title, right.title):
        return SAME_VENUE_YEAR_GAP, "the same venue"
    return 0, ""


def _one_title_of_its_own(ours: str, theirs: str) -> bool:
    """Titles the same but for a typo (TITLE_SAME), long enough to name one work (MIN_FUZZY_WORDS) and not opening
    as a recurring one does: what lets two records of one venue be a year apart. A venue's sibling papers of
    consecutive years have titles alike, not this alike ("materialized views selection in a multidimensional
    database" 1997 / "materialized view selection for multidimensional datasets" 1998), and its columns recur
    ("Standards", "Database principles", "Book review column", "Treasurer's message joachim hammer 2001")."""
    ours_normal, theirs_normal = normalise_title(ours), normalise_title(theirs)
    return (
        min(len(ours_normal.split()), len(theirs_normal.split())) >= MIN_FUZZY_WORDS
        and fuzz.ratio(ours_normal, theirs_normal) >= TITLE_SAME
        and not (_opens_recurring(ours) or _opens_recurring(theirs))
    )


def _opens_recurring(title: str) -> bool:
    """A title that opens as a recurring one does ("Book review column", "Treasurer's message joachim hammer 2001",
    its editor and year pasted after it): such a column recurs in its venue every year."""
    words = [word for word in normalise_title(title).split() if word not in STOP_WORDS]
    return bool(words) and is_generic(words[:1])


@lru_cache(maxsize=4096)
def _same_venue(ours: str | None, theirs: str | None) -> bool:
    """One venue written two ways: the same known venue (NIPS, "advances in neural information processing
    systems", "adv in neural info processing systems"), or, for venues the matcher does not know, the same words in
    order but for filler, numbers, plurals and words cut short ("proceedings of the 1988 connectionist models summer
    school" / "proc connectionist model summer school"; a journal called by its name and "journal": "machine learning
    journal" / "machine learning"). "international conference on machine learning" is not "machine learning", the
    journal; "journal of machine learning research" is not either."""
    if not (ours and theirs):
        return False
    ours, theirs = normalise_title(ours), normalise_title(theirs)
    words, other = venue_content(ours), venue_content(theirs)
    known = canonical_venue(ours) or abbreviated_venue(words), canonical_venue(theirs) or abbreviated_venue(other)
    if known[0] or known[1]:
        return known[0] == known[1]
    return abbreviates([word for word in words if word != "journal"], [word for word in other if word != "journal"])


def _names_no_venue(paper: Paper) -> bool:
    """No venue, in its field or pasted at the end of its title ("… using wavelets vldb j."), and no DOI (which
    names one publication)."""
    if paper.venue or paper.doi or paper_ids(paper)[1]:
        return False
    return canonical_venue(" ".join(normalise_title(paper.title).split()[-VENUE_TAIL_WORDS:])) is None


def all_ids(paper: Paper) -> tuple[list[str], list[str]]:
    """(arXiv ids, DOIs): the paper's own, then those of duplicates merged into it."""
    arxiv_id, doi = paper_ids(paper)
    arxiv_ids, dois = [arxiv_id] if arxiv_id else [], [doi] if doi else []
    for other in paper.other_ids:
        kind, _, value = other.partition(":")
        if value and kind == "arxiv":
            arxiv_ids.append(value)
        elif value and kind == "doi":
            dois.append(value)
    return arxiv_ids, dois


def _identities(paper: Paper) -> set[str]:
    arxiv_ids, dois = all_ids(paper)
    return {f"arxiv:{value}" for value in arxiv_ids} | {f"doi:{value}" for value in dois}


def _identifiers_conflict(left: Paper, right: Paper) -> bool:
    (left_arxiv, left_doi), (right_arxiv, right_doi) = paper_ids(left), paper_ids(right)
    return bool((left_arxiv and right_arxiv and left_arxiv != right_arxiv) or _dois_conflict(left_doi, right_doi))


def reload_model() -> None:
    """Read match_model.json again (after `make train-matcher` rewrote it)."""
    match_model._model.cache_clear()


def compare(left: Paper, right: Paper, *, left_title: str | None = None, right_title: str | None = None) -> Verdict:
    """Are these two records the same paper? Identifiers decide when both sides have one. Otherwise the
    learned model weighs every piece of evidence, the rules' verdict among them (titles guarded by authors,
    year, generic titles): it reads messy records (a Scholar import, a title with its authors pasted in) that
    the rules veto for what is merely missing or noisy, and doubts what the rules pass on thin evidence.
    Evidence against stays a veto: a number or a negation that differs, conflicting identifiers, years
    apart, an erratum of or a reply to the other record. Authors are weighed, not a veto: Scholar mangles names
    ("d anhai" for AnHai Doan); those that are not people ("acms anthology") are not weighed at all. Last, the
    same abstract by the same people is one paper whatever the titles say (`_by_abstracts`)."""
    left, right = compared(left, right)
    verdict = _weighed(left, right, left_title, right_title)
    if verdict.verdict == "same":
        return verdict
    return _by_abstracts(left, right, verdict, left_title, right_title)


def _weighed(left: Paper, right: Paper, left_title: str | None, right_title: str | None) -> Verdict:
    """`compare` of records already read (`compared`), by identifiers, the rules and the model."""
    rules = _by_rules(left, right, left_title=left_title, right_title=right_title)
    if rules.basis in ("arxiv_id", "doi") or _identifiers_conflict(left, right):
        return rules
    if NO_LETTERS in rules.reasons:
        return rules  # no letters or digits in a title: nothing for the model to weigh either
    title = left_title if left_title is not None else normalise_title(left.title)
    if rules.verdict == "same" and rules.score == 1.0 and len(title.split()) >= LONG_TITLE_WORDS:
        return rules  # a long title, equal, and nothing against it: nothing for the model to doubt (and fast)
    if _years_apart(left, right):
        return rules  # before the features: a veto that needs none of them
    authors = author_evidence(left, right)
    values = _features(left, right, left_title, right_title, rules=rules, authors=authors)
    if any(values[index] for index in _VETOES):
        return rules
    if values[_GENERIC_TITLE] and values[_YEAR_GAP]:  # "Book reviews" of 2002 and of 2003, authors pasted in or not
        return Verdict("different", rules.score, "none", (*rules.reasons, "a generic title (editorial, book reviews) of another year"))
    probability, pulls = match_model.probability(values)
    if probability >= match_model.threshold():
        if rules.verdict == "same":
            return rules
        if not any(values[index] for index in _CORROBORATION):
            return rules
        if SHORT_TITLE_AUTHORS in rules.reasons and _author_lists_disagree(left, right, authors):
            return rules  # two "Deep Learning"s of one year: each lists its authors, and most differ
        reasons = (f"the evidence weighs for one paper ({probability:.0%})", *match_model.explain(values, pulls, towards_same=True))
        return Verdict("same", round(probability, 4), "evidence", reasons)
    if rules.verdict == "same":
        against = match_model.explain(values, pulls, towards_same=False)
        return Verdict("possible", rules.score, rules.basis, (*rules.reasons, f"but the evidence weighs against one paper ({probability:.0%})", *against))
    return rules


def _by_abstracts(left: Paper, right: Paper, verdict: Verdict, left_title: str | None, right_title: str | None) -> Verdict:
    """A paper renamed between versions: both records give one abstract (abstracts.AGREE of its phrases) and the
    same people wrote them. One paper, unless identifiers, years or the titles themselves say two works
    (a workshop and a conference version, a part I and a part II): then worth a look. Without authors on one
    side (a digest's text, a hand-typed entry) nobody vouches for the text, but one text under two titles is
    rare enough to be worth a look: `possible`. Other people's names on it: an abstract pasted into the wrong
    record, the verdict stands."""
    shared = abstracts.shared(left.abstract, right.abstract)
    if shared is None or shared < abstracts.AGREE:
        return verdict
    agree = f"the abstracts agree ({shared:.0%} of their phrases)"
    authors = author_evidence(left, right)
    if authors.agreement is None:
        return Verdict("possible", verdict.score, verdict.basis, (*verdict.reasons, agree, NOBODY_VOUCHES))
    people = max(authors.shorter or 0.0, authors.loose or 0.0)
    if people < STRONG_AUTHOR_AGREEMENT:
        return verdict
    evidence = (agree, f"authors agree ({people:.0%})")
    said = tuple(reason for reason in verdict.reasons if not reason.startswith("authors agree ("))  # said once, as read here
    ours = left_title if left_title is not None else normalise_title(left.title)
    theirs = right_title if right_title is not None else normalise_title(right.title)
    ours_words, theirs_words, exact = ours.split(), theirs.split(), ours.replace(" ", "") == theirs.replace(" ", "")
    two_works = (
        accompanies(ours_words, theirs_words) or builds_on(ours_words, theirs_words)
        or _two_works(ours, theirs, exact=exact, extends=_extends(ours, theirs))
    )  # fmt: skip
    if two_works or _identifiers_conflict(left, right) or _years_apart(left, right):
        return Verdict("possible", verdict.score, verdict.basis, (*said, *evidence))
    return Verdict("same", round(shared, 4), "abstract", (*evidence, *said))


def _by_rules(left: Paper, right: Paper, *, left_title: str | None = None, right_title: str | None = None) -> Verdict:
    """Identifiers decide when both sides have one; then titles, guarded by authors, year and (for generic
    titles) stronger author agreement."""
    left_arxiv, left_doi = paper_ids(left)
    right_arxiv, right_doi = paper_ids(right)
    if left_arxiv and left_arxiv == right_arxiv:
        return Verdict("same", 1.0, "arxiv_id", (f"same arXiv id {left_arxiv}",))
    if left_doi and left_doi == right_doi:
        return Verdict("same", 1.0, "doi", (f"same DOI {left_doi}",))
    if left.other_ids or right.other_ids:  # an identifier of a duplicate merged into a library item
        shared = sorted(_identities(left) & _identities(right))
        if shared:
            kind, _, value = shared[0].partition(":")
            named = "arXiv id" if kind == "arxiv" else "DOI"
            return Verdict("same", 1.0, "arxiv_id" if kind == "arxiv" else "doi", (f"same {named} {value} (of a merged duplicate)",))
    reasons: list[str] = []
    conflict = False
    if left_arxiv and right_arxiv:
        reasons.append(f"different arXiv ids ({left_arxiv} / {right_arxiv})")
        conflict = True
    if _dois_conflict(left_doi, right_doi):
        reasons.append(f"different DOIs ({left_doi} / {right_doi})")
        conflict = True

    ours = left_title if left_title is not None else normalise_title(left.title)
    theirs = right_title if right_title is not None else normalise_title(right.title)
    ours_words, theirs_words = ours.split(), theirs.split()  # read by every rule below
    if not ours or not theirs:  # "???", "🤖": nothing to compare, and two such titles are not "the same title"
        return Verdict("different", 0.0, "none", (*reasons, NO_LETTERS))
    exact = ours.replace(" ", "") == theirs.replace(" ", "")
    extends = not exact and _extends(ours, theirs)
    score = 100.0 if exact else max(fuzz.ratio(ours, theirs, processor=None), TITLE_SAME if extends else 0.0)
    if not exact and (companion := accompanies(ours_words, theirs_words)):  # "X: Supplementary Material" / "X"
        return Verdict("different", round(score / 100, 4), "none", (*reasons, f"one title is the other's {companion}, not the paper"))
    if not exact and (head := builds_on(ours_words, theirs_words)):  # "Improved Baselines with X" / "X"
        return Verdict("different", round(score / 100, 4), "none", (*reasons, BUILDS_ON.format(head)))
    if score < TITLE_POSSIBLE:
        return Verdict("different", round(score / 100, 4), "none", (*reasons, f"titles differ ({score:.0f}/100)"))
    reasons.append("same title" if exact else f"titles alike ({score:.0f}/100)")
    if two_works := _two_works(ours, theirs, exact=exact, extends=extends):
        return Verdict("different", round(score / 100, 4), "none", (*reasons, two_works))
    if extends:
        reasons.append("one title is the other plus a subtitle")
    elif not exact:
        # Titles that differ in a word, a number, or at all when short, name different papers.
        if len(ours_words) < MIN_FUZZY_WORDS or len(theirs_words) < MIN_FUZZY_WORDS:
            return Verdict("different", round(score / 100, 4), "none", (*reasons, "short titles that are not equal"))
        differing = words_differ(ours, theirs)
        if differing:  # a word that is the records' other fields pasted before or after a title is explained, not
            # different ("shim . public : a decision tree …" for Rastogi and Shim's paper)
            core_ours, core_theirs, pasted = title_cores(record(left, ours), record(right, theirs))
            differing = words_differ(" ".join(core_ours), " ".join(core_theirs)) if pasted else differing
        vouched = score >= VOUCHED_TITLE and _vouched_for(left, right)
        if differing and (differing.isdigit() or differing in part_numbers(ours_words) | part_numbers(theirs_words)):  # "Llama 2" / "Llama 3", "Part I" / "Part II"
            return Verdict("different", round(score / 100, 4), "none", (*reasons, f"the titles' numbers differ ({differing!r})"))
        if differing and not vouched:
            reason = f"the word {differing!r} has no counterpart in the other title"
            return Verdict("different", round(score / 100, 4), "none", (*reasons, reason))
        if differing:
            reasons.append(f"the word {differing!r} differs, but the authors and year agree")
        if score < TITLE_SAME and not vouched:
            conflict = True

    agreement = author_agreement(left.authors, right.authors)
    long_exact = exact and len(ours_words) >= LONG_TITLE_WORDS and left.year is not None and left.year == right.year
    if agreement is not None:
        if agreement == 0 and long_exact:
            reasons.append("no author in common, but a long title and the year agree")
        elif agreement == 0:
            reasons.append("no author in common")
            conflict = True
        else:
            reasons.append(f"authors agree ({agreement:.0%})")
            if len(ours_words) <= GENERIC_TITLE_WORDS and agreement < STRONG_AUTHOR_AGREEMENT:
                reasons.append(SHORT_TITLE_AUTHORS)
                conflict = True
    # "Attention is all you need" is not "Attention is all you need in speech separation": a title that
    # only extends the other is the same paper when the authors say so.
    if extends and (agreement is None or agreement < STRONG_AUTHOR_AGREEMENT):
        conflict = True
    years_apart = False
    if left.year and right.year:
        gap = abs(left.year - right.year)
        allowed, why = _year_gap_allowed(left, right) if gap else (0, "")
        if gap == 0:
            reasons.append(f"same year {left.year}")
        elif gap <= allowed:
            reasons.append(f"years {left.year} / {right.year} ({why})")
        else:
            reasons.append(f"years differ ({left.year} / {right.year})")
            conflict = years_apart = True
    unvouched = agreement == 0 or years_apart or (agreement is None and not (left.year and left.year == right.year))
    if exact and unvouched and is_generic(ours_words):
        # "Editor's notes" by other editors, of another year, or with nothing else in common: such a title recurs,
        # so it is no evidence of one item.
        return Verdict("different", round(score / 100, 4), "none", (*reasons, "a recurring title (editorial, notes, column)"))
    verdict = "possible" if conflict else "same"
    return Verdict(verdict, round(score / 100, 4), "title", tuple(reasons))


def _two_works(ours: str, theirs: str, *, exact: bool, extends: bool) -> str | None:
    """Why two alike normalised titles name two works, whatever else agrees (None if they need not)."""
    ours_words, theirs_words = ours.split(), theirs.split()
    if not exact and negations(ours_words) != negations(theirs_words):  # "Attention is not Explanation" / "… not not …"
        return NEGATES
    if not exact and (opposed := opposites(ours_words, theirs_words)):  # "Large" / "Small Language Models"
        return "the titles say opposite things ({} / {})".format(*opposed)
    if responds(ours) != responds(theirs):  # "Erratum: X" / "X", "In reply to X" / "X"
        return RESPONDS
    if not exact and (versions := versions_differ(ours_words, theirs_words)):  # "Qwen2" / "Qwen3", "YOLOv3" / "YOLOv4"
        return f"the titles' numbers differ ({versions})"
    if parts := parts_differ(ours_words, theirs_words):  # "… (part i)" / "… (part ii)", whatever is pasted after
        return f"the titles name different parts ({parts})"
    if extends:
        extra = max(ours, theirs, key=len)[len(min(ours, theirs, key=len)) :].split()
        if _adds_a_sequel_number(extra):
            return "the longer title adds a number"
        if part_numbers(extra):  # "Database Tuning" / "Database Tuning (Part I)": one part is not the whole
            return "the longer title names one part of the work"
    return None
