"""Changes to a Zotero database written the way Zotero writes them (tests only): a field edited, an item
moved to the trash, a new item added."""

from __future__ import annotations

import secrets
import shutil
import sqlite3
from pathlib import Path

from tests.support import SHARED_FIXTURES

ZOTERO_FIXTURE = SHARED_FIXTURES / "zotero" / "graphics-library.zotero.sqlite"


def copy_fixture(directory: Path) -> Path:
    """A Zotero data directory holding a writable copy of the shared database."""
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / "zotero.sqlite"
    shutil.copyfile(ZOTERO_FIXTURE, target)
    target.chmod(0o600)
    return target


def _value_id(db: sqlite3.Connection, value: str) -> int:
    found = db.execute("SELECT valueID FROM itemDataValues WHERE value = ?", (value,)).fetchone()
    if found:
        return found[0]
    return db.execute("INSERT INTO itemDataValues (value) VALUES (?)", (value,)).lastrowid


def _field_id(db: sqlite3.Connection, name: str) -> int:
    return db.execute("SELECT fieldID FROM fields WHERE fieldName = ?", (name,)).fetchone()[0]


def regular_items(database: Path) -> list[tuple[int, str, str]]:
    """(itemID, key, title) of every regular item not in the trash."""
    with sqlite3.connect(database) as db:
        return db.execute(
            """SELECT items.itemID, key, value FROM items JOIN itemTypes USING (itemTypeID)
               JOIN itemData USING (itemID) JOIN itemDataValues USING (valueID)
               WHERE fieldID = (SELECT fieldID FROM fields WHERE fieldName = 'title')
                 AND typeName NOT IN ('attachment', 'note', 'annotation')
                 AND items.itemID NOT IN (SELECT itemID FROM deletedItems) ORDER BY items.itemID"""
        ).fetchall()


def trashed_titles(database: Path) -> list[str]:
    with sqlite3.connect(database) as db:
        return [row[0] for row in db.execute(
            """SELECT value FROM deletedItems JOIN itemData USING (itemID) JOIN itemDataValues USING (valueID)
               WHERE fieldID = (SELECT fieldID FROM fields WHERE fieldName = 'title')"""
        )]  # fmt: skip


def _touch(db: sqlite3.Connection, item_id: int) -> None:
    db.execute(
        "UPDATE items SET dateModified = datetime('now'), clientDateModified = datetime('now'), version = version + 1, synced = 0 WHERE itemID = ?",
        (item_id,),
    )


def edit_title(database: Path, item_id: int, title: str) -> None:
    with sqlite3.connect(database) as db:
        db.execute("UPDATE itemData SET valueID = ? WHERE itemID = ? AND fieldID = ?", (_value_id(db, title), item_id, _field_id(db, "title")))
        _touch(db, item_id)


def trash(database: Path, item_id: int) -> None:
    with sqlite3.connect(database) as db:
        db.execute("INSERT INTO deletedItems (itemID, dateDeleted) VALUES (?, datetime('now'))", (item_id,))
        _touch(db, item_id)


def add_to_new_collection(database: Path, name: str, item_ids: list[int]) -> None:
    """A collection, as Zotero's "New Collection" writes one, holding these items."""
    with sqlite3.connect(database) as db:
        key = "".join(secrets.choice("23456789ABCDEFGHIJKLMNPQRSTUVWXYZ") for _ in range(8))
        collection = db.execute("INSERT INTO collections (collectionName, libraryID, key) VALUES (?, 1, ?)", (name, key)).lastrowid
        db.executemany("INSERT INTO collectionItems (collectionID, itemID) VALUES (?, ?)", [(collection, item_id) for item_id in item_ids])


def trash_collection(database: Path, name: str) -> None:
    """The collection moved to the trash, as Zotero 7 does (its `deletedCollections` table, made as Zotero 7 makes it)."""
    with sqlite3.connect(database) as db:
        db.execute(
            """CREATE TABLE IF NOT EXISTS deletedCollections (collectionID INTEGER PRIMARY KEY, dateDeleted DEFAULT CURRENT_TIMESTAMP NOT NULL,
               FOREIGN KEY (collectionID) REFERENCES collections(collectionID) ON DELETE CASCADE)"""
        )
        db.execute("INSERT INTO deletedCollections (collectionID) SELECT collectionID FROM collections WHERE collectionName = ?", (name,))


def add_feed_item(database: Path, feed_url: str, title: str) -> str:
    """An entry of an RSS feed the user subscribed to in Zotero (its own library, of type "feed"); its key."""
    with sqlite3.connect(database) as db:
        library = db.execute("INSERT INTO libraries (type, editable, filesEditable) VALUES ('feed', 1, 0)").lastrowid
        db.execute("INSERT INTO feeds (libraryID, name, url) VALUES (?, 'arXiv cs.GR', ?)", (library, feed_url))
        key = _insert(db, "preprint", {"title": title}, [], library_id=library)
        item_id = db.execute("SELECT itemID FROM items WHERE key = ?", (key,)).fetchone()[0]
        db.execute("INSERT INTO feedItems (itemID, guid) VALUES (?, ?)", (item_id, f"{feed_url}#{key}"))
        return key


def add_item(database: Path, title: str, authors: list[tuple[str, str]], date: str, doi: str | None = None) -> str:
    """A journal article, as Zotero's "new item" writes one; its key."""
    return add_items(database, [(title, authors, date, doi)])[0]


def add_items(database: Path, papers: list[tuple[str, list[tuple[str, str]], str, str | None]]) -> list[str]:
    """Journal articles (title, [(first, last)], date, DOI or None) in one transaction; their keys."""
    with sqlite3.connect(database) as db:
        return [
            _insert(db, "journalArticle", {"title": title, "date": date} | ({"DOI": doi} if doi else {}), authors)
            for title, authors, date, doi in papers
        ]


def add_typed_item(database: Path, type_name: str, fields: dict[str, str], authors: list[tuple[str, str]]) -> str:
    """An item of any type Zotero has (a `preprint`, as its arXiv translator saves one), with its fields; its key."""
    with sqlite3.connect(database) as db:
        return _insert(db, type_name, fields, authors)


def _insert(db: sqlite3.Connection, type_name: str, fields: dict[str, str], authors: list[tuple[str, str]], library_id: int = 1) -> str:
    type_id = db.execute("SELECT itemTypeID FROM itemTypes WHERE typeName = ?", (type_name,)).fetchone()[0]
    author_type = db.execute("SELECT creatorTypeID FROM creatorTypes WHERE creatorType = 'author'").fetchone()[0]
    key = "".join(secrets.choice("23456789ABCDEFGHIJKLMNPQRSTUVWXYZ") for _ in range(8))
    item_id = db.execute(
        """INSERT INTO items (itemTypeID, dateAdded, dateModified, clientDateModified, libraryID, key, version, synced)
           VALUES (?, datetime('now'), datetime('now'), datetime('now'), ?, ?, 0, 0)""",
        (type_id, library_id, key),
    ).lastrowid
    for name, value in fields.items():
        db.execute("INSERT INTO itemData (itemID, fieldID, valueID) VALUES (?, ?, ?)", (item_id, _field_id(db, name), _value_id(db, value)))
    for order, (first, last) in enumerate(authors):
        found = db.execute("SELECT creatorID FROM creators WHERE firstName = ? AND lastName = ? AND fieldMode = 0", (first, last)).fetchone()
        creator = found[0] if found else db.execute("INSERT INTO creators (firstName, lastName, fieldMode) VALUES (?, ?, 0)", (first, last)).lastrowid
        db.execute("INSERT INTO itemCreators (itemID, creatorID, creatorTypeID, orderIndex) VALUES (?, ?, ?, ?)", (item_id, creator, author_type, order))
    return key
