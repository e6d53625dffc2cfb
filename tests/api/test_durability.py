"""The library survives its Redis server being killed: AOF brings back every acknowledged write."""

from __future__ import annotations

import signal

import msgspec

from backend.domain.models import LibraryItemCreate
from backend.embedded_redis import EmbeddedRedis
from backend.imports import import_parsed, read_upload
from backend.store import LibraryStore, connect
from tests.support import SHARED_FIXTURES


def test_kill_9_and_restart_on_the_same_data_directory_keeps_the_whole_library(tmp_path):
    server = EmbeddedRedis(tmp_path / "redis").start()
    try:
        library = LibraryStore(connect(server.url))
        for name in ("library-zotero-export.bib", "library-group-publications.bib"):
            import_parsed(library, "u1", read_upload("bibtex", (SHARED_FIXTURES / name).read_text()))
        last = library.add("u1", LibraryItemCreate(title="Written just before the crash"))
        before = msgspec.json.encode(library.items("u1"))
        assert len(library.items("u1")) > 600

        server.process.send_signal(signal.SIGKILL)  # no shutdown, no final save: only the AOF remains
        server.process.wait()
        server = EmbeddedRedis(tmp_path / "redis", port=server.port).start()

        after = LibraryStore(connect(server.url))
        assert msgspec.json.encode(after.items("u1")) == before
        assert after.get("u1", last.id) == last
    finally:
        server.stop()

