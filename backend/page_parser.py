"""Pages are parsed in child processes, under a deadline.

The parsers are linear in the page's size, but a page is whatever a browser tab or a feed server sent,
and a new shape may still find something slow in lexbor or feedparser. A parse that overruns its deadline
has its child killed (a thread could not be stopped) and the page is refused as too complex, so a hostile
page costs at most the deadline of one child's time and never blocks the process that asked.

Protocol on the child's stdin/stdout: a 4-byte big-endian length, then a msgpack message.
"""

from __future__ import annotations

import os
import queue
import select
import subprocess
import sys
import time

import msgspec

from backend.domain.digests import PageRejected, ParsedDigest, parse_digest
from backend.domain.models import Paper


class PageTooComplex(PageRejected):
    """The page was not parsed within the deadline."""


class _Request(msgspec.Struct, frozen=True):
    url: str
    html: str | None
    text: str | None


class _Answer(msgspec.Struct, frozen=True):
    source: str = ""
    papers: list[Paper] = []
    more_papers: bool = False
    rejected: str | None = None  # PageRejected's message


_encode = msgspec.msgpack.Encoder().encode
_decode_answer = msgspec.msgpack.Decoder(_Answer).decode
_decode_request = msgspec.msgpack.Decoder(_Request).decode


class _Child:
    """One `python -m backend.page_parser` process."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "backend.page_parser"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        self._read(1, time.monotonic() + 60)  # the child says it has imported the parsers: deadlines start now

    def parse(self, request: _Request, deadline: float) -> _Answer:
        payload = _encode(request)
        self.process.stdin.write(len(payload).to_bytes(4, "big") + payload)
        self.process.stdin.flush()
        size = int.from_bytes(self._read(4, deadline), "big")
        return _decode_answer(self._read(size, deadline))

    def _read(self, size: int, deadline: float) -> bytes:
        chunks, left, fd = [], size, self.process.stdout.fileno()
        while left:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([fd], [], [], remaining)[0]:
                raise TimeoutError
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                raise EOFError("the parser process exited")
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)

    def kill(self) -> None:
        self.process.kill()
        self.process.wait()


class PageParser:
    """`parse` is `parse_digest` run in one of `processes` children, each page within `deadline_seconds`.

    Thread-safe: callers wait for an idle child. Children start on first use and after a kill.
    """

    def __init__(self, processes: int = 2, deadline_seconds: float = 2.0) -> None:
        self.deadline_seconds = deadline_seconds
        self._idle: queue.Queue[_Child | None] = queue.Queue()
        for _ in range(processes):
            self._idle.put(None)  # a slot; its child starts when first needed

    def parse(self, url: str, *, html: str | None = None, text: str | None = None) -> ParsedDigest:
        child = self._idle.get()
        try:
            child = child if child is not None and child.process.poll() is None else _Child()
            answer = child.parse(_Request(url, html, text), time.monotonic() + self.deadline_seconds)
        except (TimeoutError, EOFError, OSError):
            if child is not None:
                child.kill()
            child = None
            raise PageTooComplex(
                f"page too complex: paperlens could not read it within {self.deadline_seconds:g} s"
            ) from None
        finally:
            self._idle.put(child)
        if answer.rejected is not None:
            raise PageRejected(answer.rejected)
        return ParsedDigest(source=answer.source, papers=answer.papers, more_papers=answer.more_papers)

    def warm(self) -> None:
        """Start every child now, so the first pages do not wait for one to start."""
        slots = [self._idle.get() for _ in range(self._idle.qsize())]
        for child in slots:
            self._idle.put(child if child is not None and child.process.poll() is None else _Child())

    def close(self) -> None:
        while not self._idle.empty():
            child = self._idle.get_nowait()
            if child is not None:
                child.kill()


def _serve() -> None:
    """The child: read requests until stdin closes, answer each."""
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    stdout.write(b"R")
    stdout.flush()
    while header := stdin.read(4):
        request = _decode_request(stdin.read(int.from_bytes(header, "big")))
        try:
            parsed = parse_digest(request.url, html=request.html, text=request.text)
            answer = _Answer(source=parsed.source, papers=parsed.papers, more_papers=parsed.more_papers)
        except PageRejected as rejected:
            answer = _Answer(rejected=str(rejected))
        except Exception as error:  # noqa: BLE001 - a parser bug on one page must not take the child down
            print(f"page_parser: {type(error).__name__}: {error}", file=sys.stderr)
            answer = _Answer(rejected="paperlens could not read this page")
        payload = _encode(answer)
        stdout.write(len(payload).to_bytes(4, "big") + payload)
        stdout.flush()


if __name__ == "__main__":
    _serve()
