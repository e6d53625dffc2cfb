"""A relevance score for every paper on a page, from the user's own library and clicks (real stack)."""

from __future__ import annotations

import uuid

from backend.domain.digests import parse_digest
from tests.support import SHARED_FIXTURES, stream_events

HF = parse_digest("", text=(SHARED_FIXTURES / "hf-daily-papers.txt").read_text()).papers
ASTRO = parse_digest("https://arxiv.org/", text=(SHARED_FIXTURES / "arxiv-mailing-astro-ph-new.txt").read_text()).papers


def page_of(papers) -> dict:
    marker = uuid.uuid4().hex[:8]  # nothing cached: the page is new to everyone
    return {"url": "https://example.org/relevance", "text": "\n\n".join(f"{p.title}\n\n{p.abstract} {marker}" for p in papers)}


def relevance_of(client, page) -> dict[str, dict]:
    """Title -> its relevance annotation, once the digest is done."""
    digest = client.post("/v1/digests", json=page).json()
    events = stream_events(client, digest["id"])
    assert events[-1].event == "done"
    titles = {item["id"]: item["title"] for item in digest["items"]}
    found = {titles[e.data["item_id"]]: e.data for e in events if e.event == "annotation" and e.data["kind"] == "relevance"}
    assert len(found) == len(titles)  # every paper, ranked 1..n
    assert sorted(a["rank"] for a in found.values()) == list(range(1, len(titles) + 1))
    return found


def second_page_after_one_dismissal(dismisser, other, first: dict, second: dict, disliked: str) -> dict[bool, dict]:
    """Both users are shown `first`; `dismisser` marks `disliked` on it not relevant. Their relevance annotations
    on `second`: True -> the dismisser's, False -> the other's."""
    found = {}
    for user, dismiss in ((dismisser, True), (other, False)):
        digest = user.post("/v1/digests", json=first).json()
        assert stream_events(user, digest["id"])[-1].event == "done"
        if dismiss:
            item = next(i for i in digest["items"] if i["title"] == disliked)
            assert user.post(f"/v1/digests/{digest['id']}/items/{item['id']}/dismiss").status_code == 204
        found[dismiss] = relevance_of(user, second)
    return found


def test_an_empty_library_gets_a_score_for_every_paper_and_says_there_is_no_signal(client, workers):
    found = relevance_of(client, page_of(HF[:12]))
    assert {a["signal"] for a in found.values()} == {"none"}
    assert {a["score"] for a in found.values()} == {0.5}


def test_a_library_of_one_topic_ranks_that_topics_papers_first_on_a_mixed_page(client, workers):
    for paper in ASTRO[:30]:  # an astronomer's library
        client.post("/v1/library/items", json={"title": paper.title}).raise_for_status()
    mixed = HF[:20] + ASTRO[40:45] + HF[20:40]
    found = relevance_of(client, page_of(mixed))
    top = sorted(found, key=lambda title: found[title]["rank"])[:5]
    assert set(top) == {p.title for p in ASTRO[40:45]}, top
    astro = found[ASTRO[40].title]
    assert astro["signal"] == "model"
    assert min(found[p.title]["score"] for p in ASTRO[40:45]) > max(found[p.title]["score"] for p in HF[:40])
    assert astro["because"] and all(item["title"] in {p.title for p in ASTRO[:30]} for item in astro["because"])


def test_a_dismissal_lowers_similar_papers_on_the_next_page(client, other_client, workers):
    """Two users with the same library see the same pages; one says "not relevant" to a paper on the first.
    On the second page, a paper like it scores lower for that user than for the other."""
    library = [p.title for p in HF[40:60]]
    for user in (client, other_client):
        for title in library:
            user.post("/v1/library/items", json={"title": title}).raise_for_status()
    first, second = page_of(HF[:20]), page_of(HF[20:40])
    disliked = next(p for p in HF[:20] if p.title.startswith("Who's Harry Potter? Approximate Unlearning"))
    alike = [p.title for p in HF[20:40] if "unlearning" in p.title.lower()]  # WAGLE, Negative Preference Optimization
    assert len(alike) == 2

    scores = second_page_after_one_dismissal(client, other_client, first, second, disliked.title)
    assert all(scores[True][title]["score"] < scores[False][title]["score"] for title in alike), (
        [(title, scores[True][title]["score"], scores[False][title]["score"]) for title in alike]
    )


def test_before_there_is_a_library_a_dismissal_lowers_similar_papers_on_the_next_page(client, other_client, workers):
    """Neither user has a library yet; one says "not relevant" to a paper on the first page. On the second, its
    look-alike scores lower for them and ranks below a paper unlike it, which still says "nothing known": 0.5."""
    first, second = page_of(HF[:20]), page_of(HF[20:40] + ASTRO[:5])
    disliked = next(p for p in HF[:20] if p.title.startswith("Large Language Model Unlearning via Embedding-Corrupted"))
    alike = next(p.title for p in HF[20:40] if p.title.startswith("WAGLE"))  # unlearning in LLMs too: cosine 0.63
    unlike = ASTRO[0].title

    found = second_page_after_one_dismissal(client, other_client, first, second, disliked.title)
    assert {a["signal"] for a in found[True].values()} == {"dismissals"}
    assert {a["signal"] for a in found[False].values()} == {"none"}
    assert found[True][alike]["score"] < 0.25 < found[False][alike]["score"] == 0.5
    assert found[True][alike]["unlike"] == [disliked.title]  # why it fell
    assert found[True][unlike]["score"] == 0.5 and found[True][unlike]["unlike"] == []
    assert found[True][alike]["rank"] > found[True][unlike]["rank"]
    assert sum(a["score"] == 0.5 for a in found[True].values()) > len(found[True]) / 2  # one click does not fade the page
