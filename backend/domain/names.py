"""Author lists written as one string, as digests, feeds, CSV exports and citation records give them."""

from __future__ import annotations

import re
from collections.abc import Sequence

_INITIALS = re.compile(r"(?:[A-Z]\.?[\s-]*)+")
# "M. Kearns et al.": the rest of a list cut short. No leading [\s,]* (a search would retry it at every space:
# quadratic in a run of them); what precedes is stripped after.
_ET_AL = re.compile(r"\bet(?:\.\s*|\s+)al\b\.?\s*$", re.IGNORECASE)
_NOT_A_NAME = re.compile(r"et\.?\s*al\.?|others", re.IGNORECASE)  # a part of its own: "A, et al., B"
_ENDS_A_SENTENCE = re.compile(r"\w\w\.$")  # "L. J. A. Scott." ends its sentence; "A. B." ends in an initial
_PARENTHESIS = re.compile(r"[()]")
_JOINED = re.compile(r" (?:and|&) ")  # between the last two names of a list, or the only two


def without_et_al(names: str) -> str:
    """A name or a list of names without the "et al." that ends it."""
    cut = _ET_AL.search(names)
    return names[: cut.start()].rstrip(" ,") if cut else names


def split_authors(value: str) -> tuple[str, ...]:
    """One string of names as names: split at "and" (BibTeX), "&" or semicolons, then each part at commas when
    every piece is a name of its own ("M. Kearns, Y. Mansour, and L. Sellie") or surnames each followed by
    initials ("Kearns, M., Li, M."), and not "Kearns, Michael" (one name, surname first). "et al." is no name,
    nor what parentheses enclose (arXiv's affiliations: "A (1 and 2), B (2) ((1) U. Tokyo, (2) JAXA)")."""
    names = []
    # One space between words (linear below); "B. Buth et. al.," as a reference cites it, its comma after it.
    value = without_et_al(" ".join(_outside_parentheses(value).split()).rstrip(" ,;"))
    for part in re.split(r" and |;| & ", value):  # "AT&T Labs" is one name
        pieces = [piece.strip() for piece in part.split(",") if piece.strip()]
        if len(pieces) > 2 and len(pieces) % 2 == 0 and all(_INITIALS.fullmatch(piece) for piece in pieces[1::2]):
            names += [f"{surname}, {initials}" for surname, initials in zip(pieces[::2], pieces[1::2])]
        elif len(pieces) > 2 or (len(pieces) == 2 and all(len(piece.split()) > 1 for piece in pieces)):
            names += pieces
        elif pieces:
            names.append(", ".join(pieces))
    names = [name for written in names for name in names_in_run(written)]
    return tuple(_as_a_name(name) for name in names if not _NOT_A_NAME.fullmatch(name))


def _as_a_name(name: str) -> str:
    """A name without the period that ends its sentence ("L. J. A. Scott." is Scott; "A. B." ends in an initial)."""
    return name.removesuffix(".") if _ENDS_A_SENTENCE.search(name) else name


def names_in_bibtex_name(name: str) -> tuple[str, ...]:
    """One name of a BibTeX author list (split at "and"), or the names a hand-written list put in it: "A. Smith,
    B. Jones, and C. Brown" leaves "A. Smith, B. Jones," before its "and"; "Smith J, Doe J, Brown C" and "Smith,
    John; Doe, Jane" have none. "Last, First" and "Last, Jr, First" are one name; "et al." and "others" none."""
    name = " ".join(name.split())
    pieces = [piece.strip() for piece in name.split(",")]
    listed = len(pieces) > 3 or (len(pieces) == 3 and (not pieces[2] or all(len(piece.split()) > 1 for piece in pieces)))
    if listed or ";" in name:
        return split_authors(name)
    name = without_et_al(name)
    return () if not name or _NOT_A_NAME.fullmatch(name) else (name,)


# Initials after a surname, as PubMed and Vancouver-style references write names ("Smith J", "Li XY", "Pritzel A."):
# up to three capitals. They can only be initials when one capital, or two or three without a vowel: "Wei XU" is a
# surname in capitals, "Smith JA" is either.
_CAPITALS = r"[A-Z]{1,3}\.?"
_TRAILING_CAPITALS = re.compile(_CAPITALS)
_ENDS_IN_CAPITALS = re.compile(rf"\s{_CAPITALS}\s*$")
_STARTS_WITH_INITIALS = re.compile(r"\s*(?:[A-Z]\.?\s*){1,3}\s[A-Z][a-z]")  # "J Devlin", "MW Chang", "A. B. Smith"
_ONLY_INITIALS = re.compile(r"[A-Z]\.?|[B-DF-HJ-NP-TV-Z]{2,3}")


def only_initials(word: str) -> bool:
    return bool(_ONLY_INITIALS.fullmatch(word))


def is_initials(word: str) -> bool:
    """A word that can only be initials, in any script: "J", "JK", "J.", "И.", "И.И." (not "JA" or "XU", which may be
    surnames in capitals)."""
    if only_initials(word):
        return True
    letters = word.replace(".", "")  # one capital, or capitals each (but the last) with its period
    return letters.isalpha() and letters.isupper() and (len(letters) == 1 or word.count(".") >= len(letters) - 1)


def _ending_in_capitals(authors: Sequence[str]) -> list[tuple[str, str]] | None:
    """Each name as (the words before, its trailing capitals) when every name of a list of two or more ends in words
    of up to three capitals after words that are not all capitals ("Smith JA", "Smith J. A.", "Wei XU"); None for any
    other list."""
    if len(authors) < 2:
        return None
    parts = []
    for author in authors:
        words = author.split()
        cut = len(words)
        while cut > 1 and _TRAILING_CAPITALS.fullmatch(words[cut - 1]):
            cut -= 1
        before = " ".join(words[:cut])
        if cut == len(words) or "," in before or before.isupper():
            return None
        parts.append((before, " ".join(words[cut:])))
    return parts


def surname_first(authors: Sequence[str]) -> tuple[str, ...] | None:
    """A list written as PubMed writes it, each name a surname then its initials ("Smith JA, Doe J"), as "Smith,
    JA": when every name ends in capitals and one at least can only be initials. "Smith JA" alone could be a
    surname in capitals ("Wei XU"); beside "Doe J" it is not. None for any other list."""
    return _read_surname_first(authors, certain=True)


def maybe_surname_first(authors: Sequence[str]) -> tuple[str, ...] | None:
    """The surname-first reading of a list that may be either: every name ends in two or three capitals that
    could be initials or a surname ("Smith JA, Doe JE" from PubMed, or "Wei XU, Jun LI"). Only the other
    record can tell (matching reads it both ways); None for a list that is one or the other."""
    return _read_surname_first(authors, certain=False)


def _read_surname_first(authors: Sequence[str], *, certain: bool) -> tuple[str, ...] | None:
    """Each name as "Surname, Initials" when every name ends in capitals and whether some can only be initials is
    `certain`."""
    parts = _ending_in_capitals(authors)
    if not parts or any(only_initials(word) for _, capitals in parts for word in capitals.split()) != certain:
        return None
    return tuple(f"{surname}, {initials}" for surname, initials in parts)


def names_in_csv_cell(cell: str) -> list[str]:
    """Names separated by ";" as paperlens and Zotero write them ("Jumper, John; Evans, Richard"), else by commas
    as PubMed lists them ("Jumper J, Evans R, Pritzel A"), the last two joined by "and" or "&" as references join
    them ("Fahle, M., Edelman, S., & Poggio, T.", "Scott E Fahlman and Geoffrey E Hinton."); one "Last, First" or
    "Last, Jr., First" is one name. A name of a company with "and" in it reads as two: so BibTeX reads it too."""
    if ";" in cell:
        return [name.strip() for name in cell.split(";") if name.strip()]
    parts = _JOINED.split(" ".join(cell.split()))  # one space between words: a linear split
    return [name for part in parts for name in _names_in_csv_part(part.strip(" ,"))]


def _names_in_csv_part(part: str) -> list[str]:
    pieces = part.split(",")
    if len(pieces) == 2 and (
        all(_ENDS_IN_CAPITALS.search(piece) for piece in pieces)  # two, as PubMed writes them ("Jumper J, Evans R")
        or all(_STARTS_WITH_INITIALS.match(piece) for piece in pieces)  # two, as Google Scholar ("J Devlin, MW Chang")
    ):
        return list(split_authors(part))  # which reads runs of names and sentence ends itself
    return [_as_a_name(name) for written in names_in_bibtex_name(part) for name in names_in_run(written)] if part else []


# Words that begin a surname of more than one word ("van de welde w", "de jong k"), in lower case.
PARTICLES = frozenset("van von de der den del della di da du dos das la le ten ter st bin ibn al el mac".split())


def is_letter(word: str) -> bool:
    """One Latin letter, in either case: an initial where names lost their punctuation ("fahlman s e")."""
    return len(word) == 1 and word.isascii() and word.isalpha()


def names_in_run(written: str) -> list[str]:
    """Names written one after another with nothing between them, as citation sets that lost their punctuation
    write them: surname first, each followed by its initials ("benford s bowers j van den bosch a"), or initials
    first ("m ahlskog j paloheimo h stubb"; a last initial cut from its surname is dropped; "b a draper carla e
    brodley": a given name in full after a surname begins the next name). Anything else is one name as written:
    "scott e fahlman" (first name, initial, surname), "lennart e fahlen charles grant brown" (no telling where one
    name ends), or a name with punctuation, which other rules read."""
    words = written.split()
    if len(words) < 4 or any(mark in written for mark in ",.;"):
        return [written]
    runs: list[list[str]] = []  # alternating runs of initials (single letters) and of words
    for word in words:
        if runs and is_letter(runs[-1][-1]) == is_letter(word):
            runs[-1].append(word)
        else:
            runs.append([word])
    initials_first = is_letter(runs[0][0])
    if not initials_first and len(runs) % 2:  # surname first ends in initials: "scott e fahlman" is one name
        return _first_inverted(runs) or [written]
    names, given = [], []  # given: the full given names that begin the next name
    for at in range(0, len(runs) - 1, 2):
        first, second = runs[at], runs[at + 1]
        if initials_first and at + 2 < len(runs) and len(second) > 1 and second[0] not in PARTICLES:
            # "b a draper carla e brodley": a surname, then the next name's given name in full
            names.append(" ".join(given + first + second[:1]))
            given = second[1:]
        else:
            names.append(" ".join(given + first + second))
            given = []
    if given:  # "… smith john b": the last name's initials after its given name
        names.append(" ".join(given + runs[-1]))
    return names if len(names) > 1 else [written]


def _first_inverted(runs: list[list[str]]) -> list[str] | None:
    """Names as a reference list in Chicago's style writes them, their punctuation gone: the first surname first,
    with a given name in full and initials ("aha david w"), the others given name first, each one given name,
    initials or none, and a surname ("dennis kibler marc k albert"). None unless every word falls in place."""
    first_words = runs[0]
    if len(first_words) < 2 or (len(first_words) > 2 and first_words[0] not in PARTICLES):
        return None  # "scott e fahlman": one given name, an initial, a surname
    names, rest, at = [" ".join(first_words + runs[1])], [word for run in runs[2:] for word in run], 0
    while at < len(rest):
        given, at = [rest[at]], at + 1
        while at < len(rest) and is_letter(rest[at]):
            given.append(rest[at])
            at += 1
        surname_from = at
        while at < len(rest) and rest[at] in PARTICLES:  # "ludwig van beethoven"
            at += 1
        if at >= len(rest) or is_letter(rest[at]):  # no surname after the given name
            return None
        at += 1
        names.append(" ".join(given + rest[surname_from:at]))
    return names if len(names) > 1 else None


def _outside_parentheses(text: str) -> str:
    """The text without what balanced parentheses enclose, nested or not (one pass over the parentheses); a "("
    never closed is dropped alone, and what follows it kept."""
    if "(" not in text:
        return text
    pieces, copied, depth, opened_at = [], 0, 0, 0
    for match in _PARENTHESIS.finditer(text):
        if match.group() == "(":
            if depth == 0:
                pieces.append(text[copied : match.start()])
                opened_at = match.start()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                copied = match.end()
    pieces.append(text[copied:] if depth == 0 else text[opened_at + 1 :])
    return " ".join(pieces)
