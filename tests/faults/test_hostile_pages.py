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


def test_a_page_past_the_nesting_limit_is_refused_quickly_with_the_limit_named():
    with pytest.raises(PageRejected, match="more than 1,000 deep"):
        bounded(lambda: parse_digest("https://example.org/hostile", html=NESTED))


@pytest.mark.parametrize("page", [{"html": five_mib_list()}, {"text": MANY_TEXT_ITEMS}], ids=["5-MiB-page-60k-links", "50k-items"])
def test_a_page_of_more_papers_than_a_digest_holds_gives_its_first_ones_quickly_and_says_so(page):
    # arXiv's /list/cs/new on a busy day, a conference's accepted papers (NeurIPS: 4,000+): refused, the user got
    # nothing on the pages where a reader most needs help. Now the first MAX_ITEMS, in page order, and a mark.
    parsed = bounded(lambda: parse_digest("https://example.org/long", **page))
    assert parsed.more_papers and len(parsed.papers) == MAX_ITEMS
    assert parsed.papers[0].title.startswith(("A study of item number 0 ", "Title number 0 "))
    assert parsed.papers[-1].title.startswith((f"A study of item number {MAX_ITEMS - 1} ", f"Title number {MAX_ITEMS - 1} "))
    exactly = parse_digest("https://example.org/list", html="<ul>" + "".join(CARD.format(i=i) for i in range(MAX_ITEMS)) + "</ul>")
    assert len(exactly.papers) == MAX_ITEMS and not exactly.more_papers


def feed_of(entries: int, kind: str) -> str:
    def entry(i: int) -> str:
        tag = "entry" if kind == "atom" else "item"
        link = f'<link href="https://arxiv.org/abs/2401.{i:05d}"/>' if kind == "atom" else f"<link>https://arxiv.org/abs/2401.{i:05d}</link>"
        return f"<{tag}><title>Paper {i} on long feeds</title>{link}<description>Abstract {i}.</description></{tag}>"

    body = "".join(entry(i) for i in range(entries))
    if kind == "atom":
        return f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>{body}</feed>'
    if kind == "rss1":  # items beside the channel, which lists them in <items>
        return (
            '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">'
            f'<channel rdf:about="https://example.org/"><title>t</title><items><rdf:Seq></rdf:Seq></items></channel>{body}</rdf:RDF>'
        )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{body}</channel></rss>'


@pytest.mark.parametrize("kind", ["rss2", "atom", "rss1"])
def test_a_feed_of_more_entries_than_a_digest_holds_gives_its_first_ones_and_says_so(kind):
    # arXiv's cs feed (rss.arxiv.org/rss/cs) lists every new, cross-listed and replaced paper of the day: past
    # 2,000 on busy days, and the feed was refused. It is cut before the parser runs, and closed as it opened.
    parsed = bounded(lambda: parse_digest("https://rss.arxiv.org/rss/cs", html=feed_of(60_000, kind)))
    assert parsed.source == "feed" and parsed.more_papers and len(parsed.papers) == MAX_ITEMS
    assert [parsed.papers[0].title, parsed.papers[-1].title] == ["Paper 0 on long feeds", f"Paper {MAX_ITEMS - 1} on long feeds"]
    assert parsed.papers[-1].arxiv_id == f"2401.{MAX_ITEMS - 1:05d}"
    exactly = parse_digest("https://rss.arxiv.org/rss/cs", html=feed_of(MAX_ITEMS, kind))
    assert len(exactly.papers) == MAX_ITEMS and not exactly.more_papers


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
    assert many.status_code == 202 and many.json()["more_papers"] is True and len(many.json()["items"]) == MAX_ITEMS
    assert client.get(f"/v1/digests/{many.json()['id']}").json()["more_papers"] is True
    client.delete(f"/v1/digests/{many.json()['id']}")  # 2,000 papers of work the tests after this need not wait behind
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
    # Most are 2,000 papers (a page's first): work the tests after this need not wait behind. (Two shapes that read
    # as the same papers are one digest.)
    for digest_id in {answer.json()["id"] for answer in answers.values() if answer.status_code == 202}:
        assert client.delete(f"/v1/digests/{digest_id}").status_code == 204
