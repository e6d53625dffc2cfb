"""Firefox: the same extension, laid out by `extension/build.py firefox`, passes `web-ext lint` with nothing to say."""

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
