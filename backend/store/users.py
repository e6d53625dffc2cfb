"""Users and their bearer tokens. Tokens are random, so a plain SHA-256 is a sufficient hash."""

from __future__ import annotations

import hashlib
import secrets
import time

import redis


class UserExists(Exception):
    pass


class UnknownUser(Exception):
    pass


TOKEN_ID_CHARS = 12


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def token_key(token: str, *, hashed: bool = False) -> str:
    return "pl:token:" + (token if hashed else _token_hash(token))


class UserStore:
    def __init__(self, client: redis.Redis) -> None:
        self._redis = client

    def create(self, name: str) -> tuple[str, str]:
        """A new user and a first token for it: (user_id, token)."""
        user_id = secrets.token_hex(8)
        if not self._redis.hsetnx("pl:users:by_name", name, user_id):
            raise UserExists(name)
        self._redis.hset(f"pl:user:{user_id}", mapping={"name": name, "created_at": time.time()})
        return user_id, self.issue_token(user_id)

    def user_id(self, name: str) -> str:
        user_id = self._redis.hget("pl:users:by_name", name)
        if user_id is None:
            raise UnknownUser(name)
        return user_id.decode()

    def issue_token(self, user_id: str) -> str:
        token = "pl_" + secrets.token_urlsafe(32)
        digest = _token_hash(token)
        with self._redis.pipeline(transaction=True) as pipe:
            pipe.set(token_key(digest, hashed=True), user_id)
            pipe.hset(f"pl:user:{user_id}:tokens", digest, time.time())
            pipe.execute()
        return token

    def tokens(self, user_id: str) -> list[tuple[str, float]]:
        """(token id, created_at) of the user's live tokens, oldest first; the id is a prefix of the token's
        hash (the token itself is never stored, so it cannot be shown again)."""
        listed = self._redis.hgetall(f"pl:user:{user_id}:tokens")
        return sorted(((digest.decode()[:TOKEN_ID_CHARS], float(at)) for digest, at in listed.items()), key=lambda t: t[1])

    def revoke(self, user_id: str, token_id: str) -> int:
        """Revoke the user's tokens whose id starts with `token_id` (at least TOKEN_ID_CHARS characters,
        so one slip cannot revoke them all); how many were revoked."""
        if len(token_id) < TOKEN_ID_CHARS:
            raise ValueError(f"a token id has {TOKEN_ID_CHARS} characters: see `paperlens users tokens NAME`")
        digests = [d.decode() for d in self._redis.hkeys(f"pl:user:{user_id}:tokens") if d.decode().startswith(token_id)]
        if digests:
            with self._redis.pipeline(transaction=True) as pipe:
                pipe.delete(*(token_key(digest, hashed=True) for digest in digests))
                pipe.hdel(f"pl:user:{user_id}:tokens", *digests)
                pipe.execute()
        return len(digests)

    def user_for_token(self, token: str) -> str | None:
        # The lookup is by hash of the whole token, so no secret is compared byte by byte.
        user_id = self._redis.get(token_key(token))
        return user_id.decode() if user_id else None

    @staticmethod
    async def user_for_token_async(client, token: str) -> str | None:
        """The same lookup on an asyncio client (the API's middleware: no thread hop per request)."""
        user_id = await client.get(token_key(token))
        return user_id.decode() if user_id else None

    def all_ids(self) -> list[str]:
        return sorted(raw.decode() for raw in self._redis.hvals("pl:users:by_name"))
