"""Hosts for tests that cross a network: Linux network namespaces joined by veth pairs (`ip netns`, `ip link`).

A "core" namespace holds what every deployment shares (Redis, the API); each worker host gets a namespace
of its own with one link to the core, and the test process (in the machine's own namespace) reaches the
core through a link of its own. Nothing is routed: a host sees the core's address on its link and
nothing else, as a machine on a private network sees its database.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass, field

SUBNET = "10.213"  # 10.213.0.0/24: the test process and the core; 10.213.N.0/24: host N and the core


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True, text=True)


def why_not_available() -> str | None:
    """None if this process can make network namespaces, else why not (the reason a test skips with)."""
    if not shutil.which("ip"):
        return "no `ip` command (iproute2)"
    if os.geteuid() != 0:
        return "network namespaces need root (CAP_SYS_ADMIN and CAP_NET_ADMIN)"
    probe = f"plprobe{os.getpid()}"
    try:
        _ip("netns", "add", probe)
    except subprocess.CalledProcessError as error:
        return f"`ip netns add` failed: {error.stderr.strip()}"
    _ip("netns", "del", probe)
    return None


@dataclass
class Network:
    prefix: str = field(default_factory=lambda: f"pl{os.getpid() % 100000}")
    hosts: list[str] = field(default_factory=list)

    @property
    def core(self) -> str:
        return f"{self.prefix}core"

    @property
    def core_address(self) -> str:
        """The core as the test process sees it."""
        return f"{SUBNET}.0.2"

    def core_address_for(self, host: str) -> str:
        """The core as `host` sees it (its end of the host's link)."""
        return f"{SUBNET}.{self.hosts.index(host) + 1}.1"

    def bind_addresses(self) -> list[str]:
        return ["127.0.0.1", self.core_address] + [self.core_address_for(host) for host in self.hosts]

    def create(self, host_names: list[str]) -> Network:
        _ip("netns", "add", self.core)
        _ip("-n", self.core, "link", "set", "lo", "up")
        self._link(None, f"{SUBNET}.0.1", self.core, self.core_address, "t")
        for number, name in enumerate(host_names, start=1):
            namespace = f"{self.prefix}{name}"
            _ip("netns", "add", namespace)
            _ip("-n", namespace, "link", "set", "lo", "up")
            self.hosts.append(namespace)
            self._link(namespace, f"{SUBNET}.{number}.2", self.core, f"{SUBNET}.{number}.1", str(number))
        return self

    def _link(self, namespace: str | None, address: str, core: str, core_address: str, tag: str) -> None:
        """A veth pair: one end in `namespace` (None: this one), the other in the core; a /24 between them."""
        outer, inner = f"{self.prefix}{tag}o", f"{self.prefix}{tag}c"  # interface names: 15 characters at most
        _ip("link", "add", outer, "type", "veth", "peer", "name", inner)
        _ip("link", "set", inner, "netns", core)
        _ip("-n", core, "addr", "add", f"{core_address}/24", "dev", inner)
        _ip("-n", core, "link", "set", inner, "up")
        if namespace:
            _ip("link", "set", outer, "netns", namespace)
        where = ["-n", namespace] if namespace else []
        _ip(*where, "addr", "add", f"{address}/24", "dev", outer)
        _ip(*where, "link", "set", outer, "up")

    def host(self, name: str) -> str:
        return f"{self.prefix}{name}"

    def exec_prefix(self, namespace: str) -> list[str]:
        return ["ip", "netns", "exec", namespace]

    def destroy(self) -> None:
        """Deleting a namespace deletes its links; the link to this namespace goes with the core."""
        for namespace in [*self.hosts, self.core]:
            subprocess.run(["ip", "netns", "del", namespace], capture_output=True)
