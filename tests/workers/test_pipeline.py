"""The whole path with real processes: HTTP post → Celery workers on Redis → SSE stream to `done`."""

from __future__ import annotations

import re
import textwrap
import time
import uuid
from collections import Counter

from backend.queue import enqueue_digest, queue_client
from backend.store import DigestStore
from tests.support import OWN_FIXTURES, SHARED_FIXTURES, all_library_items, stream_events, wait_until, zotero_record

SEED_TEXT = (SHARED_FIXTURES / "hf-daily-papers.txt").read_text()
HF_HTML = (SHARED_FIXTURES / "hf-papers-2024-08-01.html").read_text()

# What the test user has saved, and which seed item (by position) each must match, if any.
LIBRARY = [
    ({"title": "direct preference optimization -- your language model is secretly a REWARD model"}, "0"),
    ({"title": "A Survey on Mixture-of-Experts", "year": 2024}, "14"),
    ({"title": "TinyStories", "arxiv_id": "arXiv:2305.07759v2"}, None),  # no ids on a text page: no match
    ({"title": "Knowledge Unlearning for LLMs: Tasks, Methods and Challenge"}, "18"),
    ({"title": "Language Models are Few-Shot Learners", "authors": ["Tom B. Brown"]}, None),
    ({"title": "Finetuned Language Models Are Zero-Shot Learners"}, None),
]


def test_seed_digest_streams_matches_and_keywords_to_done(client, workers):
    saved = {}
    for fields, expected_item in LIBRARY:
        response = client.post("/v1/library/items", json=fields)
        assert response.status_code == 201, response.text
        if expected_item:
            saved[expected_item] = response.json()["id"]

    started = time.monotonic()
    posted = client.post("/v1/digests", json={"url": "https://huggingface.co/papers", "text": SEED_TEXT})
    assert posted.status_code == 202, posted.text
    assert time.monotonic() - started < 5  # answered before any work is done (not a benchmark: a sanity bound)
    digest = posted.json()
    assert len(digest["items"]) == 79

    events = stream_events(client, digest["id"])

    assert events[-1].event == "done"
    assert events[-1].data == {"digest_id": digest["id"], "items": 79}
    assert len({event.id for event in events}) == len(events)
    annotations = [event.data for event in events if event.event == "annotation"]
    matches = {a["item_id"]: a for a in annotations if a["kind"] == "library_match"}
    assert {item: m["library_item_id"] for item, m in matches.items()} == saved
    assert matches["0"]["basis"] == "title" and matches["0"]["score"] == 1.0
    assert matches["18"]["score"] < 1.0
    keywords = {a["item_id"]: a["keywords"] for a in annotations if a["kind"] == "keywords"}
    assert set(keywords) == {item["id"] for item in digest["items"]}
    assert all(1 <= len(chips) <= 5 and all(chip["phrase"] for chip in chips) for chips in keywords.values())
    assert Counter(a["kind"] for a in annotations)["keywords"] == 79  # exactly one per item
    # Related work from the library, by title embeddings: "UOE: Unlearning One Expert Is Enough For
    # Mixture-of-experts LLMs" is nearest to the saved "Knowledge Unlearning for LLMs…", then to the saved
    # MoE survey; never a paper's own library copy.
    related = {a["item_id"]: a for a in annotations if a["kind"] == "related"}
    assert [i["id"] for i in related["6"]["library_items"]] == [saved["18"], saved["14"]]
    assert all(i["score"] >= 0.65 for r in related.values() for i in r["library_items"])
    assert all(saved.get(item) not in [i["id"] for i in r["library_items"]] for item, r in related.items())
    progress = [event.data for event in events if event.event == "progress"]
    assert {"stage": "match", "done": 79, "total": 79} in progress
    assert {"stage": "keywords", "done": 79, "total": 79} in progress

    snapshot = client.get(f"/v1/digests/{digest['id']}").json()
    assert snapshot["done"] is True
    assert snapshot["annotations"] == annotations
    assert snapshot["last_event_id"] == events[-1].id


def test_reconnecting_with_last_event_id_gets_every_remaining_event_once(client, workers):
    digest = client.post("/v1/digests", json={"url": "https://huggingface.co/papers", "html": HF_HTML}).json()

    first_part = stream_events(client, digest["id"], stop_after=3)  # the client drops the connection here
    rest = stream_events(client, digest["id"], last_event_id=first_part[-1].id)
    everything = stream_events(client, digest["id"])

    assert [e.id for e in first_part + rest] == [e.id for e in everything]
    assert rest[-1].event == "done"
    assert len(everything) == 3 + len(rest)
    # Resuming after `done` ends at once with nothing new.
    assert stream_events(client, digest["id"], last_event_id=everything[-1].id) == []


def test_stage_tasks_run_twice_publish_nothing_twice(client, workers, settings, digests_redis_client):
    digest = client.post("/v1/digests", json={"url": "https://huggingface.co/papers", "html": HF_HTML}).json()
    before = stream_events(client, digest["id"])

    # Deliver both stages again, as the broker does after a worker died before acknowledging.
    task_ids = enqueue_digest(queue_client(settings.redis_url), digest["id"])
    wait_for_log_lines([f"[{task_id}] succeeded" for task_id in task_ids], list(workers.values()))

    after = DigestStore(digests_redis_client).events(digest["id"])
    assert [event_id for event_id, _, _ in after] == [event.id for event in before]


def wait_for_log_lines(needles: list[str], logs: list, timeout: float = 120) -> None:
    def logged() -> bool:
        text = "".join(log.read_text(errors="replace") for log in logs)
        return all(needle in text for needle in needles)

    wait_until(logged, timeout, f"all of {needles} in the worker logs")


def test_the_worker_follows_library_changes_without_rebuilding_its_index(client, workers):
    listing = (OWN_FIXTURES / "arxiv-list-cs-cl-new.html").read_text()
    client.post("/v1/library/items", json={"title": "Something else entirely, about matching"}).raise_for_status()
    first = client.post("/v1/digests", json={"url": "https://arxiv.org/list/cs.CL/new", "html": listing}).json()
    assert not [e for e in stream_events(client, first["id"]) if e.data.get("kind") == "library_match"]

    lora = client.post("/v1/library/items", json={"title": "LoRA", "arxiv_id": "2106.09685"}).json()
    zero_shot = client.post(
        "/v1/library/items", json={"title": "Large language models are zero shot reasoners", "authors": ["Kojima"]}
    ).json()
    client.delete(f"/v1/library/items/{lora['id']}").raise_for_status()
    client.post("/v1/library/items", json={"title": "LoRA again", "arxiv_id": "2106.09685v2"}).raise_for_status()
    second = client.post("/v1/digests", json={"url": "https://arxiv.org/list/cs.CL/new", "html": listing}).json()

    matches = {
        e.data["item_id"]: e.data for e in stream_events(client, second["id"]) if e.data.get("kind") == "library_match"
    }
    assert set(matches) == {"2", "4"}
    assert matches["2"]["library_item_id"] == zero_shot["id"]
    assert matches["4"]["title"] == "LoRA again" and matches["4"]["reasons"] == ["same arXiv id 2106.09685"]
    log = workers["worker-match"].read_text()
    assert "items updated incrementally" in log


def test_possible_matches_are_a_softer_hint_with_reasons(client, workers):
    client.post(
        "/v1/library/items", json={"title": "Direct preference optimization: your language model is secretly a reward model",
                                    "authors": ["Somebody Else"]}
    ).raise_for_status()
    listing = (OWN_FIXTURES / "arxiv-list-cs-cl-new.html").read_text()
    digest = client.post("/v1/digests", json={"url": "https://arxiv.org/list/cs.CL/new", "html": listing}).json()

    annotations = [e.data for e in stream_events(client, digest["id"]) if e.event == "annotation"]
    (possible,) = [a for a in annotations if a["item_id"] == "0" and a["kind"] in ("library_match", "possible_match")]
    assert possible["kind"] == "possible_match"
    assert "no author in common" in possible["reasons"]


def test_keywords_are_cached_per_paper_text_so_a_page_seen_before_costs_nothing(client, other_client, workers, digests_redis_client):
    marker = uuid.uuid4().hex  # abstracts no earlier test has cached keywords for
    html = HF_HTML.replace("&quot;summary&quot;:&quot;", f"&quot;summary&quot;:&quot;{marker} ")
    first = client.post("/v1/digests", json={"url": "https://huggingface.co/papers", "html": html}).json()
    first_chips = {e.data["item_id"]: e.data["keywords"] for e in stream_events(client, first["id"]) if e.data.get("kind") == "keywords"}
    assert len(first_chips) == 13
    assert model_work(workers, first["id"]) == "13 of 13"

    # Someone else opens the same page: the model computes nothing (the worker says so), the chips are identical.
    second = other_client.post("/v1/digests", json={"url": "https://huggingface.co/papers", "html": html}).json()
    events = stream_events(other_client, second["id"])
    second_chips = {e.data["item_id"]: e.data["keywords"] for e in events if e.data.get("kind") == "keywords"}
    assert second_chips == first_chips
    assert model_work(workers, second["id"]) == "0 of 13"


def model_work(workers, digest_id: str) -> str:
    """"N of M": how many of a digest's papers the nlp worker ran the keyword model on, from its log."""
    line = re.search(rf"digest {digest_id}: keywords computed for (\d+ of \d+) papers", workers["worker-nlp"].read_text())
    assert line, f"no keyword-stage line for digest {digest_id} in the nlp worker's log"
    return line.group(1)


def test_cli_keywords(tmp_path):
    import json
    import subprocess
    import sys

    docs = tmp_path / "docs.jsonl"
    docs.write_text(
        json.dumps({"id": "dpo", "title": "Direct Preference Optimization",
                    "abstract": "We align large language models with human preferences without reinforcement learning."})
        + "\n"
    )
    out = subprocess.run([sys.executable, "-m", "backend.cli", "keywords", str(docs), "--top-n", "3"],
                         capture_output=True, text=True, env={"PATH": "/usr/bin:/bin", "HF_HUB_OFFLINE": "1"})
    assert out.returncode == 0, out.stderr[-2000:]
    (line,) = out.stdout.splitlines()
    result = json.loads(line)
    assert result["id"] == "dpo" and len(result["keywords"]) == 3
    assert {"large language models", "human preferences"} & {k["phrase"] for k in result["keywords"]}


def test_chips_take_the_users_tag_spelling_whether_computed_or_cached(client, other_client, workers):
    listing = (OWN_FIXTURES / "arxiv-list-cs-cl-new.html").read_text()
    page = {"url": "https://arxiv.org/list/cs.CL/new", "html": listing}

    def chips(http) -> set[str]:
        digest = http.post("/v1/digests", json=page).json()
        events = stream_events(http, digest["id"])
        return {k["phrase"] for e in events if e.data.get("kind") == "keywords" for k in e.data["keywords"]}

    plain = chips(client)  # computed (or cached by an earlier test), for a user without tags
    assert "large language models" in {phrase.lower() for phrase in plain}
    other_client.post("/v1/library/items", json={"title": "Some saved paper", "tags": ["LARGE LANGUAGE MODEL"]})
    # The page's chips now come from the shared cache; this user's tag spelling still wins.
    assert "LARGE LANGUAGE MODEL" in chips(other_client)


def _saved_then_renamed(client) -> tuple[dict, object]:
    """A real researcher's Zotero record of a workshop paper (no identifier), saved; the paper under its later title."""
    saved = zotero_record("Analyzing structural priors in multi-agent communication")
    item = client.post(
        "/v1/library/items", json={"title": saved.title, "authors": list(saved.authors), "abstract": saved.abstract}
    ).json()
    return item, zotero_record("Exploring Structural Inductive Biases in Emergent Communication")


def _library_matches(client, digest: dict) -> list[dict]:
    annotations = [e.data for e in stream_events(client, digest["id"]) if e.event == "annotation"]
    return [a for a in annotations if a["kind"] in ("library_match", "possible_match")]


def test_a_paper_renamed_since_it_was_saved_is_in_the_library_by_its_abstract(client, workers):
    # arXiv's mailing of the paper under its later title (as arXiv 2002.01335 was listed), beside two real entries
    # of the astro-ph mailing.
    item, renamed = _saved_then_renamed(client)
    mailing = (SHARED_FIXTURES / "arxiv-mailing-astro-ph-new.txt").read_text()
    head = mailing[: mailing.index("\\\\\narXiv:2303.00766")]  # the header and the first two entries
    entry = (
        "\\\\\narXiv:2002.01335\nDate: Tue, 4 Feb 2020 15:06:00 GMT   (512kb,D)\n\n"
        f"Title: {renamed.title}\nAuthors: {', '.join(' '.join(reversed(name.split(', '))) for name in renamed.authors)}\n"
        "Categories: cs.LG cs.MA\n\\\\\n" + textwrap.fill(renamed.abstract, 80) + "\n\\\\ ( https://arxiv.org/abs/2002.01335 ,  512kb)\n"
        + "-" * 78 + "\n"
    )  # fmt: skip
    digest = client.post("/v1/digests", json={"url": "https://arxiv.org/", "text": head + entry}).json()
    assert digest["items"][-1]["title"] == renamed.title

    matches = _library_matches(client, digest)
    assert [(a["item_id"], a["kind"], a["library_item_id"], a["basis"]) for a in matches] == [
        (digest["items"][-1]["id"], "library_match", item["id"], "abstract")
    ]
    assert matches[0]["reasons"][0] == "the abstracts agree (100% of their phrases)"


def test_a_renamed_paper_on_a_page_without_authors_is_worth_a_look(client, workers):
    # The Hugging Face daily page's text gives a title and an abstract, no authors: nobody vouches that the saved
    # paper and the renamed one are one, but their one abstract makes the saved paper a possible match.
    item, renamed = _saved_then_renamed(client)
    seed = (SHARED_FIXTURES / "hf-daily-papers.txt").read_text().split("\n")
    page = "\n".join(seed[:18] + [renamed.title, "", renamed.abstract, ""])  # the header, two papers, the renamed one
    digest = client.post("/v1/digests", json={"url": "https://huggingface.co/papers", "text": page}).json()
    assert digest["items"][-1]["title"] == renamed.title and len(digest["items"]) == 3

    matches = _library_matches(client, digest)
    assert [(a["item_id"], a["kind"], a["library_item_id"]) for a in matches] == [(digest["items"][-1]["id"], "possible_match", item["id"])]
    assert matches[0]["reasons"][-2:] == ["the abstracts agree (100% of their phrases)", "no authors on one side to say who wrote it"]


def _long_page_with_its_first_keywords(client, name: str) -> tuple[dict, str]:
    """A 2,000-paper text page nobody has posted before (no keyword cached), posted; once its first keywords are out,
    the digest and its snapshot's path."""
    page = "\n\n".join(
        f"Title number {n} of a long listing {name}\n\nAbstract of paper {n}: a study of queues ({name}), with its own "
        f"words {n} and {n * 7} so that no keyword is cached. " + "Queues hold the work of pages nobody reads. " * 4
        for n in range(2_000)
    )
    digest = client.post("/v1/digests", json={"url": f"https://example.org/long/{name.replace(' ', '-')}", "text": page}).json()
    snapshot = f"/v1/digests/{digest['id']}"
    wait_until(lambda: any(a["kind"] == "keywords" for a in client.get(snapshot).json()["annotations"]), 120, "the first keywords")
    return digest, snapshot


def test_a_page_against_a_library_not_embedded_yet_does_not_wait_for_all_of_it(client, workers, redis_client, token):
    # A library just imported has no title embeddings until `enrich` runs. A page's model stage embedded all of it
    # before anything else (6,000 titles, ~8 s here; 20,000 ~25 s), holding the nlp worker for every user. It now
    # embeds until its slice's deadline and ranks against those; the next page embeds more, enrich the rest.
    import msgspec

    from backend.store import LibraryStore, UserStore

    tag = uuid.uuid4().hex[:8]
    entries = [{"id": f"e{n}", "type": "article-journal", "title": f"Imported {tag} paper {n} on language models"} for n in range(6_000)]
    queued = client.post("/v1/library/import", params={"format": "csljson"}, content=msgspec.json.encode(entries))
    assert queued.status_code == 202, queued.text
    wait_until(lambda: client.get(queued.json()["status_url"]).json()["state"] == "done", 120, "the import")
    owner = UserStore(redis_client).user_for_token(token)

    posted = client.post("/v1/digests", json={"url": "https://huggingface.co/papers", "text": SEED_TEXT}).json()
    events = stream_events(client, posted["id"])

    assert events[-1].event == "done" and any(event.data.get("kind") == "relevance" for event in events)
    assert len(LibraryStore(redis_client).embeddings(owner)) < len(entries)  # the page did not wait for all of them


def test_a_deleted_digest_is_gone_and_the_workers_stop_annotating_it(client, other_client, workers):
    # The longest listings give 2,000 papers of keywords; for a page the user left, the stage ran to the end and
    # every page after it waited. Deleted, the digest is gone for the API and its stages stop at their next publish.
    digest, snapshot = _long_page_with_its_first_keywords(client, "deleted midway")
    saved = client.post(f"{snapshot}/items/0/save").json()

    assert other_client.delete(snapshot).status_code == 404
    assert client.delete(snapshot).status_code == 204
    assert client.get(snapshot).status_code == 404 and client.get(f"{snapshot}/events").status_code == 404
    assert client.delete(snapshot).status_code == 404
    assert [item["id"] for item in all_library_items(client)] == [saved["id"]]  # what was saved from it stays
    wait_for_log_lines([f"digest {digest['id']} was deleted; stopped keywords"], [workers["worker-nlp"]], timeout=120)
    listing = (OWN_FIXTURES / "arxiv-list-cs-cl-new.html").read_text()
    after = client.post("/v1/digests", json={"url": "https://arxiv.org/list/cs.CL/new", "html": listing}).json()
    assert stream_events(client, after["id"])[-1].event == "done"


def test_a_long_page_does_not_hold_the_nlp_worker_while_other_users_pages_wait(client, other_client, workers):
    # One worker process computes keywords for every user. A 2,000-paper page is 20 s to minutes of keywords; it
    # held that process to the end, and a 6-paper page posted meanwhile waited for all of it (30 s here). The stage
    # now works in slices, each queuing the rest of its page behind the pages waiting.
    long, snapshot = _long_page_with_its_first_keywords(client, "read in slices")

    listing = (OWN_FIXTURES / "arxiv-list-cs-cl-new.html").read_text()
    short = other_client.post("/v1/digests", json={"url": "https://arxiv.org/list/cs.CL/new", "html": listing}).json()
    events = stream_events(other_client, short["id"])
    assert events[-1].event == "done" and any(event.data.get("kind") == "keywords" for event in events)
    assert client.get(snapshot).json()["done"] is False  # the long page is still being read: the short one went first
    wait_for_log_lines([f"digest {long['id']}: keywords for "], [workers["worker-nlp"]])

    # The long page still ends, once, every paper with its keywords once.
    events = stream_events(client, long["id"])
    assert [event.event for event in events].count("done") == 1
    keywords = Counter(event.data["item_id"] for event in events if event.data.get("kind") == "keywords")
    assert len(keywords) == 2_000 and set(keywords.values()) == {1}
    assert client.delete(snapshot).status_code == 204
