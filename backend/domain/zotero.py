"""A Zotero desktop library (`zotero.sqlite`) read as bibliography entries, without ever writing to it or
blocking Zotero.

Zotero keeps its database open, in exclusive locking mode, while it runs. The snapshot is taken with
SQLite's backup API when the file is free; when Zotero holds it (readers are refused, and the backup API
would wait for ever), the file is copied while no write is in progress (no live journal, the same size
and mtime before and after the copy) and the copy is checked. A
database that stays mid-write past the deadline is reported as locked: a partial library is never read.

Read from Zotero 6 and 7 schemas alike (`itemTypesCombined` / `fieldsCombined` cover custom types and
fields): regular items only (no attachments, notes, annotations), nothing in the trash (`deletedItems`), none
of the entries of the RSS feeds the user follows in Zotero (libraries of type "feed"); the items' tags and
collections (`collection:Name` tags), the DOI also from `extra` ("DOI: …"), arXiv ids from a preprint's
`archiveID`, the URL, DOI and `extra`, creators in order (authors, else editors and the rest), the year from
`date`.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from backend.domain.bibliography import ParsedBibliography, add_entry

NOT_PAPERS = ("attachment", "note", "annotation")
# Zotero's fields that name where a work appeared, best first.
# Item types name their fields in their own words, in the database and the Web API alike (Zotero maps them to a
# base field: a case's `caseName` is its title, a preprint's `repository` its publisher, a web page's `websiteTitle`
# its publication).
VENUE_FIELDS = (
    "publicationTitle", "proceedingsTitle", "conferenceName", "bookTitle", "university", "institution", "repository",
    "meetingName", "court", "code", "websiteTitle", "blogTitle", "encyclopediaTitle", "dictionaryTitle", "forumTitle",
    "programTitle", "publisher",
)  # fmt: skip
TITLE_FIELDS = ("title", "caseName", "nameOfAct", "subject")  # a case's, a statute's, an e-mail's
DATE_FIELDS = ("date", "dateDecided", "dateEnacted", "issueDate")  # a case's, a statute's, a patent's
# Spaces, not \s: a \s* at a line start would run over every following blank line (quadratic).
_EXTRA_DOI = re.compile(r"^[ \t]*DOI:[ \t]*(\S+)", re.IGNORECASE | re.MULTILINE)
_EXTRA_ARXIV = re.compile(r"arXiv:\s*([0-9]{4}\.[0-9]{4,5}(?:v\d+)?|[a-z-]+(?:\.[A-Z]{2})?/\d{7})", re.IGNORECASE)
_YEAR = re.compile(r"\b(1[5-9]\d\d|2\d\d\d)\b")


class ZoteroUnavailable(Exception):
    """The database cannot be read now (missing, not a Zotero database, locked past the deadline)."""


def database_path(path: str | Path) -> Path:
    """`zotero.sqlite` itself, or the one inside a Zotero data directory."""
    path = Path(path)
    return path / "zotero.sqlite" if path.is_dir() else path


def version(path: str | Path) -> str:
    """What tells a re-sync that nothing changed: the database's size and modification time."""
    stat = database_path(path).stat()
    return f"{stat.st_size}:{stat.st_mtime_ns}"


def read_zotero(path: str | Path, deadline_seconds: float = 10.0) -> ParsedBibliography:
    """Every regular, non-trashed item as an entry keyed by its Zotero key."""
    database = database_path(path)
    if not database.is_file():
        raise ZoteroUnavailable(f"no Zotero database at {database}")
    with tempfile.TemporaryDirectory(prefix="paperlens-zotero-") as scratch:
        snapshot = _snapshot(database, Path(scratch) / "snapshot.sqlite", time.monotonic() + deadline_seconds)
        connection = sqlite3.connect(f"file:{snapshot}?mode=ro", uri=True)
        try:
            return _entries(connection)
        except sqlite3.DatabaseError as error:
            raise ZoteroUnavailable(f"not a Zotero database ({error})") from None
        finally:
            connection.close()


BACKUP_PATIENCE_SECONDS = 1.0  # how long the backup API may wait for Zotero's lock before the file is copied
_JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")  # the header of a rollback journal that is live


class _Busy(Exception):
    pass


def _snapshot(database: Path, copy: Path, deadline: float) -> Path:
    if _backup(database, copy, min(deadline, time.monotonic() + BACKUP_PATIENCE_SECONDS)):
        return copy
    # Zotero holds it: copy the bytes while no write is in progress, and check what was copied.
    while time.monotonic() < deadline:
        before = _state(database)
        if not _writing(database):
            shutil.copyfile(database, copy)
            wal = Path(f"{database}-wal")
            if wal.exists():  # committed pages not yet in the file itself
                shutil.copyfile(wal, f"{copy}-wal")
            if _state(database) == before and not _writing(database) and _intact(copy):
                return copy
        time.sleep(0.2)
    raise ZoteroUnavailable(f"{database.name} is locked by another program mid-write (is Zotero syncing?); try again")


def _backup(database: Path, copy: Path, until: float) -> bool:
    """SQLite's backup API, consistent by construction; False if the file stayed locked until `until`
    (the API itself would wait for ever)."""

    def give_up_at_deadline(status: int, remaining: int, total: int) -> None:
        if time.monotonic() > until:
            raise _Busy

    try:
        source = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=0.2)
    except sqlite3.Error as error:
        raise ZoteroUnavailable(f"cannot open {database.name}: {error}") from None
    target = sqlite3.connect(copy)
    try:
        source.backup(target, pages=512, progress=give_up_at_deadline, sleep=0.05)
        return True
    except (_Busy, sqlite3.OperationalError) as error:
        if isinstance(error, sqlite3.OperationalError) and "lock" not in str(error) and "busy" not in str(error):
            raise ZoteroUnavailable(f"cannot read {database.name}: {error}") from None
        return False
    finally:
        target.close()
        source.close()


def _state(database: Path) -> tuple[int, int]:
    stat = database.stat()
    return stat.st_size, stat.st_mtime_ns


def _writing(database: Path) -> bool:
    """A live rollback journal (a write in progress, or one that crashed): the file alone is not the
    database now. Zotero's exclusive mode leaves a journal with a zeroed header between writes."""
    try:
        with open(f"{database}-journal", "rb") as journal:
            return journal.read(len(_JOURNAL_MAGIC)) == _JOURNAL_MAGIC
    except OSError:
        return False


def _intact(copy: Path) -> bool:
    connection = sqlite3.connect(copy)
    try:
        return connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    except sqlite3.DatabaseError:
        return False
    finally:
        connection.close()


def _has_table(connection: sqlite3.Connection, name: str) -> bool:
    return connection.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone() is not None


def _table(connection: sqlite3.Connection, combined: str, plain: str) -> str:
    return combined if _has_table(connection, combined) else plain


def _entries(connection: sqlite3.Connection) -> ParsedBibliography:
    item_types = _table(connection, "itemTypesCombined", "itemTypes")
    fields_table = _table(connection, "fieldsCombined", "fields")
    rows = connection.execute(
        f"""SELECT items.itemID, items.key FROM items JOIN {item_types} USING (itemTypeID)
            WHERE typeName NOT IN ({",".join("?" * len(NOT_PAPERS))})
              AND items.itemID NOT IN (SELECT itemID FROM deletedItems)
              AND items.libraryID NOT IN (SELECT libraryID FROM libraries WHERE type = 'feed')
            ORDER BY items.itemID""",
        NOT_PAPERS,
    ).fetchall()
    ids = {item_id for item_id, _ in rows}
    fields: dict[int, dict[str, str]] = {}
    for item_id, name, value in connection.execute(
        f"""SELECT itemID, fieldName, value FROM itemData JOIN {fields_table} USING (fieldID)
            JOIN itemDataValues USING (valueID)"""
    ):
        if item_id in ids:
            fields.setdefault(item_id, {})[name] = str(value)
    creators: dict[int, list[tuple[str, str]]] = {}
    for item_id, first, last, single, kind in connection.execute(
        """SELECT itemID, firstName, lastName, fieldMode, creatorType FROM itemCreators
           JOIN creators USING (creatorID) JOIN creatorTypes USING (creatorTypeID) ORDER BY itemID, orderIndex"""
    ):
        if item_id in ids:
            name = last if single == 1 or not first else f"{first} {last}"
            creators.setdefault(item_id, []).append((kind, name.strip()))
    tags: dict[int, list[str]] = {}  # its own tags (typed or automatic: its BibTeX export's keywords), then collections
    for item_id, name in connection.execute("SELECT itemID, name FROM itemTags JOIN tags USING (tagID) ORDER BY name"):
        if item_id in ids:
            tags.setdefault(item_id, []).append(name)
    # Zotero 7 moves a deleted collection to the trash (`deletedCollections`): its name is no tag of the items.
    trashed = "WHERE collectionID NOT IN (SELECT collectionID FROM deletedCollections)" if _has_table(connection, "deletedCollections") else ""
    for item_id, name in connection.execute(
        f"SELECT itemID, collectionName FROM collectionItems JOIN collections USING (collectionID) {trashed} ORDER BY collectionName"
    ):
        if item_id in ids:
            tags.setdefault(item_id, []).append(f"collection:{name}")
    result = ParsedBibliography()
    for position, (item_id, key) in enumerate(rows, 1):
        add_entry(result, position, entry_fields(fields.get(item_id, {}), creators.get(item_id, []), tags.get(item_id, [])), key)
    return result


def extra_identifiers(extra: str, url: str, archive_id: str = "") -> tuple[str | None, str | None]:
    """(DOI, arXiv id) written in an item's `extra` field ("DOI: …", "arXiv: …"), its URL or a preprint's
    `archiveID` ("arXiv:2103.00020")."""
    doi = next(iter(_EXTRA_DOI.findall(extra or "")), None)
    arxiv = next((found for text in (archive_id, extra, url) for found in _EXTRA_ARXIV.findall(text or "")), None)
    if not arxiv and "arxiv.org/abs/" in (url or ""):
        arxiv = url  # normalised by add_entry
    return doi, arxiv


def year_of(date: str) -> int | None:
    """Zotero's dates ("2019-05-00 2019-05", "May 2019", "2019")."""
    year = _YEAR.search(date or "")
    return int(year.group(1)) if year else None


def entry_fields(data: dict[str, str], creators: list[tuple[str, str]], tags: list[str]) -> dict:
    """A Zotero item's fields (local database or Web API: the same names) as bibliography fields;
    `creators`: (creator type, name) in order."""
    doi, arxiv = extra_identifiers(data.get("extra", ""), data.get("url", ""), data.get("archiveID", ""))
    authors = [name for kind, name in creators if kind == "author"] or [name for _, name in creators]
    return {
        "title": next((data[name].strip() for name in TITLE_FIELDS if (data.get(name) or "").strip()), ""),
        "authors": [name for name in authors if name],
        "year": year_of(next((data[name] for name in DATE_FIELDS if data.get(name)), "")),
        "venue": next((data[name] for name in VENUE_FIELDS if data.get(name)), None),
        "abstract": data.get("abstractNote") or None,
        "doi": data.get("DOI") or doi,
        "arxiv_id": arxiv,
        "url": data.get("url") or None,
        "tags": tags,
    }
