"""One frozen settings object, built from the environment once at start-up and passed in."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from msgspec import Struct

DAY = 24 * 3600


class Settings(Struct, frozen=True, kw_only=True):
    redis_url: str = "redis://127.0.0.1:6379/0"  # the library's Redis: AOF, fsync always
    # Digests, their event streams, rate-limit buckets and the keyword/embedding caches: data that can be
    # made again, kept out of the fsync-always path (a Redis with `appendfsync everysec`). None: redis_url.
    digest_redis_url: str | None = None
    host: str = "127.0.0.1"
    port: int = 8765
    api_workers: int = 1  # uvicorn processes; `paperlens up` runs one per core (up to 2) unless told
    data_dir: Path = Path("data")
    digest_ttl_seconds: int = 7 * DAY
    max_body_bytes: int = 5 * 1024 * 1024
    # Origins allowed to call the API from a browser: the extension's, e.g. chrome-extension://<id>.
    cors_origins: tuple[str, ...] = ()
    # A task a dead worker had taken is handed to another after this long (Redis broker); longer than any
    # task runs or any retry waits (feeds: 60 + 120 + 240 s).
    visibility_timeout_seconds: int = 900
    # Per-user rate limits (a minute's allowance at once, then the steady rate): 429 beyond.
    digest_posts_per_minute: int = 60
    imports_per_minute: int = 10
    # Feeds: each fetch times out after this; network errors and 5xx are retried with exponential backoff.
    feed_timeout_seconds: float = 20.0
    feed_retries: int = 3
    feed_retry_seconds: float = 60.0  # first retry after this, then doubling
    # Feeds are fetched only from public addresses; "address:port" (or "address:*") entries here are
    # allowed anyway (a feed server on the operator's own network).
    feed_allow: tuple[str, ...] = ()
    feed_ca_file: str | None = None  # certificates to trust for feeds instead of the system's (a private CA)
    # Pages (posted or fetched) are parsed in child processes; one that takes longer is refused (422).
    parse_processes: int = 2
    # Per-user caps, each answered with a 4xx that names it.
    max_open_streams_per_user: int = 20  # an extension holds one per open digest tab
    max_digests_per_user: int = 2_000  # kept at once (they expire after digest_ttl_seconds)
    max_library_items: int = 100_000
    max_upload_bytes_per_day: int = 200 * 1024 * 1024  # imports
    parse_deadline_seconds: float = 2.0
    # A large import is read by a worker (20 MiB dense with LaTeX commands for the parser: ~4 min; of accents, read
    # by a table: ~30 s); one that runs longer ends `failed` with this limit in its reason, and nothing is written.
    import_deadline_seconds: float = 300.0
    # Library sources read files on this machine: only under these directories (the API is not a way to
    # read the server's files). Default: the home directory of the user running paperlens.
    source_roots: tuple[str, ...] = ()
    source_deadline_seconds: float = 10.0  # a Zotero database held mid-write longer than this is "locked"
    zotero_api_url: str = "https://api.zotero.org"
    # Metadata for bare identifiers (the `metadata` job): registries' addresses, arXiv's pace, a contact.
    arxiv_api_url: str = "https://export.arxiv.org/api/query"
    crossref_api_url: str = "https://api.crossref.org/works"
    datacite_api_url: str = "https://api.datacite.org/dois"
    arxiv_interval_seconds: float = 3.0
    metadata_timeout_seconds: float = 20.0
    contact_email: str | None = None  # sent in the User-Agent (Crossref's "polite pool")
    metadata_retry_seconds: float = 60.0  # a failed lookup is tried again after this, then doubling (to a day)
    # Lookups one library may take in one `metadata` run; the rest wait for the next run (every 15 min). At
    # Crossref's usual ~0.5 s an answer, ~240 DOIs a run; a registry timing out holds the feeds worker (imports,
    # syncs, feeds queued meanwhile) at most this long per library.
    metadata_budget_seconds: float = 120.0
    # A registry that failed 3 times in a row (network, timeout, 5xx, 429) is not asked for this long, by any worker.
    registry_pause_seconds: float = 300.0

    @property
    def digests_redis_url(self) -> str:
        return self.digest_redis_url or self.redis_url

    @property
    def public_url(self) -> str:
        return f"http://{self.host}:{self.port}"


def settings_from_env(environ: Mapping[str, str] | None = None) -> Settings:
    env = os.environ if environ is None else environ
    defaults = Settings()
    return Settings(
        redis_url=env.get("REDIS_URL", defaults.redis_url),
        digest_redis_url=env.get("PAPERLENS_DIGEST_REDIS_URL") or None,
        host=env.get("PAPERLENS_HOST", defaults.host),
        port=int(env.get("PAPERLENS_PORT", defaults.port)),
        api_workers=int(env.get("PAPERLENS_API_WORKERS", min(2, os.cpu_count() or 1))),
        data_dir=Path(env.get("PAPERLENS_DATA_DIR", str(defaults.data_dir))),
        digest_ttl_seconds=int(env.get("PAPERLENS_DIGEST_TTL", defaults.digest_ttl_seconds)),
        cors_origins=tuple(o for o in env.get("PAPERLENS_CORS_ORIGINS", "").split(",") if o),
        visibility_timeout_seconds=int(env.get("PAPERLENS_VISIBILITY_TIMEOUT", defaults.visibility_timeout_seconds)),
        digest_posts_per_minute=int(env.get("PAPERLENS_DIGEST_POSTS_PER_MINUTE", defaults.digest_posts_per_minute)),
        imports_per_minute=int(env.get("PAPERLENS_IMPORTS_PER_MINUTE", defaults.imports_per_minute)),
        feed_timeout_seconds=float(env.get("PAPERLENS_FEED_TIMEOUT", defaults.feed_timeout_seconds)),
        feed_retries=int(env.get("PAPERLENS_FEED_RETRIES", defaults.feed_retries)),
        feed_retry_seconds=float(env.get("PAPERLENS_FEED_RETRY_SECONDS", defaults.feed_retry_seconds)),
        max_open_streams_per_user=int(env.get("PAPERLENS_MAX_OPEN_STREAMS", defaults.max_open_streams_per_user)),
        max_digests_per_user=int(env.get("PAPERLENS_MAX_DIGESTS", defaults.max_digests_per_user)),
        max_library_items=int(env.get("PAPERLENS_MAX_LIBRARY_ITEMS", defaults.max_library_items)),
        max_upload_bytes_per_day=int(env.get("PAPERLENS_MAX_UPLOAD_BYTES_PER_DAY", defaults.max_upload_bytes_per_day)),
        feed_ca_file=env.get("PAPERLENS_FEED_CA_FILE") or None,
        feed_allow=tuple(a.strip() for a in env.get("PAPERLENS_FEED_ALLOW", "").split(",") if a.strip()),
        parse_processes=int(env.get("PAPERLENS_PARSE_PROCESSES", defaults.parse_processes)),
        parse_deadline_seconds=float(env.get("PAPERLENS_PARSE_DEADLINE", defaults.parse_deadline_seconds)),
        import_deadline_seconds=float(env.get("PAPERLENS_IMPORT_DEADLINE", defaults.import_deadline_seconds)),
        source_roots=tuple(r for r in env.get("PAPERLENS_SOURCE_ROOTS", str(Path.home())).split(os.pathsep) if r),
        source_deadline_seconds=float(env.get("PAPERLENS_SOURCE_DEADLINE", defaults.source_deadline_seconds)),
        zotero_api_url=env.get("PAPERLENS_ZOTERO_API", defaults.zotero_api_url),
        arxiv_api_url=env.get("PAPERLENS_ARXIV_API", defaults.arxiv_api_url),
        crossref_api_url=env.get("PAPERLENS_CROSSREF_API", defaults.crossref_api_url),
        datacite_api_url=env.get("PAPERLENS_DATACITE_API", defaults.datacite_api_url),
        arxiv_interval_seconds=float(env.get("PAPERLENS_ARXIV_INTERVAL", defaults.arxiv_interval_seconds)),
        contact_email=env.get("PAPERLENS_CONTACT_EMAIL") or None,
        metadata_retry_seconds=float(env.get("PAPERLENS_METADATA_RETRY_SECONDS", defaults.metadata_retry_seconds)),
        metadata_budget_seconds=float(env.get("PAPERLENS_METADATA_BUDGET_SECONDS", defaults.metadata_budget_seconds)),
        registry_pause_seconds=float(env.get("PAPERLENS_REGISTRY_PAUSE_SECONDS", defaults.registry_pause_seconds)),
    )
