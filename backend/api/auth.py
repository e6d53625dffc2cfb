"""Bearer tokens: every /v1 request names its user, and handlers only ever see that user's data."""

from __future__ import annotations

from litestar.connection import ASGIConnection
from litestar.exceptions import NotAuthorizedException
from litestar.middleware.authentication import AbstractAuthenticationMiddleware, AuthenticationResult

from backend.api.services import Services
from backend.store.users import UserStore


class BearerTokenMiddleware(AbstractAuthenticationMiddleware):
    async def authenticate_request(self, connection: ASGIConnection) -> AuthenticationResult:
        header = connection.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise NotAuthorizedException("missing bearer token: send `Authorization: Bearer <token>`")
        services: Services = connection.app.state.services
        # On the async client: a token lookup on every request should not cost a hop to a worker thread.
        user_id = await UserStore.user_for_token_async(services.aredis, token.strip())
        if user_id is None:
            raise NotAuthorizedException("unknown or revoked token")
        return AuthenticationResult(user=user_id, auth=None)
