"""What the model computes from a paper's text, cached per text: the same paper (on any digest, for
any user) goes through the model once. Keywords per title + abstract; title embeddings per title."""

from __future__ import annotations

import hashlib

import msgspec
import redis

from backend.domain.models import Keyword

# Bump when the extractor changes, so old chips are not served for new ones.
EXTRACTOR_VERSION = "kp6"
TTL_SECONDS = 30 * 24 * 3600
_decode = msgspec.json.Decoder(tuple[Keyword, ...]).decode
_encode = msgspec.json.Encoder().encode


def _key(text: str, kind: str = "kw") -> str:
    version = EXTRACTOR_VERSION if kind == "kw" else "minilm"
    return f"pl:{kind}:{version}:{hashlib.sha256(text.encode()).hexdigest()}"


class KeywordCache:
    def __init__(self, client: redis.Redis) -> None:
        self._redis = client

    def get_many(self, texts: list[str]) -> list[tuple[Keyword, ...] | None]:
        if not texts:
            return []
        return [_decode(raw) if raw else None for raw in self._redis.mget([_key(text) for text in texts])]

    def put(self, text: str, keywords: list[Keyword]) -> None:
        self._redis.set(_key(text), _encode(tuple(keywords)), ex=TTL_SECONDS)

    def get_vectors(self, texts: list[str]) -> list[bytes | None]:
        if not texts:
            return []
        return self._redis.mget([_key(text, "emb") for text in texts])

    def put_vectors(self, vectors: dict[str, bytes]) -> None:
        with self._redis.pipeline(transaction=False) as pipe:
            for text, raw in vectors.items():
                pipe.set(_key(text, "emb"), raw, ex=TTL_SECONDS)
            pipe.execute()
