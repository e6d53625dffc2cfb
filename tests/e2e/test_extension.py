"""The extension on real digest pages, in real Chromium, against the real stack (API, Redis, workers)."""

from __future__ import annotations

import html as html_lib
import json
import os
import time

from playwright.sync_api import Page, expect

from backend.domain.digests import parse_digest
from tests.support import OWN_FIXTURES, ROOT, SHARED_FIXTURES

HF_URL = "https://huggingface.co/papers?date=2024-08-01"
HF_HTML = (SHARED_FIXTURES / "hf-papers-2024-08-01.html").read_text()
HF_EXPECTED = json.loads((SHARED_FIXTURES / "hf-papers-2024-08-01.expected.json").read_text())
LISTING_URL = "https://arxiv.org/list/cs.CL/new"
LISTING_HTML = (OWN_FIXTURES / "arxiv-list-cs-cl-new.html").read_text()
SEED_URL = "https://huggingface.co/papers?date=seed"
HOSTILE_TITLE = 'Evil <img src=x onerror="window.__pwned=1"> paper <script>window.__pwned=2</script> about unlearning'


def seed_page(fresh: str = "") -> str:
    """The seed digest (79 papers) rendered as a page, plus one paper whose title carries markup.

    With `fresh`, every abstract carries that marker and the papers appear twice (the copies' titles end
    in "(again)"), so no keyword is cached and the model stage takes a while.
    """
    papers = parse_digest("", text=(SHARED_FIXTURES / "hf-daily-papers.txt").read_text()).papers
    papers.append(papers[0].__class__(title=HOSTILE_TITLE, abstract=papers[11].abstract))
    if fresh:
        papers = [
            p.__class__(title=p.title + suffix, abstract=f"{p.abstract} ({fresh})")
            for suffix in ("", " (again)")
            for p in papers
        ]
    body = "".join(
        f"<div class='paper'><h3>{html_lib.escape(p.title)}</h3><p>{html_lib.escape(p.abstract or '')}</p></div>"
        for p in papers
    )
    return f"<html><head><title>Daily Papers</title></head><body><p>Subscribe</p><p>Mar 11</p><main>{body}</main></body></html>"


def strips(page: Page):
    return page.locator("paperlens-strip")


def strip_for(page: Page, title: str):
    """The strip drawn right after the element showing `title`."""
    index = page.evaluate(
        """(title) => [...document.querySelectorAll('paperlens-strip')].findIndex(
               s => s.previousElementSibling && s.previousElementSibling.textContent.replace(/\\s+/g, ' ').trim() === title)""",
        title,
    )
    assert index >= 0, f"no strip next to {title!r}"
    return strips(page).nth(index)


def test_hf_page_gets_a_strip_per_paper_library_badges_keywords_and_save(browser, client, api, token, tmp_path):
    client.post("/v1/library/items", json={"title": "the llama 3 herd of models"}).raise_for_status()
    client.post("/v1/library/items", json={"title": "ShieldGemma", "arxiv_id": "2407.21772"}).raise_for_status()
    browser.configure(api, token)

    page = browser.open(HF_URL, HF_HTML)

    expect(strips(page)).to_have_count(13, timeout=30_000)
    expect(page.locator("paperlens-strip .in-library")).to_have_count(2, timeout=30_000)
    expect(strip_for(page, "The Llama 3 Herd of Models").locator(".in-library")).to_have_text("In your library")
    expect(strip_for(page, "ShieldGemma: Generative AI Content Moderation Based on Gemma").locator(".in-library")).to_be_visible()
    for index in range(13):
        expect(strips(page).nth(index).locator(".chip").first).to_be_visible(timeout=120_000)
    expect(page.locator("paperlens-status .status")).to_contain_text("done", timeout=30_000)

    tora = strip_for(page, HF_EXPECTED[1]["title"])
    tora.locator("button.save").click()
    expect(tora.locator("button.save")).to_have_text("Saved", timeout=15_000)
    titles = [item["title"] for item in client.get("/v1/library/items").json()["items"]]
    assert HF_EXPECTED[1]["title"] in titles
    saved = next(i for i in client.get("/v1/library/items").json()["items"] if i["title"] == HF_EXPECTED[1]["title"])
    assert saved["arxiv_id"] == HF_EXPECTED[1]["arxiv_id"]

    page.screenshot(path=str(screenshot_path(tmp_path)), full_page=False)

    # The site re-renders its list (Hugging Face does): the strips come back.
    page.evaluate(
        """() => { const list = document.querySelector('article').parentElement;
                   list.innerHTML = list.innerHTML.replace(/<paperlens-strip[^>]*><\\/paperlens-strip>/g, ''); }"""
    )
    expect(strips(page)).to_have_count(13, timeout=10_000)
    expect(page.locator("paperlens-strip .in-library")).to_have_count(2)
    expect(page.locator("paperlens-strip .chip").first).to_be_visible()


def screenshot_path(tmp_path):
    """docs/overlay-hf-papers.png (shown in the README) when UPDATE_SCREENSHOTS=1, else a scratch file."""
    return ROOT / "docs" / "overlay-hf-papers.png" if os.environ.get("UPDATE_SCREENSHOTS") else tmp_path / "overlay.png"


def test_seed_digest_page_with_a_hostile_title(browser, client, api, token):
    client.post("/v1/library/items", json={"title": HOSTILE_TITLE}).raise_for_status()
    client.post("/v1/library/items", json={"title": "A Survey on Mixture-of-Experts"}).raise_for_status()
    browser.configure(api, token)

    started = time.monotonic()
    page = browser.open(SEED_URL, seed_page())
    expect(strips(page).first).to_be_attached(timeout=30_000)
    first_strip = time.monotonic() - started
    expect(strips(page)).to_have_count(80, timeout=30_000)
    expect(page.locator("paperlens-status .status")).to_contain_text("done", timeout=180_000)
    all_keywords = time.monotonic() - started
    print(f"\n[e2e timing] seed page (80 papers): first strip {first_strip:.2f}s, all keywords {all_keywords:.2f}s")

    chips_per_strip = page.evaluate(
        "() => [...document.querySelectorAll('paperlens-strip')].map(s => s.shadowRoot.querySelectorAll('.chip').length)"
    )
    assert all(count >= 1 for count in chips_per_strip)
    expect(page.locator("paperlens-strip .in-library")).to_have_count(2)

    hostile = strip_for(page, HOSTILE_TITLE)
    expect(hostile.locator(".in-library")).to_have_attribute("title", HOSTILE_TITLE + " (title match, 100%): same title")
    assert page.evaluate("() => window.__pwned") is None
    assert page.evaluate(
        "() => [...document.querySelectorAll('paperlens-strip')].every(s => !s.shadowRoot.querySelector('img,script'))"
    )
    # The page itself is intact: every title still shown, in order.
    assert page.locator("main h3").count() == 80


def test_arxiv_listing_page(browser, client, api, token):
    client.post("/v1/library/items", json={"title": "Low-rank adaptation", "arxiv_id": "2106.09685"}).raise_for_status()
    browser.configure(api, token)

    page = browser.open(LISTING_URL, LISTING_HTML)

    expect(strips(page)).to_have_count(6, timeout=30_000)
    expect(page.locator("paperlens-strip .in-library")).to_have_count(1, timeout=30_000)
    expect(page.locator("paperlens-status .status")).to_contain_text("done", timeout=120_000)
    lora = strip_for(page, "Title: LoRA: Low-Rank Adaptation of Large Language Models")
    expect(lora.locator(".in-library")).to_have_attribute(
        "title", "Low-rank adaptation (arxiv id match, 100%): same arXiv id 2106.09685"
    )


def test_backend_down_shows_one_clear_message_and_leaves_the_page_alone(browser, token):
    browser.configure("http://127.0.0.1:9", token)  # nothing listens on the discard port

    page = browser.open(HF_URL, HF_HTML)

    expect(page.locator("paperlens-status .status.error")).to_contain_text("cannot reach its backend", timeout=15_000)
    assert strips(page).count() == 0
    assert page.locator("article h3").all_inner_texts() == [e["title"] for e in HF_EXPECTED]


def test_a_wrong_token_is_reported(browser, api):
    browser.configure(api, "pl_not-a-token")

    page = browser.open(LISTING_URL, LISTING_HTML)

    expect(page.locator("paperlens-status .status.error")).to_contain_text("rejected the token", timeout=15_000)


def test_the_overlay_survives_the_browser_stopping_the_service_worker(browser, client, api, token):
    browser.configure(api, token)
    page = browser.open(SEED_URL, seed_page(fresh=os.urandom(6).hex()))
    expect(strips(page)).to_have_count(160, timeout=30_000)
    assert page.locator("paperlens-status .status").inner_text().find("done") == -1  # keywords still coming

    # What Chromium does to an idle extension worker: stop it. The port drops; the page resumes the stream.
    cdp = browser.context.new_cdp_session(page)
    cdp.send("ServiceWorker.enable")
    status = page.locator("paperlens-status")
    for _ in range(20):  # the stop request is asynchronous; ask again until the page has noticed
        cdp.send("ServiceWorker.stopAllWorkers")
        if status.get_attribute("data-resumes") != "0":
            break
        page.wait_for_timeout(500)
    expect(status).to_have_attribute("data-resumes", "1", timeout=10_000)
    expect(page.locator("paperlens-status .status")).to_contain_text("done", timeout=180_000)
    chips_per_strip = page.evaluate(
        "() => [...document.querySelectorAll('paperlens-strip')].map(s => s.shadowRoot.querySelectorAll('.chip').length)"
    )
    assert all(count >= 1 for count in chips_per_strip)
