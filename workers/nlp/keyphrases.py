"""Keyphrases a person would write, scored with the document's own contextual token embeddings.

Why not plain KeyBERT: it scores every stopword-bounded n-gram (thousands per digest), embedding each
one separately — that is nearly all of its time — and its n-grams cross clause boundaries
("preferences reinforcement", "texts improves"). Here:
- candidates are noun-phrase-like: runs of content words between stopwords, punctuation, verbs and
  adverbs (a word's possible parts of speech come from lemminflect's lexicon, a file in the wheel; a
  word it does not know, like most technical terms, counts as a noun), ending in a word that can be a
  noun; taken whole and from their end (English noun phrases end in their head: "models",
  "language models", "large language models"), plus the paper's own names and acronyms ("DPO",
  "TinyStories", "MoE");
- each candidate is embedded from the token vectors of the one forward pass that embeds the document
  (as SIFRank does), and scored by cosine similarity with the document's mean-pooled embedding, with
  a preference for longer, more specific phrases (what SingleRank's sum of word scores does) and a
  mild one for phrases that appear early (PositionRank's prior);
- near-duplicates (same Porter stems: "language model" / "language models"; an acronym and its
  expansion) are merged, and a word already inside a chosen phrase is not a chip of its own.
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
from workers.nlp.model import Encoder, mean_pool

MAX_PHRASE_WORDS = 4  # phrases taken from the end of a run
MAX_RUN_WORDS = 6  # a whole run up to this length is a candidate too ("adaptive robust state feedback controller")
POSITION_WEIGHT = 0.1  # score × (1 + w / (1 + first word position / 50)): earlier phrases are a little preferred
LENGTH_WEIGHT = 0.2  # score × (1 + w × (words - 1)): a specific phrase beats its generic head
BATCH = 8  # documents per forward pass: small enough that the first chips arrive within a second

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
    collect collects rely relies
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
_BOUNDARY = re.compile(r"[.,;:!?()\[\]{}\"“”]|\s[-–—]\s")
_NAME = re.compile(r"^(?:[A-Z][a-z0-9]+){2,}[A-Za-z0-9]*$|^[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*s?$")  # TinyStories, DPO, MoE, LLMs
_stemmer = PorterStemmer()


@dataclass
class _Candidate:
    phrase: str
    spans: list[tuple[int, int]]  # character spans of its occurrences
    first_word: int  # position of its first occurrence, in words


def stem_key(phrase: str) -> str:
    return " ".join(_stemmer.stem(word) for word in phrase.lower().split())


@functools.cache
def _parts_of_speech(word: str) -> frozenset[str]:
    return frozenset(getAllLemmas(word.lower()))


def _ends_phrase(word: str) -> bool:
    """Only a verb or adverb (by the lexicon) ends a noun phrase; "-ed" forms stay ("distributed systems")."""
    tags = _parts_of_speech(word)
    return bool(tags) and tags <= {"VERB", "ADV", "AUX"} and not word.endswith("ed")


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
    run: list[tuple[str, int, int]] = []
    position = 0

    def add(words: list[tuple[str, int, int]]) -> None:
        phrase = " ".join(w for w, _, _ in words)
        key = phrase.lower()
        if key not in found:
            found[key] = _Candidate(phrase, [], position)
        found[key].spans.append((words[0][1], words[-1][2]))

    def flush() -> None:
        while run and not _can_head(run[-1][0]):
            run.pop()  # "models trained", "accuracy comparable": the phrase ends at its last noun
        if len(run) > MAX_PHRASE_WORDS and len(run) <= MAX_RUN_WORDS and not any(_is_number(w) for w, _, _ in run):
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
                if any(_is_number(w) for w, _, _ in words):  # "2 datasets", "3.5 points"; 3D and GPT-4 stay
                    continue
                add(words)
        run.clear()

    # An address becomes a boundary of the same length, so offsets into the text still hold.
    text = _TOKEN.sub(lambda token: "." + " " * (len(token.group()) - 1) if _ADDRESS.search(token.group()) else token.group(), text)
    last_end = 0
    for match in _WORD.finditer(text):
        if _BOUNDARY.search(text[last_end : match.start()]):
            flush()
        word = match.group(0)
        if word.lower() in _STOP or word.lower().endswith("ly") or _ends_phrase(word) or (len(word) == 1 and word.islower()):
            flush()
        else:
            run.append((word, match.start(), match.end()))
        last_end = match.end()
        position += 1
    flush()
    return list(found.values())


class KeyphraseModel:
    """all-MiniLM-L6-v2 used for one forward pass per document (on the worker's `Encoder`)."""

    def __init__(self, encoder: Encoder) -> None:
        self.encoder = encoder

    def extract(self, documents: list[str], top_n: int = 5):
        """Yields (document index, keywords) as each batch is done, so callers can publish them at once."""
        order = sorted(range(len(documents)), key=lambda i: len(documents[i]))  # similar lengths pad less
        for start in range(0, len(order), BATCH):
            batch = order[start : start + BATCH]
            texts = [documents[i] for i in batch]
            encoded = self.encoder.encode(texts)
            offsets, mask = encoded["offset_mapping"], encoded["attention_mask"]
            tokens = self.encoder.tokens(encoded["input_ids"], mask)
            documents_vectors = mean_pool(tokens, mask)  # the model's sentence embedding (before its normalisation)
            mask = mask.astype(bool)
            for row, index in enumerate(batch):
                yield index, self._rank(
                    texts[row], tokens[row][mask[row]], offsets[row][mask[row]], documents_vectors[row], top_n
                )

    def _rank(self, text, tokens, offsets, document_vector, top_n) -> list[Keyword]:
        document_vector = document_vector / (np.linalg.norm(document_vector) or 1.0)
        tokens = tokens[offsets[:, 1] > offsets[:, 0]]  # drop [CLS]/[SEP]: they cover no characters
        offsets = offsets[offsets[:, 1] > offsets[:, 0]]
        # Prefix sums over the tokens: the vector of any span of tokens is one subtraction.
        running = np.vstack([np.zeros((1, tokens.shape[1]), tokens.dtype), np.cumsum(tokens, axis=0)])
        scored = []
        for candidate in candidates(text):
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
            score *= 1 + LENGTH_WEIGHT * (candidate.phrase.count(" "))
            score *= 1 + POSITION_WEIGHT / (1 + candidate.first_word / 50)
            scored.append((score, candidate.phrase))
        return _select(sorted(scored, reverse=True), top_n)


def _select(scored: list[tuple[float, str]], top_n: int) -> list[Keyword]:
    """Best first; one chip per stem key; a phrase inside a chosen one ("language processing" after
    "natural language processing") or containing one is dropped, so each chip says something new."""
    chosen: list[Keyword] = []
    keys: list[str] = []
    for score, phrase in scored:
        key = stem_key(phrase)
        padded = f" {key} "
        if any(padded in f" {other} " or f" {other} " in padded for other in keys):
            continue
        keys.append(key)
        chosen.append(Keyword(phrase, round(score, 4)))
        if len(chosen) == top_n:
            break
    return chosen


def canonical_tags(tags: list[str]) -> dict[str, str]:
    """Stem key -> the user's own spelling, so a chip that is one of their tags reads like it."""
    return {stem_key(tag): tag for tag in tags}
