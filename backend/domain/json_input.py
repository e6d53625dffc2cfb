"""JSON from outside (an upload, a registry's or Zotero's answer) decoded in one place: whatever is wrong with it,
one error whose message says what."""

from __future__ import annotations

from typing import Any

import msgspec


class UnreadableJson(ValueError):
    """Not JSON, not of the shape asked for (msgspec's message gives the path), or nested too deeply to read."""


def decode_json(document: str | bytes, kind: Any = Any):
    """`document` decoded as `kind` (Structs of the fields read; the rest is skipped)."""
    try:
        return msgspec.json.decode(document, type=kind)
    except msgspec.DecodeError as error:  # ValidationError too: a field of another type, with its path
        raise UnreadableJson(str(error)) from None
    except RecursionError:  # arrays or objects in each other past Python's recursion limit, even in a field not read
        raise UnreadableJson("nested too deeply") from None
