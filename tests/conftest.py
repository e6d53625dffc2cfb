"""The suite's real components: a private redis-server, the API served by uvicorn, Celery workers.

Each runs as its own process on a free port, started once per session; nothing touches the
machine's own Redis on 6379.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from backend.embedded_redis import EmbeddedRedis, free_port
from backend.settings import Settings, settings_from_env
from backend.stack import api_command, start_child, start_workers, stop_child, wait_for_http
from backend.store import UserStore, connect
from tests.metadata_server import MetadataServer
from tests.zotero_web_server import ZoteroWebServer

# Worker code called in the test process reads its Redis from the environment; until `in_process_workers`
# points it at the suite's servers, it points nowhere (port 1), never at the machine's own Redis on 6379. (Only
# REDIS_URL: the stacks tests start copy this environment and set it, and their digests then use the same server.)
os.environ["REDIS_URL"] = "redis://127.0.0.1:1/0"

EXTENSION_ORIGIN = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"
FEED_HOST = "127.0.0.2"


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory) -> Iterator[EmbeddedRedis]:
    server = EmbeddedRedis(tmp_path_factory.mktemp("redis")).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def digests_redis_server(tmp_path_factory) -> Iterator[EmbeddedRedis]:
    """The second server `paperlens up` runs: digests, streams, caches; fsync once a second."""
    server = EmbeddedRedis(tmp_path_factory.mktemp("redis-digests"), fsync="everysec").start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def settings(redis_server, digests_redis_server, tmp_path_factory) -> Settings:
    return Settings(
        redis_url=redis_server.url, digest_redis_url=digests_redis_server.url, port=free_port(), data_dir=tmp_path_factory.mktemp("data")
    )


@pytest.fixture(scope="session")
def sources_root(tmp_path_factory) -> Path:
    """The one directory the stack may read library sources from (Zotero databases, .bib files)."""
    return tmp_path_factory.mktemp("sources")


@pytest.fixture(scope="session")
def metadata_server() -> Iterator[MetadataServer]:
    """The arXiv API, Crossref and DataCite, as the workers see them in tests (real answer formats)."""
    server = MetadataServer(FEED_HOST)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def zotero_web_server() -> Iterator[ZoteroWebServer]:
    server = ZoteroWebServer(FEED_HOST)
    yield server
    server.stop()


@pytest.fixture
def zotero_web(zotero_web_server) -> ZoteroWebServer:
    """The Zotero Web API stand-in, with an empty library for this test."""
    zotero_web_server.reset()
    return zotero_web_server


@pytest.fixture(scope="session")
def stack_env(settings, sources_root, metadata_server, zotero_web_server) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        REDIS_URL=settings.redis_url,
        PAPERLENS_DIGEST_REDIS_URL=settings.digests_redis_url,
        PAPERLENS_PORT=str(settings.port),
        PAPERLENS_DATA_DIR=str(settings.data_dir),
        HF_HUB_OFFLINE="1",
        # Feed fetches that fail are retried twice, 0.2 s then 0.4 s later (in production: 60 s, doubling).
        PAPERLENS_FEED_RETRIES="2",
        PAPERLENS_FEED_RETRY_SECONDS="0.2",
        PAPERLENS_FEED_TIMEOUT="5",
        PAPERLENS_CORS_ORIGINS=EXTENSION_ORIGIN,
        # Test feeds are served on 127.0.0.2 (loopback); any other non-public address stays refused.
        PAPERLENS_FEED_ALLOW=f"{FEED_HOST}:*",
        PAPERLENS_SOURCE_ROOTS=str(sources_root),
        PAPERLENS_SOURCE_DEADLINE="2",
        PAPERLENS_ARXIV_API=f"{metadata_server.url}/arxiv/api/query",
        PAPERLENS_CROSSREF_API=f"{metadata_server.url}/crossref/works",
        PAPERLENS_DATACITE_API=f"{metadata_server.url}/datacite/dois",
        PAPERLENS_ARXIV_INTERVAL="0.2",
        PAPERLENS_ZOTERO_API=zotero_web_server.url,
        PAPERLENS_METADATA_RETRY_SECONDS="0.5",
        PAPERLENS_METADATA_BUDGET_SECONDS="2.5",  # a library's lookups a run (2 minutes in production)
        PAPERLENS_REGISTRY_PAUSE_SECONDS="2",  # a registry failing 3 times in a row (5 minutes in production)
    )
    return env


@pytest.fixture(scope="session")
def redis_client(settings):
    """The library's server."""
    client = connect(settings.redis_url)
    yield client
    client.close()


@pytest.fixture(scope="session")
def digests_redis_client(settings):
    """The digests' server (digests, event streams, rate limits, keyword and embedding caches)."""
    client = connect(settings.digests_redis_url)
    yield client
    client.close()


@pytest.fixture(scope="session")
def api(settings, stack_env) -> Iterator[str]:
    log = Path(settings.data_dir) / "api.log"
    process = start_child(api_command(settings), stack_env, log)
    try:
        wait_for_http(f"{settings.public_url}/healthz", process=process)
        yield settings.public_url
    finally:
        stop_child(process)


@pytest.fixture(scope="session")
def workers(settings, stack_env) -> Iterator[dict[str, Path]]:
    """The same workers `paperlens up` runs; yields their log files (tests read task outcomes there)."""
    processes = start_workers(stack_env, Path(settings.data_dir))
    try:
        yield {name: Path(settings.data_dir) / f"{name}.log" for name in processes}
    finally:
        for process in processes.values():
            stop_child(process)


@pytest.fixture(scope="session")
def in_process_workers(stack_env, workers):
    """Worker functions called in the test process (races staged step by step) use the suite's servers."""
    from workers import stores
    from workers.celery_app import app

    app.conf.paperlens_settings = settings_from_env(stack_env)
    stores._stores = None  # connect again, to these servers
    return stores.stores()


def _new_user(redis_client, name: str) -> str:
    _, token = UserStore(redis_client).create(f"{name}-{os.urandom(4).hex()}")
    return token


@pytest.fixture
def token(redis_client) -> str:
    return _new_user(redis_client, "alice")


@pytest.fixture
def other_token(redis_client) -> str:
    return _new_user(redis_client, "bob")


@pytest.fixture
def client(api, token) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=api, headers={"Authorization": f"Bearer {token}"}, timeout=30) as http:
        yield http


@pytest.fixture
def other_client(api, other_token) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=api, headers={"Authorization": f"Bearer {other_token}"}, timeout=30) as http:
        yield http
