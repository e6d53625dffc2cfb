"""Library sources through the API and the real workers: a Zotero database and a BibTeX file synced,
changed in place, synced again; what only paperlens knows survives; a broken source is reported."""

from __future__ import annotations

import re

import time
from pathlib import Path

import pytest

from backend.domain.zotero import read_zotero
from tests.support import SHARED_FIXTURES, all_library_items, stream_events
from tests.zotero_edits import add_item, copy_fixture, edit_title, regular_items, trash, trashed_titles

SEED_TEXT = (SHARED_FIXTURES / "hf-daily-papers.txt").read_text()


def synced(client, source_id: str, after: float = 0.0) -> dict:
    """The source once a sync that started after `after` has finished."""
    deadline = time.monotonic() + 120
    while True:
        source = client.get(f"/v1/library/sources/{source_id}").json()
        if (source.get("last_sync_at") or 0) > after:
            return source
        assert time.monotonic() < deadline, source
        time.sleep(0.2)


def sync_again(client, source_id: str) -> dict:
    before = client.get(f"/v1/library/sources/{source_id}").json()["last_sync_at"]
    assert client.post(f"/v1/library/sources/{source_id}/sync").status_code == 202
    return synced(client, source_id, before)


def add_source(client, kind: str, path: Path) -> dict:
    response = client.post("/v1/library/sources", json={"kind": kind, "path": str(path)})
    assert response.status_code == 201, response.text
    return synced(client, response.json()["id"])


def test_a_zotero_library_synced_then_changed_in_place_and_synced_again(client, other_client, workers, sources_root, tmp_path):
    database = copy_fixture(sources_root / f"zotero-{tmp_path.name}")
    expected = regular_items(database)

    source = add_source(client, "zotero_local", database.parent)  # the data directory, as a user gives it

    assert source["last_outcome"] == "synced", source
    summary = source["last_summary"]
    # The database holds duplicate entries of its own (3 title groups): the matcher links them to one item.
    assert summary["added"] + summary["linked"] == summary["items"] == len(expected) and summary["linked"] <= 3
    items = all_library_items(client)
    assert len(items) == summary["added"]
    assert sorted(link["key"] for item in items for link in item["links"]) == sorted(key for _, key, _ in expected)
    assert not {item["title"] for item in items} & set(trashed_titles(database))
    dois = {item["doi"] for item in items if item.get("doi")} | {
        i.removeprefix("doi:") for item in items for i in item.get("other_identifiers", []) if i.startswith("doi:")
    }
    assert dois == {e.item.doi for e in read_zotero(database).entries if e.item.doi} and len(dois) >= 37  # + from `extra`
    goldsmith = next(item for item in items if item["title"] == "Automatic creation of object hierarchies for ray tracing")
    assert goldsmith["authors"] == ["Jeffrey Goldsmith", "John Salmon"] and goldsmith["year"] == 1987
    assert "collection:acceleration-structures" in goldsmith["tags"]
    assert other_client.get(f"/v1/library/sources/{source['id']}").status_code == 404
    assert other_client.get("/v1/library/sources").json() == []

    # What only paperlens knows, on the item Zotero will edit.
    (edited_id, edited_key, _), (trashed_id, trashed_key, _) = expected[0], expected[1]
    ours = next(item for item in items if any(link["key"] == edited_key for link in item["links"]))
    patched = client.patch(f"/v1/library/items/{ours['id']}", json={"status": "read", "notes": "cited in ch. 2", "tags": [*ours["tags"], "mine"]})
    assert patched.status_code == 200, patched.text

    assert sync_again(client, source["id"])["last_outcome"] == "unchanged"  # the file did not change: nothing read

    edit_title(database, edited_id, "Automatic Creation of Object Hierarchies for Ray Tracing (revised)")
    trash(database, trashed_id)
    new_key = add_item(database, "Ray tracing with cones", [("John", "Amanatides")], "1984", doi="10.1145/964965.808589")
    again = sync_again(client, source["id"])

    assert again["last_outcome"] == "synced", again
    summary = again["last_summary"]
    assert (summary["added"], summary["updated"], summary["removed"], summary["unchanged"]) == (1, 1, 1, len(expected) - 2)
    items = {link["key"]: item for item in all_library_items(client) for link in item["links"]}
    assert set(items) == {key for _, key, _ in expected} - {trashed_key} | {new_key}
    edited = items[edited_key]
    assert edited["title"] == "Automatic Creation of Object Hierarchies for Ray Tracing (revised)"
    assert (edited["status"], edited["notes"]) == ("read", "cited in ch. 2") and "mine" in edited["tags"]
    assert items[new_key]["doi"] == "10.1145/964965.808589"


def test_zotero_items_matching_manual_items_are_linked_and_the_seed_digest_shows_them(client, workers, sources_root, tmp_path):
    database = copy_fixture(sources_root / f"zotero-{tmp_path.name}")
    dpo = "Direct Preference Optimization: Your Language Model is Secretly a Reward Model"
    add_item(database, dpo, [("Rafael", "Rafailov"), ("Archit", "Sharma")], "2023")
    add_item(database, "A Survey on Mixture of Experts", [("Weilin", "Cai")], "2024")
    manual = client.post("/v1/library/items", json={"title": dpo.lower(), "notes": "typed by hand"}).json()

    source = add_source(client, "zotero_local", database)

    summary = source["last_summary"]
    items = all_library_items(client)
    assert len(items) == summary["added"] + 1  # the manual item and its Zotero copy are one
    linked = next(item for item in items if item["id"] == manual["id"])
    assert linked["notes"] == "typed by hand" and linked["authors"] == ["Rafael Rafailov", "Archit Sharma"]

    digest = client.post("/v1/digests", json={"url": "https://huggingface.co/papers", "text": SEED_TEXT}).json()
    annotations = [e.data for e in stream_events(client, digest["id"]) if e.event == "annotation"]
    badges = {a["item_id"]: a["library_item_id"] for a in annotations if a["kind"] == "library_match"}
    survey = next(item["id"] for item in items if item["title"] == "A Survey on Mixture of Experts")
    assert badges == {"0": manual["id"], "14": survey}  # the graphics library matches nothing else on an ML page


def test_a_bibtex_file_edited_between_two_syncs(client, workers, sources_root, tmp_path):
    bib = sources_root / f"library-{tmp_path.name}.bib"
    entries = {
        "goldsmith87": "@article{goldsmith87, title={Automatic creation of object hierarchies for ray tracing}, author={Goldsmith, Jeffrey and Salmon, John}, year={1987}}",
        "amanatides84": "@inproceedings{amanatides84, title={Ray tracing with cones}, author={Amanatides, John}, year={1984}}",
        "glassner84": "@article{glassner84, title={Space subdivision for fast ray tracing}, author={Glassner, Andrew S.}, year={1984}}",
    }
    bib.write_text("\n\n".join(entries.values()))
    source = add_source(client, "bibtex_file", bib)
    assert source["last_summary"]["added"] == 3

    entries["goldsmith87"] = entries["goldsmith87"].replace("ray tracing}", "ray tracing (revised)}")
    del entries["glassner84"]
    entries["kay86"] = "@inproceedings{kay86, title={Ray tracing complex scenes}, author={Kay, Timothy L. and Kajiya, James T.}, year={1986}}"
    bib.write_text("\n\n".join(entries.values()))
    summary = sync_again(client, source["id"])["last_summary"]

    assert (summary["added"], summary["updated"], summary["removed"], summary["unchanged"]) == (1, 1, 1, 1)
    titles = sorted(item["title"] for item in all_library_items(client))
    assert titles == ["Automatic creation of object hierarchies for ray tracing (revised)", "Ray tracing complex scenes", "Ray tracing with cones"]


def test_a_broken_source_is_reported_and_changes_nothing(client, workers, sources_root, tmp_path):
    bib = sources_root / f"gone-{tmp_path.name}.bib"
    bib.write_text("@article{a, title={Ray tracing with cones}, year={1984}}")
    source = add_source(client, "bibtex_file", bib)
    bib.unlink()

    failed = sync_again(client, source["id"])

    assert failed["last_outcome"] == "error" and "No such file" in failed["last_error"]
    assert [item["title"] for item in all_library_items(client)] == ["Ray tracing with cones"]  # never half-applied


@pytest.mark.parametrize(
    ("payload", "says"),
    [
        ({"kind": "zotero_local", "path": "/etc/passwd"}, "not under a directory paperlens may read"),
        ({"kind": "dropbox", "path": "/tmp/x"}, "kind"),
        ({"kind": "bibtex_file"}, "path"),
    ],
)
def test_sources_are_checked_at_the_boundary(client, payload, says):
    response = client.post("/v1/library/sources", json=payload)
    assert response.status_code == 400 and says in response.text, response.text


def test_removing_a_source_keeps_its_items(client, workers, sources_root, tmp_path):
    bib = sources_root / f"kept-{tmp_path.name}.bib"
    bib.write_text("@article{a, title={Ray tracing with cones}, year={1984}}")
    source = add_source(client, "bibtex_file", bib)
    assert client.delete(f"/v1/library/sources/{source['id']}").status_code == 204
    assert client.get(f"/v1/library/sources/{source['id']}").status_code == 404
    assert [item["title"] for item in all_library_items(client)] == ["Ray tracing with cones"]


def test_cli_sources_add_list_sync_remove(api, token, workers, sources_root, tmp_path):
    import json
    import subprocess
    import sys

    bib = sources_root / f"cli-{tmp_path.name}.bib"
    bib.write_text("@article{a, title={Ray tracing with cones}, year={1984}}")
    env = {"PATH": "/usr/bin:/bin", "PAPERLENS_TOKEN": token, "PAPERLENS_DATA_DIR": str(tmp_path)}

    def run(*args: str) -> dict | list:
        done = subprocess.run([sys.executable, "-m", "backend.cli", "sources", *args, "--url", api], env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    added = run("add", "bibtex_file", str(bib))
    assert added["kind"] == "bibtex_file" and added["path"] == str(bib.resolve())
    assert [source["id"] for source in run("list")] == [added["id"]]
    assert run("sync", added["id"])["id"] == added["id"]
    assert run("remove", added["id"]) == {"removed": True}
    assert run("list") == []


# --- zotero_web: the Zotero Web API v3 (a local server speaking its protocol: tests/zotero_web_server.py) ---


def _paper(title: str, last: str, year: str, **extra) -> dict:
    return {"itemType": "journalArticle", "title": title, "creators": [{"creatorType": "author", "firstName": "A.", "lastName": last}],
            "date": year, "abstractNote": "", "publicationTitle": "ACM Transactions on Graphics", **extra}  # fmt: skip


def test_zotero_web_answers_out_of_shape_reject_their_item_or_fail_the_sync_saying_where(zotero_web):
    """An item whose creators were a string was an AttributeError that failed the whole sync with no reason given
    on the source; an answer that was not a list, the same; pages linked without end were read without end."""
    from backend.zotero_web import ZoteroWebClient, ZoteroWebError
    from tests.zotero_web_server import API_KEY, USER_ID

    zotero_web.put("GOODITEM", _paper("Ray tracing with cones", "Amanatides", "1984"))
    zotero_web.put("CREATORS", _paper("Ray tracing complex scenes", "Kay", "1986", creators="Kay, T. L."))
    zotero_web.put("NUMTITLE", {**_paper("", "Glassner", "1984"), "title": 1984})
    zotero_web.put("ODDTAGS1", _paper("Space subdivision for fast ray tracing", "Glassner", "1984", tags=["ray", {"type": 1}, {"tag": "octree"}]))
    library = f"users/{USER_ID}"

    changes = ZoteroWebClient(zotero_web.url, library, API_KEY, 30).changes(None)

    read = {entry.key: entry.item for entry in changes.entries}
    assert sorted(read) == ["GOODITEM", "ODDTAGS1"] and changes.rejected == 2  # each alone: a title that is a number is none
    assert read["ODDTAGS1"].tags == ["octree"] and read["GOODITEM"].authors == ["A. Amanatides"]
    zotero_web.items_answer = b'{"message": "an error page, answered 200"}'
    with pytest.raises(ZoteroWebError, match=re.escape("another format (Expected `array`, got `object`)")):
        ZoteroWebClient(zotero_web.url, library, API_KEY, 30).changes(None)
    zotero_web.items_answer = b'[{"key": "DEEPITEM", "data": {"title": ' + b"[" * 100_000 + b"]" * 100_000 + b"}}]"
    with pytest.raises(ZoteroWebError, match="nested too deeply"):
        ZoteroWebClient(zotero_web.url, library, API_KEY, 30).changes(None)
    zotero_web.items_answer, zotero_web.version_header = None, "9" * 5_000  # digits int() refuses: a ValueError
    with pytest.raises(ZoteroWebError, match="a library version that is not a number"):
        ZoteroWebClient(zotero_web.url, library, API_KEY, 30).changes(None)
    zotero_web.version_header, zotero_web.endless_pages = None, True
    with pytest.raises(ZoteroWebError, match="took longer than 1 s"):
        ZoteroWebClient(zotero_web.url, library, API_KEY, 1.0).changes(None)


def test_a_zotero_web_library_synced_incrementally(client, workers, zotero_web):
    from tests.zotero_web_server import API_KEY, USER_ID

    zotero_web.add_collection("COLL0001", "ray tracing")
    zotero_web.add_collection("COLL0002", "old course", deleted=True)  # in the trash
    for n in range(120):  # more than a page: the client follows `Link: rel="next"`
        tags = [{"tag": "to-read"}, {"tag": "Computer graphics", "type": 1}] if n == 0 else []  # typed, and automatic
        zotero_web.put(f"K{n:07d}", _paper(f"A study of ray traversal number {n}", f"Author{n}", str(1990 + n % 30), collections=["COLL0001", "COLL0002"] if n == 0 else [], tags=tags))
    zotero_web.put("ATTACH01", {"itemType": "attachment", "title": "Full Text PDF", "linkMode": "imported_url"})
    zotero_web.put("TRASHED1", _paper("A paper in the trash", "Gone", "2001", deleted=1))
    zotero_web.put("DOIEXTRA", _paper("Ray tracing with cones", "Amanatides", "1984", extra="DOI: 10.1145/964965.808589"))

    added = client.post("/v1/library/sources", json={"kind": "zotero_web", "library_type": "user", "library_id": USER_ID, "api_key": API_KEY})
    assert added.status_code == 201, added.text
    assert API_KEY not in added.text and API_KEY not in client.get("/v1/library/sources").text  # kept, never echoed
    source = synced(client, added.json()["id"])

    assert source["last_outcome"] == "synced" and source["last_summary"]["added"] == 121, source
    items = {link["key"]: item for item in all_library_items(client) for link in item["links"]}
    assert set(items) == {f"K{n:07d}" for n in range(120)} | {"DOIEXTRA"}  # no attachment, nothing from the trash
    assert items["DOIEXTRA"]["doi"] == "10.1145/964965.808589" and items["K0000000"]["tags"] == ["Computer graphics", "to-read", "collection:ray tracing"]
    version = zotero_web.version
    assert source["version"] == str(version)

    asked = len(zotero_web.requests)
    assert sync_again(client, source["id"])["last_outcome"] == "unchanged"
    (path, headers), = zotero_web.requests[asked:]  # one conditional request, answered 304
    assert headers["If-Modified-Since-Version"] == str(version) and headers["Zotero-API-Version"] == "3"

    zotero_web.edit("K0000001", title="A study of ray traversal number 1, revised")
    zotero_web.trash("K0000002")
    zotero_web.delete("K0000003")
    zotero_web.put("NEWITEM1", _paper("Ray tracing complex scenes", "Kay", "1986"))
    zotero_web.answer_429_next = 1  # rate limited once: waited out (Retry-After: 1), then answered
    asked = len(zotero_web.requests)
    again = sync_again(client, source["id"])

    assert again["last_outcome"] == "synced", again
    summary = again["last_summary"]
    assert (summary["added"], summary["updated"], summary["removed"], summary["unchanged"]) == (1, 1, 2, 118)
    paths = [path for path, _ in zotero_web.requests[asked:]]
    assert paths[0] == paths[1] and f"since={version}" in paths[0]  # the 429, then the same request again
    assert any(path.startswith(f"/users/{USER_ID}/deleted?since={version}") for path in paths)
    items = {link["key"]: item for item in all_library_items(client) for link in item["links"]}
    assert "K0000002" not in items and "K0000003" not in items and "NEWITEM1" in items
    assert items["K0000001"]["title"] == "A study of ray traversal number 1, revised"


def test_a_refused_zotero_key_is_reported_and_writes_nothing(client, workers, zotero_web):
    from tests.zotero_web_server import USER_ID

    zotero_web.put("K0000001", _paper("A study of ray traversal", "Author", "1999"))
    source = client.post("/v1/library/sources", json={"kind": "zotero_web", "library_type": "user", "library_id": USER_ID, "api_key": "wrong"}).json()
    failed = synced(client, source["id"])
    assert failed["last_outcome"] == "error" and "403" in failed["last_error"]
    assert all_library_items(client) == []


def test_the_web_client_waits_out_a_backoff_before_its_next_request(zotero_web):
    from backend.zotero_web import ZoteroWebClient
    from tests.zotero_web_server import API_KEY, USER_ID

    for n in range(150):
        zotero_web.put(f"K{n:07d}", _paper(f"A study of ray traversal number {n}", f"Author{n}", "1999"))
    zotero_web.backoff_next = True  # the first page says "Backoff: 1"
    client = ZoteroWebClient(zotero_web.url, f"users/{USER_ID}", API_KEY, deadline_seconds=30)
    started = time.monotonic()
    changes = client.changes(None)
    client.close()
    assert len(changes.entries) == 150 and changes.complete and changes.version == zotero_web.version
    assert time.monotonic() - started >= 1.0  # the second page waited for the backoff to pass


def test_the_sync_beat_job_queues_every_source(client, workers, settings, redis_client, sources_root, tmp_path):
    from tests.workers.test_jobs import run_job

    bib = sources_root / f"beat-{tmp_path.name}.bib"
    bib.write_text("@article{a, title={Ray tracing with cones}, year={1984}}")
    source = add_source(client, "bibtex_file", bib)
    bib.write_text("@article{a, title={Ray tracing with cones}, year={1984}}\n\n@article{b, title={Ray tracing complex scenes}, year={1986}}")

    run = run_job(settings, redis_client, "sync")

    assert run.outcome == "ok" and run.summary["sources_queued"] >= 1
    assert synced(client, source["id"], source["last_sync_at"])["last_summary"]["added"] == 1
