"""Real Chromium (Debian's) with the unpacked extension, driven by Playwright; pages served as the real sites."""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Page, Playwright, Route, sync_playwright

from tests.support import ROOT

EXTENSION = ROOT / "extension"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is not installed (apt-get install chromium); .ci/run installs it")
    with sync_playwright() as runner:
        yield runner


class Browser:
    """A persistent Chromium profile with the extension loaded, and pages served from fixtures."""

    def __init__(self, context: BrowserContext, extension_id: str, backend: str) -> None:
        self.context = context
        self.extension_id = extension_id
        self.backend = backend
        self.pages: dict[str, str] = {}  # URL -> HTML served for it
        context.route("**/*", self._route)

    def _route(self, route: Route) -> None:
        url = route.request.url
        if url.startswith(self.backend) or url.startswith("chrome-extension://"):
            route.continue_()
        elif url in self.pages:
            route.fulfill(status=200, content_type="text/html; charset=utf-8", body=self.pages[url])
        else:
            route.abort()  # the fixtures' CDN scripts, styles and images: offline, as in CI

    def configure(self, backend_url: str, token: str, sites: tuple[str, ...] = ()) -> None:
        """Fill in the options page as a user would (`sites`: other sites to run on automatically)."""
        page = self.context.new_page()
        page.goto(f"chrome-extension://{self.extension_id}/src/options.html")
        page.fill("#backendUrl", backend_url)
        page.fill("#token", token)
        page.fill("#sites", "\n".join(sites))
        page.click("button[type=submit]")
        page.wait_for_selector("#status:text('Saved.')")
        page.close()

    def run_on(self, backend_url: str, token: str, sites: tuple[str, ...]) -> None:
        """Configure, adding `sites`, and wait until the service worker has registered its content script there."""
        self.configure(backend_url, token, sites=sites)
        worker = self.context.service_workers[0]
        deadline = time.monotonic() + 10
        while not worker.evaluate("chrome.scripting.getRegisteredContentScripts().then((scripts) => scripts.length)"):
            assert time.monotonic() < deadline, "the granted site's content script was never registered"
            time.sleep(0.1)

    def open(self, url: str, html: str) -> Page:
        self.pages[url] = html
        page = self.context.new_page()
        page.goto(url)
        return page


def _launch(playwright, profile: Path, extension: Path, api: str) -> Browser:
    context = playwright.chromium.launch_persistent_context(
        str(profile),
        executable_path=CHROMIUM,
        headless=True,
        args=[
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--disable-extensions-except={extension}",
            f"--load-extension={extension}",
        ],
    )
    worker = context.service_workers[0] if context.service_workers else context.wait_for_event("serviceworker")
    return Browser(context, worker.url.split("/")[2], api)


@pytest.fixture
def browser(playwright, tmp_path, api, workers) -> Iterator[Browser]:
    launched = _launch(playwright, tmp_path / "profile", EXTENSION, api)
    try:
        yield launched
    finally:
        launched.context.close()


GRANTED_SITES = ["https://scholar.google.com/*", "https://mail.google.com/*", "https://conference.example.org/*", "https://dblp.org/*"]


@pytest.fixture
def granting_browser(playwright, tmp_path, api, workers) -> Iterator[Browser]:
    """The extension as a user has it after granting GRANTED_SITES on its options page. Headless Chromium cannot
    answer the permission prompt, so this copy of the extension holds those sites already (the grant, and only
    it, given at install); everything after the prompt runs as shipped."""
    extension = tmp_path / "extension"
    shutil.copytree(EXTENSION, extension, ignore=shutil.ignore_patterns("node_modules", "tests"))
    manifest = json.loads((extension / "manifest.json").read_text())
    manifest["host_permissions"] += GRANTED_SITES
    (extension / "manifest.json").write_text(json.dumps(manifest, indent=2))
    launched = _launch(playwright, tmp_path / "profile", extension, api)
    try:
        yield launched
    finally:
        launched.context.close()
