"""Firefox: the same extension, laid out by `extension/build.py firefox`: `web-ext lint` has nothing to say, and it runs in firefox-esr."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.support import ROOT

EXTENSION = ROOT / "extension"


def test_web_ext_lint_is_clean(tmp_path):
    dest = tmp_path / "firefox"
    subprocess.run([sys.executable, str(EXTENSION / "build.py"), "firefox", str(dest)], check=True)
    web_ext = EXTENSION / "node_modules" / ".bin" / "web-ext"
    assert web_ext.exists(), "run `npm ci` in extension/ (make test does)"

    result = subprocess.run(
        [str(web_ext), "lint", "--source-dir", str(dest), "--self-hosted", "--output", "json"],
        capture_output=True,
        text=True,
        timeout=120,
    )

    report = json.loads(result.stdout)
    messages = [f"{m['code']}: {m['message']}" for kind in ("errors", "warnings", "notices") for m in report[kind]]
    assert report["summary"] == {"errors": 0, "notices": 0, "warnings": 0}, messages
    assert json.loads((dest / "manifest.json").read_text())["background"] == {"scripts": ["src/background.js"]}


def test_firefox_runs_the_content_script_and_the_background(tmp_path):
    """firefox-esr, driven over WebDriver BiDi: the overlay appears and the background answers it."""
    dest = tmp_path / "firefox"
    subprocess.run([sys.executable, str(EXTENSION / "build.py"), "firefox", str(dest)], check=True)
    fixture = ROOT / "tests" / "fixtures" / "arxiv-list-cs-cl-new.html"

    result = subprocess.run(
        ["node", str(EXTENSION / "tests" / "firefox-smoke.mjs"), str(dest), "https://arxiv.org/list/cs.CL/new", str(fixture)],
        capture_output=True,
        text=True,
        timeout=180,
    )

    assert result.returncode == 0, result.stderr[-2000:]
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    assert answer["error"] == "no_token"  # "paperlens has no token yet: set it in the extension's options."
    assert answer["readable"] is False
    assert answer["titles"] == 6  # the page itself is untouched
