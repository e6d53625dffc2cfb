"""BibTeX read as BibTeX reads it, with bibtexparser (v2) splitting the file into blocks.

bibtexparser 2.0.0b8 alone drops or mangles what researchers' .bib files have (its issues #487, #488, #533,
#583), and says nothing for most of it:
- an "@" in a value starts a new block: "{IIITK}@{LT}-{EDI}-{EACL}2021: Hope Speech Detection" (ACL Anthology),
  "LeQua @ {CLEF} 2022" lose their entry;
- a quote inside braces ends a quoted value: "Comments on {"}Filenames{"}" is cut to "Comments on";
- an entry in parentheses, `@article( … )`, or with a line break before its brace, is read as a comment;
- `@string` names joined with `#` (`booktitle = acl # " 2020"`) are left as that text;
- inline math is kept as LaTeX: "$\\alpha$-Helix" ends up "$$-Helix".
`mend` rewrites the text in one linear pass before it is split (an "@" or a quote inside a value stands in as a
private-use character until the values are read; lines keep their numbers), and `read_bibtex` joins the
values as BibTeX does. `crossref` is followed as BibTeX does: an entry takes the fields it lacks from the one
it names.
"""

from __future__ import annotations

import itertools
import logging
import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import lru_cache

from pylatexenc.latexwalker import LatexWalkerError

# bibtexparser warns in three log lines about each block it cannot read: an upload of 20,000 broken entries wrote
# 60,000 to the log. Each is reported where it matters, with its line, in the import's report.
logging.getLogger("bibtexparser").setLevel(logging.ERROR)

_HIDDEN = {"@": "\ue040", '"': "\ue022"}
_SHOWN = str.maketrans({hidden: shown for shown, hidden in _HIDDEN.items()})
# An entry's start, "@type" and its delimiter: between entries, or at a line's start even inside an entry (as
# bibtexparser has it: one missing brace does not swallow the rest of the file). Then the characters that
# delimit values (not escaped ones), then any other "@".
_MARK = re.compile(r"(?P<line_start>^[ \t]*)?@(?P<type>\w+)(?P<gap>\s*)(?P<open>[{(])|(?<!\\)[{}()\"]|@", re.MULTILINE)
_CONCATENATION = re.compile(r'(?<!\\)[{}"#]')
# Books and proceedings volumes: their title is the venue of the papers that cross-reference them (as biber has it).
_CONTAINERS = {"proceedings", "mvproceedings", "book", "mvbook", "collection", "mvcollection"}


@dataclass
class BibtexEntry:
    line: int  # 1-based, where the entry starts
    key: str
    kind: str  # the entry type, lower-cased: article, inproceedings, proceedings, …
    fields: dict  # lower-cased names -> text; `author` and `editor` -> lists of names


@dataclass
class BibtexFile:
    entries: list[BibtexEntry] = field(default_factory=list)
    unreadable: list[tuple[int, str]] = field(default_factory=list)  # (line, why) of blocks that are not BibTeX
    # The (lower-cased) keys of the proceedings volumes some entry cross-references: containers, not papers.
    volumes: set[str] = field(default_factory=set)


# Read before the LaTeX is: a caret and a tilde spelled out as commands ("x{\textasciicircum}2", as paperlens's
# export and Zotero's write them), into private-use stand-ins (decoded, a tilde is a tie and a caret "ˆ") that
# `literal()` gives back once the text is plain; "<" and ">" and the TeX logos, which the decoder drops (Zotero's
# "{\textless}p{\textgreater}" read "p"; "A \LaTeX{} class", "A  class").
_SPELLED_OUT = re.compile(r"\\(textasciicircum|textasciitilde|textless|textgreater|LaTeXe|LaTeX|BibTeX|TeX)(?![a-zA-Z])(?:\{\})?")
_SPELLINGS = {
    "textasciicircum": "\ue05e", "textasciitilde": "\ue07e", "textless": "<", "textgreater": ">",
    "LaTeXe": "LaTeX2e", "LaTeX": "LaTeX", "BibTeX": "BibTeX", "TeX": "TeX",
}  # fmt: skip
_LITERALS = str.maketrans({"\ue05e": "^", "\ue07e": "~"})
# The journal macros of the AAS (aas_macros.sty) that NASA ADS writes for a journal in every BibTeX it exports
# (`journal = {\mnras}`): a value that is one of them is that journal; the decoder knows none and dropped it.
_JOURNAL_MACROS = {
    "aj": "Astronomical Journal", "actaa": "Acta Astronomica", "araa": "Annual Review of Astronomy and Astrophysics",
    "apj": "Astrophysical Journal", "apjl": "Astrophysical Journal Letters", "apjs": "Astrophysical Journal Supplement Series",
    "ao": "Applied Optics", "apss": "Astrophysics and Space Science", "aap": "Astronomy and Astrophysics",
    "aapr": "Astronomy and Astrophysics Review", "aaps": "Astronomy and Astrophysics Supplement Series",
    "azh": "Astronomicheskii Zhurnal", "baas": "Bulletin of the American Astronomical Society",
    "bac": "Bulletin of the Astronomical Institutes of Czechoslovakia", "caa": "Chinese Astronomy and Astrophysics",
    "cjaa": "Chinese Journal of Astronomy and Astrophysics", "icarus": "Icarus",
    "jcap": "Journal of Cosmology and Astroparticle Physics", "jrasc": "Journal of the Royal Astronomical Society of Canada",
    "memras": "Memoirs of the Royal Astronomical Society", "mnras": "Monthly Notices of the Royal Astronomical Society",
    "na": "New Astronomy", "nar": "New Astronomy Reviews", "pra": "Physical Review A", "prb": "Physical Review B",
    "prc": "Physical Review C", "prd": "Physical Review D", "pre": "Physical Review E", "prl": "Physical Review Letters",
    "pasa": "Publications of the Astronomical Society of Australia", "pasp": "Publications of the Astronomical Society of the Pacific",
    "pasj": "Publications of the Astronomical Society of Japan", "psj": "Planetary Science Journal",
    "rmxaa": "Revista Mexicana de Astronomia y Astrofisica", "qjras": "Quarterly Journal of the Royal Astronomical Society",
    "skytel": "Sky and Telescope", "solphys": "Solar Physics", "sovast": "Soviet Astronomy", "ssr": "Space Science Reviews",
    "zap": "Zeitschrift fuer Astrophysik", "nat": "Nature", "iaucirc": "IAU Circulars", "aplett": "Astrophysics Letters",
    "apspr": "Astrophysics Space Physics Research", "bain": "Bulletin of the Astronomical Institutes of the Netherlands",
    "fcp": "Fundamentals of Cosmic Physics", "gca": "Geochimica et Cosmochimica Acta", "grl": "Geophysical Research Letters",
    "jcp": "Journal of Chemical Physics", "jgr": "Journal of Geophysical Research",
    "jqsrt": "Journal of Quantitative Spectroscopy and Radiative Transfer", "memsai": "Memorie della Societa Astronomica Italiana",
    "nphysa": "Nuclear Physics A", "physrep": "Physics Reports", "physscr": "Physica Scripta", "planss": "Planetary and Space Science",
    "procspie": "Proceedings of the SPIE",
}  # fmt: skip
_JOURNAL_MACRO = re.compile(r"\\([a-z]+)\s*(?:\{\})?")
# A backslash spelled out is LaTeX escaped as text: Zotero writes an abstract's "$\beta$-VAE" or "\emph{x}" as
# "\${\textbackslash}beta\$-VAE", "{\textbackslash}emph\{x\}". Such a value is decoded twice ("β-VAE", "x").
_ESCAPED_LATEX = "\\textbackslash"
# Commands a file's @preamble defines to print nothing, "\newcommand{\noopsort}[1]{}" (to sort "{\noopsort{a}}Smith"
# first): each use is dropped with its arguments, not read as the text of an unknown command ("aSmith").
_SILENT_COMMAND = re.compile(  # each blank read by one \s* (two in a row would try every split of a long blank)
    r"\\(?:(?:re)?newcommand|providecommand)\*?\s*(?:\{\s*)?\\([a-zA-Z]+)\s*(?:\}\s*)?(?:\[(\d)\]\s*)?\{\s*\}"
    r"|\\def\s*\\([a-zA-Z]+)\s*((?:#\d\s*)*)\{\s*\}"
)


MAX_SILENT_COMMANDS = 20  # a file defines one or two; a pattern of thousands would cost as much at every backslash


def _silent_commands(preambles: list[str]) -> re.Pattern | None:
    """A pattern for the uses of the commands these preambles define as printing nothing, with their arguments."""
    uses = []
    for match in itertools.islice(_SILENT_COMMAND.finditer("\n".join(preambles)), MAX_SILENT_COMMANDS):
        name, count = (match.group(1), int(match.group(2) or 0)) if match.group(1) else (match.group(3), match.group(4).count("#"))
        uses.append(rf"\\{name}(?![a-zA-Z])\s*" + r"(?:\{[^{}]*\}\s*)?" * count)
    return re.compile("|".join(uses)) if uses else None


def literal(text: str) -> str:
    """A value of `read_bibtex`, made plain, with its spelled-out characters given back."""
    return text.translate(_LITERALS)


def read_bibtex(text: str, fields: Collection[str] | None = None, latex_budget: int | None = None) -> BibtexFile:
    """The file's entries with the `fields` named (lower-case; None: all), each value joined, its inline math
    and LaTeX read as text (a value LaTeX cannot read is kept as written; LaTeX escaped as text is read too), and
    its names split; commands the @preamble defines as printing nothing are dropped. A caret or tilde spelled out
    as a command is a stand-in until `literal()`. `latex_budget`: at most this many characters go to the LaTeX
    parser (5-15 µs each), else `LatexBudgetExceeded`."""
    import bibtexparser
    from bibtexparser import middlewares

    library = bibtexparser.parse_string(mend(text), parse_stack=[])  # raw values: joined and unwrapped below
    strings: dict[str, str] = {}
    for string in library.strings:
        strings[string.key.lower()] = _joined(string.value.translate(_SHOWN), strings)
    decoder, parsed_chars = _latex_decoder(), 0
    silent = _silent_commands([preamble.value for preamble in library.preambles])

    def decoded(value: str) -> str:
        nonlocal parsed_chars
        value = _math_as_text(value)
        read = latex_by_table(value)
        if read is None:
            parsed_chars += len(value)
            if latex_budget is not None and parsed_chars > latex_budget:
                raise LatexBudgetExceeded(f"more than {latex_budget:,} characters of LaTeX for the parser")
            read = decoder.by_parser(value)
        return read

    for entry in library.entries:
        if fields is not None:  # decoding is most of the time: only what is read (not pages, files, ISBNs)
            entry.fields = [value for value in entry.fields if value.key.lower() in fields]
        for value in entry.fields:
            text_value = _joined(value.value.translate(_SHOWN), strings)
            if "\\" in text_value:
                macro = _JOURNAL_MACRO.fullmatch(text_value.strip())
                text_value = _JOURNAL_MACROS.get(macro.group(1), text_value) if macro else text_value
                text_value = _SPELLED_OUT.sub(lambda match: _SPELLINGS[match.group(1)], text_value)
                text_value = silent.sub("", text_value) if silent else text_value
            value.value = decoded(text_value)
            if _ESCAPED_LATEX in text_value:
                value.value = decoded(value.value)
    library = middlewares.SeparateCoAuthors().transform(library)
    read = BibtexFile()
    for block in library.failed_blocks:
        reason = getattr(block.error, "abort_reason", "") or str(block.error) or type(block.error).__name__
        read.unreadable.append((block.start_line + 1, reason.strip()[:300]))
    for entry in library.entries:
        values = {key.lower(): value.value for key, value in entry.fields_dict.items()}
        read.entries.append(BibtexEntry(entry.start_line + 1, entry.key, entry.entry_type.lower(), values))
    read.volumes = _follow_crossrefs(read.entries)
    return read


# What pylatexenc reads as LaTeX in a value (commands, groups, math, comments, ties, alignment, dashes, quotes,
# inverted marks): a value without any of it decodes to itself.
_LATEX_READS = re.compile(r"[\\{}$%~&]|''|--|``|[?!]`")

# Most of the LaTeX in names and titles (accents, special letters, escaped symbols, dashes, quotes, ties:
# "M{\"u}ller", "\v{S}imon", "{\ss}", "R\&D", "1990--2000") read here, in one pass, with a table: pylatexenc costs
# 5-15 µs a character (a file of accents read at ~30 s a MiB). What it gives is what pylatexenc gives (the tests
# compare them on the real libraries and on 5,000 generated values); a value with anything else in it ("\emph{…}",
# "\\", "$", "%", "&") is read by pylatexenc, whole.
_ACCENT_MARKS = {
    '"': "\u0308", "'": "\u0301", "`": "\u0300", "^": "\u0302", "~": "\u0303", "=": "\u0304", ".": "\u0307",
    "c": "\u0327", "v": "\u030c", "u": "\u0306", "H": "\u030b", "k": "\u0328", "r": "\u030a", "d": "\u0323", "b": "\u0331",
}  # fmt: skip
_SPECIAL_LETTERS = {
    "ss": "ß", "o": "ø", "O": "Ø", "l": "ł", "L": "Ł", "aa": "å", "AA": "Å", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "i": "ı", "j": "ȷ",
}  # fmt: skip
_PUNCTUATION = {"---": "—", "--": "–", "?`": "¿", "!`": "¡", "``": "“", "''": "”", "~": "\xa0"}
_SPACE = r"(?:(?!\n\n)\s)*"  # the blank after a command, which LaTeX skips up to a paragraph break ("\n\n")
_BASE = r"[a-zA-Z]|\\[ij]"  # what an accent goes on: a letter, or a dotless i or j (which then takes its dot back)
_TABLE_READS = re.compile(
    r"(?P<parser>\\\\)"  # a line break, for pylatexenc (matched first: its second backslash starts no command)
    rf"|\\(?P<mark>[\"'`^~=.]){_SPACE}(?:\{{(?P<braced>{_BASE})\}}|(?P<bare>[a-zA-Z]|\\[ij](?![a-zA-Z]){_SPACE}))"
    rf"|\\(?P<word_mark>[cvuHkrdb])(?:{_SPACE}\{{(?P<word_braced>{_BASE})\}}|(?=\s){_SPACE}(?P<word_bare>[a-zA-Z]|\\[ij](?![a-zA-Z]){_SPACE}))"
    rf"|\\(?P<letter>ss|aa|AA|ae|AE|oe|OE|[oOlLij])(?![a-zA-Z]){_SPACE}"
    r"|\\(?P<symbol>[&%$_#])"
    r"|(?P<punctuation>---|--|[?!]`|``|''|~)"
    r"|(?P<other>[\\$%&])"  # any other command, math, a comment, an alignment: for pylatexenc
)


def _read_by_table(match: re.Match) -> str:
    kind = match.lastgroup  # for an accent, the group of what it goes on
    if kind == "letter":
        return _SPECIAL_LETTERS[match.group("letter")]
    if kind == "symbol":
        return match.group("symbol")
    if kind == "punctuation":
        return _PUNCTUATION[match.group("punctuation")]
    base = match.group("braced") or match.group("bare") or match.group("word_braced") or match.group("word_bare")
    return unicodedata.normalize("NFC", base.strip()[-1] + _ACCENT_MARKS[match.group("mark") or match.group("word_mark")])


def latex_by_table(value: str) -> str | None:
    """The value as text when the table reads all of its LaTeX (accents, special letters, escapes, dashes, quotes,
    ties: names and most titles), else None (pylatexenc's, `_LatexDecoder.by_parser`). One pass, no parser:
    what digests written in TeX (arXiv's mailings: "M\\'aria Pet\\H{o}") use too."""
    if not _LATEX_READS.search(value):
        return value
    pieces, copied = [], 0
    for match in _TABLE_READS.finditer(value):
        if match.lastgroup in ("parser", "other"):
            return None
        pieces += (value[copied : match.start()], _read_by_table(match))
        copied = match.end()
    pieces.append(value[copied:])
    return "".join(pieces).replace("{", "").replace("}", "")


_READ_IN_TEXT = {"braced", "bare", "word_braced", "word_bare", "letter", "symbol"}
_READ_IN_BRACES = re.compile(r"\{([^\x00-\x7f])\}")  # "{\\"o}" read is "{ö}"; "$x^{2}$" stays


def tex_accents(text: str) -> str:
    """Accents, special letters and escaped symbols read by the table ("Alfv\\'en", "{\\"o}", "\\%"), the rest kept
    as written: TeX in text that is no BibTeX value (arXiv's mailings), where math, a command the table does not
    know ("90{\\deg}"), a tilde ("~10 GeV") or dashes are what the authors wrote. One pass."""
    if not _LATEX_READS.search(text):
        return text
    read = _TABLE_READS.sub(lambda match: _read_by_table(match) if match.lastgroup in _READ_IN_TEXT else match.group(), text)
    return _READ_IN_BRACES.sub(r"\1", read)


# What pylatexenc raises on LaTeX it cannot read (IndexError and AttributeError on 1 in 10 random fragments). Not
# `Exception`: that also caught the worker's time limit, raised wherever the worker is (mostly here, on a slow
# file), and the import read on past its deadline.
_PARSER_ERRORS = (LatexWalkerError, IndexError, AttributeError, KeyError, ValueError, TypeError, RecursionError)


class LatexBudgetExceeded(Exception):
    """More of the file needs the LaTeX parser than the caller allowed (the API: a file for a worker to read)."""


class _LatexDecoder:
    """bibtexparser's LaTeX decoder (its settings: `\\url` bare, math kept), faster: a value LaTeX reads nothing
    in (a year, most names) is not parsed, the table above reads most of the rest, and the parser's table of
    macros is built once, not for every value (a quarter of the time)."""

    def __init__(self) -> None:
        from bibtexparser.middlewares import LatexDecodingMiddleware
        from pylatexenc.latexwalker import get_default_latex_context_db

        self._decoder = LatexDecodingMiddleware()._decoder
        self._walker_context = get_default_latex_context_db()

    def by_parser(self, value: str) -> str:
        try:
            return self._decoder.latex_to_text(value, latex_context=self._walker_context)
        except _PARSER_ERRORS:  # the value is kept as written, not lost
            return value

    def latex_to_text(self, value: str) -> str:
        read = latex_by_table(value)
        return self.by_parser(value) if read is None else read


@lru_cache(maxsize=1)
def _latex_decoder() -> _LatexDecoder:
    return _LatexDecoder()


def mend(text: str) -> str:
    """The text as bibtexparser can split it: "@" and quotes inside values hidden, `@type(…)` and `@type\\n{`
    written `@type {…}` (the line breaks moved after the brace). One pass over the delimiters."""
    pieces: list[str] = []
    copied = 0  # the text before this is in `pieces`

    def replace(start: int, end: int, replacement: str) -> None:
        nonlocal copied
        pieces.extend((text[copied:start], replacement))
        copied = end

    depth, closer, quoted = 0, "}", False  # brace depth (0: between entries), what ends the entry, in "…"
    for mark in _MARK.finditer(text):
        token = mark.group()
        if mark.group("type") is not None:
            if depth == 0 or mark.group("line_start") is not None:  # an entry starts
                depth, closer, quoted = 1, "}" if mark.group("open") == "{" else ")", False
                gap = mark.group("gap")
                if mark.group("open") == "(" or "\n" in gap:
                    replace(mark.start("gap"), mark.end(), " {" + "\n" * gap.count("\n"))
                continue
            replace(mark.start(), mark.start() + 1, _HIDDEN["@"])  # "@word{" inside a value is text
            depth += mark.group("open") == "{"
        elif token == "@":
            if depth:
                replace(mark.start(), mark.end(), _HIDDEN["@"])
        elif token == '"':
            if depth == 1:
                quoted = not quoted
            elif depth > 1:  # inside braces: text, even in a quoted value
                replace(mark.start(), mark.end(), _HIDDEN['"'])
        elif token == "{":
            depth += depth > 0
        elif token == "}":
            if depth > 1:
                depth -= 1
            elif depth == 1 and closer == "}" and not quoted:
                depth = 0
        elif token == ")" and depth == 1 and closer == ")" and not quoted:
            replace(mark.start(), mark.end(), "}")
            depth = 0
    pieces.append(text[copied:])
    return "".join(pieces)


def _joined(raw: str, strings: dict[str, str]) -> str:
    """A raw value as text: its parts joined by `#` (outside braces and quotes), each unwrapped from "{…}" or
    "\"…\"", or an @string name replaced by its text (a name that is not one stays as it is: `month = jan`)."""
    parts, start, depth, quoted = [], 0, 0, False
    for mark in _CONCATENATION.finditer(raw):
        token = mark.group()
        if token == "{":
            depth += 1
        elif token == "}":
            depth = max(0, depth - 1)
        elif token == '"' and depth == 0:
            quoted = not quoted
        elif token == "#" and depth == 0 and not quoted:
            parts.append(raw[start : mark.start()])
            start = mark.end()
    parts.append(raw[start:])
    return "".join(_unwrapped(part.strip(), strings) for part in parts)


def _unwrapped(part: str, strings: dict[str, str]) -> str:
    if len(part) >= 2 and (part[0], part[-1]) in (("{", "}"), ('"', '"')):
        return part[1:-1]
    return strings.get(part.lower(), part)


# Inline math, "$\alpha$-helix", "$k$-means" (not an escaped "\$"): the LaTeX decoding keeps it as it is, and
# what is left of its commands would be dropped ("$$-helix"). Read here with a table, in one pass (a LaTeX
# reader costs ~70 µs a formula: an upload of 5 million "$x$" would hold the API for minutes).
_INLINE_MATH = re.compile(r"(?<!\\)\$([^$]{1,200}?)(?<!\\)\$")
_MATH_COMMAND = re.compile(r"\\([a-zA-Z]+)\s*")
_MATH_SYMBOLS = dict(
    zip(
        "alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa lambda mu nu xi pi rho sigma "
        "tau upsilon phi varphi chi psi omega Gamma Delta Theta Lambda Xi Pi Sigma Upsilon Phi Psi Omega "
        "ell infty times cdot leq le geq ge neq pm to rightarrow leftarrow approx sim partial nabla in sqrt".split(),
        "αβγδϵεζηθϑικλμνξπρστυϕφχψωΓΔΘΛΞΠΣΥΦΨΩℓ∞×·≤≤≥≥≠±→→←≈∼∂∇∈√",
        strict=True,
    )
)


def _math_as_text(value: str) -> str:
    """Each inline formula as text: Greek letters and common symbols as characters, other commands as their
    names' arguments only ("\\mathcal{O}(1)" -> "O(1)", "\\log n" -> "log n"), the dollars gone."""
    if "$" not in value:
        return value
    return _INLINE_MATH.sub(lambda math: _MATH_COMMAND.sub(_math_symbol, math.group(1)), value)


def _math_symbol(command: re.Match) -> str:
    name = command.group(1)
    if name in _MATH_SYMBOLS:
        return _MATH_SYMBOLS[name]
    return f"{name} " if name in ("log", "exp", "sin", "cos", "max", "min", "lim") else ""


def _follow_crossrefs(entries: list[BibtexEntry]) -> set[str]:
    """An entry with `crossref` takes each field it lacks from the entry it names (keys compare without case;
    one level, as in BibTeX): DBLP exports a paper's proceedings so, and an entry may be a second key for a
    paper. A book or proceedings volume also gives its title as the paper's `booktitle`. Returns the keys of the
    proceedings volumes cross-referenced."""
    by_key = {entry.key.lower(): entry for entry in entries}
    volumes = set()
    for entry in entries:
        target = entry.fields.get("crossref")
        parent = by_key.get(target.strip().lower()) if isinstance(target, str) else None
        if parent is None:
            continue
        if parent.kind in ("proceedings", "mvproceedings"):
            volumes.add(parent.key.lower())
        if parent is entry:
            continue
        if parent.kind in _CONTAINERS and "title" in parent.fields and "booktitle" not in entry.fields:
            entry.fields["booktitle"] = parent.fields["title"]
        for name, value in parent.fields.items():
            entry.fields.setdefault(name, value)
    return volumes
