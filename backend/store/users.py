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


def token_key(token: str) -> str:
    return "pl:token:" + hashlib.sha256(token.encode()).hexdigest()


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
        self._redis.set(token_key(token), user_id)
        return token

    def user_for_token(self, token: str) -> str | None:
        # The lookup is by hash of the whole token, so no secret is compared byte by byte.
        user_id = self._redis.get(token_key(token))
        return user_id.decode() if user_id else None

    def all_ids(self) -> list[str]:
        return sorted(raw.decode() for raw in self._redis.hvals("pl:users:by_name"))
