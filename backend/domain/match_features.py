"""What two bibliographic records have in common, as numbers a small model weighs (and words that say why).

Built for records as real libraries hold them: Google Scholar imports (titles cut or run on, author lists
cut to one name, venues spelt out, years missing, mojibake), titles pasted with their authors, venue and
year inside them. Evidence that is missing is not evidence against: every field has a "missing" feature
beside its agreement, and the model learns what each is worth.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from rapidfuzz import fuzz, process


# Venues under the names and abbreviations records use for them; the first alias that a normalised venue
# contains decides (journal forms before the conference of the same name).
_VENUE_ALIASES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("vldb journal", ("vldb j", "vldb journal", "vldbj")),
    ("sigmod record", ("sigmod record", "sigmod rec")),
    ("tods", ("tods", "trans database syst", "transactions on database systems")),
    ("tkde", ("tkde", "transactions on knowledge and data engineering", "trans knowl data eng")),
    ("pvldb", ("pvldb", "proc vldb endow", "proceedings of the vldb endowment")),
    ("vldb", ("vldb", "very large data bases", "very large databases", "conference on very", "conf on very")),
    ("sigmod", ("sigmod", "management of data")),
    ("icde", ("icde", "conference on data engineering", "data engineering")),
    ("kdd", ("kdd", "knowledge discovery and data mining")),
    ("neurips", ("neurips", "nips", "neural information processing systems")),
    ("icml", ("icml", "international conference on machine learning")),
    ("iclr", ("iclr", "conference on learning representations")),
    ("emnlp", ("emnlp", "empirical methods in natural language processing")),
    ("naacl", ("naacl", "north american chapter of the association for computational linguistics")),
    ("acl", ("acl", "annual meeting of the association for computational linguistics")),
    ("cvpr", ("cvpr", "computer vision and pattern recognition")),
    ("iccv", ("iccv", "international conference on computer vision")),
    ("aaai", ("aaai", "conference on artificial intelligence")),
    ("www", ("www", "world wide web conference", "the web conference")),
    ("sigir", ("sigir", "research and development in information retrieval")),
    ("arxiv", ("arxiv", "corr")),
)
PREPRINT_SERVER = "arxiv"  # a venue no other contradicts: a paper is posted there and published elsewhere
_VENUE_WORDS_IGNORED = frozenset(
    "the of on in and for proceedings proc international conference conf annual acm ieee journal j "
    "symposium workshop".split()
)
# Shared with matching.py (its rules and its index): one list, so the rules and the model read titles alike.
STOP_WORDS = frozenset(
    "a an the of for and or in on to with by from at as is are via using towards toward into its their".split()
)
_NEGATIONS = frozenset({"not", "no", "without", "never"})
# The reasons the rules (matching.py) and the model (match_model.py) give for the same evidence, written once.
NEGATES = "one title negates what the other says"
RESPONDS = "one is an erratum, a retraction, a comment or a reply to the other"
BUILDS_ON = "the longer title is a work on the other's subject ({} …)"
# Words of titles that name a kind of item rather than a work ("Editorial", "Guest editor's introduction",
# "Book review column"): a title made only of them recurs, year after year, and says little alone.
_GENERIC_WORDS = frozenset(
    "editorial editorials guest editor editors s notes note introduction foreword preface message column review "
    "reviews book books letter letters chair chairs report reports welcome remarks opening closing comments "
    "response reply erratum corrigendum addendum announcement announcements news treasurer secretary president "
    "minutes memoriam obituary interview panel keynote address tutorial overview abstracts index contents "
    "table reminiscences influential papers charter scope call calls".split()
)
YEAR = re.compile(r"^(1[89]|20)\d\d$")  # a word that is a year (matching.py reads titles with it too)
# fuzz.ratio at which a word has a counterpart: "challenge" / "challenges" pass, "learners" / "reasoners" do not.
WORD_COUNTERPART = 75.0
# Bounds that keep a pair's cost constant whatever an upload holds (real titles are far inside them):
# words compared one by one (quadratic in their number) and the strings partial_ratio slides over (cubic).
MAX_COMPARED_WORDS = 64
MAX_PARTIAL_CHARS = 300


@lru_cache(maxsize=4096)  # a library has a few hundred venues, compared over and over
def canonical_venue(normalised_venue: str) -> str | None:
    padded = f" {normalised_venue} "
    for name, aliases in _VENUE_ALIASES:
        if any(f" {alias} " in padded for alias in aliases):
            return name
    return None


# Words that do not tell one venue from another: "in proc of the", a year, an edition's number.
_VENUE_FILLER = frozenset("in proc procs proceedings of the on and at for".split())


def venue_content(normalised_venue: str) -> list[str]:
    """A venue's words that name it, in order: no filler, no numbers, no plural "s"."""
    return [word.removesuffix("s") if len(word) > 4 else word for word in normalised_venue.split() if word not in _VENUE_FILLER and not word.isdigit()]


def abbreviates(ours: list[str], theirs: list[str]) -> bool:
    """The same words of a venue's name in order, each the same, one cut short ("adv" / "advances", "info" /
    "information", "res" / "research") or standing for several by their initials ("ai" / "artificial intelligence")."""
    at = theirs_at = 0
    while at < len(ours) and theirs_at < len(theirs):
        one, two = ours[at], theirs[theirs_at]
        short, long = sorted((one, two), key=len)
        if one == two or (len(short) >= 3 and long.startswith(short)):
            at, theirs_at = at + 1, theirs_at + 1
        elif _initials_of(one, theirs, theirs_at):
            at, theirs_at = at + 1, theirs_at + len(one)
        elif _initials_of(two, ours, at):
            at, theirs_at = at + len(two), theirs_at + 1
        else:
            return False
    return at == len(ours) > 0 and theirs_at == len(theirs)


def _initials_of(word: str, words: list[str], start: int) -> bool:
    """`word` (two letters or more) is the initials of the words from `start` on ("ai": "artificial intelligence")."""
    return 2 <= len(word) <= len(words) - start and word.isalpha() and all(words[start + at][:1] == letter for at, letter in enumerate(word))


@cache
def _alias_words() -> tuple[tuple[str, list[str]], ...]:
    return tuple((name, venue_content(alias)) for name, aliases in _VENUE_ALIASES for alias in aliases)


def abbreviated_venue(words: list[str]) -> str | None:
    """The known venue one of whose names these words hold, some cut short ("adv neural info processing system"
    holds NIPS's "neural information processing systems"), as `canonical_venue` finds a name written in full."""
    return next(
        (name for name, alias in _alias_words() for at in range(len(words) - len(alias) + 1) if abbreviates(words[at : at + len(alias)], alias)),
        None,
    )


# Words venues are made of: a title's tail of such words (and names and years) is fields pasted into it.
_VENUE_VOCABULARY = frozenset(
    {word for _, aliases in _VENUE_ALIASES for alias in aliases for word in alias.split()}
    | _VENUE_WORDS_IGNORED
    | set("record rec trans transactions bulletin letters press proceedings journal lecture notes series".split())
)


@lru_cache(maxsize=4096)
def venue_words(normalised_venue: str) -> frozenset[str]:
    """The venue's own words and those of its known names (so "vldb" explains "very large data bases")."""
    words = set(normalised_venue.split())
    name = canonical_venue(normalised_venue)
    if name:
        for known, aliases in _VENUE_ALIASES:
            if known == name:
                words.update(word for alias in aliases for word in alias.split())
    return frozenset(words - _VENUE_WORDS_IGNORED)


@dataclass(frozen=True, slots=True)
class Record:
    """One side of a comparison, normalised once (an index keeps these for its items)."""

    title: str  # normalise_title(...)
    authors: tuple[str, ...]  # each author normalised, words kept
    surnames: tuple[str, ...]
    venue: str
    year: int | None

    @property
    def field_words(self) -> set[str]:
        """Words of the record's other fields: what may have been pasted into a title."""
        words = {word for author in self.authors for word in author.split() if len(word) > 1}
        words |= venue_words(self.venue)
        if self.year:
            words.add(str(self.year))
        return words


def explained_tail(title_words: list[str], explained: set[str], names: str, initials: dict[str, set[str]]) -> int:
    """How many words at the end of a title are other fields pasted in (authors, venue, year): a run of
    words each a year, a venue word, one of `explained`, a piece of a name (`names`: the records'
    author names run together, so "m ü ller" is read as part of "muller"), or a given name before its author's
    surname that the record writes as an initial ("ronald fagin" / "r. fagin": `initials`, by surname).
    Never the whole title."""
    count, author = 0, set()
    for word in reversed(title_words[-MAX_COMPARED_WORDS:]):
        if word in explained or word in _VENUE_VOCABULARY or YEAR.match(word) or word.isdigit() or (len(word) < 3 or word in names):
            count += 1
        elif word[0] in author:
            count += 1
        else:
            break
        if word in initials:  # a surname: its given names may come before it, initials between
            author = initials[word]
        elif len(word) > 2:
            author = set()
    count = min(count, max(0, len(title_words) - 2))
    tail = title_words[len(title_words) - count :]
    # Only a tail that holds something a title would not end with counts: a year, a name, a venue's name.
    anchored = any(YEAR.match(word) or (len(word) > 2 and word in explained and word not in _VENUE_VOCABULARY) for word in tail)
    return count if anchored or canonical_venue(" ".join(tail)) else 0


def explained_head(title_words: list[str], explained: set[str], names: str) -> int:
    """How many words at the start of a title are the end of an author list pasted in (Scholar cuts a
    citation in the wrong place: "shim . public : a decision tree classifier …", "andj . widom . view
    maintenance …"): a run of author words, pieces of names, initials, years, "and" (glued to an initial
    too: "andj"). Only a run that holds a surname counts; never more than the title less three words."""
    count, anchored = 0, False
    for word in title_words[: MAX_COMPARED_WORDS // 2]:
        surname = len(word) > 2 and (word in explained or word in names) and not YEAR.match(word)
        if not (surname or len(word) < 3 or YEAR.match(word) or (word.startswith("and") and len(word) <= 5)):
            break
        anchored |= surname
        count += 1
    return min(count, max(0, len(title_words) - 3)) if anchored else 0


MIN_GLUED_CHARS = 6  # shorter words are left whole: "often" is no "of" + "ten"
MAX_GLUED_CHARS = 80  # longer runs are not read for pieces: a word costs at most its length x MAX_PIECE_CHARS
MAX_PIECE_CHARS = 30  # the longest word a glued run is read as holding


_GLUED_SMALL_WORDS = frozenset("a an the of for and in on to with".split())  # glued in, though the other title lacks them
# Text taken from a PDF loses the letters a font set as one glyph: "efficient" / "ecient", "buffer" / "buer",
# "files" / "les", "firm" / "rm" (Scholar's records are full of them, glued or not: "anecientalgorithmfor").
_LIGATURES = re.compile(r"ffi|ffl|ff|fi|fl")


def split_glued(words: list[str], theirs: list[str]) -> list[str]:
    """The words of one title with those the other writes apart split as it writes them ("decisiontree" /
    "decision tree", "classifierthatintegrates" / "classifier that integrates": OCR and Scholar drop blanks;
    "database" / "data base": authors add them). A word is split only into the other title's words, all of it,
    into as few pieces as can be; a piece may differ from their word by a plural "s" ("structures" / "structure"),
    be a small word the other title has not ("afaulttolerantdesign" / "fault tolerant design"), or be their word
    less its ligatures, read as their word ("anecient" / "an efficient")."""
    vocabulary = set(theirs)
    if all(word in vocabulary for word in words[:MAX_COMPARED_WORDS]):
        return words  # nothing to read: most pairs
    lost = {bare: word for word in vocabulary if "f" in word for bare in [_LIGATURES.sub("", word)] if bare and bare not in vocabulary}
    if all(word in vocabulary or (word not in lost and not MIN_GLUED_CHARS <= len(word) <= MAX_GLUED_CHARS) for word in words[:MAX_COMPARED_WORDS]):
        return words  # the words that differ are neither long enough to hold others nor lost ligatures
    plurals = [word for word in theirs if len(word) > 3]  # not "a" / "as", "i" / "is"
    vocabulary |= {f"{word}s" for word in plurals} | {word[:-1] for word in plurals if word.endswith("s")}
    vocabulary |= _GLUED_SMALL_WORDS | lost.keys()
    lengths = sorted({len(piece) for piece in vocabulary if len(piece) <= MAX_PIECE_CHARS})
    out: list[str] = []
    for index, word in enumerate(words):
        pieces = None
        if index < MAX_COMPARED_WORDS and word not in vocabulary and MIN_GLUED_CHARS <= len(word) <= MAX_GLUED_CHARS:
            pieces = _pieces(word, vocabulary, lengths)
        out.extend(lost.get(piece, piece) for piece in pieces or (word,))
    return out


def split_glued_both(ours: list[str], theirs: list[str]) -> tuple[list[str], list[str]]:
    """Both titles' words with glued runs read as the other title writes them apart (`split_glued` each way)."""
    ours = split_glued(ours, theirs)
    return ours, split_glued(theirs, ours)


def _pieces(word: str, vocabulary: set[str], lengths: list[int]) -> list[str] | None:
    """The fewest words of `vocabulary` (whose `lengths` these are) that make up `word` (two or more), or None.
    Read from the start, each piece from where one ends: a word that starts with none costs a lookup a length."""
    if not any(word[-length:] in vocabulary for length in lengths if length < len(word)):
        return None  # no piece ends it: most words that differ
    best: list[list[str] | None] = [[]] + [None] * len(word)  # best[end]: the fewest pieces making word[:end]
    for start in range(len(word)):
        before = best[start]
        if before is None:
            continue
        for end in (start + length for length in lengths if start + length <= len(word)):
            piece = word[start:end]
            if piece in vocabulary and (best[end] is None or len(before) + 1 < len(best[end])):
                best[end] = [*before, piece]
    found = best[-1]
    return found if found is not None and len(found) > 1 else None


def unmatched_words(ours: list[str], theirs: list[str]) -> list[str]:
    """Content words of one title with no close counterpart in the other."""
    theirs_set = set(theirs[:MAX_COMPARED_WORDS])
    left = []
    for word in list(dict.fromkeys(ours))[:MAX_COMPARED_WORDS]:
        if word in STOP_WORDS or word in theirs_set:
            continue
        if word.isdigit() or not process.extractOne(word, theirs_set, scorer=fuzz.ratio, processor=None, score_cutoff=WORD_COUNTERPART):
            left.append(word)
    return left


FEATURES = (
    "title_ratio",  # fuzz.ratio of the titles with pasted-in fields removed
    "title_token_set",
    "title_partial",  # one title cut short, or run on
    "title_glued",  # ratio with every space removed: glued and split words
    "title_raw_ratio",  # as written (a title with the other record's fields inside still resembles it)
    "title_exact",
    "unmatched_min",  # content words without a counterpart, on the side with fewer (0..1, capped at 4)
    "unmatched_max",
    "number_conflict",  # a version or part number beside a word both titles share, in one only: a sequel
    "negation_conflict",  # one title negates the other, or says the opposite ("large" / "small")
    "response_conflict",  # one title is an erratum of, a comment on or a reply to the other ("Erratum: X" / "X"), builds on it or accompanies it
    "short_title",  # 3 words or fewer: generic titles need other evidence
    "length_ratio",
    "pasted_fields",  # some words of a title were the record's other fields
    "authors_agree",
    "authors_agree_shorter",  # shared authors over the shorter list: a list cut to one name still agrees
    "authors_missing",  # one side lists no authors
    "first_author_same",
    "authors_in_title",  # the other record's surnames found in a title (authors pasted into it)
    "year_same",
    "year_gap",  # |difference|, capped at 5, over 5
    "year_missing",
    "venue_same",
    "venue_conflict",  # both venues known, not the same one, neither arXiv (a conference paper and its journal version)
    "venue_similar",
    "venue_missing",
    "record_jaccard",  # every word of the record (title, authors, venue, year): fields moved between
    "record_token_set",  # fields (a title holding the authors) still meet their counterparts here
    "title_covered",  # the share of each title's words found anywhere in the other record (the lower)
    "title_start_same",  # the first three words agree (a title cut short, or run on)
    "generic_title",  # a title made only of words like "editorial", "guest editor's introduction"
    "authors_agree_loose",  # initials and surnames over the shorter list, a swapped first and last name read
    "rules_same",  # what the rules (matching._by_rules) said: same ...
    "rules_possible",  # ... or possible
)


@dataclass(frozen=True, slots=True)
class Authors:
    """How the author lists of a pair agree (matching.py computes it): None where a side lists none."""

    agreement: float | None  # shared authors over the longer list
    shorter: float | None  # ... over the shorter
    loose: float | None  # by initial and surname, first and last names swapped or not, over the shorter


def title_cores(left: Record, right: Record, explained: set[str] | None = None) -> tuple[list[str], list[str], bool]:
    """The words of each title that are its own: less a tail and a head that are the records' other fields pasted
    in (`explained`: their words, when the caller has them), glued runs read as the other title writes them
    apart; and whether anything was cut."""
    explained = left.field_words | right.field_words if explained is None else explained
    names = " ".join(author.replace(" ", "") for author in left.authors + right.authors)
    # By the name's last word, not Record.surnames: a pasted title splits "al-khalifa" into words as the name does,
    # where a surname is run together ("alkhalifa").
    initials: dict[str, set[str]] = {}
    for author in left.authors + right.authors:
        *given, surname = author.split() or [""]
        initials.setdefault(surname, set()).update(name[0] for name in given)
    left_words, right_words = left.title.split(), right.title.split()
    cut_left, cut_right = explained_tail(left_words, explained, names, initials), explained_tail(right_words, explained, names, initials)
    ours, theirs = left_words[: len(left_words) - cut_left], right_words[: len(right_words) - cut_right]
    head_left, head_right = explained_head(ours, explained, names), explained_head(theirs, explained, names)
    ours, theirs = split_glued_both(ours[head_left:], theirs[head_right:])
    return ours, theirs, cut_left > 0 or cut_right > 0 or head_left > 0 or head_right > 0


def features(left: Record, right: Record, authors: Authors, rules_verdict: str) -> list[float]:
    """The FEATURES of a pair, in order (`rules_verdict`: what the rules said of it)."""
    left_fields, right_fields = left.field_words, right.field_words  # computed once: they are sets built per call
    left_all = (set(left.title.split()) | left_fields) - STOP_WORDS  # every word of the record
    right_all = (set(right.title.split()) | right_fields) - STOP_WORDS
    left_words, right_words = left.title.split(), right.title.split()
    ours, theirs, pasted = title_cores(left, right, left_fields | right_fields)
    a, b = " ".join(ours), " ".join(theirs)
    unmatched = (len(unmatched_words(ours, theirs)), len(unmatched_words(theirs, ours)))
    surnames_left, surnames_right = set(left.surnames), set(right.surnames)
    authors_in_title = 0.0
    if not surnames_left and surnames_right:
        authors_in_title = len(surnames_right & set(left_words)) / len(surnames_right)
    elif not surnames_right and surnames_left:
        authors_in_title = len(surnames_left & set(right_words)) / len(surnames_left)
    years = (left.year, right.year)
    gap = abs(years[0] - years[1]) if None not in years else None
    venues = (canonical_venue(left.venue), canonical_venue(right.venue))
    venue_words_left, venue_words_right = venue_words(left.venue), venue_words(right.venue)
    return [
        fuzz.ratio(a, b, processor=None) / 100,
        fuzz.token_set_ratio(a, b, processor=None) / 100,
        fuzz.partial_ratio(a[:MAX_PARTIAL_CHARS], b[:MAX_PARTIAL_CHARS], processor=None) / 100 if min(len(ours), len(theirs)) >= 3 else 0.0,
        fuzz.ratio(a.replace(" ", ""), b.replace(" ", ""), processor=None) / 100,
        fuzz.ratio(left.title, right.title, processor=None) / 100,
        float(a.replace(" ", "") == b.replace(" ", "")),
        min(min(unmatched), 4) / 4,
        min(max(unmatched), 4) / 4,
        float(numbers_conflict(ours, theirs) or parts_differ(left_words, right_words) is not None),
        float(negations(ours) != negations(theirs) or opposites(ours, theirs) is not None),
        float(responds(left.title) != responds(right.title) or builds_on(ours, theirs) is not None or accompanies(ours, theirs) is not None),
        float(min(len(ours), len(theirs)) <= 3),
        min(len(ours), len(theirs)) / max(len(ours), len(theirs), 1),
        float(pasted),
        authors.agreement or 0.0,
        authors.shorter or 0.0,
        float(authors.agreement is None),
        float(bool(left.surnames and right.surnames and left.surnames[0] == right.surnames[0])),
        authors_in_title,
        float(gap == 0),
        min(gap, 5) / 5 if gap is not None else 0.0,
        float(gap is None),
        float(venues[0] is not None and venues[0] == venues[1]),
        float(venues[0] is not None and venues[1] is not None and venues[0] != venues[1] and PREPRINT_SERVER not in venues),
        len(venue_words_left & venue_words_right) / max(min(len(venue_words_left), len(venue_words_right)), 1),
        float(not venue_words_left or not venue_words_right),
        _jaccard(left_all, right_all),
        fuzz.token_set_ratio(" ".join(sorted(left_all)), " ".join(sorted(right_all)), processor=None) / 100,
        min(_covered(ours, right_all), _covered(theirs, left_all)),
        float(ours[:3] == theirs[:3]),
        float(is_generic(ours) or is_generic(theirs)),
        authors.loose or 0.0,
        float(rules_verdict == "same"),
        float(rules_verdict == "possible"),
    ]


# Notices about a paper, as journals and Crossref title them: "Erratum to X", "Author Correction: X" (Springer
# Nature), "Correction: X" (PLOS), "Retraction Note: X", "Notice of Retraction: X" (IEEE), "Expression of Concern: X",
# "Addendum to X", "Rejoinder" (statistics journals), "In reply to X", "X: Erratum". ("Discussion of X" is a work on
# X: builds_on.)
_RESPONSE = re.compile(
    r"^(?:errat(?:um|a)|corrigend(?:um|a)|addend(?:um|a)|(?:author |publisher )?correction|comments? on|(?:in )?reply to"
    r"|response to|rejoinder|(?:notice of )?retraction|expression of concern)\b|\b(?:errat(?:um|a)|corrigend(?:um|a))$"
)


def negations(words: list[str]) -> int:
    """How many negating words a title holds ("Attention is not Explanation"; "not not" is two)."""
    return sum(word in _NEGATIONS for word in words)


# Words of opposite meaning, and prefixes that negate a word ("supervised" / "unsupervised", "linear" /
# "non-linear"): two titles that differ by such a pair ("Large" / "Small Language Models", "Online" / "Offline RL")
# name two works, whatever else they share. None occurs in the benchmarks' pairs, matches or not.
_OPPOSITE_PAIRS = (
    "large/small big/small high/low fast/slow long/short wide/narrow deep/shallow dense/sparse strong/weak hard/soft "
    "online/offline explicit/implicit global/local static/dynamic positive/negative discrete/continuous "
    "deterministic/stochastic synchronous/asynchronous centralized/decentralized symmetric/asymmetric "
    "homogeneous/heterogeneous internal/external inductive/transductive generative/discriminative coarse/fine "
    "upper/lower minimum/maximum min/max forward/backward open/closed single/multi monolingual/multilingual "
    "unimodal/multimodal increasing/decreasing lossless/lossy white/black"
)


def _both_ways(pairs: str) -> dict[str, set[str]]:
    """"a/b c/b" as {a: {b}, b: {a, c}, c: {b}}."""
    table: dict[str, set[str]] = {}
    for pair in pairs.split():
        one, other = pair.split("/")
        table.setdefault(one, set()).add(other)
        table.setdefault(other, set()).add(one)
    return table


_OPPOSITES = _both_ways(_OPPOSITE_PAIRS)
_NEGATING_PREFIXES = ("un", "non")
MIN_NEGATED_CHARS = 4  # "unit" is no negated "it", nor "union" of "ion"


def _glued_prefixes(words: list[str]) -> set[str]:
    """The words, a negating prefix written apart joined to the word it negates ("non linear": "nonlinear")."""
    glued, words = set(), list(words)
    for index, word in enumerate(words):
        if word in _NEGATING_PREFIXES and index + 1 < len(words):
            words[index + 1] = word + words[index + 1]
        else:
            glued.add(word)
    return glued


def opposites(ours: list[str], theirs: list[str]) -> tuple[str, str] | None:
    """A word only one title has, and its opposite, only in the other ("large", "small"), or None."""
    mine, other = _glued_prefixes(ours[:MAX_COMPARED_WORDS]), _glued_prefixes(theirs[:MAX_COMPARED_WORDS])
    only_mine, only_other = mine - other, other - mine
    return next(((word, opposite) for word in sorted(only_mine) for opposite in _opposites_of(word) if opposite in only_other), None)


def _opposites_of(word: str):
    """The word's opposites ("small" of "large"), then the word without or with a negating prefix."""
    yield from sorted(_OPPOSITES.get(word, ()))
    for prefix in _NEGATING_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= MIN_NEGATED_CHARS:
            yield word[len(prefix) :]
        if len(word) >= MIN_NEGATED_CHARS:
            yield prefix + word


def responds(title: str) -> bool:
    """Does a normalised title name an erratum of, a comment on or a reply to a paper (not the paper)?"""
    return bool(_RESPONSE.search(title))


# Words that end what a title puts before another's subject: "Improved Baselines *with* …", "Fast Algorithms *for* …".
# Not "by": Scholar cuts a citation before its title ("… de . by . From Nested-Loop to Join Queries").
_ABOUT = frozenset("of for with into on in to via from using towards toward about beyond over through within across".split())
# Words that name a kind of publication of a work, not another work: "A Tutorial on X", "Demonstration of X" and "X"
# may be one paper listed twice (DBLP-Scholar labels them so); only a head with words of its own is a new work.
_GENRE_WORDS = _GENERIC_WORDS | {"demonstration", "demo", "study", "investigation"}


def builds_on(ours: list[str], theirs: list[str]) -> str | None:
    """One title is the other after words of its own that end in a preposition: a work on its subject, not it
    ("Improved Baselines with Visual Instruction Tuning" / "Visual Instruction Tuning"; "Fast Algorithms for Mining
    Generalized Association Rules" / "Mining …"). The words put before it, or None."""
    shorter, longer = sorted((ours, theirs), key=len)
    if len(shorter) < 2 or len(longer) <= len(shorter) or longer[-len(shorter) :] != shorter:
        return None
    head = longer[: len(longer) - len(shorter)]
    if head[-1] in _ABOUT and any(word not in STOP_WORDS and word not in _GENRE_WORDS for word in head):
        return " ".join(head)
    return None


# What accompanies a paper, named by the paper's title and a word or two: "X: Supplementary Material", "Supplementary
# Information for X", "X (video)", "X - slides", "X: a replication study", "[Re] X" (ReScience). Each is an item of
# its own (a supplement has its own DOI, a talk its own recording), not the paper. A replication only after the title
# or before "of"/"for" it: "Replication for Mobile Computers" is about data replication. (Errata are `responds`.)
_REPLICATIONS = frozenset({"replication", "replication study", "replication package", "reproduction", "reproducibility study", "reproducibility report"})
_COMPANIONS = _REPLICATIONS | frozenset(
    {f"{kind} {what}" for kind in ("supplementary", "supplemental", "online", "electronic") for what in
     ("material", "materials", "information", "data", "appendix", "appendices", "supplement", "file", "files")}
    | {"supplement", "appendix", "appendices", "slides", "presentation slides", "video", "re"}
)
_ARTICLES = frozenset({"a", "an", "the"})


def accompanies(ours: list[str], theirs: list[str]) -> str | None:
    """One title is the other with words naming what accompanies a paper, after it or before it (maybe ending in
    "for", "of" or "to"): those words ("supplementary material"), or None."""
    shorter, longer = sorted((ours, theirs), key=len)
    extra = len(longer) - len(shorter)
    if len(shorter) < 2 or not extra:
        return None
    if longer[:-extra] == shorter:
        words, connected = longer[-extra:], True
    elif longer[extra:] == shorter:
        connected = longer[extra - 1] in ("for", "of", "to")
        words = longer[: extra - 1] if connected else longer[:extra]
    else:
        return None
    phrase = " ".join(word for word in words if word not in _ARTICLES)
    return phrase if phrase in _COMPANIONS and (connected or phrase not in _REPLICATIONS) else None


ROMAN_NUMERALS = frozenset({"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"})
_PART_NUMBERS = ROMAN_NUMERALS | {"one", "two", "three"}


def part_numbers(words: list[str]) -> set[str]:
    """The numbers of the parts a title names: "i" in "cluster validity methods part i", "2" in "… part 2"."""
    return {number for word, number in zip(words, words[1:]) if word == "part" and (number.isdigit() or number in _PART_NUMBERS)}


def parts_differ(ours: list[str], theirs: list[str]) -> str | None:
    """Both titles name a part of a work, not the same one ("… (part i)" / "… (part ii)"): read on the whole titles,
    as a record with its authors and venue pasted after the part ("… ( part ii ) dennis shasha , …") hides it from
    the words compared. "i / ii", or None."""
    left, right = part_numbers(ours), part_numbers(theirs)
    return f"{'/'.join(sorted(left))} / {'/'.join(sorted(right))}" if left and right and left != right else None


def _numbers(words: list[str]) -> list[tuple[int, str]]:
    """(position, number) of the numbers that may name a version, a part or a sequel: digits not in a run of
    numbers (pages, volume and issue pasted in: "30 1 78 83"), and roman numerals after "part"."""
    found = []
    for at, word in enumerate(words):
        if word.isdigit():  # years too: "ICDAR 2019 competition" / "ICDAR 2021 competition"
            beside = words[max(at - 1, 0) : at] + words[at + 1 : at + 2]
            if not any(other.isdigit() for other in beside):
                found.append((at, word))
        elif word in ROMAN_NUMERALS and at and words[at - 1] in ("part", "volume", "vol"):
            found.append((at, word))
    return found


def numbers_conflict(ours: list[str], theirs: list[str]) -> bool:
    """A number in one title and not the other, right after a word both titles have: "Llama 2" / "Llama 3",
    "Qwen2" / "Qwen2 5", "... part i" / "... part ii"; or a name both titles number, numbered otherwise (see
    `versions_differ`). A number after words of its own ("paper id 238", "proceedings of the 21") was pasted in
    from elsewhere."""
    if versions_differ(ours, theirs):
        return True
    shared = (set(ours) & set(theirs)) - STOP_WORDS
    for words, other in ((ours, theirs), (theirs, ours)):
        other_words = set(other)
        for at, number in _numbers(words[:MAX_COMPARED_WORDS]):
            if number not in other_words and at and (words[at - 1] in shared or _part_of_a_whole(words, at, other_words)):
                return True
    return False


_DIGIT = re.compile(r"\d")
_NAMED_NUMBER = re.compile(r"([a-z]+)(\d\w*)")  # a name and its number written as one word: "qwen2", "yolov3"
# A number and what it counts: "3d" / "2d", "7b" / "13b". Not ordinals: Scholar drops digits ("the 1st century").
_NUMBERED_UNIT = re.compile(r"(\d+)(?!st$|nd$|rd$|th$)([a-z]+)")


def versions(words: list[str]) -> dict[str, frozenset[str]]:
    """The numbers a title gives names, however the name and the number are written: "qwen2 5", "qwen 2 5" and
    "qwen2.5" all give {"qwen": {"2.5"}}; "yolov3" {"yolov": {"3"}}; "gpt 4o" {"gpt": {"4o"}}; "the llama 3 1
    herd" {"llama": {"3.1"}} (normalised titles: a dot is a blank); "3d gaussian splatting" {"d": {"3"}}."""
    found: dict[str, set[str]] = {}
    words = words[:MAX_COMPARED_WORDS]
    at = 0
    while at < len(words):
        joined, measure = _NAMED_NUMBER.fullmatch(words[at]), _NUMBERED_UNIT.fullmatch(words[at])
        if joined:
            name, number = joined.groups()
        elif measure:  # "3d", "7b": the unit names what is counted
            number, name = measure.groups()
        elif words[at].isalpha() and words[at] not in STOP_WORDS and at + 1 < len(words) and words[at + 1][:1].isdigit():
            at += 1
            name, number = words[at - 1], words[at]
        else:
            at += 1
            continue
        while at + 1 < len(words) and words[at + 1].isdigit() and len(words[at + 1]) <= 2:  # "2 5": 2.5 (not a year pasted after it)
            at += 1
            number += "." + words[at]
        found.setdefault(name, set()).add(number)
        at += 1
    return {name: frozenset(numbers) for name, numbers in found.items()}


def versions_differ(ours: list[str], theirs: list[str]) -> str | None:
    """A name both titles give a number, with no number in common ("qwen 2 / qwen 3"): "Qwen2" / "Qwen3", "Qwen2"
    / "Qwen 2.5", "YOLOv3" / "YOLOv4", "Llama 3.1" / "Llama 3.2", "GPT-4" / "GPT-4o". A name numbered in one title
    only is not counted here (pages or a year pasted after a word: "heterogeneity 30 1 78 83"), nor one numbered
    twice in a title and once in the other ("SQL:1999, formerly known as SQL3" / "… as SQL", its end cut)."""
    if not (_DIGIT.search(" ".join(ours)) or _DIGIT.search(" ".join(theirs))):  # most titles: in C, not char by char
        return None
    left, right = versions(ours), versions(theirs)
    for name, numbers in left.items():
        if name in right and not numbers & right[name]:
            return f"{name} {'/'.join(sorted(numbers))} / {name} {'/'.join(sorted(right[name]))}"
    # The name a title opens with, numbered in it and bare in the other: "Emu3: …" / "Emu: …". Only the first word:
    # elsewhere a digit glued to a word is as often a footnote's mark ("design and1 evaluation").
    for first, other_words, other_numbered in ((ours[:1], theirs, right), (theirs[:1], ours, left)):
        glued = _NAMED_NUMBER.fullmatch(first[0]) if first else None
        if glued and glued[1] not in STOP_WORDS and glued[1] in other_words[:1] and glued[1] not in other_numbered:
            return f"{first[0]} / {glued[1]}"
    return None


def _part_of_a_whole(words: list[str], at: int, other_words: set[str]) -> bool:
    """"X (part i)" against "X": one part of a work is not the whole of it."""
    return words[at - 1] == "part" and "part" not in other_words


def is_generic(words: list[str]) -> bool:
    """A title made only of words that name a kind of item ("editor 's notes", "book review column")."""
    return bool(words) and all(word in _GENERIC_WORDS or word in STOP_WORDS for word in words)


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _covered(words: list[str], pool: set[str]) -> float:
    """Share of a title's content words found anywhere in the other record (title, authors, venue)."""
    content = [word for word in words if word not in STOP_WORDS]
    return sum(word in pool for word in content) / len(content) if content else 0.0
