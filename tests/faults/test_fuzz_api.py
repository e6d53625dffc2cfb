"""Schemathesis against the served OpenAPI document, every route: no 5xx, every response as documented
(status code, content type, headers, body schema).

Not checked: that every schema-valid request is accepted. Some rules span fields ("exactly one of `html`
or `text`") and OpenAPI as generated here cannot say them; those requests get a 400 that says why.

Bounded (`max_examples` per route) so the suite stays fast. Driven through Hypothesis directly: the
schemathesis pytest plugin does not run on this pytest version.
"""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from schemathesis.checks import not_a_server_error

EXAMPLES_PER_ROUTE = 25
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


def test_every_route_holds_to_its_schema(api, token):
    schema = schemathesis.openapi.from_url(f"{api}/schema/openapi.json")
    headers = {"Authorization": f"Bearer {token}"}
    failures, routes = {}, 0
    for result in schema.get_all_operations():
        operation = result.ok()
        routes += 1

        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES_PER_ROUTE, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def check(case) -> None:
            case.call_and_validate(headers=headers, timeout=30, checks=CHECKS)

        try:
            check()
        except (Exception, BaseExceptionGroup) as failure:  # noqa: BLE001 - collect every route's failures, report all
            failures[operation.label] = str(failure)[:2000]
    assert routes >= 18
    assert not failures, "\n\n".join(f"{label}:\n{text}" for label, text in failures.items())
