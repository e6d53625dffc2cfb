"""The extension on real digest pages, in real Chromium, against the real stack (API, Redis, workers)."""

from __future__ import annotations

import html as html_lib
import json
import os
import time

from playwright.sync_api import expect

from tests.e2e.overlay import Overlay

from backend.domain.digests import parse_digest
from backend.store import DigestStore
from tests.support import OWN_FIXTURES, ROOT, SHARED_FIXTURES, arxiv_search_page, scholar_results, wait_until, web_mail

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


def test_hf_page_gets_a_strip_per_paper_library_badges_keywords_and_save(browser, client, api, token, tmp_path):
    client.post("/v1/library/items", json={"title": "the llama 3 herd of models"}).raise_for_status()
    client.post("/v1/library/items", json={"title": "ShieldGemma", "arxiv_id": "2407.21772"}).raise_for_status()
    browser.configure(api, token)

    page = browser.open(HF_URL, HF_HTML)
    overlay = Overlay(page)

    overlay.wait_for(lambda o: len(o.strips) == 13 and o.count("in-library") == 2, what="13 strips, 2 in the library")
    seen = overlay.wait_for(
        lambda o: all(s.having("chip") for s in o.strips) and "done" in o.status_text, timeout=150, what="chips everywhere"
    )
    assert seen.strip_for("The Llama 3 Herd of Models").first("in-library").text == "In your library"
    assert seen.strip_for("ShieldGemma: Generative AI Content Moderation Based on Gemma").first("in-library")

    tora_title = HF_EXPECTED[1]["title"]
    overlay.click(seen.strip_for(tora_title).first("save"))
    overlay.wait_for(lambda o: o.strip_for(tora_title).first("save").text == "Saved", timeout=15, what="Saved")
    saved = next(i for i in client.get("/v1/library/items").json()["items"] if i["title"] == tora_title)
    assert saved["arxiv_id"] == HF_EXPECTED[1]["arxiv_id"]

    page.screenshot(path=str(screenshot_path(tmp_path)), full_page=False)

    # The site re-renders its list (Hugging Face does): the strips come back.
    page.evaluate(
        """() => { const list = document.querySelector('article').parentElement;
                   list.innerHTML = list.innerHTML.replace(/<paperlens-strip[^>]*><\\/paperlens-strip>/g, ''); }"""
    )
    overlay.wait_for(
        lambda o: len(o.strips) == 13 and o.count("in-library") == 2 and o.count("chip") > 0, timeout=10, what="strips back"
    )


def screenshot_path(tmp_path):
    """docs/overlay-hf-papers.png (shown in the README) when UPDATE_SCREENSHOTS=1, else a scratch file."""
    return ROOT / "docs" / "overlay-hf-papers.png" if os.environ.get("UPDATE_SCREENSHOTS") else tmp_path / "overlay.png"


def test_seed_digest_page_with_a_hostile_title(browser, client, api, token):
    client.post("/v1/library/items", json={"title": HOSTILE_TITLE}).raise_for_status()
    client.post("/v1/library/items", json={"title": "A Survey on Mixture-of-Experts"}).raise_for_status()
    browser.configure(api, token)

    started = time.monotonic()
    page = browser.open(SEED_URL, seed_page())
    overlay = Overlay(page)
    overlay.wait_for(lambda o: o.strips, what="a first strip")
    first_strip = time.monotonic() - started
    seen = overlay.wait_for(lambda o: len(o.strips) == 80 and "done" in o.status_text, timeout=180, what="80 strips, done")
    all_keywords = time.monotonic() - started
    print(f"\n[e2e timing] seed page (80 papers): first strip {first_strip:.2f}s, all keywords {all_keywords:.2f}s")

    assert all(strip.having("chip") for strip in seen.strips)
    assert seen.count("in-library") == 2
    badge = seen.strip_for(HOSTILE_TITLE).first("in-library")
    assert badge.attributes["title"] == HOSTILE_TITLE + " (title match, 100%): same title"
    assert page.evaluate("() => window.__pwned") is None
    assert not any(e.name in ("img", "script") for strip in seen.strips for e in strip.elements)
    # The page itself is intact: every title still shown, in order.
    assert page.locator("main h3").count() == 80


def test_arxiv_listing_page(browser, client, api, token):
    client.post("/v1/library/items", json={"title": "Low-rank adaptation", "arxiv_id": "2106.09685"}).raise_for_status()
    browser.configure(api, token)

    page = browser.open(LISTING_URL, LISTING_HTML)
    overlay = Overlay(page)

    seen = overlay.wait_for(
        lambda o: len(o.strips) == 6 and o.count("in-library") == 1 and "done" in o.status_text, timeout=120, what="done"
    )
    lora = seen.strip_for("Title: LoRA: Low-Rank Adaptation of Large Language Models")
    assert lora.first("in-library").attributes["title"] == "Low-rank adaptation (arxiv id match, 100%): same arXiv id 2106.09685"


def test_arxiv_search_results_read_by_the_links_to_their_papers(browser, client, api, token):
    # No parser knows this page: the generic one reads each result by its arXiv id, and each strip hangs under
    # the result's title (a `p.title` with a search hit inside it).
    client.post("/v1/library/items", json={"title": "Dense retrieval baselines", "arxiv_id": "2410.09999"}).raise_for_status()
    browser.configure(api, token)
    results = [("2411.01234", "Better", "Augmented Generation"), ("2410.09999", "Dense", "Models as Baselines"),
               ("2409.00042", "Sparse", "for Long Documents")]  # fmt: skip
    page = browser.open("https://arxiv.org/search/?query=retrieval&searchtype=all", arxiv_search_page(results))
    overlay = Overlay(page)

    seen = overlay.wait_for(
        lambda o: len(o.strips) == 3 and o.count("in-library") == 1 and "done" in o.status_text, timeout=120, what="done"
    )
    badge = seen.strip_for("Dense Retrieval Models as Baselines").first("in-library")
    assert badge.attributes["title"] == "Dense retrieval baselines (arxiv id match, 100%): same arXiv id 2410.09999"


def test_backend_down_shows_one_clear_message_and_leaves_the_page_alone(browser, token):
    browser.configure("http://127.0.0.1:9", token)  # nothing listens on the discard port

    page = browser.open(HF_URL, HF_HTML)
    overlay = Overlay(page)

    seen = overlay.wait_for(lambda o: "cannot reach its backend" in o.status_text, timeout=15, what="the error")
    assert "error" in seen.status.classes and not seen.strips
    assert page.locator("article h3").all_inner_texts() == [e["title"] for e in HF_EXPECTED]


def test_a_wrong_token_is_reported(browser, api):
    browser.configure(api, "pl_not-a-token")

    page = browser.open(LISTING_URL, LISTING_HTML)

    Overlay(page).wait_for(lambda o: "rejected the token" in o.status_text and "error" in o.status.classes, timeout=15)


def test_the_overlay_survives_the_browser_stopping_the_service_worker(browser, client, api, token):
    browser.configure(api, token)
    page = browser.open(SEED_URL, seed_page(fresh=os.urandom(6).hex()))
    overlay = Overlay(page)
    seen = overlay.wait_for(lambda o: len(o.strips) == 160, what="160 strips")
    assert "done" not in seen.status_text  # keywords still coming

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
    seen = overlay.wait_for(lambda o: "done" in o.status_text, timeout=180, what="done")
    assert all(strip.having("chip") for strip in seen.strips)


# A page that tries everything a script can: patch attachShadow before the extension runs, read the
# strips, and press Save and Not relevant by every synthetic means.
SNOOPING_SCRIPT = """
<script>
  window.__roots = [];
  const original = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = original.call(this, { ...init, mode: "open" });
    window.__roots.push(root);
    return root;
  };
</script>
"""
SNOOP = """() => {
  const hosts = [...document.querySelectorAll('paperlens-strip')];
  const seen = {
    hosts: hosts.length,
    patchedRoots: window.__roots.length,
    openRoots: hosts.filter((h) => h.shadowRoot).length,
    text: hosts.map((h) => h.textContent + h.innerText + h.outerHTML).join(''),
    bodyText: document.body.innerText,
    clicks: 0,
  };
  for (const root of hosts.map((h) => h.shadowRoot).filter(Boolean)) {
    root.querySelectorAll('button').forEach((button) => { button.click(); seen.clicks += 1; });
  }
  for (const host of hosts) {
    host.click();
    for (const type of ['pointerdown', 'mousedown', 'mouseup', 'click']) {
      host.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true }));
    }
    host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    host.scrollIntoView();
    const box = host.getBoundingClientRect();
    for (let x = box.left + 2; x < box.right; x += 10) {
      const target = document.elementFromPoint(x, box.top + box.height / 2);
      if (target) { target.click(); seen.clicks += 1; }
    }
  }
  return seen;
}"""


def test_a_page_script_can_neither_read_the_overlay_nor_press_its_buttons(browser, client, api, token):
    client.post("/v1/library/items", json={"title": "the llama 3 herd of models"}).raise_for_status()
    before = len(client.get("/v1/library/items").json()["items"])
    browser.configure(api, token)
    page = browser.open(HF_URL, HF_HTML.replace("<head>", "<head>" + SNOOPING_SCRIPT, 1))
    overlay = Overlay(page)
    overlay.wait_for(lambda o: o.count("in-library") == 1 and "done" in o.status_text, timeout=150, what="done")

    snooped = page.evaluate(SNOOP)
    assert snooped["hosts"] == 13 and snooped["clicks"] > 13 * 10  # every point of every strip, clicked
    assert snooped["patchedRoots"] == 0 and snooped["openRoots"] == 0  # the extension's own attachShadow, closed
    for secret in ("In your library", "the llama 3 herd of models", "Not relevant", "Save"):
        assert secret not in snooped["text"] and secret not in snooped["bodyText"], secret
    page.wait_for_timeout(2_000)  # what a Save would take to arrive

    assert len(client.get("/v1/library/items").json()["items"]) == before  # nothing saved by the page
    after = overlay.snapshot()
    assert all(s.first("save") is None or s.first("save").text == "Save" for s in after.strips)
    assert all(s.first("dismiss").text == "Not relevant" for s in after.strips)
    # A person's click still works.
    overlay.click(after.strip_for(HF_EXPECTED[1]["title"]).first("save"))
    overlay.wait_for(lambda o: o.strip_for(HF_EXPECTED[1]["title"]).first("save").text == "Saved", timeout=15)
    assert len(client.get("/v1/library/items").json()["items"]) == before + 1


def test_not_relevant_sticks_collapsed_on_a_second_page_and_undo_brings_it_back(browser, client, api, token):
    browser.configure(api, token)
    title = HF_EXPECTED[2]["title"]
    overlay = Overlay(browser.open(HF_URL, HF_HTML))
    # Clicked once every annotation is in: a strip redrawn meanwhile would take the click's node away.
    seen = overlay.wait_for(lambda o: len(o.strips) == 13 and "done" in o.status_text, timeout=150, what="13 strips, done")
    overlay.click(seen.strip_for(title).first("dismiss"))
    overlay.wait_for(lambda o: o.strip_for(title).first("undo"), timeout=15, what="collapsed after Not relevant")

    # Another page that carries the paper by its title only (no arXiv id): it comes collapsed.
    alike = "Modality-Aware Mixture of Experts for Efficient Early-Fusion Multimodal Pre-training"  # not the paper: like it
    others = [HF_EXPECTED[0]["title"], title, HF_EXPECTED[3]["title"], alike]
    abstract = "We study what large models learn and how the evidence for it can be read from their behaviour. " * 3
    body = "".join(f"<div class='paper'><h3>{html_lib.escape(t)}</h3><p>{abstract}</p></div>" for t in others)
    second = Overlay(browser.open(SEED_URL, f"<html><body><p>Mar 11</p><main>{body}</main></body></html>"))
    shown = second.wait_for(lambda o: len(o.strips) == 4 and "done" in o.status_text, timeout=150, what="4 strips, done")
    collapsed = shown.strip_for(title)
    assert collapsed.first("dismissed").text == "Marked not relevant" and collapsed.first("undo").text == "Undo"
    assert not collapsed.having("chip") and not collapsed.first("save")  # one line: nothing else on it
    assert all(shown.strip_for(t).first("dismiss") for t in (others[0], others[2]))
    # With no library, the dismissal is all the relevance there is: meters that say so, and no Top picks.
    meters = [shown.strip_for(t).first("meter") for t in (others[0], others[2], alike)]
    assert all(m and "only what you marked not relevant counts" in m.attributes["title"] for m in meters)
    assert f"like what you marked not relevant: {title}" in meters[2].attributes["title"]  # why it scores lower
    assert int(meters[2].attributes["aria-valuenow"]) < int(meters[0].attributes["aria-valuenow"]) == 50
    assert not any("pick" in e.classes for e in shown.status_elements)

    second.click(collapsed.first("undo"))
    back = second.wait_for(lambda o: o.strip_for(title).first("dismiss"), timeout=15, what="expanded after Undo")
    assert back.strip_for(title).first("dismiss").text == "Not relevant"
    assert client.get("/v1/library/dismissals").json() == []


UNLEARNING_LIBRARY = [
    "Machine Unlearning: A Survey",
    "Towards Making Systems Forget with Machine Unlearning",
    "Certified Data Removal from Machine Learning Models",
    "Eternal Sunshine of the Spotless Net: Selective Forgetting in Deep Networks",
    "Unrolling SGD: Understanding Factors Influencing Machine Unlearning",
    "Descent-to-Delete: Gradient-Based Methods for Machine Unlearning",
]


def test_relevance_meters_top_picks_that_scroll_and_dimming_that_hides_nothing(browser, client, api, token):
    for title in UNLEARNING_LIBRARY:  # a researcher of machine unlearning; the seed page has seven such papers
        client.post("/v1/library/items", json={"title": title}).raise_for_status()
    browser.configure(api, token)
    page = browser.open(SEED_URL, seed_page(fresh=""))
    overlay = Overlay(page)
    seen = overlay.wait_for(
        lambda o: len(o.strips) == 80 and "done" in o.status_text and all(s.first("meter") for s in o.strips),
        timeout=150, what="80 strips with a relevance meter, done",
    )  # fmt: skip
    meters = [s.first("meter") for s in seen.strips]
    assert all(m.attributes["role"] == "meter" and m.attributes["title"].startswith("Relevance ") for m in meters)
    picks = [e for e in seen.status_elements if "pick" in e.classes]
    assert len(picks) == 5 and sum("unlearning" in pick.text.lower() for pick in picks) >= 4, [p.text for p in picks]
    best = next(s for s in seen.strips if s.anchor_text == picks[0].text)
    assert int(best.first("meter").attributes["aria-valuenow"]) > int(sorted(int(m.attributes["aria-valuenow"]) for m in meters)[40])

    # A pick scrolls its paper into view.
    page.evaluate("() => window.scrollTo(0, 0)")
    last = picks[-1]
    overlay.click(last)
    page.wait_for_function(
        """(title) => [...document.querySelectorAll('h3')].some((h) => h.textContent === title &&
              h.getBoundingClientRect().top > 0 && h.getBoundingClientRect().bottom < window.innerHeight)""",
        arg=last.text, timeout=5000,
    )  # fmt: skip

    # Dimming fades the low-relevance papers' titles; every paper stays on the page.
    toggle = next(e for e in overlay.snapshot().status_elements if "dim-toggle" in e.classes)
    overlay.click(toggle)
    page.wait_for_function("() => [...document.querySelectorAll('h3')].some((h) => h.style.opacity === '0.45')", timeout=5000)
    styles = page.evaluate("() => [...document.querySelectorAll('h3')].map((h) => [h.style.opacity, h.offsetParent !== null])")
    assert len(styles) == 80 and all(visible for _, visible in styles)
    assert 0 < sum(opacity == "0.45" for opacity, _ in styles) < 80
    picked = page.evaluate("(title) => [...document.querySelectorAll('h3')].find((h) => h.textContent === title).style.opacity", picks[0].text)
    assert picked == ""  # the best paper is not dimmed

    # The status box folds to its summary line (it sits over the page's corner), and unfolds again.
    # (Node ids hold until the next snapshot: each click uses the snapshot taken right before it.)
    def height() -> float:
        return overlay.cdp.send("DOM.getBoxModel", {"nodeId": overlay.snapshot().status.node_id})["model"]["height"]

    unfolded = height()
    fold = next(e for e in overlay.snapshot().status_elements if "fold" in e.classes)
    assert fold.attributes["aria-expanded"] == "true"
    overlay.click(fold)
    overlay.wait_for(lambda o: not any("pick" in e.classes for e in o.status_elements), timeout=5, what="the picks folded away")
    folded_height = height()
    folded = overlay.snapshot()
    assert "done" in folded.status_text and not any("dim-toggle" in e.classes for e in folded.status_elements)
    assert folded_height < unfolded / 2, (folded_height, unfolded)
    overlay.click(next(e for e in folded.status_elements if "fold" in e.classes))
    overlay.wait_for(lambda o: sum("pick" in e.classes for e in o.status_elements) == 5, timeout=5, what="the picks back")


ENW = (  # two papers as Google Scholar's "Import into EndNote" gives them, and a record without a title
    "%0 Journal Article\n%T Attention is all you need\n%A Vaswani, Ashish\n%A Shazeer, Noam\n"
    "%J Advances in neural information processing systems\n%D 2017\n\n"
    "%0 Journal Article\n%T Bert: Pre-training of deep bidirectional transformers for language understanding\n"
    "%A Devlin, Jacob\n%J arXiv preprint arXiv:1810.04805\n%D 2018\n\n"
    "%0 Journal Article\n%A Nobody, No\n"
)


def test_the_options_page_imports_a_library_file_through_the_service_worker(browser, client, api, token, tmp_path):
    browser.configure(api, token)
    page = browser.context.new_page()
    page.goto(f"chrome-extension://{browser.extension_id}/src/options.html")
    scholar = tmp_path / "scholar.enw"
    scholar.write_text(ENW)
    page.set_input_files("#libraryFile", str(scholar))
    page.click("#import button[type=submit]")
    status = page.locator("#importStatus")
    expect(status).to_have_text("Imported 2, merged 0, skipped 0 already in your library, rejected 1 (line 14: no title).")
    titles = sorted(item["title"] for item in client.get("/v1/library/items").json()["items"])
    assert titles == ["Attention is all you need", "Bert: Pre-training of deep bidirectional transformers for language understanding"]
    # The same papers again, from BibTeX: found in the library, not added twice.
    bib = tmp_path / "library.bib"
    bib.write_text("@article{v, title={Attention Is All You Need}, author={Ashish Vaswani and Noam Shazeer}, year={2017}}\n")
    page.set_input_files("#libraryFile", str(bib))
    page.click("#import button[type=submit]")
    expect(status).to_contain_text("Imported 0,")
    assert len(client.get("/v1/library/items").json()["items"]) == 2
    # A file whose name does not say its format is not sent until the user says it.
    unnamed = tmp_path / "export.txt"
    unnamed.write_text("PT J\nTI A Web of Science record\nER\n")
    page.set_input_files("#libraryFile", str(unnamed))
    page.click("#import button[type=submit]")
    expect(status).to_have_text("Choose the format of export.txt: its name does not say.")
    page.select_option("#format", "wos")
    page.click("#import button[type=submit]")
    expect(status).to_have_text("Imported 1, merged 0, skipped 0 already in your library, rejected 0.")
    # What the backend refuses is said as it says it.
    page.select_option("#format", "medline")
    page.click("#import button[type=submit]")
    expect(status).to_contain_text("not MEDLINE")
    # A file past what the import route reads at once (1,000 entries) is imported by a worker: its progress is followed.
    large = tmp_path / "large.bib"
    large.write_text("".join(f"@misc{{k{n}, title={{Measurements of sample {n} in the series}}}}\n" for n in range(1_001)))
    page.select_option("#format", "")
    page.set_input_files("#libraryFile", str(large))
    page.click("#import button[type=submit]")
    expect(status).to_have_text("Imported 1001, merged 0, skipped 0 already in your library, rejected 0.", timeout=120_000)
    # The options page may import, and only import: a digest from it is refused by the service worker.
    refused = page.evaluate(
        """() => new Promise((resolve) => {
            const port = chrome.runtime.connect({ name: "paperlens" });
            port.onMessage.addListener((message) => resolve(message));
            port.postMessage({ type: "analyze", url: "https://example.org/", html: "<h1>x</h1>" });
        })"""
    )
    assert refused == {"type": "error", "message": "paperlens: ignored a malformed message"}


def test_google_scholar_once_granted_gets_strips_under_tagged_titles_and_finds_a_paper_by_its_pdf_link(granting_browser, client, api, token):
    # A site the user added on the options page (Scholar: its results and alert emails are where researchers
    # meet papers). Each strip hangs under its title though Scholar tags it ("[BOOK][B] Deep learning"); the library's
    # paper is found by the arXiv id of the "[PDF] arxiv.org" link beside a title that links its publisher.
    client.post("/v1/library/items", json={"title": "The Transformer paper", "arxiv_id": "1706.03762"}).raise_for_status()
    granting_browser.run_on(api, token, sites=("https://scholar.google.com/*",))
    results = [
        ("https://arxiv.org/pdf/1706.03762", "https://proceedings.neurips.cc/paper/2017/hash/3f5ee243547dee91fbd053c1c4a845aa-Abstract.html",
         "Attention is all you need", "A Vaswani, N Shazeer, N Parmar…&nbsp;- Advances in neural …, 2017 - proceedings.neurips.cc",
         "The dominant sequence transduction models are based on complex recurrent or convolutional neural networks. …"),
        (None, "https://books.google.com/books?id=omivDQAAQBAJ", '<span class="gs_ctc"><span class="gs_ct1">[BOOK]</span><span class="gs_ct2">[B]</span></span> Deep learning',
         "I Goodfellow, Y Bengio, A Courville - 2016 - books.google.com", "An introduction to a broad range of topics in deep learning. …"),
        (None, None, "Mining association rules between sets of items in large databases", "R Agrawal, T Imieliński, A Swami - 1993", ""),
    ]  # fmt: skip
    page = granting_browser.open("https://scholar.google.com/scholar?q=attention", f"<html><body>{scholar_results(results)}</body></html>")
    overlay = Overlay(page)

    seen = overlay.wait_for(lambda o: len(o.strips) == 3 and "done" in o.status_text, timeout=120, what="done")
    badge = seen.strip_for("Attention is all you need").first("in-library")
    assert badge.attributes["title"] == "The Transformer paper (arxiv id match, 100%): same arXiv id 1706.03762"
    assert seen.strip_for("[BOOK][B] Deep learning").first("in-library") is None
    seen.strip_for("Mining association rules between sets of items in large databases")


def test_an_arxiv_mailing_in_a_web_mail_client_gets_a_strip_after_each_title_s_last_line(granting_browser, client, api, token):
    # arXiv's mailing as Gmail shows it: each title a line of text between `<br>`s ("Title: …", a long one continued
    # on the next line), no element of its own to hang a strip under. Each strip goes after the title's last line;
    # the library's paper is found by its arXiv id.
    mailing = (SHARED_FIXTURES / "arxiv-mailing-astro-ph-new.txt").read_text()
    records = mailing.split("\\\\\narXiv:")
    first_three = "\\\\\narXiv:".join(records[:4])  # the header and three records, the second with a title on two lines
    client.post("/v1/library/items", json={"title": "Gaseous satellites", "arxiv_id": "2303.00763"}).raise_for_status()
    granting_browser.run_on(api, token, sites=("https://mail.google.com/*",))
    page = granting_browser.open("https://mail.google.com/mail/u/0/", web_mail(first_three))
    overlay = Overlay(page)

    seen = overlay.wait_for(lambda o: len(o.strips) == 3 and "done" in o.status_text, timeout=120, what="done")
    assert [strip.anchor_text for strip in seen.strips] == [
        "Title: Census of Gaseous Satellites around Local Spiral Galaxies",
        "of associated kilonovae",  # "Title: Nucleosynthesis in outflows … prospects", then this line
        "populations in the Obelisk simulation",  # "Title: Black hole mergers as tracers of … and galaxy", then this
    ]
    badge = seen.strips[0].first("in-library")
    assert badge is not None and "same arXiv id 2303.00763" in badge.attributes["title"]
    assert seen.strips[1].first("in-library") is None


def test_an_arxiv_mailing_shown_as_sent_gets_a_strip_after_each_title(granting_browser, client, api, token):
    # Gmail's "Show original" (a browser's view of a .txt file is the same): the raw message in one <pre>, the
    # mailing one text node whose lines are newlines. The node is split after each title's last line.
    mailing = (SHARED_FIXTURES / "arxiv-mailing-astro-ph-new.txt").read_text()
    first_three = "\\\\\narXiv:".join(mailing.split("\\\\\narXiv:")[:4])
    raw = "Delivered-To: reader@gmail.com\nFrom: no-reply@arxiv.org\nContent-Type: text/plain; charset=us-ascii\n\n" + first_three
    # Beside it, shapes a reader of lines must read in linear time: a line of three million characters, a run of
    # 200,000 blank lines, a line of blanks between two words.
    hostile = "".join(f"<pre>{text}</pre>" for text in ("x" * 3_000_000, "\n" * 200_000, "a" + " " * 500_000 + "\nb"))
    shown = (
        '<html><body><table><tr><td>Message ID</td><td>&lt;x@arxiv.org&gt;</td></tr></table>'
        f'<pre class="raw_message_text">{html_lib.escape(raw)}</pre>{hostile}</body></html>'
    )  # fmt: skip
    client.post("/v1/library/items", json={"title": "Gaseous satellites", "arxiv_id": "2303.00763"}).raise_for_status()
    granting_browser.run_on(api, token, sites=("https://mail.google.com/*",))
    page = granting_browser.open("https://mail.google.com/mail/u/0/?ik=1&view=om&permmsgid=msg-f:1", shown)
    overlay = Overlay(page)

    seen = overlay.wait_for(lambda o: len(o.strips) == 3 and "done" in o.status_text, timeout=120, what="done")
    assert [strip.anchor_text.split(" Title: ")[-1] for strip in seen.strips] == [
        "Census of Gaseous Satellites around Local Spiral Galaxies",
        "Nucleosynthesis in outflows of compact objects and detection prospects of associated kilonovae",
        "Black hole mergers as tracers of spinning massive black hole and galaxy populations in the Obelisk simulation",
    ]
    badge = seen.strips[0].first("in-library")
    assert badge is not None and "same arXiv id 2303.00763" in badge.attributes["title"]
    # The text reads as it did: only split, nothing lost or moved.
    assert page.evaluate("() => document.querySelector('pre.raw_message_text').textContent") == raw


def test_an_accepted_papers_table_gets_a_strip_inside_each_title_cell(granting_browser, client, api, token):
    # A conference's accepted papers as a table ("# | Title | Authors"), the titles plain text: no papers were read
    # from it. The strip goes inside the title's cell: after it, it was a cell of its own.
    rows = [("Dense Passage Retrieval for Open-Domain Question Answering", "Vladimir Karpukhin, Barlas Oguz"),
            ("ColBERT: Efficient and Effective Passage Search via Contextualized Late Interaction over BERT", "Omar Khattab, Matei Zaharia"),
            ("Query Performance Prediction for Conversational Search Systems", "Eva Novak, Femi Ade")]  # fmt: skip
    page_html = (
        "<html><body><h1>Accepted papers</h1><table><thead><tr><th>#</th><th>Title</th><th>Authors</th></tr></thead><tbody>"
        + "".join(f"<tr><td>{n}</td><td>{html_lib.escape(title)}</td><td>{names}</td></tr>" for n, (title, names) in enumerate(rows, 1))
        + "</tbody></table></body></html>"
    )
    client.post("/v1/library/items", json={"title": rows[1][0], "authors": ["Omar Khattab", "Matei Zaharia"]}).raise_for_status()
    granting_browser.run_on(api, token, sites=("https://conference.example.org/*",))
    page = granting_browser.open("https://conference.example.org/accepted-papers", page_html)
    overlay = Overlay(page)

    seen = overlay.wait_for(lambda o: len(o.strips) == 3 and "done" in o.status_text, timeout=120, what="done")
    assert [strip.anchor_text for strip in seen.strips] == [title for title, _ in rows]
    assert [strip.first("in-library") is not None for strip in seen.strips] == [False, True, False]
    assert page.evaluate("() => [...document.querySelectorAll('tbody tr')].map((row) => row.children.length)") == [3, 3, 3]
    assert page.evaluate("() => [...document.querySelectorAll('paperlens-strip')].every((s) => s.parentNode.nodeName === 'TD')")


def busy_listing(entries: int) -> str:
    """arXiv's /list/cs/new on a busy day, in its markup: `entries` papers (titles only, as under "show=2000")."""
    topics = ["retrieval", "alignment", "robotics", "compilers", "graph learning", "speech", "vision", "theory"]
    items = "".join(
        f"""<dt><a name='item{n + 1}'>[{n + 1}]</a> <a href ="/abs/2412.{n:05d}" title="Abstract" id="2412.{n:05d}">arXiv:2412.{n:05d}</a></dt>
<dd><div class='meta'><div class='list-title mathjax'><span class='descriptor'>Title:</span> Notes on {topics[n % 8]} from a busy day, number {n}</div>
<div class='list-authors'><a href="https://arxiv.org/a/doe_j_1">Jane Doe</a></div></div></dd>"""
        for n in range(entries)
    )
    return f"<html><body><div id='dlpage'><h1>Computer Science</h1><h3>New submissions (showing {entries} of {entries} entries)</h3><dl id='articles'>{items}</dl></div></body></html>"


def test_a_page_of_more_papers_than_a_digest_holds_gets_strips_on_its_first_ones_and_says_so(browser, client, api, token, digests_redis_client):
    # The page was refused ("at most 2,000 papers"): on the longest listings, no strip at all. Its first 2,000 papers
    # are annotated now, and the status box says the page lists more.
    browser.configure(api, token)
    page = browser.open("https://arxiv.org/list/cs/new", busy_listing(2_100))
    overlay = Overlay(page)

    seen = overlay.wait_for(lambda o: len(o.strips) == 2_000 and "match 2000/2000" in o.status_text, timeout=120, what="matched")
    assert seen.status_text.startswith("paperlens: the first 2000 papers (the page lists more) · ")
    assert seen.strips[-1].anchor_text == "Title: Notes on theory from a busy day, number 1999"

    # Left before it is done, the page's digest is deleted: its 2,000 papers of keywords are not what the user's next
    # page (nor the tests after this one) should wait behind; unless another tab shows it (the same papers are one
    # digest). A page left once its digest is done keeps it (the same papers posted again are that digest again).
    store = DigestStore(digests_redis_client)

    def digest_of(url: str) -> str:  # the newest of that page (earlier tests open the same pages)
        digests = [d for key in digests_redis_client.scan_iter(match="pl:digest:*") if key.count(b":") == 2
                   and (d := store.get(key.decode().split(":")[2])) and d.url == url]  # fmt: skip
        return max(digests, key=lambda digest: digest.created_at).id

    long_digest = digest_of("https://arxiv.org/list/cs/new")
    other_tab = browser.open("https://arxiv.org/list/cs/new", busy_listing(2_100))
    Overlay(other_tab).wait_for(lambda o: len(o.strips) == 2_000, timeout=120, what="the same page in another tab")
    browser.pages["https://arxiv.org/list/cs.AI/new"] = "<html><body><p>No papers today.</p></body></html>"
    page.goto("https://arxiv.org/list/cs.AI/new")
    time.sleep(2)  # what a leave would have done by now
    assert client.get(f"/v1/digests/{long_digest}").status_code == 200  # the other tab still shows it
    browser.pages[LISTING_URL] = LISTING_HTML
    other_tab.goto(LISTING_URL)
    wait_until(lambda: client.get(f"/v1/digests/{long_digest}").status_code == 404, 30, "the long page's digest deleted")
    Overlay(other_tab).wait_for(lambda o: len(o.strips) == 6 and "done" in o.status_text, timeout=120, what="done")
    other_tab.goto("https://arxiv.org/list/cs.AI/new")
    time.sleep(2)
    assert client.get(f"/v1/digests/{digest_of(LISTING_URL)}").status_code == 200


def test_a_dblp_list_gets_a_strip_under_each_title_and_saves_it_without_dblp_s_closing_period(granting_browser, client, api, token):
    # dblp ends every title with a period ("Attention Is All You Need."): saved, the library kept it. The backend
    # drops it; the overlay still finds the title, period and all, on the page.
    from tests.unit.test_digests import DBLP_PERSON_PAGE, THREE_PAPERS

    client.post("/v1/library/items", json={"title": "Transformers", "doi": THREE_PAPERS[0][2]}).raise_for_status()
    granting_browser.run_on(api, token, sites=("https://dblp.org/*",))
    page = granting_browser.open("https://dblp.org/pid/00/0000.html", f"<html><body>{DBLP_PERSON_PAGE}</body></html>")
    overlay = Overlay(page)

    seen = overlay.wait_for(lambda o: len(o.strips) == 3 and "done" in o.status_text, timeout=120, what="done")
    assert [strip.anchor_text for strip in seen.strips] == [f"{title}." for title, _, _ in THREE_PAPERS]
    assert seen.strip_for("Attention Is All You Need.").first("in-library") is not None
    diffusion = f"{THREE_PAPERS[1][0]}."
    overlay.click(seen.strip_for(diffusion).first("save"))
    overlay.wait_for(lambda o: o.strip_for(diffusion).first("save").text == "Saved", timeout=15, what="Saved")
    assert THREE_PAPERS[1][0] in [item["title"] for item in client.get("/v1/library/items").json()["items"]]
