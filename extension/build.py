"""Lay out the extension for one browser: `python3 build.py firefox DEST` (Chromium loads this folder as it is).

The code is the same for both; only the manifest differs: Firefox runs the background as an event
page (`background.scripts`) and warns about Chromium's `service_worker` key, so it is dropped there.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHIPPED = ("manifest.json", "src", "icons")


def build(browser: str, dest: Path) -> Path:
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    for name in SHIPPED:
        source = HERE / name
        (shutil.copytree if source.is_dir() else shutil.copy2)(source, dest / name)
    manifest = json.loads((HERE / "manifest.json").read_text())
    if browser == "firefox":
        manifest["background"].pop("service_worker")
    elif browser == "chromium":
        manifest["background"].pop("scripts")
        manifest.pop("browser_specific_settings")
    else:
        raise SystemExit(f"unknown browser {browser!r}: firefox or chromium")
    (dest / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    return dest


if __name__ == "__main__":
    build(sys.argv[1], Path(sys.argv[2]))
