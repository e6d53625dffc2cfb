"""HTTP GET of a URL a user gave us (a feed), without letting that user reach what only we can reach.

The checks a fetch makes, each hop of it:
- the scheme is http or https, the port one that web servers use (or an address:port the operator allowed);
- the host is resolved once, and every address it resolves to must be a public one: loopback, private,
  link-local (cloud metadata at 169.254.169.254), shared, reserved, multicast and unspecified addresses are
  refused, and so are IPv4 addresses dressed as IPv6 (`::ffff:127.0.0.1`) or as one number (`2130706433`);
- the connection goes to the address that was checked (the URL's host is sent as `Host` and, for https, as
  the TLS server name, so certificates are still checked): a DNS answer that changes between check and
  connect (rebinding) cannot redirect it;
- redirects are followed by hand, each hop checked again, at most MAX_REDIRECTS;
- the whole fetch, every hop and the body, finishes within one deadline, and the body within a size.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import time
from dataclasses import dataclass, field

import httpx

MAX_REDIRECTS = 5
WEB_PORTS = frozenset({80, 443, 8080, 8443})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


class RefusedTarget(ValueError):
    """A URL paperlens will not fetch; the message says why (and nothing about what is behind it)."""


class FetchTooSlow(Exception):
    """The fetch did not finish within its deadline."""


@dataclass(frozen=True)
class FetchPolicy:
    timeout_seconds: float = 20.0  # the whole fetch: every hop, and the body
    max_bytes: int = 10 * 1024 * 1024
    ports: frozenset[int] = WEB_PORTS
    # "address:port" (or "address:*") that may be fetched although not public: a feed server on the
    # operator's own network (PAPERLENS_FEED_ALLOW). Empty by default.
    allowed: frozenset[str] = field(default_factory=frozenset)
    ca_file: str | None = None  # certificates to trust instead of the system's (a private CA)


@dataclass(frozen=True)
class FetchResult:
    url: str  # after redirects
    status_code: int
    headers: httpx.Headers
    body: bytes


def check_url(url: str, policy: FetchPolicy) -> httpx.URL:
    """The URL, if its shape may be fetched (scheme, host, port); no DNS yet."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError):
        raise RefusedTarget("not a valid URL") from None
    if parsed.scheme not in ("http", "https"):
        raise RefusedTarget(f"only http and https URLs are fetched, not {parsed.scheme or 'this'}:")
    if not parsed.host:
        raise RefusedTarget("the URL has no host")
    return parsed


def _port(url: httpx.URL) -> int:
    return url.port or (443 if url.scheme == "https" else 80)


def _acceptable(policy: FetchPolicy, address, port: int) -> None:
    """A public address on a web port, or an address:port the operator allowed; else RefusedTarget."""
    if _allowed(policy, str(address), port):
        return
    if not _public(address):
        raise RefusedTarget("not a public address; paperlens only fetches public sites")
    if port not in policy.ports:
        raise RefusedTarget(f"port {port} is not fetched (only {', '.join(map(str, sorted(policy.ports)))})")


def check_subscribable(url: str, policy: FetchPolicy) -> None:
    """What can be told before any fetch: the URL's shape, and its host if it is an address."""
    target = check_url(url, policy)
    port = _port(target)
    try:
        address = _address(target.host)
    except ValueError:  # a name: resolved and checked at every fetch; its port can be told now
        if port not in policy.ports and not any(entry.endswith((f":{port}", ":*")) for entry in policy.allowed):
            raise RefusedTarget(f"port {port} is not fetched (only {', '.join(map(str, sorted(policy.ports)))})") from None
        return
    _acceptable(policy, address, port)


def resolve_public(url: httpx.URL, policy: FetchPolicy) -> str:
    """The one address to connect to: the host resolved once, every address it has checked."""
    port = _port(url)
    try:
        infos = socket.getaddrinfo(url.host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise RefusedTarget(f"cannot resolve {url.host}") from None
    # IPv4 first: where a host has both, IPv6 is the more often broken path.
    addresses = sorted({_address(info[4][0]) for info in infos}, key=lambda address: (address.version, str(address)))
    for address in addresses:
        try:
            _acceptable(policy, address, port)
        except RefusedTarget as refused:
            raise RefusedTarget(f"{url.host}: {refused}") from None
    return str(addresses[0])


def fetch(url: str, headers: dict[str, str], policy: FetchPolicy) -> FetchResult:
    """GET `url` under every check above. Raises RefusedTarget, FetchTooSlow, httpx.HTTPError."""
    deadline = time.monotonic() + policy.timeout_seconds
    for _ in range(MAX_REDIRECTS + 1):
        target = check_url(url, policy)
        address = resolve_public(target, policy)
        result = _get(target, address, headers, deadline, policy)
        location = result.headers.get("location")
        if result.status_code not in _REDIRECTS or not location:
            return result
        url = str(target.join(location))
    raise RefusedTarget(f"more than {MAX_REDIRECTS} redirects")


def _get(target: httpx.URL, address: str, headers: dict[str, str], deadline: float, policy: FetchPolicy) -> FetchResult:
    host_header = target.netloc.decode("ascii")
    direct = target.copy_with(host=address)
    extensions = {"sni_hostname": target.host} if target.scheme == "https" else {}
    left = deadline - time.monotonic()
    if left <= 0:
        raise FetchTooSlow(f"no answer within {policy.timeout_seconds:g} s")
    verify = ssl.create_default_context(cafile=policy.ca_file) if policy.ca_file else True
    with httpx.Client(timeout=left, follow_redirects=False, trust_env=False, verify=verify) as client:
        request = client.build_request("GET", direct, headers={**headers, "Host": host_header}, extensions=extensions)
        response = client.send(request, stream=True)
        try:
            body = b"" if response.status_code in _REDIRECTS else body_within(response, policy.max_bytes, deadline, policy.timeout_seconds)
        finally:
            response.close()
    return FetchResult(url=str(target), status_code=response.status_code, headers=response.headers, body=body)


def body_within(response: httpx.Response, max_bytes: int, deadline: float, timeout_seconds: float) -> bytes:
    """A streamed response's body, decoded (a compressed answer is held to the size it unpacks to), read whole by
    `deadline` (time.monotonic(); FetchTooSlow) and within `max_bytes` (RefusedTarget). httpx's timeout bounds each
    read alone: a server that drips a byte at a time, or never stops, would hold the caller."""
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise RefusedTarget(f"larger than {max_bytes / 2**20:g} MiB")
        if time.monotonic() > deadline:
            raise FetchTooSlow(f"not read within {timeout_seconds:g} s")
        chunks.append(chunk)
    return b"".join(chunks)


def _address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    address = ipaddress.ip_address(text.split("%", 1)[0])  # drop an IPv6 zone
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped:
            return address.ipv4_mapped
        if address.sixtofour:
            return address.sixtofour
    return address


def _public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    return address.is_global and not address.is_multicast


def _allowed(policy: FetchPolicy, host: str, port: int) -> bool:
    return f"{host}:{port}" in policy.allowed or f"{host}:*" in policy.allowed
