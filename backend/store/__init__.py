"""Redis repositories. Every key paperlens writes is listed here.

    pl:token:{sha256(token)}          string  user id the bearer token belongs to (the token itself is never stored)
    pl:user:{user_id}                 hash    name, created_at
    pl:users:by_name                  hash    name -> user id
    pl:lib:{user_id}:items            hash    library item id -> LibraryItem JSON, with its revision `rev` (never expires)
    pl:lib:{user_id}:version          int     bumped on every library write; workers cache their index by it
    pl:lib:{user_id}:changes          stream  ids: the items each write touched (one entry per version; trimmed)
    pl:lib:{user_id}:embeddings       hash    item id -> text hash + MiniLM embedding (computed once per text)
    pl:digest:{digest_id}             string  Digest JSON (owner, url, source, items)  (expires: digest TTL)
    pl:digest:{digest_id}:events      stream  event, data: what SSE clients read        (expires with the digest)
    pl:digest:{digest_id}:published   hash    slot -> 1: which annotations were already published (idempotence)
    pl:digest:{digest_id}:stages      set     stages that have finished; `done` follows the last one
    pl:digest:{digest_id}:saved       hash    item id -> library item id it was saved as (a second Save is a no-op)
    pl:lib:{user_id}:seen             list    titles of papers the user was shown, newest first (the last 2,000)
    pl:lib:{user_id}:seen_version     int     moves with every page shown (the relevance model refits)
    pl:lib:{user_id}:dismissed        hash    paper key (arXiv id, DOI or title key) -> what was dismissed, when
    pl:kw:{extractor}:{sha256(text)}  string  keywords of one paper text, for any user (30 days)
    pl:emb:minilm:{sha256(title)}     string  the title's float32 embedding, for any user (30 days)
    pl:lib:{user_id}:aliases          hash    merged-away item id -> the item it was merged into (old links resolve)
    pl:lib:{user_id}:enriched         hash    item id -> hash of the text the `enrich` job computed keywords for
    pl:lib:{user_id}:enriched_version int     library version the last enrichment had seen in full
    pl:lib:{user_id}:meta_version     int     library version the last metadata pass (bare ids) had seen
    pl:lib:{user_id}:meta_pending     hash    item id -> {attempts, next_at, error}: lookups that failed, retried with backoff
    pl:meta:{arxiv|doi}:{id}          string  a registry's metadata for an id, for any user (30 days; "" = not found, 7 days)
    pl:rate:arxiv-api                 string  held for 3 s after each arXiv API request (one request per 3 s, all workers)
    pl:lib:{user_id}:duplicates       hash    pair id -> DuplicatePair JSON (replaced by each sweep)
    pl:lib:{user_id}:duplicates_version int   library version the last sweep read
    pl:lib:{user_id}:duplicates_rules string  the rules and model weights it ran (duplicates.sweep_rules())
    pl:lib:{user_id}:duplicates_dismissed set pair ids the user said are not duplicates
    pl:feeds:{user_id}                hash    feed id -> Feed JSON (subscription and last fetch)
    pl:feeds:owners                   set     users with feeds
    pl:sources:{user_id}              hash    source id -> Source JSON (a Zotero or BibTeX library, and its last sync)
    pl:sources:{user_id}:secrets      hash    source id -> its credential (a Zotero API key; never in an answer)
    pl:sources:owners                 set     users with library sources
    pl:digest_by_content:{user_id}:{sha256(papers)}  string  "{library version}:{digest id}": reuse (digest TTL)
    pl:job:{name}                     hash    last run (JobRun JSON), runs_ok / runs_error / runs_skipped counts
    pl:job:{name}:users               hash    user id -> that user's share of the job's last run (JobRun JSON)
    pl:lock:{name}                    string  held by the one run of a job (or one feed fetch) in progress
    pl:rate:{user_id}:{bucket}        hash    token bucket of one user's digest posts, imports or upload bytes (expires when full)
    pl:digests:{user_id}              zset    digest id -> expiry time: the user's live digests (a per-user cap)
    pl:streams:{user_id}              zset    open event stream -> lease expiry (a per-user cap; renewed while open)
    pl:user:{user_id}:tokens          hash    sha256(token) -> created_at: the user's tokens, to list and revoke
    pl:import:{import_id}             hash    owner, format, state (queued|running|done|failed), done, total, report
    pl:import:{import_id}:upload      string  the uploaded file of a large import, until a worker has read it (1 day)

The library is the user's data and never expires; Redis runs with AOF for it (see `backend.embedded_redis`).
Two servers may hold these keys (`Settings.digest_redis_url`): `pl:digest:*` (but `:saved`, which a Save
writes in the library's compare-and-set), `pl:digest_by_content:*`, `pl:digests:*`, `pl:streams:*`,
`pl:rate:{user}:*`, `pl:kw:*` and `pl:emb:*` live on the digests' server, fsynced once a second; everything
else, and Celery's queues, on the library's, fsynced on every write.
"""

from __future__ import annotations

import redis

from backend.store.digests import DigestStore
from backend.store.duplicates import DuplicateStore
from backend.store.feeds import FeedStore
from backend.store.jobs import JobStore
from backend.store.keywords import KeywordCache
from backend.store.library import LibraryStore
from backend.store.sources import SourceStore
from backend.store.users import UserStore


def connect(redis_url: str) -> redis.Redis:
    # socket_timeout: a Redis that hangs (not just one that is down) must not hang a request or a task.
    return redis.Redis.from_url(redis_url, socket_connect_timeout=5, socket_timeout=10, health_check_interval=30)


__all__ = ["DigestStore", "DuplicateStore", "FeedStore", "JobStore", "KeywordCache", "LibraryStore", "SourceStore", "UserStore", "connect"]
