"""`make bench-keywords`: keyword quality on Inspec and speed on the seed digest, ours against plain KeyBERT.

Inspec (pke's protocol): input title + ". " + abstract, top 10, Porter-stemmed exact match against the
uncontrolled keys, precision/recall/F1 per document, macro-averaged; F1@5 and F1@10. Ours, plain
KeyBERT (all-MiniLM-L6-v2, (1,2)-grams, English stop words, all 500 documents in one call) and YAKE.
Speed: the 79-paper seed, our extractor (model loaded, caches cold) against naive KeyBERT, one call per
paper, same model, in the same run.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from nltk.stem.porter import PorterStemmer  # noqa: E402

from backend.domain.digests import parse_digest  # noqa: E402
from tests.support import SHARED, SHARED_FIXTURES  # noqa: E402

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
    documents = {}
    for line in (INSPEC / "inspec_test500.jsonl").read_text().splitlines():
        record = json.loads(line)
        documents[record["id"]] = f"{record['title']}. {record['abstract']}"
    return documents


def ours(documents: dict[str, str], top_n: int) -> dict[str, list[str]]:
    from workers.nlp.keywords import keyphrase_model

    ids = list(documents)
    model = keyphrase_model()
    return {ids[i]: [k.phrase for k in keywords] for i, keywords in model.extract([documents[d] for d in ids], top_n)}


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
    documents = inspec_documents()
    print(f"\nInspec test ({len(documents)} abstracts), pke protocol; pke's TfIdf 28.37 / 35.00, PatternRank F1@10 30.99\n")
    print("| method | F1@5 | F1@10 | P@10 | R@10 | time (s) |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, method in (("paperlens", ours), ("YAKE (n=3)", yake_keywords), ("KeyBERT (1,2)-grams, one call", keybert_batch)):
        started = time.perf_counter()
        result = inspec_scores(method(documents, 10))
        elapsed = time.perf_counter() - started
        print(f"| {name} | {result['F1@5']:.2f} | {result['F1@10']:.2f} | {result['P@10']:.2f} | {result['R@10']:.2f} | {elapsed:.1f} |")


def speed() -> None:
    from workers.nlp.keywords import NGRAM_RANGE, TOP_N, _keybert, keyphrase_model
    from workers.nlp.model import inference_model, sentence_model

    seed = parse_digest("", text=(SHARED_FIXTURES / "hf-daily-papers.txt").read_text()).papers
    documents = [f"{p.title}. {p.abstract}" for p in seed]
    started = time.perf_counter()
    model = keyphrase_model()  # loaded and warmed, as the nlp worker does when it starts
    load = time.perf_counter() - started
    started = time.perf_counter()
    first = None
    for _ in model.extract(documents, TOP_N):
        first = first or time.perf_counter() - started
    ours_seconds = time.perf_counter() - started

    def naive(keybert) -> float:
        keybert.extract_keywords(documents[0], keyphrase_ngram_range=NGRAM_RANGE, stop_words="english")  # warm-up
        started = time.perf_counter()
        for document in documents:
            keybert.extract_keywords(document, keyphrase_ngram_range=NGRAM_RANGE, stop_words="english", top_n=TOP_N)
        return time.perf_counter() - started

    from keybert import KeyBERT

    baseline = naive(_keybert())
    same_dtype = inference_model() is sentence_model()  # float32 here: no second run needed
    baseline_same_dtype = baseline if same_dtype else naive(KeyBERT(model=inference_model()))
    dtype = next(inference_model().parameters()).dtype
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nSeed digest ({len(documents)} papers), top {TOP_N}; models loaded and warmed ({load:.1f} s); ours runs in {dtype}\n")
    print("| method | first keywords (s) | all keywords (s) | ratio |")
    print("|---|---:|---:|---:|")
    print(f"| naive KeyBERT, one call per paper (float32, as shipped) | – | {baseline:.1f} | 1.0× |")
    print(f"| naive KeyBERT, one call per paper, our {dtype} model | – | {baseline_same_dtype:.1f} | {baseline / baseline_same_dtype:.1f}× |")
    print(f"| paperlens | {first:.2f} | {ours_seconds:.2f} | {baseline / ours_seconds:.1f}× |")
    print(f"\npeak RSS of this process (all three runs): {rss:.0f} MiB")
    wanted = {0: "DPO", 74: "TinyStories", 14: "A Survey on Mixture of Experts"}
    results = dict(model.extract([documents[i] for i in wanted], TOP_N))
    for position, (index, label) in enumerate(wanted.items()):
        print(f"- {label}: " + ", ".join(k.phrase for k in results[position]))


if __name__ == "__main__":
    what = sys.argv[1:] or ["speed", "quality"]
    if "speed" in what:
        speed()
    if "quality" in what:
        quality()
