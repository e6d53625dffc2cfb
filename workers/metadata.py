"""Looking up bare identifiers: the arXiv API (batches of up to 100 ids, one request per 3 s across all
workers, a descriptive User-Agent), Crossref for DOIs and DataCite for the DOIs Crossref does not know.

Answers are cached for every user (a paper's metadata is no one's secret): found for 30 days, "not
found" for 7. A failure (network, 5xx, 429, an answer not in the registry's format, larger than
MAX_ANSWER_BYTES or not complete within the timeout) is not cached; the caller retries it later with backoff,
and the other lookups go on.

A lookup may be given a deadline: what it has not asked by then is left for the caller's next run, so a library
of 50,000 bare DOIs (hours of requests), or a registry that times out on every request, does not hold the worker.
A registry that fails PAUSE_AFTER times in a row (network, timeout, 5xx, 429), for any worker, is paused for
`registry_pause_seconds`: not asked meanwhile, its lookups left for later, so an outage costs a few timeouts,
not every library's whole budget on every run.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from urllib.parse import quote

import httpx
import msgspec
import redis

from backend.domain.metadata import Metadata, UnreadableAnswer, parse_arxiv_feed, parse_crossref, parse_datacite
from backend.safe_fetch import FetchTooSlow, RefusedTarget, body_within
from workers.deadline import passed

ARXIV_BATCH = 100
# The largest answer read: a batch of 100 arXiv entries with their abstracts is ~0.3 MB, a Crossref work with
# thousands of references a few MB. The arXiv feed is read at ~1 s a MB (feedparser): 8 MiB, ~8 s at most.
MAX_ANSWER_BYTES = 8 * 2**20
FOUND_SECONDS = 30 * 86_400
NOT_FOUND_SECONDS = 7 * 86_400
_encode = msgspec.json.Encoder().encode
_decode = msgspec.json.Decoder(Metadata).decode


def _from_cache(raw: bytes) -> Metadata | None:
    """A cached answer; None for one an older version cached beyond today's limits (it is asked again)."""
    try:
        return _decode(raw)
    except msgspec.ValidationError:
        return None


class LookupFailed(Exception):
    """The registry could not answer now (network, 5xx, 429); worth trying again later."""


class RegistryPaused(Exception):
    """The registry failed PAUSE_AFTER times in a row: not asked until its pause ends."""


PAUSE_AFTER = 3


class MetadataLookup:
    def __init__(self, client: redis.Redis, settings) -> None:
        self._redis = client
        self._settings = settings
        contact = f"; mailto:{settings.contact_email}" if settings.contact_email else ""
        self._http = httpx.Client(
            timeout=settings.metadata_timeout_seconds,
            headers={"User-Agent": f"paperlens/0.1 (fills in bare arXiv ids and DOIs in a reading list{contact})"},
            follow_redirects=True,
        )

    def close(self) -> None:
        self._http.close()

    def lookup(self, keys: Iterable[str], deadline: float | None = None) -> tuple[dict[str, Metadata | None], dict[str, str]]:
        """For keys "arxiv:ID" and "doi:DOI": (key -> metadata, None if the registry knows no such
        paper; key -> why it failed). No request starts after `deadline` (time.monotonic()): keys in
        neither were not asked. A request started before it ends within the timeout (twice for a DOI
        Crossref does not know)."""
        keys = list(dict.fromkeys(keys))
        found: dict[str, Metadata | None] = {}
        cached = self._redis.mget([f"pl:meta:{key}" for key in keys]) if keys else []
        todo = []
        for key, raw in zip(keys, cached):
            if raw == b"":  # "not found", cached
                found[key] = None
            elif raw is not None and (metadata := _from_cache(raw)) is not None:
                found[key] = metadata
            else:
                todo.append(key)
        failed: dict[str, str] = {}
        arxiv_ids = [key.removeprefix("arxiv:") for key in todo if key.startswith("arxiv:")]
        for start in range(0, len(arxiv_ids), ARXIV_BATCH):
            batch = arxiv_ids[start : start + ARXIV_BATCH]
            if not self._wait_for_arxiv_turn(deadline):
                break
            try:
                answers = self._arxiv(batch)
            except RegistryPaused:
                break
            except LookupFailed as error:
                failed.update({f"arxiv:{arxiv_id}": str(error) for arxiv_id in batch})
                continue
            for arxiv_id in batch:
                self._remember(f"arxiv:{arxiv_id}", answers.get(arxiv_id), found)
        for key in (key for key in todo if key.startswith("doi:")):
            if passed(deadline):
                break
            try:
                self._remember(key, self._doi(key.removeprefix("doi:")), found)
            except RegistryPaused:
                continue  # Crossref, or DataCite after Crossref's 404: this DOI waits; others may not need it
            except LookupFailed as error:
                failed[key] = str(error)
        return found, failed

    def _remember(self, key: str, metadata: Metadata | None, found: dict) -> None:
        found[key] = metadata
        value, seconds = (_encode(metadata), FOUND_SECONDS) if metadata else (b"", NOT_FOUND_SECONDS)
        self._redis.set(f"pl:meta:{key}", value, ex=seconds)

    def _get(self, registry: str, url: str, params: dict | None = None) -> bytes | None:
        """The answer's body, None for a 404; LookupFailed for what may pass, and for an answer not read whole
        within the timeout and MAX_ANSWER_BYTES; RegistryPaused, without asking, while `registry` is paused."""
        if self._redis.exists(f"pl:registry:{registry}:paused"):
            raise RegistryPaused(registry)
        host = httpx.URL(url).host
        try:
            with self._http.stream("GET", url, params=params) as response:
                if response.status_code >= 500 or response.status_code == 429:
                    self._failed(registry)
                    raise LookupFailed(f"HTTP {response.status_code} from {host}")
                self._redis.delete(f"pl:registry:{registry}:failures")  # it answers: a run of failures ends
                if response.status_code == 404:
                    return None
                if response.status_code >= 400:
                    raise LookupFailed(f"HTTP {response.status_code} from {host}")
                timeout = self._settings.metadata_timeout_seconds
                return body_within(response, MAX_ANSWER_BYTES, time.monotonic() + timeout, timeout)
        except (httpx.HTTPError, FetchTooSlow) as error:
            self._failed(registry)
            reason = f"an answer {error}" if isinstance(error, FetchTooSlow) else type(error).__name__
            raise LookupFailed(f"{reason} from {host}") from None
        except RefusedTarget as error:  # this answer's size, not the registry's health
            raise LookupFailed(f"an answer {error} from {host}") from None

    def _failed(self, registry: str) -> None:
        """One more failure in a row of `registry`'s (counted for every worker); PAUSE_AFTER of them pause it."""
        pause = max(1, round(self._settings.registry_pause_seconds))
        with self._redis.pipeline(transaction=True) as pipe:
            pipe.incr(f"pl:registry:{registry}:failures")
            pipe.expire(f"pl:registry:{registry}:failures", pause)
            failures, _ = pipe.execute()
        if failures >= PAUSE_AFTER:
            self._redis.set(f"pl:registry:{registry}:paused", 1, ex=pause)
            self._redis.delete(f"pl:registry:{registry}:failures")

    def _arxiv(self, arxiv_ids: list[str]) -> dict[str, Metadata]:
        body = self._get("arxiv", self._settings.arxiv_api_url, {"id_list": ",".join(arxiv_ids), "max_results": str(len(arxiv_ids))})
        return parse_arxiv_feed(body) if body is not None else {}

    def _wait_for_arxiv_turn(self, deadline: float | None) -> bool:
        """arXiv asks for at most one request every 3 seconds: one turn at a time, for every worker. False if
        the deadline came first."""
        interval_ms = int(self._settings.arxiv_interval_seconds * 1000)
        while not passed(deadline):
            if self._redis.set("pl:rate:arxiv-api", 1, nx=True, px=max(interval_ms, 1)):
                return True
            time.sleep(min(0.1, interval_ms / 1000))
        return False

    def _doi(self, doi: str) -> Metadata | None:
        for registry, url, parse in (
            ("crossref", f"{self._settings.crossref_api_url}/{quote(doi, safe='/')}", parse_crossref),
            ("datacite", f"{self._settings.datacite_api_url}/{quote(doi, safe='/')}", parse_datacite),  # not a Crossref DOI
        ):
            body = self._get(registry, url)
            if body is None:
                continue
            try:
                return parse(body)
            except UnreadableAnswer as error:
                raise LookupFailed(f"an answer from {httpx.URL(url).host} not in its format: {error}") from None
        return None
