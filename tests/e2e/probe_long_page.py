"""How much script a 2,000-paper page costs the tab, in real Chromium against the real stack: run by hand,
`.venv/bin/python -m pytest -s tests/e2e/probe_long_page.py` (not a test: its name keeps it out of `make test`).

Prints the page's main-thread script time (DevTools' Performance.ScriptDuration) from the page's post to the
overlay's "done". The overlay's own snapshots (DevTools DOM reads, every 200 ms) are in TaskDuration, not in it."""

from __future__ import annotations

import time

from tests.e2e.overlay import Overlay
from tests.e2e.test_extension import busy_listing


def test_script_time_of_a_long_page(browser, client, api, token):
    browser.configure(api, token)
    page = browser.open("https://arxiv.org/list/cs/new", busy_listing(2_100))
    devtools = page.context.new_cdp_session(page)
    devtools.send("Performance.enable")
    started = time.monotonic()
    seen = Overlay(page).wait_for(lambda o: "done" in o.status_text, timeout=400, what="done")
    metrics = {m["name"]: m["value"] for m in devtools.send("Performance.getMetrics")["metrics"]}
    print(f"\n| papers | done after (s) | script (s) | tasks (s) |\n|---:|---:|---:|---:|\n"
          f"| {len(seen.strips):,} | {time.monotonic() - started:.0f} | {metrics['ScriptDuration']:.2f} | {metrics['TaskDuration']:.2f} |")
