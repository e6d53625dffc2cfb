"""Keyphrases a person would write, scored with the document's own contextual token embeddings.

Why not plain KeyBERT: it scores every stopword-bounded n-gram (thousands per digest), embedding each
one separately — that is nearly all of its time — and its n-grams cross clause boundaries
("preferences reinforcement", "texts improves"). Here:
- candidates are noun-phrase-like: runs of content words between stopwords, punctuation, verbs and
  adverbs (a word's possible parts of speech come from lemminflect's lexicon, a file in the wheel; a
  word it does not know, like most technical terms, counts as a noun) and, for the words it knows, their
  part of speech in context (a Brill tagger: "routes" is a verb in "the SLCA routes execution advantages";
  and its neighbours: a participle after "have", an "-s" form after "which" are verbs), ending in a word
  that can be a noun; taken whole and from their end (English noun phrases end in their head: "models",
  "language models", "large language models"), plus the paper's own names and acronyms ("DPO",
  "TinyStories", "MoE"); TeX math and URLs are boundaries;
- each candidate is embedded from the token vectors of the one forward pass that embeds the document
  (as SIFRank does), and scored by cosine similarity with the document's mean-pooled embedding, averaged
  with the cosine of its words embedded alone (`word_vectors`: in context every span leans towards the
  whole text, so "high performance" looked as topical as the subject; alone it does not. Inspec F1@10
  36.6 → 38.1 for +10–15% of the time on a worker's first page), with a preference for longer, more
  specific phrases (what SingleRank's sum of word scores does) and a mild one for phrases that appear
  early (PositionRank's prior);
- near-duplicates (same Porter stems: "language model" / "language models"; the same head and half the
  words: "coherent English text" / "consistent English text"; hyphens, possessives and word order aside)
  are merged, a word already inside a chosen phrase is not a chip of its own, and a card's chips restate
  its title once at most and do not repeat a head with only an adjective ("fluent text").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import numpy as np
from lemminflect import getAllLemmas
from nltk.stem.porter import PorterStemmer
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from backend.domain.models import Keyword
from workers.nlp.model import Encoder, mean_pool, take_rows
from workers.nlp.word_vectors import WordVectors

MAX_PHRASE_WORDS = 4  # phrases taken from the end of a run
MAX_RUN_WORDS = 6  # a whole run up to this length is a candidate too ("adaptive robust state feedback controller")
POSITION_WEIGHT = 0.1  # score × (1 + w / (1 + first word position / 50)): earlier phrases are a little preferred
LENGTH_WEIGHT = 0.2  # score × (1 + w × (words - 1)): a specific phrase beats its generic head
CARD_CHIPS = 5  # the chips a paper's card shows (keywords.TOP_N)
BATCH = 8  # documents per forward pass: small enough that the first chips arrive within a second
BATCHES_AHEAD = 8  # after the first batch, this many batches are tokenized and their words embedded alone at once

# Words that end a candidate besides stopwords: verbs, adverbs and fillers that abstracts use everywhere.
_BREAKERS = frozenset(
    """
    propose proposes proposed present presents presented show shows shown showed introduce introduces introduced
    achieve achieves achieved demonstrate demonstrates demonstrated use uses used using based improve improves
    improved improving outperform outperforms outperformed provide provides provided enable enables enabled
    allow allows allowed require requires required study studies studied investigate investigates investigated
    evaluate evaluates evaluated consider considers considered develop develops developed apply applies applied
    obtain obtains obtained find finds found make makes made leverage leverages leveraged train trains
    perform performs performed remain remains compared compare compares describe describes described discuss
    discusses discussed explore explores explored analyze analyzes analyzed address addresses addressed yields
    yield including include includes called known given existing novel new various different several recent
    recently significant significantly simple effective efficient further however also well way
    garner garners garnered underpin underpins underpinned produce produces produced generate generates
    generated achieve enhance enhances enhanced reduce reduces reduced increase increases increased
    reveal reveals revealed suggest suggests suggested highlight highlights highlighted employ employs
    employed utilize utilizes utilized exhibit exhibits exhibited offer offers offered focus focuses focused
    aim aims aimed seek seeks lead leads led need needs needed tend tends struggle struggles fail fails
    typically often usually particularly especially respectively notably widely largely highly
    collect collects rely relies better worse et al termed dubbed coined
    unprecedented remarkable impressive substantial available promising powerful competitive superior
    state-of-the-art extensive comprehensive crucial vast multifaceted diverse
    """.split()
)
_FILLERS = frozenset(
    "paper approach method methods work results result performance problem problems task tasks study "
    "experiments experiment data model models framework frameworks system systems use case cases number "
    "set sets type types way ways time times order terms effect effects advancements advances progress "
    "success capabilities capability ability abilities challenges challenge issues issue".split()
)
_STOP = frozenset(ENGLISH_STOP_WORDS) | _BREAKERS
# Words keep their digits and inner symbols: 3D, GPT-4, Llama-3.1, F1, 4-bit.
_WORD = re.compile(r"(?:[A-Za-z]|\d+[A-Za-z])[A-Za-z0-9]*(?:[-'][A-Za-z0-9]+|\.\d+)*|\d+(?:\.\d+)?(?:-[A-Za-z][A-Za-z0-9]*)*")
# Addresses are never candidates: URLs, e-mail addresses, bare domains and code paths. Judged token by token
# (an address has no spaces), with patterns that start on one character: linear in the text, whatever it holds.
_TOKEN = re.compile(r"\S+")
_ADDRESS = re.compile(r"://|^\W*www\.|[\w.+-]@[\w-]+\.[A-Za-z]|\w\.(?:com|org|io|net|edu|ai)\b", re.IGNORECASE)
# TeX in arXiv abstracts: inline math (bounded, so a stray "$" costs at most 300 characters of scanning) and commands.
_MARKUP = re.compile(r"\$[^$]{1,300}\$|\\[A-Za-z]+")
_BOUNDARY = re.compile(r"[.,;:!?()\[\]{}\"“”]|\s[-–—]\s")
_NAME = re.compile(r"^(?:[A-Z][a-z0-9]+){2,}[A-Za-z0-9]*$|^[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*s?$")  # TinyStories, DPO, MoE, LLMs
_stemmer = PorterStemmer()


def _as_boundary(match: re.Match) -> str:
    """What is not text becomes a boundary of the same length, so offsets into the text still hold."""
    return "." + " " * (len(match.group()) - 1)


@dataclass
class _Candidate:
    phrase: str
    spans: list[tuple[int, int]]  # character spans of its occurrences
    first_word: int  # position of its first occurrence, in words


def stem_key(phrase: str) -> str:
    return " ".join(_stemmer.stem(word) for word in phrase.lower().split())


@functools.lru_cache(maxsize=1 << 16)  # bounded: a long-running worker meets words from every page it reads
def _parts_of_speech(word: str) -> frozenset[str]:
    return frozenset(getAllLemmas(word.lower()))


def _ends_phrase(word: str) -> bool:
    """Only a verb or adverb (by the lexicon) ends a noun phrase; "-ed" forms stay ("distributed systems")."""
    tags = _parts_of_speech(word)
    return bool(tags) and tags <= {"VERB", "ADV", "AUX"} and not word.endswith("ed")


def _known(word: str) -> bool:
    """Is the word's tag in context to be trusted? Yes if the lexicon knows the word, or, for a compound, if
    its last part cannot be a noun ("self-contained"; not "pre-training"); the tagger guesses at the rest
    (GPT-4, pre-training: adjectives)."""
    if _parts_of_speech(word):
        return True
    last = _parts_of_speech(word.rsplit("-", 1)[1]) if "-" in word else frozenset()
    return bool(last) and "NOUN" not in last


def _can_head(word: str) -> bool:
    tags = _parts_of_speech(word)
    return not tags or "NOUN" in tags or "PROPN" in tags or _is_name(word)


def _is_name(word: str) -> bool:
    return bool(_NAME.match(word)) and not word.isupper() or (word.isupper() and len(word.rstrip("s")) >= 2)


def _is_number(word: str) -> bool:
    return word.replace(".", "").isdigit()


def candidates(text: str) -> list[_Candidate]:
    """Noun-phrase-like candidates with every occurrence, in order of first appearance."""
    found: dict[str, _Candidate] = {}
    run: list[tuple[str, int, int, str]] = []  # word, start, end, its tag in context
    position = 0

    def add(words: list[tuple[str, int, int, str]]) -> None:
        phrase = " ".join(w for w, *_ in words)
        key = phrase.lower()
        if key not in found:
            found[key] = _Candidate(phrase, [], position)
        found[key].spans.append((words[0][1], words[-1][2]))

    def flush() -> None:
        while run and (
            (not _can_head(run[-1][0]) and run[-1][3] not in ("NNP", "NNPS"))
            or (run[-1][3] in _NOT_A_HEAD and _known(run[-1][0]))
        ):
            run.pop()  # "models trained", "accuracy comparable", "PsPLUG better": the phrase ends at its last noun
        if len(run) > MAX_PHRASE_WORDS and len(run) <= MAX_RUN_WORDS and not any(_is_number(w) for w, *_ in run):
            add(run)
        # Take phrases from the end of each run: "large language models", "language models", "models".
        for end in range(len(run), 0, -1):
            for size in range(1, MAX_PHRASE_WORDS + 1):
                start = end - size
                if start < 0:
                    break
                words = run[start:end]
                if end != len(run) and not _is_name(words[-1][0]):
                    continue  # only the run's head, or the paper's own names, end a phrase
                if size == 1 and (words[0][0].lower() in _FILLERS or len(words[0][0]) < 3) and not _is_name(words[0][0]):
                    continue
                if any(_is_number(w) for w, *_ in words):  # "2 datasets", "3.5 points"; 3D and GPT-4 stay
                    continue
                add(words)
        run.clear()

    text = _MARKUP.sub(_as_boundary, text)  # "$\sim$19,000", "M$_\odot$": math is never part of a chip
    text = _TOKEN.sub(lambda token: _as_boundary(token) if _ADDRESS.search(token.group()) else token.group(), text)
    matches = list(_WORD.finditer(text))
    tags = _tags_in_context(text, matches)
    last_end = 0
    clause_opened = False
    for index, (match, (before, tag, following)) in enumerate(zip(matches, tags)):
        if _BOUNDARY.search(text[last_end : match.start()]):
            flush()
        word = match.group(0)
        next_word = matches[index + 1].group(0) if index + 1 < len(matches) else ""
        previous_word = matches[index - 1].group(0).lower() if index else ""
        if (
            _breaks_phrase(word, tag, following)
            or _verb_between_nouns(word, tag, run[-1] if run else None, following, next_word)
            or (not run and _leads_a_verb_phrase(word, before, following))
            or _verb_by_its_neighbours(word, tag, following, previous_word, run[-1] if run else None, clause_opened)
        ):
            flush()
        else:  # a finite verb's tag kept here was overruled ("3D scene tracks."): the word is a noun
            run.append((word, match.start(), match.end(), "NNS" if tag in _FINITE else tag))
        last_end = match.end()
        position += 1
        # A relative pronoun opens a clause whose first word a verb may be ("which maps raw text"); an adverb
        # between them ("that effectively exploits") keeps it open.
        clause_opened = word.lower() in _RELATIVE or (clause_opened and word.lower().endswith("ly"))
    flush()
    return list(found.values())


# Tags (Penn Treebank, from the Brill tagger below) that end a noun phrase whatever the word could be alone:
# the closed classes (prepositions: "layers outside"; determiners, pronouns: "Who's"), which the tagger
# knows by heart; verbs and adverbs ("interface supports", "coherence comes", "to recall"), trusted for words
# the lexicon knows (the tagger guesses at the rest: GPT-4 as an adjective).
_CLOSED_CLASS = frozenset({"MD", "IN", "DT", "PDT", "CC", "TO", "PRP", "PRP$", "WDT", "WP", "WP$", "EX"})
_ENDS_A_PHRASE = frozenset({"VB", "VBZ", "VBP", "RB", "RBR", "RBS"})
_FINITE = frozenset({"VBZ", "VBP"})
# What may follow a plural noun that ends its phrase: "3D scene tracks." is a noun phrase, whatever its tag.
_AFTER_A_NOUN = frozenset({"", ".", ",", ":", ")", "CC"})
_NOT_A_HEAD = frozenset({"JJ", "JJR", "JJS", "RB", "RBR", "RBS", "VBZ", "VBP"})
_NOUNS = frozenset({"NN", "NNS", "NNP", "NNPS"})


def _breaks_phrase(word: str, tag: str, following: str) -> bool:
    """Stop words, adverbs, verbs by the lexicon (unless the tagger reads a name: "Harry Potter", "Approximate
    Unlearning"), stray letters, and what the tagger reads as a closed class, a verb or an adverb."""
    return (
        word.lower() in _STOP
        or word.lower().endswith("ly")
        or (_ends_phrase(word) and tag not in ("NNP", "NNPS"))
        or (len(word) == 1 and word.islower())
        or tag in _CLOSED_CLASS
        or (tag in _ENDS_A_PHRASE and _known(word) and not (tag in _FINITE and following in _AFTER_A_NOUN and _can_head(word)))
    )


def _leads_a_verb_phrase(word: str, before: str, following: str) -> bool:
    """A verb's "-ing" form opening a phrase takes an object, not a noun: "Leveraging Small LMs", "without
    affecting unrelated knowledge", "enabling unsupervised MT" (after a determiner or a possessive it is an
    adjective: "the underlying networks"; one that can be a noun stays: "learning rate", "training data",
    unless a preposition or an adverb before it and an adjective, a number or a determiner after it make it a
    verb: "by sampling high-quality video clips", "when training 2D foundation models")."""
    if not word.lower().endswith("ing") or before in ("DT", "PDT", "PRP$", "POS", "CD", "JJ"):
        return False
    tags = _parts_of_speech(word)
    # A name after it is an object too, in running text ("for training 2D foundation models"), not in a title's
    # capitals ("Towards Learning Based Control").
    objects = ("JJ", "JJR", "JJS", "CD", "DT", "PRP$") + (("NNP",) if word[0].islower() else ())
    takes_an_object = before in ("IN", "WRB", "RB") and following in objects
    return "VERB" in tags and ("NOUN" not in tags or takes_an_object)


def _tags_in_context(text: str, matches: list[re.Match]) -> list[tuple[str, str, str]]:
    """Each word's part of speech in its sentence, with the previous and the next token's, from the Brill tagger that ships
    inside TextBlob's wheel (pattern's English lexicon and contextual rules): "routes" after "SLCA" is a noun
    to a lexicon, and a verb in "the SLCA routes execution advantages" only by its neighbours. The tagger is
    given our own words, with the punctuation between them (at most two marks per gap), sentence by
    sentence: its own tokenizer takes quadratic time on runs of brackets or colons."""
    from textblob.en import parser

    sentences: list[list[str]] = [[]]
    places: list[tuple[int, int]] = []  # (sentence, token) of each word
    last = 0
    for match in matches:
        marks = _MARK.findall(text, last, match.start())
        for mark in dict.fromkeys(marks[:1] + marks[-1:]):
            abbreviated = mark == "." and sentences[-1] and sentences[-1][-1].lower() in _ABBREVIATIONS  # "e.g.", "et al."
            sentences[-1].append(mark)
            if mark in ".!?" and not abbreviated:
                sentences.append([])
        word = match.group(0)
        places.append((len(sentences) - 1, len(sentences[-1])))
        sentences[-1].append(word.split("'")[0] or word)  # "model's" is read as "model"
        last = match.end()
    sentences[-1].extend(dict.fromkeys(_MARK.findall(text, last)[-1:]))
    tagged = [[tag for _, tag in parser.find_tags(sentence)] if sentence else [] for sentence in sentences]
    return [
        (tagged[at][index - 1] if index else "", tagged[at][index], tagged[at][index + 1] if index + 1 < len(tagged[at]) else "")
        for at, index in places
    ]


_MARK = re.compile(r"[^\w\s]")
_ABBREVIATIONS = frozenset({"e", "g", "i", "al", "etc", "vs", "cf", "fig", "eq", "approx", "resp"})


def _verb_between_nouns(word: str, tag: str, previous: tuple[str, int, int, str] | None, following: str, next_word: str) -> bool:
    """A noun-or-verb word that the words around it make a verb, where the tagger's rules do not reach:
    "SLCA routes execution advantages", "runtime records child membership" (a plural right after a singular
    noun and before a word that can only be a noun: nouns modify in the singular, so it is a verb; "language
    models exhibit" stays a noun phrase, "exhibit" being the verb); "work instantiates a principle" (such a
    plural before a determiner, even one the lexicon does not know); "Queues batch ready children" (a bare
    form after a plural and before an adjective, a plural or a preposition: "languages fall behind"; "of" makes it
    a noun: "the systems design of")."""
    if previous is None or previous[3] not in _NOUNS or following in _AFTER_A_NOUN:
        return False
    tags = _parts_of_speech(word)
    previous_plural = previous[3] in ("NNS", "NNPS") or (previous[3] == "NNP" and previous[0].endswith("s"))
    if word.endswith("s") and not word.endswith("ss") and tag in ("NNS", "VBZ") and not previous_plural:
        if following in ("DT", "PDT", "PRP$"):
            return tags != {"NOUN"}
        return "VERB" in tags and following in ("NN", "NNP", "NNS", "JJ") and "VERB" not in _parts_of_speech(next_word)
    object_or_preposition = following in ("JJ", "DT", "NNS", "RP") or (following == "IN" and next_word.lower() != "of")
    return "VERB" in tags and previous_plural and tag in ("NN", "VB", "VBP") and object_or_preposition


_AUXILIARIES = frozenset("have has had having is are was were be been being".split())
_RELATIVE = frozenset({"that", "which", "who"})


def _verb_by_its_neighbours(word: str, tag: str, following: str, previous_word: str, previous: tuple[str, int, int, str] | None, clause_opened: bool) -> bool:
    """Verbs that the tagger names but a noun phrase's rules would keep: a participle or a gerund after an
    auxiliary ("have revolutionized natural language processing", "has attracted immense attention", "is
    finding embeddings"); a past form right after a plural noun, which modifies in the singular ("generation
    tasks triggered lots"; "language-conditioned policies" stays); and a relative clause's first word
    ("which maps raw text", "that effectively exploits large-scale data"; not its subject: "that models trained
    on it", "that results show")."""
    lower = word.lower()
    if not _known(word):
        return False
    verb = "VERB" in _parts_of_speech(word)
    if previous_word in _AUXILIARIES and tag in ("VBN", "VBD", "VBG") and (verb or lower.endswith("ed")):
        return True
    if previous is not None and previous[3] == "NNS" and tag in ("VBN", "VBD") and lower.endswith("ed"):
        return True
    subject = following.startswith("VB") or following == "MD"
    return clause_opened and verb and lower.endswith("s") and not lower.endswith("ss") and not subject


class KeyphraseModel:
    """all-MiniLM-L6-v2 used for one forward pass per document (on the worker's `Encoder`)."""

    def __init__(self, encoder: Encoder, word_vectors: WordVectors | None = None, standalone: bool = True) -> None:
        """`standalone=False` scores candidates in context only (the extractor before issue 16; benches)."""
        self.encoder = encoder
        self.word_vectors = (word_vectors or WordVectors(encoder)) if standalone else None

    def extract(self, documents: list[str], top_n: int = 5, titles: list[str] | None = None):
        """Yields (document index, keywords) as each batch is done, so callers can publish them at once.
        `titles` (each document's title, when its text holds one) keeps chips from restating it."""
        order = sorted(range(len(documents)), key=lambda i: len(documents[i]))  # similar lengths pad less
        # The first batch alone, so its chips come at once; then several batches at a time, so that one call embeds
        # the words they meet for the first time.
        starts = [0, *range(BATCH, len(order), BATCHES_AHEAD * BATCH)] if order else []
        alone: dict[str, np.ndarray] = {}
        for window_start, window_end in zip(starts, [*starts[1:], len(order)]):
            window = order[window_start:window_end]
            encoded = self.encoder.encode([documents[i] for i in window])  # tokenized once, for all that follows
            found = [candidates(_read_part(documents[i], offsets)) for i, offsets in zip(window, encoded["offset_mapping"])]
            alone.update(self._words_alone(found))
            for start in range(0, len(window), BATCH):
                rows = list(range(start, min(start + BATCH, len(window))))
                part = take_rows(encoded, rows)
                offsets, mask = part["offset_mapping"], part["attention_mask"]
                tokens = self.encoder.tokens(part["input_ids"], mask)
                documents_vectors = mean_pool(tokens, mask)  # the model's sentence embedding (before its normalisation)
                mask = mask.astype(bool)
                for row, position in enumerate(rows):
                    index = window[position]
                    title = titles[index] if titles else ""
                    yield index, self._rank(
                        found[position], tokens[row][mask[row]], offsets[row][mask[row]], documents_vectors[row], top_n, title, alone
                    )

    def _words_alone(self, found: list[list[_Candidate]]) -> dict[str, np.ndarray]:
        """The vector of every candidate word of these documents, each word embedded alone."""
        if self.word_vectors is None:
            return {}
        return self.word_vectors.lookup({word for batch in found for candidate in batch for word in candidate.phrase.lower().split()})

    def _rank(self, found, tokens, offsets, document_vector, top_n, title, alone) -> list[Keyword]:
        document_vector = document_vector / (np.linalg.norm(document_vector) or 1.0)
        tokens = tokens[offsets[:, 1] > offsets[:, 0]]  # drop [CLS]/[SEP]: they cover no characters
        offsets = offsets[offsets[:, 1] > offsets[:, 0]]
        # Prefix sums over the tokens: the vector of any span of tokens is one subtraction.
        running = np.vstack([np.zeros((1, tokens.shape[1]), tokens.dtype), np.cumsum(tokens, axis=0)])
        scored = []
        for candidate in found:
            total, count = 0.0, 0
            for begin, end in candidate.spans:
                first = np.searchsorted(offsets[:, 0], begin)
                last = np.searchsorted(offsets[:, 0], end)  # tokens starting before the span's end
                if last > first:
                    total = total + running[last] - running[first]
                    count += last - first
            if not count:
                continue  # past the truncation point
            vector = total / count
            score = float(vector @ document_vector / (np.linalg.norm(vector) or 1.0))
            if alone:  # what its words mean on their own, as much as what they mean here
                meaning = sum(alone[word] for word in candidate.phrase.lower().split())
                score = (score + float(meaning @ document_vector / (np.linalg.norm(meaning) or 1.0))) / 2
            score *= 1 + LENGTH_WEIGHT * (candidate.phrase.count(" "))
            score *= 1 + POSITION_WEIGHT / (1 + candidate.first_word / 50)
            scored.append((score, candidate.phrase))
        return _select(sorted(scored, reverse=True), top_n, title)


def _read_part(text: str, offsets: np.ndarray) -> str:
    """The part of a text the model reads (its tokens' characters, MAX_SEQ_LENGTH tokens at most): no candidate
    past it has a vector in context, so none is looked for, and none of its words is embedded, however long the text."""
    return text[: int(offsets[:, 1].max(initial=0))]


def _select(scored: list[tuple[float, str]], top_n: int, title: str = "") -> list[Keyword]:
    """Best first, each chip saying something new: one chip per stem key; a phrase inside a chosen one
    ("language processing" after "natural language processing") or containing one is dropped, and so is a
    near-duplicate (the same head and half its words: "consistent English text" after "coherent English
    text"; the same words in another order, hyphenated or possessive: "strong lenses" / "strong-lenses").
    A reader sees the title beside the chips: of the first `CARD_CHIPS`, one at most restates it, and none
    is only a quality of a head a card chip already has ("fluent text" after "coherent English text",
    "large datasets" after "large-scale datasets"); those come after them in a longer list (an index's)."""
    title_words = set(_comparable(" ".join(_WORD.findall(title))))  # "Who's Harry Potter?": "potter", not "potter?"
    card: list[tuple[Keyword, list[str]]] = []
    later: list[tuple[Keyword, list[str]]] = []
    restated = False
    for score, phrase in scored:
        words = _comparable(phrase)
        if not words or _repeats(words, [taken for _, taken in card + later]):
            continue
        restates = " " in phrase.strip() and set(words) <= title_words  # a name alone ("WASP-47") restates nothing
        echoes = _qualified_head(phrase) and any(taken[-1] == words[-1] for _, taken in card)
        if len(card) < CARD_CHIPS and not (restates and restated) and not echoes:
            card.append((Keyword(phrase, round(score, 4)), words))
            restated |= restates
        elif len(later) < top_n:
            later.append((Keyword(phrase, round(score, 4)), words))
        if len(card) == min(top_n, CARD_CHIPS) and len(card) + len(later) >= top_n:
            break  # enough, whatever the text's length: each phrase is compared with a dozen chosen at most
    # A card's chips are the card alone, shorter than `top_n` when the text is little more than its title; a
    # longer list (an index's) goes on with everything else, best first.
    chosen = card if top_n <= CARD_CHIPS else card + later
    return [keyword for keyword, _ in chosen[:top_n]]


def _comparable(phrase: str) -> list[str]:
    """A phrase's word stems as chips are compared: hyphenated parts apart, possessives dropped."""
    return stem_key(_PARTS.sub(" ", phrase.lower().replace("'s ", " ").removesuffix("'s"))).split()


_PARTS = re.compile(r"[\s\-]+")


def _qualified_head(phrase: str) -> bool:
    """Adjectives before a head and nothing else: "fluent text", "large datasets" (by the lexicon: "neural",
    "linear" count; a noun or a word it does not know does not: "token embeddings", "Pre-Training Models")."""
    words = phrase.split()
    return len(words) > 1 and all(_is_adjective(word) for word in words[:-1])


def _is_adjective(word: str) -> bool:
    tags = _parts_of_speech(word)
    return "ADJ" in tags and "VERB" not in tags and "PROPN" not in tags


def _repeats(words: list[str], chosen: list[list[str]]) -> bool:
    """Does a phrase (its stems) say what a chosen one says: inside it, containing it, the same words in
    another order, or a near-duplicate?"""
    padded = f" {' '.join(words)} "
    for other in chosen:
        other_padded = f" {' '.join(other)} "
        if padded in other_padded or other_padded in padded or set(words) == set(other):
            return True
        if words[-1] == other[-1] and len(set(words) & set(other)) * 2 >= len(set(words) | set(other)):
            return True
    return False


def canonical_tags(tags: list[str]) -> dict[str, str]:
    """Stem key -> the user's own spelling, so a chip that is one of their tags reads like it."""
    return {stem_key(tag): tag for tag in tags}
