"""Hostile pages: bounded parse time and memory, limits enforced with clear errors, nothing executed.

The time bounds here are sanity bounds against hangs (a quadratic parser took 35 s on the nested page),
not benchmarks; docs/reliability.md has the measured figures.
"""

from __future__ import annotations

import time
import tracemalloc

import pytest

from backend.domain.digests import MAX_ITEMS, PageRejected, parse_digest

CARD = '<li><a href="https://arxiv.org/abs/2401.{i:05d}">A study of item number {i} in hostile pages</a></li>'


def five_mib_list(mib: float = 5) -> str:
    page = "<html><body><ul>" + "".join(CARD.format(i=i) for i in range(60_000)) + "</ul></body></html>"
    return page[: int(mib * 1024 * 1024) - 4096]


NESTED = "<div>" * 100_000 + "<h3>A deep paper title here</h3><p>abstract</p>" + "</div>" * 100_000
MANY_TEXT_ITEMS = "\n\n".join(
    f"Title number {i} of a very long listing\n\nAbstract of paper number {i}. " + "Words in an abstract. " * 8
    for i in range(50_000)
)[: 5 * 1024 * 1024 - 4096]
HUGE_TITLE = (
    '<script id="__NEXT_DATA__"></script><html><body>'
    + "".join(f'<h3><a href="/abs/2401.0000{i}">{"Megabyte title " * 70_000 if i == 0 else f"An ordinary paper title {i}"}</a></h3>'
              f"<p>{'An abstract that is long enough to count as one. ' * 4}</p>" for i in range(3))
    + "</body></html>"
)  # fmt: skip
SCRIPTED = (
    "<html><body>"
    '<h3 onmouseover="window.pwned=1">Paper one <script>window.pwned=2</script>about attention sinks</h3>'
    f"<p>{'An abstract about streaming language models and attention. ' * 3}</p>"
    '<h3>Paper two &lt;img src=x onerror="window.pwned=3"&gt; on retrieval heads</h3>'
    f"<p>{'An abstract about retrieval heads in long context models. ' * 3}</p>"
    "</body></html>"
)


def bounded(parse):
    tracemalloc.start()
    started = time.perf_counter()
    try:
        return parse()
    finally:
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert elapsed < 30 and peak < 512 * 1024 * 1024, (elapsed, peak)


@pytest.mark.parametrize(
    ("page", "message"),
    [
        ({"html": five_mib_list()}, f"more than {MAX_ITEMS:,} papers"),
        ({"html": NESTED}, "more than 1,000 deep"),
        ({"text": MANY_TEXT_ITEMS}, f"more than {MAX_ITEMS:,} papers"),
    ],
    ids=["5-MiB-page-60k-links", "100k-nested-elements", "50k-items"],
)
def test_pages_past_a_limit_are_refused_quickly_with_the_limit_named(page, message):
    with pytest.raises(PageRejected, match=message):
        bounded(lambda: parse_digest("https://example.org/hostile", **page))


def test_megabyte_titles_nul_bytes_and_markup_are_neutralised():
    papers = bounded(lambda: parse_digest("https://example.org/x", html=HUGE_TITLE)).papers
    assert [p.title for p in papers] == ["An ordinary paper title 1", "An ordinary paper title 2"]  # not a title
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        f"<item><title>{'Megabyte title ' * 70_000}</title><link>https://arxiv.org/abs/2401.00001</link></item>"
        "</channel></rss>"
    )
    (paper,) = bounded(lambda: parse_digest("https://example.org/feed", html=feed)).papers
    assert len(paper.title) <= 1_000 and paper.title.endswith("…")  # a feed takes any title: it is cut
    text = "A title\x00 with NUL bytes inside it\n\n" + "An abstract with a NUL\x00 byte in it. " * 6
    (paper,) = parse_digest("https://example.org/x", text=text).papers
    assert "\x00" not in paper.title + (paper.abstract or "")
    titles = [p.title for p in parse_digest("https://example.org/x", html=SCRIPTED).papers]
    assert titles == ["Paper one about attention sinks", 'Paper two <img src=x onerror="window.pwned=3"> on retrieval heads']


def test_the_api_refuses_hostile_pages_with_clear_errors(client):
    started = time.monotonic()
    nested = client.post("/v1/digests", json={"url": "https://example.org/deep", "html": NESTED})
    assert nested.status_code == 422 and "1,000 deep" in nested.json()["detail"]
    many = client.post("/v1/digests", json={"url": "https://example.org/list", "html": five_mib_list(4.5)})  # + JSON quoting ≤ 5 MiB
    assert many.status_code == 422 and "at most 2,000" in many.json()["detail"]
    assert time.monotonic() - started < 60  # sanity bound: answered, not hung
    nul = client.post("/v1/digests", json={"url": "https://example.org/nul", "text": "A title\u0000 with a NUL byte in it\n\n" + "Abstract. " * 30})
    assert nul.status_code == 202 and "\u0000" not in nul.json()["items"][0]["title"]


def test_bodies_that_are_not_utf8_json_get_a_400_that_says_so(client):
    raw = b'{"url": "https://example.org", "text": "caf\xe9 \xff\xfe broken"}'
    response = client.post("/v1/digests", content=raw, headers={"Content-Type": "application/json"})
    assert response.status_code == 400, response.text
    assert "utf-8" in response.json()["detail"].lower() or "invalid" in response.json()["detail"].lower()


def test_every_hostile_shape_gets_a_202_or_a_4xx_and_the_api_keeps_answering(client, api):
    """Each shape of tests/faults/hostile_shapes.py at 1 MiB, posted to the API while another client polls
    /healthz: no 5xx, no dropped connection, and /healthz always answers. (Times: `make bench-hostile`.)"""
    import threading

    import httpx

    from tests.faults.hostile_shapes import SHAPES, hostile_page

    health, stop = [], threading.Event()

    def poll() -> None:
        with httpx.Client(base_url=api, timeout=10) as probe:
            while not stop.is_set():
                health.append(probe.get("/healthz").status_code)
                time.sleep(0.05)

    poller = threading.Thread(target=poll)
    poller.start()
    try:
        answers = {name: client.post("/v1/digests", json=hostile_page(name, 1 << 20), timeout=60) for name in SHAPES}
    finally:
        stop.set()
        poller.join()
    for name, answer in answers.items():
        assert answer.status_code == 202 or 400 <= answer.status_code < 500, (name, answer.status_code, answer.text[:200])
        if answer.status_code != 202:
            assert answer.json()["detail"], name  # a reason, not just a code
    assert health and set(health) == {200}
