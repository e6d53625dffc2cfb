"""The HTTP API over a real uvicorn process and a real Redis: contracts, bad input, auth and isolation."""

from __future__ import annotations

import json
import uuid

import httpx
import pytest

from tests.support import OWN_FIXTURES, SHARED_FIXTURES, stream_events

HF_HTML = (SHARED_FIXTURES / "hf-papers-2024-08-01.html").read_text()
LISTING = (OWN_FIXTURES / "arxiv-list-cs-cl-new.html").read_text()


def digest_ids(redis_client) -> set[bytes]:
    """The ids of every digest stored (a digest still being annotated by the workers gains keys of its
    own meanwhile; a new id is what a refused post must not leave)."""
    return {key.split(b":")[2] for key in redis_client.scan_iter(match="pl:digest:*")}


def test_post_digest_answers_at_once_with_the_parsed_items(client, workers):
    response = client.post("/v1/digests", json={"url": "https://arxiv.org/list/cs.CL/new", "html": LISTING})

    assert response.status_code == 202, response.text
    body = response.json()
    assert body["source"] == "arxiv_listing"
    assert body["events_url"] == f"/v1/digests/{body['id']}/events"
    assert body["more_papers"] is False  # the page lists no more papers than these
    assert [item["id"] for item in body["items"]] == ["0", "1", "2", "3", "4", "5"]
    first = body["items"][0]
    assert first["arxiv_id"] == "2305.18290"
    assert first["authors"][:2] == ["Rafael Rafailov", "Archit Sharma"]
    assert set(first) == {"id", "title", "authors", "arxiv_id", "link"}  # abstracts: the client has them

    snapshot = client.get(f"/v1/digests/{body['id']}").json()
    assert snapshot["source"] == "arxiv_listing" and snapshot["items"][0]["abstract"]
    assert [{k: v for k, v in item.items() if k != "abstract"} for item in snapshot["items"]] == body["items"]


def test_the_same_page_again_is_the_same_digest_until_the_library_changes(client, workers, digests_redis_client):
    page = {"url": "https://arxiv.org/list/cs.CL/new", "html": LISTING.replace("Direct Preference", f"Direct Preference {uuid.uuid4().hex}")}
    first = client.post("/v1/digests", json=page).json()
    again = client.post("/v1/digests", json=page).json()
    assert again["id"] == first["id"] and again["items"] == first["items"]  # reused: nothing new stored or queued
    assert digest_ids(digests_redis_client) >= {first["id"].encode()}

    saved = client.post(f"/v1/digests/{first['id']}/items/1/save").json()  # the library changed: matches may too
    after_save = client.post("/v1/digests", json=page).json()
    assert after_save["id"] != first["id"]
    assert [e.event for e in stream_events(client, after_save["id"])][-1] == "done"
    client.post(f"/v1/digests/{after_save['id']}/items/2/dismiss").raise_for_status()  # a dismissal is not a library change
    marked = client.post("/v1/digests", json=page).json()
    assert marked["id"] == after_save["id"] and [item.get("dismissed", False) for item in marked["items"]][1:3] == [False, True]
    assert client.delete(f"/v1/library/items/{saved['id']}").status_code == 204


@pytest.mark.parametrize(
    ("content", "status", "says"),
    [
        (b"", 400, "body is empty"),
        (b"{not json", 400, "JSON"),
        (b"[1, 2]", 400, "object"),
        (json.dumps({"url": "https://x.org"}).encode(), 400, "exactly one of `html` or `text`"),
        (json.dumps({"url": "https://x.org", "html": "<p>a</p>", "text": "a"}).encode(), 400, "exactly one of"),
        (json.dumps({"html": "<p>a</p>"}).encode(), 400, "url"),
        (json.dumps({"url": 12, "text": "a"}).encode(), 400, "url"),
        (json.dumps({"url": "https://x.org", "text": "a", "extra": 1}).encode(), 400, "extra"),
        (json.dumps({"url": "https://x.org", "text": "Subscribe\n\nMar 11"}).encode(), 422, "no papers"),
    ],
)
def test_bad_digest_posts_get_a_clear_error_and_queue_nothing(client, digests_redis_client, content, status, says):
    before = digest_ids(digests_redis_client)
    response = client.post("/v1/digests", content=content, headers={"Content-Type": "application/json"})

    assert response.status_code == status, response.text
    assert says.lower() in response.text.lower(), response.text
    assert digest_ids(digests_redis_client) == before


def test_a_body_over_5_mib_is_refused_with_413(client, digests_redis_client):
    before = digest_ids(digests_redis_client)
    page = "x" * (5 * 1024 * 1024 + 1)
    response = client.post("/v1/digests", json={"url": "https://x.org", "html": page})

    assert response.status_code == 413, response.text
    assert "5 MiB" in response.json()["detail"]
    assert digest_ids(digests_redis_client) == before


@pytest.mark.parametrize(
    "headers", [{}, {"Authorization": "Bearer nope"}, {"Authorization": "Basic dXNlcjpwdw=="}, {"Authorization": "Bearer"}]
)
def test_every_v1_route_needs_a_valid_token(api, digests_redis_client, headers):
    before = digest_ids(digests_redis_client)
    with httpx.Client(base_url=api, headers=headers) as anonymous:
        for method, path in [
            ("POST", "/v1/digests"),
            ("GET", "/v1/digests/abc"),
            ("GET", "/v1/digests/abc/events"),
            ("GET", "/v1/library/items"),
            ("POST", "/v1/library/items"),
        ]:
            response = anonymous.request(method, path, json={"url": "https://x.org", "html": HF_HTML})
            assert response.status_code == 401, (method, path, response.text)
            assert "token" in response.json()["detail"]
    assert digest_ids(digests_redis_client) == before


def test_another_users_digest_is_not_found(client, other_client):
    digest_id = client.post("/v1/digests", json={"url": "https://huggingface.co/papers", "html": HF_HTML}).json()["id"]

    assert other_client.get(f"/v1/digests/{digest_id}").status_code == 404
    assert other_client.get(f"/v1/digests/{digest_id}/events").status_code == 404
    assert client.get(f"/v1/digests/{digest_id}").status_code == 200


def test_unknown_digest_and_bad_last_event_id(client):
    assert client.get("/v1/digests/nope").status_code == 404
    digest_id = client.post("/v1/digests", json={"url": "https://huggingface.co/papers", "html": HF_HTML}).json()["id"]
    response = client.get(f"/v1/digests/{digest_id}/events", headers={"Last-Event-ID": "yesterday"})
    assert response.status_code == 400
    assert "Last-Event-ID" in response.text


def test_library_items_are_per_user(client, other_client):
    created = client.post("/v1/library/items", json={"title": "Attention Is All You Need", "year": 2017})
    assert created.status_code == 201, created.text
    assert created.json()["title"] == "Attention Is All You Need"

    assert [item["id"] for item in client.get("/v1/library/items").json()["items"]] == [created.json()["id"]]
    assert other_client.get("/v1/library/items").json()["items"] == []


@pytest.mark.parametrize(
    ("payload", "says"),
    [({}, "title"), ({"title": ""}, "title"), ({"title": "x", "year": "next spring"}, "year"), ({"title": "x", "tags": [1]}, "tags")],
)
def test_bad_library_items_say_which_field(client, payload, says):
    response = client.post("/v1/library/items", json=payload)
    assert response.status_code == 400
    assert says in response.text


def test_openapi_schema_is_served(api):
    schema = httpx.get(f"{api}/schema/openapi.json").json()
    assert "/v1/digests" in schema["paths"] and "/v1/library/items" in schema["paths"]


def test_save_adds_the_digest_paper_to_the_library_once(client, other_client):
    digest = client.post("/v1/digests", json={"url": "https://arxiv.org/list/cs.CL/new", "html": LISTING}).json()

    first = client.post(f"/v1/digests/{digest['id']}/items/0/save")
    again = client.post(f"/v1/digests/{digest['id']}/items/0/save")

    assert first.status_code == 201 and again.status_code == 200
    assert again.json()["id"] == first.json()["id"]
    saved = first.json()
    assert saved["title"] == "Direct Preference Optimization: Your Language Model is Secretly a Reward Model"
    assert saved["arxiv_id"] == "2305.18290" and saved["authors"][0] == "Rafael Rafailov"
    assert saved["url"] == "https://arxiv.org/abs/2305.18290"
    assert [item["id"] for item in client.get("/v1/library/items").json()["items"]] == [saved["id"]]
    assert other_client.post(f"/v1/digests/{digest['id']}/items/0/save").status_code == 404
    assert client.post(f"/v1/digests/{digest['id']}/items/99/save").status_code == 404


def test_dismiss_is_recorded_for_the_owner_only_and_sticks_to_the_paper_on_later_pages(client, other_client):
    digest = client.post("/v1/digests", json={"url": "https://arxiv.org/list/cs.CL/new", "html": LISTING}).json()
    assert other_client.post(f"/v1/digests/{digest['id']}/items/2/dismiss").status_code == 404
    assert client.post(f"/v1/digests/{digest['id']}/items/2/dismiss").status_code == 204

    (dismissal,) = client.get("/v1/library/dismissals").json()
    assert dismissal["title"] == "Large Language Models are Zero-Shot Reasoners" and dismissal["digest_id"] == digest["id"]
    assert other_client.get("/v1/library/dismissals").json() == []
    snapshot = client.get(f"/v1/digests/{digest['id']}").json()
    assert [item["id"] for item in snapshot["items"] if item.get("dismissed")] == ["2"]

    # The same paper on another kind of page (its title only, no arXiv id): still dismissed.
    abstract = "We study how large pretrained models behave on tasks they were never trained for, and what that says. " * 3
    text = f"Mar 11\n\nLarge Language Models are Zero-Shot Reasoners\n\n{abstract}\n\nAttention Is All You Need\n\n{abstract}\n"
    later = client.post("/v1/digests", json={"url": "https://huggingface.co/papers", "text": text}).json()
    assert [item.get("dismissed", False) for item in later["items"]] == [True, False]
    mine = other_client.post("/v1/digests", json={"url": "https://huggingface.co/papers", "text": text}).json()
    assert not any(item.get("dismissed") for item in mine["items"])  # another user's page is theirs

    assert client.delete(f"/v1/digests/{later['id']}/items/0/dismiss").status_code == 204  # Undo, from the later page
    assert client.get("/v1/library/dismissals").json() == []
    assert not any(item.get("dismissed") for item in client.get(f"/v1/digests/{digest['id']}").json()["items"])
    assert client.delete(f"/v1/library/dismissals/{dismissal['id']}").status_code == 404
