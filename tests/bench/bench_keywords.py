"""`make bench-keywords`: keyword quality on Inspec and speed on the seed digest, ours against plain KeyBERT.

Inspec (pke's protocol): input title + ". " + abstract, top 10, Porter-stemmed exact match against the
uncontrolled keys, precision/recall/F1 per document, macro-averaged; F1@5 and F1@10. Ours, plain
KeyBERT (all-MiniLM-L6-v2, (1,2)-grams, English stop words, all 500 documents in one call) and YAKE.
Speed: the 79-paper seed, our extractor (model loaded, caches cold) on the runtime the worker chooses on
this CPU, and on torch float32, against KeyBERT with the same model in the same run, timed both ways: one
call per paper (naive: the baseline of the ratios) and all papers in one call. Chip agreement between the
chosen runtime and float32, on the seed and on Inspec.
"""

from __future__ import annotations

import json
import os
import re
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from nltk.stem.porter import PorterStemmer  # noqa: E402

from tests.support import SHARED, shared_pages  # noqa: E402
from workers.nlp.keywords import TOP_N, paper_text  # noqa: E402

INSPEC = SHARED / "bench" / "inspec"
stem = PorterStemmer().stem


def stemmed(phrase: str) -> str:
    return " ".join(stem(word) for word in phrase.lower().split())


def inspec_scores(predictions: dict[str, list[str]]) -> dict[str, float]:
    references = json.loads((INSPEC / "test.uncontr.stem.json").read_text())
    totals = {"P@5": 0.0, "R@5": 0.0, "F1@5": 0.0, "P@10": 0.0, "R@10": 0.0, "F1@10": 0.0}
    for doc_id, variants in references.items():
        gold = {variant for key in variants for variant in key}
        predicted = list(dict.fromkeys(stemmed(p) for p in predictions.get(doc_id, [])))
        for k in (5, 10):
            top = predicted[:k]
            hits = sum(1 for phrase in top if phrase in gold)
            precision = hits / len(top) if top else 0.0
            recall = hits / len(variants) if variants else 0.0
            f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
            totals[f"P@{k}"] += precision
            totals[f"R@{k}"] += recall
            totals[f"F1@{k}"] += f1
    return {name: 100 * value / len(references) for name, value in totals.items()}


def inspec_documents() -> dict[str, str]:
    return {record["id"]: f"{record['title']}. {record['abstract']}" for record in _inspec_records()}


def inspec_titles() -> dict[str, str]:
    return {record["id"]: record["title"] for record in _inspec_records()}


def _inspec_records() -> list[dict]:
    return [json.loads(line) for line in (INSPEC / "inspec_test500.jsonl").read_text().splitlines()]


def ours(documents: dict[str, str], top_n: int, runtime: str | None = None, titled: bool = True, standalone: bool = True) -> dict[str, list[str]]:
    """The extractor as the product calls it: with each document's title (`titled=False`: without);
    `standalone=False`: candidates scored in context only, as before issue 16."""
    ids = list(documents)
    titles = [inspec_titles()[d] for d in ids] if titled else None
    extractor = _extractor(runtime)
    if not standalone:
        from workers.nlp.keyphrases import KeyphraseModel

        extractor = KeyphraseModel(extractor.encoder, standalone=False)
    extracted = extractor.extract([documents[d] for d in ids], top_n, titles)
    return {ids[i]: [k.phrase for k in keywords] for i, keywords in extracted}


def _extractor(runtime: str | None = None):
    """The worker's extractor (the runtime it chooses), or one on a given runtime; loaded and warmed."""
    from workers.nlp.keyphrases import KeyphraseModel
    from workers.nlp.keywords import keyphrase_model
    from workers.nlp.model import Encoder, encoder

    if runtime is None or runtime == encoder().runtime:
        return keyphrase_model()
    model = KeyphraseModel(Encoder(runtime))
    list(model.extract(["Warm-up. The first forward pass prepares the kernels."]))
    return model


def agreement(first: dict[str, list[str]], second: dict[str, list[str]]) -> str:
    shared = sum(len(set(first[d]) & set(second[d])) for d in first)
    total = sum(len(first[d]) for d in first)
    return f"{shared}/{total} chips identical ({100 * shared / total:.1f}%)"


def keybert_batch(documents: dict[str, str], top_n: int) -> dict[str, list[str]]:
    from workers.nlp.keywords import NGRAM_RANGE, _keybert

    ids = list(documents)
    found = _keybert().extract_keywords(
        [documents[d] for d in ids], keyphrase_ngram_range=NGRAM_RANGE, stop_words="english", top_n=top_n
    )
    return {doc_id: [phrase for phrase, _ in keywords] for doc_id, keywords in zip(ids, found)}


def yake_keywords(documents: dict[str, str], top_n: int) -> dict[str, list[str]]:
    import yake

    extractor = yake.KeywordExtractor(lan="en", n=3, top=top_n)
    return {doc_id: [phrase for phrase, _ in extractor.extract_keywords(text)] for doc_id, text in documents.items()}


def quality() -> None:
    from workers.nlp.model import encoder

    documents = inspec_documents()
    runtime = encoder().runtime
    print(f"\nInspec test ({len(documents)} abstracts), pke protocol; pke's TfIdf 28.37 / 35.00, PatternRank F1@10 30.99\n")
    print("| method | F1@5 | F1@10 | P@10 | R@10 | time (s) |")
    print("|---|---:|---:|---:|---:|---:|")
    methods = [
        (f"paperlens ({runtime})", ours),
        ("paperlens, no title given (chips may restate it)", lambda documents, top_n: ours(documents, top_n, titled=False)),
        ("paperlens, candidates scored in context only (before issue 16)", lambda documents, top_n: ours(documents, top_n, standalone=False)),
        ("YAKE (n=3)", yake_keywords),
        ("KeyBERT (1,2)-grams, one call", keybert_batch),
    ]
    if runtime != "torch-float32":
        methods.insert(1, ("paperlens (torch-float32)", lambda documents, top_n: ours(documents, top_n, "torch-float32")))
    found = {}
    for name, method in methods:
        started = time.perf_counter()
        found[name] = method(documents, 10)
        elapsed = time.perf_counter() - started
        result = inspec_scores(found[name])
        print(f"| {name} | {result['F1@5']:.2f} | {result['F1@10']:.2f} | {result['P@10']:.2f} | {result['R@10']:.2f} | {elapsed:.1f} |")
    if runtime != "torch-float32":
        print(f"\nInspec, {runtime} against torch-float32: {agreement(found[methods[0][0]], found[methods[1][0]])}")


def speed() -> None:
    from keybert import KeyBERT

    from workers.nlp.keywords import NGRAM_RANGE, _keybert
    from workers.nlp.model import encoder, relevant_cpu_flags

    seed = shared_pages()["HF daily"].papers
    documents = [f"{p.title}. {p.abstract}" for p in seed]
    started = time.perf_counter()
    chosen = encoder()
    model = _extractor()  # loaded and warmed, as the nlp worker does when it starts
    load = time.perf_counter() - started
    runtimes = [chosen.runtime] + (["torch-float32"] if chosen.runtime != "torch-float32" else [])
    timed, chips = {}, {}
    for runtime in runtimes:
        extractor = model if runtime == chosen.runtime else _extractor(runtime)
        started, first, chips[runtime] = time.perf_counter(), None, {}
        for index, keywords in extractor.extract(documents, TOP_N, [p.title for p in seed]):
            first = first or time.perf_counter() - started
            chips[runtime][str(index)] = [k.phrase for k in keywords]
        timed[runtime] = (first, time.perf_counter() - started)

    keybert: KeyBERT = _keybert()
    keybert.extract_keywords(documents[0], keyphrase_ngram_range=NGRAM_RANGE, stop_words="english")  # warm-up
    started = time.perf_counter()
    for document in documents:
        keybert.extract_keywords(document, keyphrase_ngram_range=NGRAM_RANGE, stop_words="english", top_n=TOP_N)
    per_paper = time.perf_counter() - started
    started = time.perf_counter()
    keybert.extract_keywords(documents, keyphrase_ngram_range=NGRAM_RANGE, stop_words="english", top_n=TOP_N)
    batched = time.perf_counter() - started

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nSeed digest ({len(documents)} papers), top {TOP_N}; model loaded and warmed ({load:.1f} s)")
    print(f"runtime: {chosen.runtime} ({chosen.why}); CPU flags: {relevant_cpu_flags()}\n")
    print("| method | first keywords (s) | all keywords (s) | vs naive KeyBERT per paper |")
    print("|---|---:|---:|---:|")
    print(f"| naive KeyBERT, one call per paper (torch float32, as shipped) | – | {per_paper:.2f} | 1.0× |")
    print(f"| KeyBERT, all papers in one call (torch float32) | – | {batched:.2f} | {per_paper / batched:.1f}× |")
    for runtime, (first, seconds) in timed.items():
        print(f"| paperlens ({runtime}) | {first:.2f} | {seconds:.2f} | {per_paper / seconds:.1f}× |")
    if len(runtimes) > 1:
        print(f"\nseed, {runtimes[0]} against torch-float32: {agreement(chips[runtimes[0]], chips['torch-float32'])}")
    print(f"peak RSS of this process (all runs): {rss:.0f} MiB")
    wanted = {0: "DPO", 74: "TinyStories", 14: "A Survey on Mixture of Experts"}
    for index, label in wanted.items():
        print(f"- {label}: " + ", ".join(chips[chosen.runtime][str(index)]))
    standalone_cost(model.encoder, documents, [p.title for p in seed])


def standalone_cost(encoder, documents: list[str], titles: list[str], runs: int = 3) -> None:
    """What scoring words alone as well as in context costs on the seed, against scoring in context only (the
    extractor before issue 16), alternating, median of `runs`: on a worker's first page (only the shipped
    vocabulary known), after it has read the other two shared pages (an ML page of 2024 and an astro-ph
    mailing: some of the seed's words met), and on the same page again (every word met)."""
    from workers.nlp.keyphrases import KeyphraseModel
    from workers.nlp.word_vectors import WordVectors

    def worker(*pages: list[str]) -> KeyphraseModel:
        extractor = KeyphraseModel(encoder, WordVectors(encoder, vocabulary_file=True))
        for page in pages:
            list(extractor.extract(page, TOP_N))
        return extractor

    others = [[paper_text(p.title, p.abstract) for p in digest.papers] for name, digest in shared_pages().items() if name != "HF daily"]
    variants = {
        "in context only (before issue 16)": lambda: KeyphraseModel(encoder, standalone=False),
        "words alone too, a worker's first page": worker,
        "words alone too, after the other two shared pages": lambda: worker(*others),
        "words alone too, the same page again": lambda: worker(documents),
    }
    timings: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(runs):
        for name, make in variants.items():
            extractor = make()
            started = time.perf_counter()
            list(extractor.extract(documents, TOP_N, titles))
            timings[name].append(time.perf_counter() - started)
    baseline = statistics.median(timings["in context only (before issue 16)"])
    print(f"\nScoring candidates' words alone as well as in context, seed, {encoder.runtime}, median of {runs} alternating runs\n")
    print("| extractor | all keywords (s) | vs in context only |")
    print("|---|---:|---:|")
    for name, seconds in timings.items():
        print(f"| {name} | {statistics.median(seconds):.2f} | {statistics.median(seconds) / baseline:.2f}× |")


# "github com yonghongzhang-io" is an address in pieces; "GitHub pull requests" is not.
_ADDRESS_PIECE = re.compile(r"https?|www|\.(?:com|org|io|net)\b|\b(?:com|io)\b|@", re.I)


def chip_defects(title: str, text: str, chips: list[str]) -> dict[str, int]:
    """What a person would not write, counted on one paper's chips (a rough reader: see the names)."""
    from lemminflect import getAllLemmas

    from workers.nlp.keyphrases import stem_key

    found = dict.fromkeys(DEFECTS, 0)
    math = [m.span() for m in re.finditer(r"\$[^$]{1,300}\$", text)]  # the text's inline TeX, found once
    for chip in chips:
        words = chip.split()
        if any(m.start() > 0 and text[m.start() - 1].isdigit() for m in re.finditer(re.escape(chip), text)):
            found["digits lost (a digit right before the chip)"] += 1
        tags = set(getAllLemmas(words[-1].lower()))
        # "-ed" and "-ing" forms head phrases too ("distributed systems" aside, "network pruning", "knowledge unlearning").
        if len(words) > 1 and "VERB" in tags and "NOUN" not in tags and not words[-1].endswith(("ed", "ing")):
            found["ends in a word that can only be a verb"] += 1
        first = words[0].lower()
        # From a word's start only: "(\w+)" tried at every letter of a long word took quadratic time.
        before = {m.group(1).lower() for m in re.finditer(r"\b(\w+)\W+" + re.escape(chip), text)}
        if "VERB" in getAllLemmas(first) and (
            (first.endswith(("ed", "en", "ing")) and before & _AUXILIARIES) or (first.endswith("s") and before & _RELATIVES)
        ):  # "have revolutionized natural language processing", "is finding embeddings", "which maps raw text"
            found["starts with a verb (after have, is, which…)"] += 1
        if any(_only_in_tex(word, text, math) for word in words):
            found["TeX pieces (a word only inside $…$ or a \\command)"] += 1
        if _ADDRESS_PIECE.search(chip) or any(len(w) == 1 and w.islower() for w in words):
            found["URL pieces or stray letters"] += 1
    # Hyphens and possessives apart: "galaxy-scale strong-lenses" is "galaxy-scale strong lenses".
    stems = [stem_key(re.sub(r"'s\b|-", " ", chip)).split() for chip in chips]
    keys = [set(words) for words in stems]
    for i in range(len(chips)):
        for j in range(i + 1, len(chips)):
            if stems[i][-1] == stems[j][-1] and len(keys[i] & keys[j]) / len(keys[i] | keys[j]) >= 0.5 or keys[i] == keys[j]:
                found["near-duplicate pairs (same head, half the words)"] += 1
    title_words = set(stem_key(re.sub(r"[^\w\s'-]", " ", title)).split())  # "Potter?" is "Potter"
    found["title restatements beyond one"] = max(0, sum(1 for key in keys if len(key) >= 2 and key <= title_words) - 1)
    return found


def _only_in_tex(word: str, text: str, math: list[tuple[int, int]]) -> bool:
    """Does the word occur only inside math or as a command ("pm0.12" from "$0.94\\pm0.12$", "odot" from "M$_\\odot$")?"""
    places = [m.start() for m in re.finditer(r"(?<![\w\\])" + re.escape(word) + r"(?!\w)", text)]
    commands = re.search(r"\\" + re.escape(word) + r"(?!\w)", text)
    inside = [p for p in places if any(a <= p < b for a, b in math)]
    return bool(commands or inside) and len(inside) == len(places)


# The reader's own word lists, not the extractor's: a counter that imports the extractor's rules agrees with them.
_AUXILIARIES = frozenset("have has had having is are was were be been".split())
_RELATIVES = frozenset("which that who".split())
DEFECTS = (
    "digits lost (a digit right before the chip)",
    "ends in a word that can only be a verb",
    "starts with a verb (after have, is, which…)",
    "URL pieces or stray letters",
    "TeX pieces (a word only inside $…$ or a \\command)",
    "near-duplicate pairs (same head, half the words)",
    "title restatements beyond one",
)


def defects() -> None:
    from workers.nlp.keywords import keyphrase_model

    pages = shared_pages()
    print("\nChip defects on the shared pages (top 5 chips per paper)\n")
    print("| page | papers | " + " | ".join(DEFECTS) + " |")
    print("|---|---:|" + "---:|" * len(DEFECTS))
    for name, digest in pages.items():
        documents = [paper_text(p.title, p.abstract) for p in digest.papers]
        totals = dict.fromkeys(DEFECTS, 0)
        for index, keywords in keyphrase_model().extract(documents, TOP_N, [p.title for p in digest.papers]):
            for defect, count in chip_defects(digest.papers[index].title, documents[index], [k.phrase for k in keywords]).items():
                totals[defect] += count
        print(f"| {name} | {len(documents)} | " + " | ".join(str(totals[d]) for d in DEFECTS) + " |")


if __name__ == "__main__":
    what = sys.argv[1:] or ["speed", "quality", "defects"]
    if "speed" in what:
        speed()
    if "quality" in what:
        quality()
    if "defects" in what:
        defects()
