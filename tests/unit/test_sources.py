"""Library sources read and planned without a server: the Zotero reader (snapshots under Zotero's lock)
and the sync plan (the source wins on its fields, the user's own survive)."""

from __future__ import annotations

import itertools
import json
import re
import sqlite3
import threading
from pathlib import Path

import msgspec
import pytest

from backend.domain.bibliography import ParsedEntry
from backend.domain.metadata import parse_crossref, parse_datacite
from backend.domain.models import LibraryItem, LibraryItemCreate
from backend.domain.sources import plan_sync
from backend.domain.zotero import ZoteroUnavailable, read_zotero
from tests.zotero_edits import ZOTERO_FIXTURE, add_feed_item, add_to_new_collection, add_typed_item, copy_fixture, regular_items, trash_collection, trashed_titles


def test_the_shared_zotero_database_reads_as_its_regular_untrashed_items():
    entries = read_zotero(ZOTERO_FIXTURE).entries
    expected = regular_items(ZOTERO_FIXTURE)
    assert sorted(e.key for e in entries) == sorted(key for _, key, _ in expected)
    titles = {e.item.title for e in entries}
    assert not titles & set(trashed_titles(ZOTERO_FIXTURE))
    assert sum(bool(e.item.doi) for e in entries) >= 38  # the DOI field and "DOI: …" lines in `extra`
    goldsmith = next(e.item for e in entries if e.item.title == "Automatic creation of object hierarchies for ray tracing")
    assert goldsmith.authors == ["Jeffrey Goldsmith", "John Salmon"] and goldsmith.year == 1987
    assert goldsmith.tags == ["acceleration-structure", "collection:acceleration-structures"]  # its tag, its collection
    assert sum("acceleration-structure" in e.item.tags for e in entries) == 36  # the researcher's own tag, on 36 items


def test_zoteros_preprints_read_with_their_repository_and_archive_id(tmp_path):
    """Zotero 6 and 7 save an arXiv paper as a `preprint`: its repository ("arXiv") in a field of its own and its id
    in `archiveID` (with the URL, the arXiv DOI and `extra`, which a hand-made item may not have)."""
    database = copy_fixture(tmp_path)
    translated = add_typed_item(database, "preprint", {
        "title": "Learning Transferable Visual Models From Natural Language Supervision", "date": "2021-02-26",
        "url": "http://arxiv.org/abs/2103.00020", "DOI": "10.48550/arXiv.2103.00020", "archiveID": "arXiv:2103.00020",
        "repository": "arXiv", "extra": "arXiv:2103.00020 [cs]", "libraryCatalog": "arXiv.org",
    }, [("Alec", "Radford"), ("Jong Wook", "Kim")])  # fmt: skip
    by_hand = add_typed_item(database, "preprint", {
        "title": "A Preprint Typed In By Hand", "date": "2024", "archiveID": "arXiv:2401.01234", "repository": "arXiv",
    }, [("Ada", "Lovelace")])  # fmt: skip
    elsewhere = add_typed_item(database, "preprint", {"title": "A <i>Drosophila</i> bioRxiv Preprint", "date": "2023", "repository": "bioRxiv"}, [])
    items = {entry.key: entry.item for entry in read_zotero(database).entries}
    read = [(items[key].arxiv_id, items[key].venue, items[key].year) for key in (translated, by_hand, elsewhere)]
    assert read == [("2103.00020", "arXiv", 2021), ("2401.01234", "arXiv", 2024), (None, "bioRxiv", 2023)]
    assert items[translated].authors == ["Alec Radford", "Jong Wook Kim"]
    assert items[elsewhere].title == "A Drosophila bioRxiv Preprint"  # Zotero's rich text: the title's text


def test_cases_statutes_and_web_pages_read_with_the_fields_their_types_name(tmp_path):
    """A legal scholar's library: a case's title is its `caseName`, its date `dateDecided`, its venue the court (they
    were rejected: "no title"); a statute's `nameOfAct`; a web page's site is where it appeared."""
    database = copy_fixture(tmp_path)
    case = add_typed_item(database, "case", {"caseName": "Brown v. Board of Education", "dateDecided": "1954-05-17", "court": "U.S. Supreme Court"}, [])
    statute = add_typed_item(database, "statute", {"nameOfAct": "General Data Protection Regulation", "dateEnacted": "2016-04-27", "code": "OJ L"}, [])
    page = add_typed_item(database, "webpage", {"title": "Montague Semantics", "date": "2021", "websiteTitle": "Stanford Encyclopedia of Philosophy"}, [])
    read = read_zotero(database)
    items = {entry.key: entry.item for entry in read.entries}
    assert not read.rejected
    assert [(items[key].title, items[key].year, items[key].venue) for key in (case, statute, page)] == [
        ("Brown v. Board of Education", 1954, "U.S. Supreme Court"),
        ("General Data Protection Regulation", 2016, "OJ L"),
        ("Montague Semantics", 2021, "Stanford Encyclopedia of Philosophy"),
    ]


def test_a_collection_with_a_long_name_costs_none_of_its_items_and_one_in_the_trash_tags_none(tmp_path):
    """A tag holds 100 characters; "collection:" and a 120-character name was a tag too long, and every item in that
    collection was rejected."""
    database = copy_fixture(tmp_path)
    items = regular_items(database)[:3]
    name = "Reading group: acceleration structures, ray tracing, and everything the course cites, term by term"
    add_to_new_collection(database, name + " 2021/22", [item_id for item_id, _, _ in items])
    read = read_zotero(database)
    assert not read.rejected and len(read.entries) == len(regular_items(database))
    tags = {entry.key: entry.item.tags for entry in read.entries}
    assert all(any(tag.startswith("collection:Reading group") and len(tag) <= 100 for tag in tags[key]) for _, key, _ in items)
    trash_collection(database, name + " 2021/22")  # Zotero 7: the collection in the trash, its items still in the library
    tags = {entry.key: entry.item.tags for entry in read_zotero(database).entries}
    assert not any(tag.startswith("collection:Reading group") for _, key, _ in items for tag in tags[key])


def test_the_entries_of_feeds_subscribed_to_in_zotero_are_not_library_items(tmp_path):
    """Zotero keeps an RSS feed's entries as items of a library of their own: what the feed offered, not what the
    researcher kept."""
    database = copy_fixture(tmp_path)
    before = {entry.key for entry in read_zotero(database).entries}
    offered = add_feed_item(database, "https://rss.arxiv.org/rss/cs.GR", "A paper an arXiv feed announced")
    kept = add_typed_item(database, "preprint", {"title": "A paper the researcher saved"}, [])
    assert {entry.key for entry in read_zotero(database).entries} == before | {kept}
    assert offered not in {entry.key for entry in read_zotero(database).entries}


def test_a_database_zotero_holds_locked_is_read_from_a_clean_copy(tmp_path):
    database = copy_fixture(tmp_path)
    holder = sqlite3.connect(database, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE items SET synced = synced")
    holder.execute("COMMIT")  # Zotero's hold: after its first write, readers get "database is locked"
    try:
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            sqlite3.connect(database, timeout=0.1).execute("SELECT count(*) FROM items").fetchone()
        assert len(read_zotero(database, deadline_seconds=2).entries) == len(regular_items(ZOTERO_FIXTURE))
    finally:
        holder.close()


def test_a_database_held_mid_write_is_reported_locked_never_read_half_written(tmp_path):
    database = copy_fixture(tmp_path)
    holder = sqlite3.connect(database, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("DELETE FROM itemData")  # a write in progress: the rollback journal is hot
    try:
        with pytest.raises(ZoteroUnavailable, match="locked"):
            read_zotero(database, deadline_seconds=1)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    # Once the write is over, the library reads whole again.
    assert len(read_zotero(database, deadline_seconds=1).entries) == len(regular_items(ZOTERO_FIXTURE))


def test_a_read_racing_a_writer_gets_all_or_nothing(tmp_path):
    database = copy_fixture(tmp_path)
    expected = len(regular_items(ZOTERO_FIXTURE))
    stop = threading.Event()

    def write_and_roll_back() -> None:
        db = sqlite3.connect(database, isolation_level=None, timeout=5)
        while not stop.is_set():
            db.execute("BEGIN IMMEDIATE")
            db.execute("DELETE FROM itemData")
            db.execute("ROLLBACK")
        db.close()

    writer = threading.Thread(target=write_and_roll_back)
    writer.start()
    try:
        for _ in range(10):
            try:
                assert len(read_zotero(database, deadline_seconds=2).entries) == expected
            except ZoteroUnavailable:
                pass  # a clear "locked" is fine; a partial library is not
    finally:
        stop.set()
        writer.join()


def _entry(key: str, title: str, **fields) -> ParsedEntry:
    return ParsedEntry(1, LibraryItemCreate(title=title, **fields), key)


def test_a_plan_keeps_what_only_paperlens_knows_and_the_users_own_tags():
    ids = (f"n{n}" for n in itertools.count())
    first = plan_sync("zot", [_entry("K1", "Ray tracing with cones", authors=["John Amanatides"], year=1984, tags=["collection:rt"])], [], lambda: next(ids), 1.0)
    (created, _), = first.puts
    assert first.summary()["added"] == 1 and created.links[0].created
    user_edit = msgspec.structs.replace(created, status="read", notes="key paper", tags=(*created.tags, "mine"), rev=2)
    second = plan_sync(
        "zot", [_entry("K1", "Ray Tracing with Cones", authors=["John Amanatides"], year=1984, tags=["collection:cones"])],
        [user_edit], lambda: next(ids), 2.0,
    )  # fmt: skip
    (updated, expected_rev), = second.puts
    assert second.summary()["updated"] == 1 and expected_rev == 2
    assert updated.title == "Ray Tracing with Cones" and (updated.status, updated.notes) == ("read", "key paper")
    assert updated.tags == ("mine", "collection:cones")  # the source's old tag replaced, the user's kept
    assert plan_sync("zot", [_entry("K1", "Ray Tracing with Cones", authors=["John Amanatides"], year=1984, tags=["collection:cones"])],
                     [updated], lambda: next(ids), 3.0).summary()["unchanged"] == 1  # fmt: skip
    gone = plan_sync("zot", [], [updated], lambda: next(ids), 4.0)
    assert gone.deletes == [(updated.id, updated.rev)] and gone.summary()["removed"] == 1


def test_a_source_entry_already_in_the_library_is_linked_not_duplicated_and_only_unlinked_when_it_goes():
    manual = LibraryItem(id="m1", title="Ray tracing with cones", authors=("J. Amanatides",), year=1984, tags=("graphics",), rev=1)
    plan = plan_sync("zot", [_entry("K1", "Ray Tracing with Cones", authors=["John Amanatides"], year=1984, doi="10.1145/964965.808589")],
                     [manual], lambda: "new", 1.0)  # fmt: skip
    (linked, rev), = plan.puts
    assert plan.summary()["linked"] == 1 and linked.id == "m1" and rev == 1
    assert linked.doi == "10.1145/964965.808589" and linked.title == "Ray tracing with cones"  # filled in, not overwritten
    gone = plan_sync("zot", [], [msgspec.structs.replace(linked, rev=2)], lambda: "new", 2.0)
    (kept, _), = gone.puts
    assert not gone.deletes and kept.links == () and kept.id == "m1"  # it was the user's before: it stays


def test_a_crossref_title_in_rich_text_is_read_as_its_text():
    work = json.loads((Path(__file__).parents[1] / "fixtures" / "metadata" / "crossref-work.json").read_text())
    work["message"]["title"] = ["Electrochemical CO<sub>2</sub> reduction on <i>copper</i> &amp; silver"]
    assert parse_crossref(json.dumps(work).encode()).title == "Electrochemical CO2 reduction on copper & silver"


def test_crossref_and_datacite_text_is_read_alike_entities_tags_and_inequalities():
    """Both registries' titles and abstracts go through one reading: DataCite's title kept "&amp;" as written, and
    an abstract's "n < 5 and m > 3" lost what lay between its signs (every "<…>" was taken for a tag)."""
    fixtures = Path(__file__).parents[1] / "fixtures" / "metadata"
    work = json.loads((fixtures / "crossref-work.json").read_text())
    work["message"]["abstract"] = '<jats:title>Abstract</jats:title><jats:p>For n &lt; 5 and m &gt; 3 (<jats:ext-link ext-link-type="uri" xlink:href="https://x.org">code</jats:ext-link>), <mml:math><mml:mi>x</mml:mi></mml:math> holds.</jats:p>'
    assert parse_crossref(json.dumps(work).encode()).abstract == "Abstract For n < 5 and m > 3 (code), x holds."
    record = json.loads((fixtures / "datacite-doi.json").read_text())
    attributes = record["data"]["attributes"]
    attributes["titles"] = [{"title": "Models &amp; data: <i>transformers</i>"}]
    attributes["descriptions"] = [{"description": "<p>Works for n < 5 and m > 3.</p>", "descriptionType": "Abstract"}]
    found = parse_datacite(json.dumps(record).encode())
    assert (found.title, found.abstract) == ("Models & data: transformers", "Works for n < 5 and m > 3.")


@pytest.mark.parametrize(
    ("parse", "answer", "where"),
    [
        (parse_crossref, b"<html>Service Unavailable</html>", "malformed"),
        (parse_crossref, b"[]", "got `array`"),
        (parse_crossref, b'{"message": {"title": "Deep learning"}}', "`$.message.title`"),  # was read "D e e p ..."
        (parse_crossref, b'{"message": {"title": ["Deep learning"], "author": ["Yann LeCun"]}}', "`$.message.author[0]`"),
        (parse_crossref, b'{"message": {"title": ["Deep learning"], "issued": {"date-parts": 2015}}}', "`$.message.issued.date-parts`"),
        (parse_crossref, b'{"message": {"title": ["T"], "unread": ' + b"[" * 100_000 + b"]" * 100_000 + b"}}", "nested too deeply"),
        (parse_datacite, b'{"data": {"attributes": {"titles": ["Transformers"]}}}', "`$.data.attributes.titles[0]`"),
        (parse_datacite, b'{"data": {"unread": ' + b'{"a": ' * 100_000 + b"1" + b"}" * 100_000 + b"}}", "nested too deeply"),
        (parse_datacite, b'{"data": {"attributes": {"titles": [{"title": "T"}], "publicationYear": [2019]}}}', "publicationYear"),
    ],
)
def test_a_registry_answer_of_another_shape_is_unreadable_and_says_where(parse, answer, where):
    from backend.domain.metadata import UnreadableAnswer

    with pytest.raises(UnreadableAnswer, match=re.escape(where)):
        parse(answer)


def test_registry_answers_read_as_their_schema_allows_and_held_to_what_an_item_holds():
    fixtures = Path(__file__).parents[1] / "fixtures" / "metadata"
    work = json.loads((fixtures / "crossref-work.json").read_text())
    message = work["message"]
    message.update({"issued": {"date-parts": [[None]]}, "published-print": {"date-parts": [["2015", 5]]}, "author": [{"name": "The ATLAS Collaboration"}]})
    read = parse_crossref(json.dumps(work).encode())
    assert (read.year, read.authors) == (2015, ("The ATLAS Collaboration",))  # a date part written as a string
    message.update({"title": ["Deep learning " * 200], "abstract": "x"})
    assert parse_crossref(json.dumps(work).encode()) is None  # 2,800 characters is no title: not cut into one
    assert parse_crossref(b'{"status": "ok", "message": null}') is None
    record = json.loads((fixtures / "datacite-doi.json").read_text())
    record["data"]["attributes"].update({"publisher": {"name": "Zenodo"}, "publicationYear": "2019", "doi": "10.5281/" + "z" * 600})
    read = parse_datacite(json.dumps(record).encode())
    assert (read.venue, read.year, read.doi) == ("Zenodo", 2019, None)  # publisher as an object; a DOI no item holds


@pytest.mark.parametrize("year", ["²⁰¹⁵", "9" * 5_000])  # str.isdigit() holds of both, int() refuses both
def test_a_registry_year_written_in_digits_int_refuses_is_no_year_and_the_answer_is_read(year):
    # It was a ValueError out of the parser, not an unreadable answer: the library's lookups failed, every run.
    work = {"message": {"title": ["Deep learning"], "issued": {"date-parts": [[year]]}}}
    assert (parse_crossref(json.dumps(work).encode()).title, parse_crossref(json.dumps(work).encode()).year) == ("Deep learning", None)
    record = {"data": {"attributes": {"titles": [{"title": "Transformers"}], "publicationYear": year}}}
    assert (parse_datacite(json.dumps(record).encode()).title, parse_datacite(json.dumps(record).encode()).year) == ("Transformers", None)


def test_metadata_fills_only_gaps_and_placeholder_titles():
    from backend.domain.metadata import Metadata, fill, needs_metadata

    bare = LibraryItem(id="a", title="arXiv:2307.09288", arxiv_id="2307.09288")
    found = Metadata(title="Llama 2", authors=("Hugo Touvron",), year=2023, abstract="We release Llama 2.")
    assert needs_metadata(bare) and fill(bare, found).title == "Llama 2"
    typed = LibraryItem(id="b", title="My notes on Llama 2", arxiv_id="2307.09288", year=2024, abstract="mine")
    filled = fill(typed, found)
    assert (filled.title, filled.year, filled.abstract, filled.authors) == ("My notes on Llama 2", 2024, "mine", ("Hugo Touvron",))
    assert fill(filled, found) is None and not needs_metadata(LibraryItem(id="c", title="No identifier"))
