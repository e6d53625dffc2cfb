"""Digest parsing against real captures (shared fixtures) and a hand-written arXiv listing."""

from __future__ import annotations

import json
from html import escape

import pytest

from backend.domain.digests import detect_source, generic, hf_papers, parse_digest
from tests.support import OWN_FIXTURES, SHARED_FIXTURES, arxiv_search_page, scholar_results, shared_pages, web_mail

HF_TEXT = (SHARED_FIXTURES / "hf-daily-papers.txt").read_text()
HF_HTML = (SHARED_FIXTURES / "hf-papers-2024-08-01.html").read_text()
HF_EXPECTED = json.loads((SHARED_FIXTURES / "hf-papers-2024-08-01.expected.json").read_text())
MAILING = (SHARED_FIXTURES / "arxiv-mailing-astro-ph-new.txt").read_text()
LISTING = (OWN_FIXTURES / "arxiv-list-cs-cl-new.html").read_text()


def test_plain_text_digest_gives_the_79_papers_with_exact_titles_and_abstracts():
    # Independent reading of the fixture: after five header lines, lines alternate title / abstract.
    lines = [line for line in HF_TEXT.splitlines() if line.strip()]
    header, body = lines[:5], lines[5:]
    assert header == ["new", "Get trending papers in your email inbox!", "Subscribe", "byAK and the research community", "Mar 11"]
    expected_titles, expected_abstracts = body[0::2], body[1::2]

    digest = parse_digest("https://huggingface.co/papers", text=HF_TEXT)

    assert digest.source == "plain_text"
    assert len(digest.papers) == 79
    assert [paper.title for paper in digest.papers] == expected_titles
    assert [paper.abstract for paper in digest.papers] == expected_abstracts


def test_plain_text_with_hard_wrapped_abstracts_and_no_blank_line_after_titles():
    text = (
        "Subscribe\n\nMar 11\n\n"
        "Attention Is All You Need\n"
        + "The dominant sequence transduction models are based on complex recurrent or convolutional\n" * 3
        + "\n"
        "Deep Residual Learning for Image Recognition\n\n"
        + "Deeper neural networks are more difficult to train. We present a residual learning framework " * 3
    )
    papers = parse_digest("about:blank", text=text).papers
    assert [p.title for p in papers] == ["Attention Is All You Need", "Deep Residual Learning for Image Recognition"]
    assert "\n" not in papers[0].abstract


def test_hf_papers_html_matches_the_independent_scraper_output():
    digest = parse_digest("https://huggingface.co/papers?date=2024-08-01", html=HF_HTML)

    assert digest.source == "hf_papers"
    assert [(p.title, p.arxiv_id) for p in digest.papers] == [(e["title"], e["arxiv_id"]) for e in HF_EXPECTED]
    assert [p.link for p in digest.papers] == ["https://huggingface.co" + e["link"] for e in HF_EXPECTED]
    assert all(p.abstract and p.authors for p in digest.papers)
    assert digest.papers[0].authors[0] == "Abhimanyu Dubey"


def test_hf_papers_cards_alone_still_give_the_papers():
    """The page without its JSON props (a re-render, a partial capture): read from the article cards."""
    without_props = HF_HTML.replace('data-target="DailyPapers"', 'data-target="Gone"')
    papers = hf_papers.parse(without_props)
    assert [(p.title, p.arxiv_id) for p in papers] == [(e["title"], e["arxiv_id"]) for e in HF_EXPECTED]


def test_arxiv_mailing_digest_gives_97_records_with_ids_authors_and_abstracts():
    digest = parse_digest("", text=MAILING)

    assert digest.source == "arxiv_mailing"
    assert len(digest.papers) == 97
    assert len({p.arxiv_id for p in digest.papers}) == 97
    assert all(p.authors for p in digest.papers)
    # 53 new + 4 cross-lists carry abstracts; replacements do not.
    assert sum(1 for p in digest.papers if p.abstract) == 57
    first = digest.papers[0]
    assert first.arxiv_id == "2303.00763"
    assert first.title == "Census of Gaseous Satellites around Local Spiral Galaxies"
    assert first.authors == ("Jingyao Zhu", "Mary E Putman")
    assert first.abstract.startswith("We present a search for gas-containing dwarf galaxies")
    assert first.abstract.endswith("is likely at play.")
    wrapped = digest.papers[1]
    assert wrapped.title == (
        "Nucleosynthesis in outflows of compact objects and detection prospects of associated kilonovae"
    )
    # Affiliations in parentheses are not names: they were split into "2)", "(2) JAXA ISAS", "Fujitsu Limited)" …
    # (9 records); with those, and without their arXiv ids, the matcher called two XRISM papers one paper.
    assert not any("(" in name or ")" in name for paper in digest.papers for name in paper.authors)
    names = {name for paper in digest.papers for name in paper.authors}
    assert {"Mária Pető", "Michal Dovčiak", "The CMB-S4 Collaboration", "L. J. A. Scott"} <= names  # TeX accents read
    assert not names & {"et al.", "and The CMB-S4 Collaboration", "L. J. A. Scott."}  # "A, B, and C"; "et al." no name
    # Abstracts too, beside math and commands the table does not read, which stay as the authors wrote them.
    alfven = [p.abstract for p in digest.papers if p.abstract and "Alfv" in p.abstract]
    assert len(alfven) == 2 and all("Alfvén" in abstract for abstract in alfven)
    assert any("shallower than $1/f$" in abstract for abstract in alfven) and any("90{\\deg}" in abstract for abstract in alfven)
    xrism = next(p for p in digest.papers if p.title.startswith("Ground test results of the electromagnetic"))
    assert xrism.authors == (
        "Miki Kurihara", "Masahiro Tsujimoto", "Megan E. Eckart", "Caroline A. Kilbourne", "Frederick T. Matsuda",
        "Brian McLaughlin", "Shugo Oguri", "Frederick S. Porter", "Yoh Takei", "Yoichi Kochibe",
    )  # fmt: skip


@pytest.mark.parametrize(
    "page",
    [web_mail(MAILING), web_mail(MAILING, indent="&nbsp;"), f"<html><body><pre>{escape(MAILING)}</pre></body></html>"],
    ids=["lines", "non-breaking spaces", "preformatted"],
)  # fmt: skip
def test_an_arxiv_mailing_read_in_a_web_mail_client_gives_the_same_97_papers_as_its_text(page):
    # The extension posts the page's markup: arXiv's mailing in Gmail is its text in lines of `<br>`, every address a
    # link. No paper was read (no headings, and the links' items are bare links).
    digest = parse_digest("https://mail.google.com/mail/u/0/#inbox/18e", html=page)
    assert (digest.source, digest.papers) == ("arxiv_mailing", parse_digest("", text=MAILING).papers)


def test_a_line_the_markup_breaks_reads_as_one_line_with_a_space():
    # A mail client's markup may break a long line where the text has a space ("Census of Gaseous\nSatellites"):
    # that break was dropped with the layout's, gluing "GaseousSatellites".
    page = web_mail(MAILING).replace("Census of Gaseous Satellites", "Census of Gaseous\nSatellites", 1)
    first = parse_digest("https://mail.google.com/mail/u/0/", html=page).papers[0]
    assert first.title == "Census of Gaseous Satellites around Local Spiral Galaxies"


def test_arxiv_listing_html():
    digest = parse_digest("https://arxiv.org/list/cs.CL/new", html=LISTING)

    assert digest.source == "arxiv_listing"
    assert [p.arxiv_id for p in digest.papers] == [
        "2305.18290", "2305.07759", "2205.11916", "2401.01335", "2106.09685", "hep-th/9711200",
    ]  # fmt: skip
    dpo = digest.papers[0]
    assert dpo.title == "Direct Preference Optimization: Your Language Model is Secretly a Reward Model"
    assert dpo.authors[0] == "Rafael Rafailov" and len(dpo.authors) == 6
    assert dpo.abstract.startswith("While large-scale unsupervised language models")
    assert dpo.link == "https://arxiv.org/abs/2305.18290"
    assert digest.papers[-1].abstract is None


def test_generic_fallback_reads_repeated_headings_and_the_text_under_them():
    html = "<main>" + "".join(
        f"<section><h2><a href='https://arxiv.org/abs/2401.0000{i}'>A paper title number {i}</a></h2>"
        f"<p>{f'Some abstract text of paper {i} that goes on. ' * 5}</p></section>"
        for i in range(1, 4)
    ) + "<h3>Only one like this</h3></main>"
    digest = parse_digest("https://example.org/reading-group", html=html)

    assert digest.source == "generic"
    assert [p.title for p in digest.papers] == [f"A paper title number {i}" for i in range(1, 4)]
    assert [p.arxiv_id for p in digest.papers] == ["2401.00001", "2401.00002", "2401.00003"]
    assert [p.abstract[:29] for p in digest.papers] == [f"Some abstract text of paper {i}" for i in range(1, 4)]


def test_one_text_under_papers_of_different_titles_is_the_page_s_not_their_abstract():
    # A newsletter's blurb read as the text after each title: it would make every paper alike to the keywords and
    # the relevance model, and each one "the same abstract" as a saved paper that kept it.
    blurb = "Subscribe to our weekly digest of the best papers in machine learning, hand-picked by our editors. " * 2
    sections = [("A paper title number 1", blurb), ("A paper title number 2", blurb), ("A paper title number 3", "Its own abstract, long enough to be one. " * 3)]
    sections.append(sections[2])  # the same paper listed twice keeps its abstract: one title under it
    html = "<main>" + "".join(f"<section><h2><a href='https://example.org/{title[-1]}'>{title}</a></h2><p>{text}</p></section>" for title, text in sections) + "</main>"
    digest = parse_digest("https://example.org/newsletter", html=html)
    assert [p.title for p in digest.papers] == [title for title, _ in sections]
    assert [p.abstract for p in digest.papers] == [None, None, sections[2][1].strip(), sections[2][1].strip()]


def test_generic_reads_papers_by_the_identifiers_they_link_as_on_arxiv_search_results():
    # The markup of arxiv.org/search results (no heading per paper, the title in `p.title`, the id's own line
    # in `p.list-title`, a short and a full abstract); and a publication list whose titles are DOI links.
    search = arxiv_search_page([("2411.01234", "Better", "Augmented Generation"), ("2410.09999", "Dense", "Models as Baselines")])
    digest = parse_digest("https://arxiv.org/search/?query=retrieval", html=search)
    assert digest.source == "generic"
    assert [(p.title, p.arxiv_id, p.authors) for p in digest.papers] == [
        ("Better Retrieval Augmented Generation", "2411.01234", ("John Smith", "Jane Doe")),
        ("Dense Retrieval Models as Baselines", "2410.09999", ("John Smith", "Jane Doe")),
    ]
    assert digest.papers[0].abstract == (
        "We study Augmented Generation, in full: the method, the experiments and what they show, long enough to be an abstract."
    )
    publications = "<h2>Publications</h2><ul>" + "".join(
        f'<li>A. Author and B. Author. <a href="https://doi.org/10.1145/{n}">A title of paper number {n}</a>. In Proc. X, 2020.</li>'
        for n in (1, 2, 3)
    ) + "</ul>"
    digest = parse_digest("https://example.org/~someone/", html=publications)
    assert [(p.title, p.doi) for p in digest.papers] == [(f"A title of paper number {n}", f"10.1145/{n}") for n in (1, 2, 3)]
    # Relative links resolve against the page's address (an arXiv author page).
    author_page = "<ul>" + "".join(f'<li><a href="/abs/2401.0000{n}v2">A relative link title {n}</a></li>' for n in (1, 2)) + "</ul>"
    digest = parse_digest("https://arxiv.org/a/smith_j_1", html=author_page)
    assert [(p.title, p.arxiv_id) for p in digest.papers] == [(f"A relative link title {n}", f"2401.0000{n}") for n in (1, 2)]
    # A block around the title that also holds the authors is not the title: the heading inside it is.
    blocks = "".join(
        f'<div class="paper"><div class="paper-title-block"><h3>Title of paper {n} here</h3><p>Ann Author, Bo Writer</p>'
        f'</div><a href="https://arxiv.org/pdf/2401.0000{n}">[pdf]</a></div>'
        for n in (1, 2)
    )
    assert [p.title for p in parse_digest("https://example.org/group", html=blocks).papers] == ["Title of paper 1 here", "Title of paper 2 here"]


def test_a_scholar_alert_email_is_read_through_its_redirect_links():
    # Google Scholar's alerts (and its result pages) link every paper through scholar_url?url=<the paper>.
    def alert_item(target: str, tag: str, title: str) -> str:
        href = f"https://scholar.google.com/scholar_url?url={target}&amp;hl=en&amp;sa=X&amp;d=1&amp;oi=scholaralrt&amp;pos=0"
        return (
            f'<h3 style="font-weight:normal">{tag} <a href="{href}" class="gse_alrt_title">{title}</a></h3>'
            '<div style="color:#006621">A Author, B Author - arXiv preprint, 2024</div>'
            f'<div class="gse_alrt_sni">The snippet of {title}, long enough to be read as the start of its abstract here, in the email.</div><br>'
        )

    email = "<div>" + alert_item("https://arxiv.org/pdf/2411.01234", '<span style="font-size:11px">[PDF]</span>', "Sparse Retrieval Is Back") + alert_item(
        "https://dl.acm.org/doi/abs/10.1145/3626772.3657800", "", "Query Rewriting at Scale"
    ) + '<p><a href="https://scholar.google.com/scholar_alerts?view_op=list_alerts">Cancel alert</a></p></div>'
    digest = parse_digest("https://mail.google.com/mail/u/0/#inbox/1", html=email)
    assert [(p.title, p.arxiv_id, p.doi) for p in digest.papers] == [
        ("Sparse Retrieval Is Back", "2411.01234", None),  # not "[PDF] Sparse …": the link's title, inside the heading
        ("Query Rewriting at Scale", None, "10.1145/3626772.3657800"),
    ]
    assert digest.papers[1].abstract.startswith("The snippet of Query Rewriting at Scale")
    assert [(p.authors, p.year) for p in digest.papers] == [(("A Author", "B Author"), 2024)] * 2  # the byline under each title


def test_a_broken_link_on_a_page_costs_only_that_link():
    html = "<ul>" + "".join(f'<li><a href="https://arxiv.org/abs/2401.0000{n}">A paper title number {n}</a></li>' for n in (1, 2, 3))
    html += '<li><a href="http://[::1?x=1">A link no URL parser reads</a></li></ul>'  # urlsplit raises on it
    digest = parse_digest("https://example.org/reading-list", html=html)
    assert [(p.title, p.arxiv_id) for p in digest.papers] == [
        *((f"A paper title number {n}", f"2401.0000{n}") for n in (1, 2, 3)),
        ("A link no URL parser reads", None),  # before, the whole page read as no paper at all
    ]


def test_generic_alone_reads_the_known_pages_as_their_own_parsers_do():
    # What a redesign of these pages would leave: no parser that knows them, only the links to their papers.
    listing = generic.parse(LISTING, "https://arxiv.org/list/cs.CL/new")
    assert listing == parse_digest("https://arxiv.org/list/cs.CL/new", html=LISTING).papers  # ids, titles, authors, abstracts
    hf = generic.parse(HF_HTML, "https://huggingface.co/papers?date=2024-08-01")
    assert [(p.title, p.arxiv_id) for p in hf] == [(e["title"], e["arxiv_id"]) for e in HF_EXPECTED]


TWO_PAPERS = (
    "<main><div class='paper'><h3>A first paper about many things</h3><p>An abstract of the first paper, long enough.</p></div>"
    "<div class='paper'><h3>A second paper about other things</h3><p>An abstract of the second paper, long enough.</p></div></main>"
)


@pytest.mark.parametrize(
    "noise",
    ["", "<<<>>>", "\x00\x01\x02", "<div>" * 900, "<h2>one</h2>", "<html><body><p>nothing here</p></body></html>"],
)
def test_generic_fallback_finds_nothing_in_noise_and_the_papers_behind_it(noise):
    # The parser answers [] for any page it cannot read, so "returns a list" proves nothing: the same noise
    # must give no paper alone, and exactly the two papers when they follow it.
    assert generic.parse(noise) == []
    assert [p.title for p in generic.parse(noise + TWO_PAPERS)] == ["A first paper about many things", "A second paper about other things"]
    digest = parse_digest("https://example.org", html=noise + TWO_PAPERS)
    assert digest.source == "generic" and len(digest.papers) == 2


def test_a_recognised_page_that_yields_nothing_falls_back_to_generic():
    digest = parse_digest("https://huggingface.co/papers", html="<ul><li><a href='/x'>A first paper title</a></li>"
                          "<li><a href='/y'>A second paper title</a></li></ul>")
    assert digest.source == "generic"
    assert [p.title for p in digest.papers] == ["A first paper title", "A second paper title"]


@pytest.mark.parametrize(
    ("url", "kwargs", "source"),
    [
        ("https://huggingface.co/papers", {"html": "<html></html>"}, "hf_papers"),
        ("https://example.org", {"html": HF_HTML}, "hf_papers"),
        ("https://arxiv.org/list/cs.CL/recent", {"html": "<html></html>"}, "arxiv_listing"),
        ("https://arxiv.org/catchup/cs.CL/2024-01-01", {"html": "<html></html>"}, "arxiv_listing"),
        ("https://example.org", {"html": "<p></p>"}, "generic"),
        ("", {"text": MAILING}, "arxiv_mailing"),
        ("https://huggingface.co/papers", {"text": HF_TEXT}, "plain_text"),
    ],
)
def test_source_detection(url, kwargs, source):
    assert detect_source(url, **kwargs) == source


ACL_VOLUME = """<!doctype html><html><head><title>Proceedings of the 62nd Annual Meeting of the Association for
Computational Linguistics (Volume 1: Long Papers) - ACL Anthology</title></head><body><nav class="navbar"><a href="/">ACL
Anthology</a><a href="/faq/">FAQ</a></nav><section id=main><h2 id=title><a href=https://aclanthology.org/volumes/2024.acl-long/>Proceedings
of the 62nd Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers)</a></h2>
<div id=2024acl-long>
<div class="d-sm-flex align-items-stretch mb-3"><div class="d-block me-2 list-button-row"><a class="badge text-bg-primary align-middle me-1" href=https://aclanthology.org/2024.acl-long.0.pdf>pdf</a><a class="badge text-bg-secondary align-middle me-1" href=https://aclanthology.org/2024.acl-long.0.bib>bib</a></div><span class=d-block><strong><a class=align-middle href=/2024.acl-long.0/>Proceedings of the 62nd Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers)</a></strong><br><a href=/people/lun-wei-ku/>Lun-Wei Ku</a> | <a href=/people/andre-martins/>Andre Martins</a></span></div>
""" + "".join(
    f"""<div class="d-sm-flex align-items-stretch mb-3"><div class="d-block me-2 list-button-row"><a class="badge text-bg-primary align-middle me-1" href=https://aclanthology.org/2024.acl-long.{n}.pdf>pdf</a><a class="badge text-bg-secondary align-middle me-1" href=https://aclanthology.org/2024.acl-long.{n}.bib>bib</a><a class="badge text-bg-info align-middle me-1" href=#abstract-2024--acl-long--{n} data-bs-toggle=collapse>abs</a></div><span class=d-block><strong><a class=align-middle href=/2024.acl-long.{n}/>{title}</a></strong><br>{" | ".join(f"<a href=/people/{name.lower().replace(' ', '-')}/>{name}</a>" for name in authors)}</span></div>
<div class="card bg-light mb-2 mb-lg-3 collapse abstract-collapse" id=abstract-2024--acl-long--{n}><div class="card-body p-3 small">{abstract}</div></div>
"""
    for n, title, authors, abstract in [
        (1, "Quantified Reproducibility Assessment of <span class=acl-fixed-case>NLP</span> Results",
         ["Anya Belz", "Maja Popovic", "Simon Mille"],
         "This paper describes and tests a method for carrying out quantified reproducibility assessment (QRA) that is "
         "based on concepts and definitions from metrology."),
        (2, "Multi-Task Inference: Can Large Language Models Follow Multiple Instructions at Once?",
         ["Guijin Son", "SangWon Baek", "Sangdae Nam"],
         "Large language models (LLMs) are typically prompted to follow a single instruction per inference call. In this "
         "work, we analyze whether LLMs also hold the capability to handle multiple instructions simultaneously."),
        (3, "Don't Hallucinate, Abstain: Identifying <span class=acl-fixed-case>LLM</span> Knowledge Gaps via Multi-<span class=acl-fixed-case>LLM</span> Collaboration",
         ["Shangbin Feng", "Weijia Shi", "Yike Wang", "Wenxuan Ding"],
         "Despite efforts to expand the knowledge of large language models (LLMs), knowledge gaps -- missing or outdated "
         "information in LLMs -- might always persist given the evolving nature of knowledge."),
    ]
) + "</div></section><footer>ACL materials are Copyright © 1963–2024 ACL</footer></body></html>"


def test_an_acl_anthology_volume_gives_its_papers_with_authors_and_abstracts_not_its_front_matter():
    # Titles in `strong > a` (no heading, no list), authors as links to their pages, the abstract in the block after
    # the paper's: NLP's proceedings, read by no parser of their own. The volume's own entry ("Proceedings of …") is
    # not a paper.
    digest = parse_digest("https://aclanthology.org/volumes/2024.acl-long/", html=ACL_VOLUME)
    assert digest.source == "generic"
    assert [paper.title for paper in digest.papers] == [
        "Quantified Reproducibility Assessment of NLP Results",
        "Multi-Task Inference: Can Large Language Models Follow Multiple Instructions at Once?",
        "Don't Hallucinate, Abstain: Identifying LLM Knowledge Gaps via Multi-LLM Collaboration",
    ]
    assert [paper.authors for paper in digest.papers] == [
        ("Anya Belz", "Maja Popovic", "Simon Mille"),
        ("Guijin Son", "SangWon Baek", "Sangdae Nam"),
        ("Shangbin Feng", "Weijia Shi", "Yike Wang", "Wenxuan Ding"),
    ]
    assert digest.papers[0].abstract.startswith("This paper describes and tests a method")
    assert digest.papers[2].abstract.endswith("given the evolving nature of knowledge.")
    assert [paper.link for paper in digest.papers] == [f"https://aclanthology.org/2024.acl-long.{n}/" for n in (1, 2, 3)]


PMLR_VOLUME = """<!DOCTYPE html><html><head><title>Proceedings of Machine Learning Research | Volume 202</title></head><body>
<header class="site-header"><div class="wrapper"><a class="site-title" href="/">Proceedings of Machine Learning Research</a></div></header>
<main class="page-content"><div class="wrapper"><h2>Volume 202: International Conference on Machine Learning, 23-29 July 2023, Honolulu, Hawaii, USA</h2>
""" + "".join(
    f"""<div class="paper"><p class="title">{title}</p><p class="details"><span class="authors">{',&nbsp;'.join(authors)}</span>;
<span class="info">Proceedings of the 40th International Conference on Machine Learning, PMLR 202:{n}-{n + 20}</span></p>
<p class="links">[<a href="https://proceedings.mlr.press/v202/{key}.html">abs</a>][<a href="https://proceedings.mlr.press/v202/{key}/{key}.pdf" target="_blank">Download PDF</a>]</p></div>
"""
    for n, key, title, authors in [
        (1, "abbas23a", "Sharpness-Aware Minimization Leads to Low-Rank Features", ["Maksym Andriushchenko", "Dara Bahri", "Hossein Mobahi"]),
        (22, "agarwal23a", "Second-order regression models exhibit progressive sharpening to the edge of stability", ["Atish Agarwala", "Fabian Pedregosa"]),
        (44, "ahn23a", "Learning threshold neurons via edge of stability", ["Kwangjun Ahn", "Sébastien Bubeck", "Sinho Chewi"]),
    ]
) + "</div></main></body></html>"


def test_a_pmlr_volume_gives_its_papers_with_authors_and_links():
    # Titles in `p.title` elements with no link of their own: the link is the first in the paper's block ("abs").
    digest = parse_digest("https://proceedings.mlr.press/v202/", html=PMLR_VOLUME)
    assert [(paper.title, paper.authors, paper.link) for paper in digest.papers] == [
        ("Sharpness-Aware Minimization Leads to Low-Rank Features", ("Maksym Andriushchenko", "Dara Bahri", "Hossein Mobahi"),
         "https://proceedings.mlr.press/v202/abbas23a.html"),
        ("Second-order regression models exhibit progressive sharpening to the edge of stability", ("Atish Agarwala", "Fabian Pedregosa"),
         "https://proceedings.mlr.press/v202/agarwal23a.html"),
        ("Learning threshold neurons via edge of stability", ("Kwangjun Ahn", "Sébastien Bubeck", "Sinho Chewi"),
         "https://proceedings.mlr.press/v202/ahn23a.html"),
    ]


def three_cards(head: str) -> str:
    """A page of three papers, each a card: `head` (its "{n}" the paper's number), then an abstract."""
    abstract = "An abstract that goes on for a while. " * 4
    return "<main>" + "".join(f"<div class='card'>{head.format(n=n)}<p>{abstract}</p></div>" for n in (1, 2, 3)) + "</main>"


def test_a_title_inside_its_link_takes_that_link_not_the_first_of_its_block():
    # `<a href="/papers/1"><span class="title-text">…</span></a>` after an avatar's link: the innermost title
    # element links nothing itself; its link is the one around it.
    html = three_cards("<a href='/users/{n}'><img alt=''></a><h3><a href='/papers/{n}'><span class='title-text'>A paper title number {n}</span></a></h3>")
    papers = parse_digest("https://example.org/feed", html=html).papers
    assert [(p.title, p.link) for p in papers] == [(f"A paper title number {n}", f"https://example.org/papers/{n}") for n in (1, 2, 3)]


def test_a_label_as_repeated_as_the_titles_is_not_taken_for_them():
    # A "title"-classed label before each heading ("Research track, long paper"): as many as the titles, and first
    # on the page; the headings are the titles, as they were before "title" elements were read.
    html = three_cards("<span class='card-title-label'>Research track, long paper</span><h3>A paper title number {n}</h3>")
    assert [p.title for p in parse_digest("https://example.org/programme", html=html).papers] == [f"A paper title number {n}" for n in (1, 2, 3)]


NATURE_LISTING = """<!DOCTYPE html><html><body><section id="new-article-list"><ul class="app-article-list-row">""" + "".join(
    f"""<li class="app-article-list-row__item"><div class="u-full-height" data-native-ad-placement="false">
<article class="u-full-height c-card c-card--flush" itemscope itemtype="http://schema.org/ScholarlyArticle">
<div class="c-card__layout u-full-height"><div class="c-card__body u-display-flex u-flex-direction-column">
<h3 class="c-card__title" itemprop="name headline"><a href="/articles/{key}" class="c-card__link u-link-inherit" itemprop="url" data-track="click">{title}</a></h3>
<div class="c-card__summary u-mb-16 u-hide-sm-max" itemprop="description"><p>{summary}</p></div>
<ul data-test="author-list" class="c-author-list c-author-list--compact c-author-list--truncated u-sans-serif u-mt-auto">{''.join(f'<li itemprop="creator" itemscope="" itemtype="http://schema.org/Person"><span itemprop="name">{name}</span></li>' for name in authors)}</ul>
</div></div>
<div class="c-card__section c-meta"><span class="c-meta__item c-meta__item--block-at-lg" data-test="article.type"><span class="c-meta__type">Article</span></span>
<time class="c-meta__item c-meta__item--block-at-lg" datetime="{date}" itemprop="datePublished">{date}</time></div>
</article></div></li>"""
    for key, title, authors, date, summary in [
        ("s41586-021-03819-2", "Highly accurate protein structure prediction with AlphaFold", ["John Jumper", "Richard Evans", "Demis Hassabis"], "2021-07-15",
         "AlphaFold predicts protein structures with an accuracy competitive with experimental structures in most cases."),
        ("s41586-024-07487-w", "Accurate structure prediction of biomolecular interactions with AlphaFold 3", ["Josh Abramson", "Jonas Adler", "John M. Jumper"], "2024-05-08",
         "AlphaFold 3 predicts the joint structure of complexes including proteins, nucleic acids, small molecules, ions and modified residues."),
        ("nature16961", "Mastering the game of Go with deep neural networks and tree search", ["David Silver", "Aja Huang", "Demis Hassabis"], "2016-01-27",
         "A computer Go program based on deep neural networks defeats a human professional player."),
    ]
) + "</ul></section></body></html>"


def test_a_journal_listing_whose_title_headings_carry_a_title_class_gives_each_paper_once_with_its_listed_authors():
    # Nature's (and many journals' and blogs') `h3.c-card__title`: a heading and a "title" element at once, read
    # twice (every paper listed twice). Its authors are list items whose commas a style sheet draws: they were
    # one name, "John JumperRichard EvansDemis Hassabis".
    # An article's address on nature.com is its DOI's suffix: each paper has its DOI.
    digest = parse_digest("https://www.nature.com/nature/research-articles", html=NATURE_LISTING)
    assert [(paper.title, paper.authors, paper.doi) for paper in digest.papers] == [
        ("Highly accurate protein structure prediction with AlphaFold", ("John Jumper", "Richard Evans", "Demis Hassabis"), "10.1038/s41586-021-03819-2"),
        ("Accurate structure prediction of biomolecular interactions with AlphaFold 3", ("Josh Abramson", "Jonas Adler", "John M. Jumper"),
         "10.1038/s41586-024-07487-w"),
        ("Mastering the game of Go with deep neural networks and tree search", ("David Silver", "Aja Huang", "Demis Hassabis"), "10.1038/nature16961"),
    ]
    assert digest.papers[1].abstract.startswith("AlphaFold 3 predicts the joint structure of complexes")


PUBMED_RESULTS = """<!DOCTYPE html><html><body><main class="search-page"><section class="search-results-list"><div class="search-results-chunks">
<div class="search-results-chunk results-chunk" data-page-number="1">""" + "".join(
    f"""<article class="full-docsum" data-rel-pos="{position}">
<div class="item-selector-wrap selectors-and-actions first-selector"><input aria-labelledby="result-selector-label" class="search-result-selector" id="select-{pmid}" name="search-result-selector-{pmid}" type="checkbox" value="{pmid}">
<label class="search-result-position" for="select-{pmid}"><span class="position-number">{position}</span></label></div>
<div class="docsum-wrap"><div class="docsum-content">
<a class="docsum-title" href="/{pmid}/" data-ga-category="result_click" data-ga-action="{position}" data-ga-label="{pmid}" data-article-id="{pmid}">
{title}
</a>
<div class="docsum-citation full-citation">
<span class="docsum-authors full-authors">{authors}</span>
<span class="docsum-authors short-authors">{authors.split(",")[0]}, et al.</span>
<span class="docsum-journal-citation full-journal-citation">{citation}</span>
<span class="docsum-journal-citation short-journal-citation">{citation.split(";")[0]}.</span>
<span class="citation-part">PMID: <span class="docsum-pmid">{pmid}</span></span>
<span class="free-resources spaced-citation-item citation-part">Free PMC article.</span></div>
<div class="docsum-snippet"><div class="full-view-snippet">{snippet}</div><div class="short-view-snippet">{snippet[:80]}</div></div>
</div></div></article>"""
    for position, (pmid, title, authors, citation, snippet) in enumerate([
        ("34265844", "Highly accurate protein structure prediction with <b>AlphaFold</b>.", "Jumper J, Evans R, Pritzel A, Green T, Figurnov M",
         "Nature. 2021 Aug;596(7873):583-589. doi: 10.1038/s41586-021-03819-2. Epub 2021 Jul 15.",
         "Proteins are essential to life, and understanding their structure can facilitate a mechanistic understanding of their function. Through an enormous experimental effort, the structures of around 100,000 unique proteins have been determined."),
        ("34282049", "Accurate prediction of protein structures and interactions using a three-track neural network.", "Baek M, DiMaio F, Anishchenko I, Dauparas J",
         "Science. 2021 Aug 20;373(6557):871-876. doi: 10.1126/science.abj8754. Epub 2021 Jul 15.",
         "DeepMind presented notably accurate predictions at the recent 14th Critical Assessment of Structure Prediction (CASP14) conference. We explored network architectures that incorporate related ideas."),
    ], 1)
) + "</div></div></section></main></body></html>"


def test_pubmed_results_give_each_paper_s_doi_written_in_its_citation_and_its_snippet():
    # PubMed links each result to its own page, not to its DOI: the DOI is written in the citation line. Matching
    # by it is exact where titles differ; the snippet is all of the abstract shown. PubMed closes each title with a
    # period ("… with AlphaFold."), which is no part of it.
    digest = parse_digest("https://pubmed.ncbi.nlm.nih.gov/?term=protein+structure+prediction", html=PUBMED_RESULTS)
    assert [(paper.title, paper.doi, paper.link) for paper in digest.papers] == [
        ("Highly accurate protein structure prediction with AlphaFold", "10.1038/s41586-021-03819-2", "https://pubmed.ncbi.nlm.nih.gov/34265844/"),
        ("Accurate prediction of protein structures and interactions using a three-track neural network", "10.1126/science.abj8754",
         "https://pubmed.ncbi.nlm.nih.gov/34282049/"),
    ]
    assert digest.papers[0].authors == ("Jumper J", "Evans R", "Pritzel A", "Green T", "Figurnov M")
    assert digest.papers[1].abstract.startswith("DeepMind presented notably accurate predictions")
    # A result that writes two DOIs (its own and, say, the erratum's): which is its own is a guess, so neither.
    twice = PUBMED_RESULTS.replace("Epub 2021 Jul 15.", "Erratum in: Nature. 2021;597:e4. doi: 10.1038/s41586-021-03944-y.", 1)
    assert parse_digest("https://pubmed.ncbi.nlm.nih.gov/?term=x", html=twice).papers[0].doi is None


SCHOLAR_RESULTS = scholar_results([
    ("https://arxiv.org/pdf/1706.03762", "https://proceedings.neurips.cc/paper/2017/hash/3f5ee243547dee91fbd053c1c4a845aa-Abstract.html", "Attention is all you need",
     '<a href="/citations?user=oR9sCGYAAAAJ&amp;hl=en&amp;oi=sra">A Vaswani</a>, <a href="/citations?user=wsGvgA8AAAAJ&amp;hl=en&amp;oi=sra">N Shazeer</a>, '
     "N Parmar…&nbsp;- Advances in neural …, 2017 - proceedings.neurips.cc",
     "The dominant sequence transduction models are based on complex recurrent or convolutional neural networks in an encoder-decoder configuration. …"),
    ("https://arxiv.org/pdf/1810.04805", "https://aclanthology.org/N19-1423/", "Bert: Pre-training of deep bidirectional transformers for language understanding",
     '<a href="/citations?user=2sr9ik4AAAAJ&amp;hl=en&amp;oi=sra">J Devlin</a>, MW Chang, K Lee…&nbsp;- Proceedings of the 2019 …, 2019 - aclanthology.org',
     "We introduce a new language representation model called BERT, which stands for Bidirectional Encoder Representations from Transformers. …"),
    (None, "https://www.nature.com/articles/nature14539", "Deep learning",
     '<a href="/citations?user=WLN3QrAAAAAJ&amp;hl=en&amp;oi=sra">Y LeCun</a>, <a href="/citations?user=kukA0LcAAAAJ&amp;hl=en&amp;oi=sra">Y Bengio</a>, '
     '<a href="/citations?user=JicYPdAAAAAJ&amp;hl=en&amp;oi=sra">G Hinton</a>&nbsp;- nature, 2015 - nature.com',
     "Deep learning allows computational models that are composed of multiple processing layers to learn representations of data with multiple levels of abstraction. …"),
])  # fmt: skip


def test_google_scholar_results_give_authors_and_year_from_the_byline_and_the_arxiv_id_linked_beside_the_title():
    # Scholar's byline, "A Vaswani, N Shazeer, N Parmar… - Advances in neural …, 2017 - proceedings.neurips.cc", was
    # not read: no authors and no year, the guards of matching short titles ("Deep learning"). A title that links
    # its publisher takes the one arXiv id its result links beside it ("[PDF] arxiv.org").
    digest = parse_digest("https://scholar.google.com/scholar?q=transformers", html=SCHOLAR_RESULTS)
    assert [(p.title, p.authors, p.year, p.arxiv_id) for p in digest.papers] == [
        ("Attention is all you need", ("A Vaswani", "N Shazeer", "N Parmar"), 2017, "1706.03762"),
        ("Bert: Pre-training of deep bidirectional transformers for language understanding", ("J Devlin", "MW Chang", "K Lee"), 2019, "1810.04805"),
        ("Deep learning", ("Y LeCun", "Y Bengio", "G Hinton"), 2015, None),
    ]
    assert (digest.papers[2].doi, digest.papers[2].link) == ("10.1038/nature14539", "https://doi.org/10.1038/nature14539")  # Nature's address is its DOI
    assert digest.papers[1].abstract.startswith("We introduce a new language representation model called BERT")


@pytest.mark.parametrize(
    "line",
    ["Proceedings of the 2019 conference, pages 4171-4186", "Cited by 1000 - Related articles", "A Vaswani - " + "x " * 200,
     "Jacob Devlin and many other people whose names run long - 2019"],
)  # fmt: skip
def test_a_line_under_a_title_that_is_no_byline_gives_no_authors(line):
    html = scholar_results([(None, f"https://example.org/{n}", f"A paper title number {n}", line, "") for n in (1, 2)])
    assert [(p.authors, p.year) for p in parse_digest("https://example.org/list", html=html).papers] == [((), None)] * 2


THREE_PAPERS = [  # (title, authors, DOI) as the ACM Digital Library lists NeurIPS papers
    ("Attention Is All You Need", ["Ashish Vaswani", "Noam Shazeer", "Niki Parmar"], "10.5555/3295222.3295349"),
    ("Denoising Diffusion Probabilistic Models", ["Jonathan Ho", "Ajay Jain", "Pieter Abbeel"], "10.5555/3495724.3496298"),
    ("Language Models are Few-Shot Learners", ["Tom B. Brown", "Benjamin Mann", "Nick Ryder"], "10.5555/3495724.3495883"),
]
ACM_TOC = '<div class="table-of-content">' + "".join(
    f"""<div class="issue-item-container"><div class="issue-item issue-item--toc"><div class="issue-item__citation"><div class="issue-heading">research-article</div></div>
<div class="issue-item__content"><div class="issue-item__content-right"><h5 class="issue-item__title"><a href="/doi/{doi}">{title}</a></h5>
<ul class="rlist--inline loa truncate-list" aria-label="authors" data-lines="2">{''.join(
        f'<li><a href="/profile/8100{n}{k}" title="{name}"><img class="author-picture" src="/pb-assets/icons/DOs/default-profile.svg" alt="{name} profile image"><span>{name}</span></a>'
        f'<span class="loa_author_inst hidden"><p data-pill-inst="1">A University</p></span>, </li>' for k, name in enumerate(authors))}</ul>
<div class="issue-item__detail"><a href="/toc/10.5555/proceedings" title="NIPS'17"><span class="epub-section__title">Proceedings of the 31st International Conference on Neural Information Processing Systems</span></a>
<span class="dot-separator">pp 6000–6010</span><span>https://doi.org/{doi}</span></div>
<div class="issue-item__abstract truncate-text"><div class="issue-item__abstract"><p>The abstract of {title}, long enough to be read as one: a method, its evaluation and its results.</p></div></div>
</div></div></div></div>"""
    for n, (title, authors, doi) in enumerate(THREE_PAPERS)
) + "</div>"


def test_an_acm_table_of_contents_gives_its_papers_not_their_authors():
    # Each author a list link to their profile, more repeated than the titles (three authors a paper): the names
    # were read as the papers ("Ashish Vaswani", "Noam Shazeer", …), each title's DOI lost. A link to a person's page
    # names no paper; the "author" element that holds only a picture names no author.
    digest = parse_digest("https://dl.acm.org/doi/proceedings/10.5555/3295222", html=ACM_TOC)
    assert [(p.title, p.authors, p.doi) for p in digest.papers] == [(title, tuple(authors), doi) for title, authors, doi in THREE_PAPERS]
    # A paper's own page whose address starts with "profile" is no person's.
    slugs = ["profile-guided-optimization-for-compilers", "profiles-of-sparse-attention", "profile-hmms-revisited"]
    reading_list = "<ul>" + "".join(f'<li><a href="/{slug}">{slug.replace("-", " ").capitalize()}</a></li>' for slug in slugs) + "</ul>"
    assert len(parse_digest("https://example.org/reading", html=reading_list).papers) == 3


DBLP_PERSON_PAGE = '<div id="publ-section"><ul class="publ-list">' + "".join(
    f"""<li class="entry inproceedings toc" id="conf/nips/X{n}" itemscope itemtype="http://schema.org/ScholarlyArticle">
<div class="box"><img alt="" title="Conference and Workshop Papers" src="https://dblp.org/img/n.png"></div>
<nav class="publ"><ul><li class="drop-down"><div class="head"><a href="https://doi.org/{doi}"><img alt="" src="https://dblp.org/img/paper.dark.hollow.16x16.png" class="icon"></a></div></li></ul></nav>
<cite class="data tts-content" itemprop="headline">{', '.join(
        f'<span itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="https://dblp.org/pid/{n}{k}/1.html" itemprop="url"><span itemprop="name" title="{name}">{name}</span></a></span>'
        for k, name in enumerate(authors))}:<br> <span class="title" itemprop="name">{title}.</span>
<a href="https://dblp.org/db/conf/nips/nips2017.html#X{n}"><span itemprop="isPartOf" itemscope itemtype="http://schema.org/BookSeries"><span itemprop="name">NIPS</span></span> <span itemprop="datePublished">2017</span></a>: <span itemprop="pagination">5998-6008</span></cite>
<meta property="genre" content="computer science"></li>"""
    for n, (title, authors, doi) in enumerate(THREE_PAPERS)
) + "</ul></div>"


def test_a_dblp_publication_list_gives_each_paper_s_schema_org_authors_and_a_link_to_it_not_to_a_person():
    # dblp marks each author with schema.org's itemprop="author" and links them to their pages ("/pid/…"): the
    # papers had no authors, and each linked its first author's page. Each links its electronic edition (a DOI)
    # from its own menu, and the year its venue names.
    # dblp closes each title with a period that is no part of it: saved, the library had "Attention Is All You Need."
    # (dblp's own BibTeX has none).
    digest = parse_digest("https://dblp.org/pid/00/0000.html", html=DBLP_PERSON_PAGE)
    assert [(p.title, p.authors, p.year) for p in digest.papers] == [(title, tuple(authors), 2017) for title, authors, _ in THREE_PAPERS]
    assert [(p.link, p.doi) for p in digest.papers] == [(f"https://doi.org/{doi}", doi) for _, _, doi in THREE_PAPERS]


@pytest.mark.parametrize(
    ("listed", "title"),
    [
        ("Attention Is All You Need.", "Attention Is All You Need"),
        ("Are Emergent Abilities of Large Language Models a Mirage?", "Are Emergent Abilities of Large Language Models a Mirage?"),
        ("Scaling laws, and then what...", "Scaling laws, and then what..."),  # an ellipsis is the title's own
        ("A Festschrift for J. R. R.", "A Festschrift for J. R. R."),  # so is an initial's period
        ("Broadband access in the U.S.", "Broadband access in the U.S."),
        ("Why retrieval helps .", "Why retrieval helps"),
    ],
)
def test_a_title_loses_the_period_a_listing_closes_it_with_and_nothing_else(listed, title):
    page = f'<ul><li><a href="https://arxiv.org/abs/2401.00001">{listed}</a></li><li><a href="https://arxiv.org/abs/2401.00002">Another paper title here</a></li></ul>'
    assert parse_digest("https://example.org/list", html=page).papers[0].title == title


NATURE_RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:prism="http://prismstandard.org/namespaces/basic/2.0/" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="http://feeds.nature.com/nature/rss/current"><title>Nature</title><link>https://www.nature.com/nature/current_issue</link>
<items><rdf:Seq><rdf:li rdf:resource="https://www.nature.com/articles/s41586-021-03819-2"/></rdf:Seq></items></channel>
<item rdf:about="https://www.nature.com/articles/s41586-021-03819-2">
<title><![CDATA[Highly accurate protein structure prediction with AlphaFold]]></title>
<link>https://www.nature.com/articles/s41586-021-03819-2</link>
<content:encoded><![CDATA[<p>Nature, Published online: 15 July 2021; <a href="https://www.nature.com/articles/s41586-021-03819-2">doi:10.1038/s41586-021-03819-2</a></p>AlphaFold predicts protein structures with an accuracy competitive with experimental structures in the majority of cases using a novel deep learning architecture.]]></content:encoded>
<dc:title><![CDATA[Highly accurate protein structure prediction with AlphaFold]]></dc:title>
<dc:creator>John Jumper</dc:creator><dc:creator>Richard Evans</dc:creator><dc:creator>Demis Hassabis</dc:creator>
<dc:identifier>doi:10.1038/s41586-021-03819-2</dc:identifier><dc:source>Nature, Published online: 2021-07-15; | doi:10.1038/s41586-021-03819-2</dc:source>
<dc:date>2021-07-15</dc:date><prism:publicationName>Nature</prism:publicationName><prism:doi>10.1038/s41586-021-03819-2</prism:doi>
</item></rdf:RDF>"""

SCIENCEDIRECT_RSS = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>ScienceDirect Publication: Artificial Intelligence</title>
<link>https://www.sciencedirect.com/journal/artificial-intelligence</link><description>ScienceDirect RSS</description>""" + "".join(
    f"""<item><title>{title}</title><link>https://www.sciencedirect.com/science/article/pii/{pii}</link>
<description>&lt;p&gt;Publication date: {date}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Source:&lt;/b&gt; {source}&lt;/p&gt;&lt;p&gt;Author(s): {authors}&lt;/p&gt;</description>
<pubDate>Mon, 02 Sep 2024 00:00:00 GMT</pubDate><guid isPermaLink="false">https://www.sciencedirect.com/science/article/pii/{pii}</guid></item>"""
    for title, pii, date, source, authors in [
        ("Learning to reason over scene graphs", "S0004370224001234", "December 2024", "Artificial Intelligence, Volume 337", "Jane Doe, John Smith, Ana García"),
        ("Planning with incomplete models", "S0004370224001235", "Available online 3 September 2024", "Artificial Intelligence", "Wei Zhang"),
    ]
) + "</channel></rss>"


def test_feeds_give_each_entry_with_its_identifiers_authors_and_summary():
    arxiv = parse_digest("https://rss.arxiv.org/rss/cs.CL", text=(OWN_FIXTURES / "arxiv-cs-cl.rss").read_text())
    assert (arxiv.source, len(arxiv.papers), arxiv.papers[0].arxiv_id) == ("feed", 4, "2305.18290")
    assert arxiv.papers[0].abstract.startswith("While large-scale unsupervised language models")  # not "arXiv:… Announce Type: new"
    [nature] = parse_digest("https://www.nature.com/nature.rss", text=NATURE_RSS).papers
    assert (nature.title, nature.authors, nature.doi, nature.year) == (
        "Highly accurate protein structure prediction with AlphaFold", ("John Jumper", "Richard Evans", "Demis Hassabis"), "10.1038/s41586-021-03819-2", 2021,
    )
    # Nature's summary follows a line about the paper ("Nature, Published online: 15 July 2021; doi:…"): not its words.
    assert nature.abstract.startswith("AlphaFold predicts protein structures")


def test_a_sciencedirect_feed_s_description_gives_the_authors_and_is_no_abstract():
    # Elsevier's journals describe each paper by its date, source and "Author(s): …" and no summary: those were
    # the abstract (keywords "publication date", "volume") and the authors were missing.
    papers = parse_digest("https://rss.sciencedirect.com/publication/science/00043702", text=SCIENCEDIRECT_RSS).papers
    assert [(p.title, p.authors, p.abstract) for p in papers] == [
        ("Learning to reason over scene graphs", ("Jane Doe", "John Smith", "Ana García"), None),
        ("Planning with incomplete models", ("Wei Zhang",), None),
    ]


def test_scholar_s_tags_are_not_part_of_a_title_and_a_button_s_script_is_no_link():
    # "[BOOK][B] Deep learning" was the title a save put in the library; a citation, which links nothing, took the
    # first link of its result: the "Save" button's "javascript:void(0)", then its "Cited by 1000" (a list of others).
    html = scholar_results([
        (None, "https://books.google.com/books?id=omivDQAAQBAJ", '<span class="gs_ctc"><span class="gs_ct1">[BOOK]</span><span class="gs_ct2">[B]</span></span> Deep learning',
         "I Goodfellow, Y Bengio, A Courville - 2016 - books.google.com", ""),
        (None, "https://www.nature.com/articles/nature14539.pdf", '<span class="gs_ctg2">[PDF]</span> Deep learning',
         "Y LeCun, Y Bengio, G Hinton - nature, 2015 - nature.com", ""),
        (None, None, "Mining association rules between sets of items in large databases", "R Agrawal, T Imieliński, A Swami - 1993", ""),
    ])  # fmt: skip
    papers = parse_digest("https://scholar.google.com/scholar?q=deep+learning", html=html).papers
    assert [(p.title, p.year) for p in papers] == [("Deep learning", 2016), ("Deep learning", 2015), ("Mining association rules between sets of items in large databases", 1993)]
    assert papers[2].link is None


def test_the_next_paper_s_title_is_not_read_as_a_byline():
    # A list of title links: the element after a title's item is the next paper, whose title may read like a byline
    # ("Smith - a study of 2019 data"); a byline is read only inside the paper's own item.
    titles = ["Attention - a survey of 2019 models", "Jones - revisiting 2020 results", "Brown et al - a 2021 replication"]
    html = "<ul>" + "".join(f'<li><a href="/p/{n}">{title}</a></li>' for n, title in enumerate(titles)) + "</ul>"
    assert [(p.title, p.authors, p.year) for p in parse_digest("https://example.org/list", html=html).papers] == [(t, (), None) for t in titles]


def test_the_next_paper_s_long_title_is_not_read_as_an_abstract():
    # A reading list of title links: a title over 100 characters was the abstract of the paper before it.
    titles = ["A short paper title here", "A very long paper title that goes on about many things in great detail, so that it passes a hundred characters",
              "A third paper title"]  # fmt: skip
    html = "<ul>" + "".join(f'<li><a href="/p/{n}">{title}</a></li>' for n, title in enumerate(titles)) + "</ul>"
    assert [p.abstract for p in parse_digest("https://example.org/reading-list", html=html).papers] == [None] * 3


AWESOME = [("1706.03762", "Attention Is All You Need", "NeurIPS 2017"),
           ("1810.04805", "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding", "NAACL 2019"),
           ("2005.14165", "Language Models are Few-Shot Learners", "NeurIPS 2020")]  # fmt: skip


@pytest.mark.parametrize(
    "markdown_body",
    [
        "<ul>" + "".join(f'<li><strong>{title}</strong> [<a href="https://arxiv.org/abs/{i}">paper</a>] [<a href="https://github.com/org/repo{n}">code</a>] ({venue})</li>'
                         for n, (i, title, venue) in enumerate(AWESOME)) + "</ul>",
        '<table><thead><tr><th>Venue</th><th>Title</th><th>Paper</th><th>Code</th></tr></thead><tbody>'
        + "".join(f'<tr><td>{venue}</td><td>{title}</td><td><a href="https://arxiv.org/abs/{i}">arXiv</a></td><td><a href="https://github.com/org/repo{n}">code</a></td></tr>'
                  for n, (i, title, venue) in enumerate(AWESOME)) + "</tbody></table>",
    ],
    ids=["bold titles", "a table"],
)  # fmt: skip
def test_an_awesome_list_that_links_each_paper_by_a_word_gives_the_titles_it_writes_in_bold_or_in_a_cell(markdown_body):
    # GitHub's "awesome" lists, a digest of a field: "**Title** [[paper](arXiv)] [[code](GitHub)]" or a table. The
    # links say "paper", "arXiv": no title, so no paper was read.
    digest = parse_digest("https://github.com/org/awesome-llm", html=f'<article class="markdown-body">{markdown_body}</article>')
    assert [(p.title, p.arxiv_id) for p in digest.papers] == [(title, i) for i, title, _ in AWESOME]


def cvf_day(papers) -> str:
    """An openaccess.thecvf.com day of a conference, one paper per (key, title, BibTeX author list, arXiv id or None):
    the title in `dt.ptitle`, each author a search form, then the links and the BibTeX entry behind its toggle."""
    def names(authors: str) -> list[str]:
        return [" ".join(reversed(name.split(", "))) for name in authors.split(" and ")]

    return '<div id="content"><dl>' + "".join(
        f'<dt class="ptitle"><br><a href="/content/CVPR2024/html/{key}_CVPR_2024_paper.html">{title}</a></dt><dd>'
        + "".join(f'<form id="form-{key}-{j}" action="/CVPR2024" method="post" class="authsearch"><input type="hidden" name="query_author" value="{name}">'
                  f'<a href="#" onclick="document.getElementById(\'form-{key}-{j}\').submit();">{name}</a>,</form>' for j, name in enumerate(names(authors)))
        + f'</dd><dd>[<a href="/content/CVPR2024/papers/{key}_CVPR_2024_paper.pdf">pdf</a>]'
        + (f' [<a href="http://arxiv.org/abs/{arxiv_id}">arXiv</a>]' if arxiv_id else "")
        + '<div class="link2">[<a class="fakelink" onclick="$(this).siblings(\'.bibref\').slideToggle()">bibtex</a>]'
        f'<div class="bibref pre-white-space">@InProceedings{{{key}_2024_CVPR,\n    author    = {{{authors}}},\n    title     = {{{title}}},\n'
        "    booktitle = {Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)},\n    month     = {June},\n"
        "    year      = {2024},\n    pages     = {24142-24153}\n}</div></div></dd>"
        for key, title, authors, arxiv_id in papers
    ) + "</dl></div>"  # fmt: skip


def test_a_cvf_open_access_day_gives_authors_and_year_from_each_paper_s_bibtex_and_its_arxiv_link():
    # Computer vision's proceedings: authors as search forms (no "author" element, no links to people), the arXiv
    # link in the block under the title, a BibTeX entry behind a toggle. There were no authors, no arXiv ids, and
    # the abstract was "[pdf] [arXiv][bibtex]@InProceedings{…" (keywords "inproceedings", "booktitle").
    html = cvf_day([
        ("Li_Generative_Image_Dynamics", "Generative Image Dynamics", "Li, Zhengqi and Tucker, Richard and Snavely, Noah and Holynski, Aleksander", "2309.07906"),
        ("Yu_Mip-Splatting", "Mip-Splatting: Alias-free 3D Gaussian Splatting", "Yu, Zehao and Chen, Anpei and Huang, Binbin and Sattler, Torsten and Geiger, Andreas", None),
    ])  # fmt: skip
    papers = parse_digest("https://openaccess.thecvf.com/CVPR2024?day=2024-06-19", html=html).papers
    assert [(p.title, p.authors, p.year, p.arxiv_id, p.abstract) for p in papers] == [
        ("Generative Image Dynamics", ("Li, Zhengqi", "Tucker, Richard", "Snavely, Noah", "Holynski, Aleksander"), 2024, "2309.07906", None),
        ("Mip-Splatting: Alias-free 3D Gaussian Splatting", ("Yu, Zehao", "Chen, Anpei", "Huang, Binbin", "Sattler, Torsten", "Geiger, Andreas"), 2024, None, None),
    ]
    assert papers[1].link == "https://openaccess.thecvf.com/content/CVPR2024/html/Yu_Mip-Splatting_CVPR_2024_paper.html"


def test_a_bibtex_year_in_digits_int_refuses_loses_only_that_year():
    # "²⁰²⁴" passes str.isdigit(); int() refused it, and the ValueError lost every paper of the page.
    html = cvf_day([
        ("Li_Generative_Image_Dynamics", "Generative Image Dynamics", "Li, Zhengqi and Tucker, Richard", None),
        ("Yu_Mip-Splatting", "Mip-Splatting: Alias-free 3D Gaussian Splatting", "Yu, Zehao and Chen, Anpei", None),
    ]).replace("{2024}", "{²⁰²⁴}")  # fmt: skip
    papers = parse_digest("https://openaccess.thecvf.com/CVPR2024?day=2024-06-19", html=html).papers
    assert [(p.title, p.authors, p.year) for p in papers] == [
        ("Generative Image Dynamics", ("Li, Zhengqi", "Tucker, Richard"), None),
        ("Mip-Splatting: Alias-free 3D Gaussian Splatting", ("Yu, Zehao", "Chen, Anpei"), None),
    ]


def test_authors_marked_one_element_each_are_all_read():
    # `<span class="author-name">` around each name, no element around the list: only the first author was read.
    papers = [("Attention Is All You Need", ("Ashish Vaswani", "Noam Shazeer", "Niki Parmar")),
              ("Denoising Diffusion Probabilistic Models", ("Jonathan Ho", "Ajay Jain", "Pieter Abbeel")),
              ("Language Models are Few-Shot Learners", ("Tom B. Brown",))]  # fmt: skip
    html = "<main>" + "".join(
        f'<article class="paper"><h2 class="paper-title"><a href="/p/{n}">{title}</a></h2><p class="byline">'
        + ", ".join(f'<span class="author-name">{name}</span>' for name in authors) + "</p></article>"
        for n, (title, authors) in enumerate(papers)
    ) + "</main>"
    assert [(p.title, p.authors) for p in parse_digest("https://example.org/issue", html=html).papers] == papers


def al_folio_publications(papers) -> str:
    """A researcher's publications page in al-folio's markup (the Jekyll theme many academic sites use), one paper
    per (arXiv id or None, title, authors' markup, venue, year): "Abs" and "Bib" buttons, then the hidden abstract and
    the BibTeX entry, highlighted token by token."""
    abstract = "We study a question that matters with a new method, and show strong results on benchmark {n}. " * 2
    return '<div class="publications"><h2 class="bibliography">Publications</h2><ol class="bibliography">' + "".join(
        f'<li><div class="row"><div class="col-sm-2 abbr"><abbr class="badge">{venue}</abbr></div><div id="k{n}" class="col-sm-8">'
        f'<div class="title">{title}</div><div class="author">{authors}</div><div class="periodical"><em>In {venue}</em>, {year}</div>'
        '<div class="links"><a class="abstract btn btn-sm z-depth-0" role="button">Abs</a><a class="bibtex btn btn-sm z-depth-0" role="button">Bib</a>'
        + (f'<a href="https://arxiv.org/abs/{arxiv_id}" class="btn btn-sm z-depth-0" role="button">arXiv</a>' if arxiv_id else "")
        + f'</div><div class="abstract hidden"><p>{abstract.format(n=n)}</p></div><div class="bibtex hidden"><figure class="highlight"><pre>'
        '<code class="language-bibtex" data-lang="bibtex"><span class="nc">@inproceedings</span><span class="p">{</span>'
        f'<span class="nl">k{n}</span><span class="p">,</span> <span class="na">title</span> <span class="p">=</span> <span class="s">{{{title}}}</span>'
        f'<span class="p">,</span> <span class="na">year</span> <span class="p">=</span> <span class="s">{{{year}}}</span><span class="p">}}</span>'
        "</code></pre></figure></div></div></div></li>"
        for n, (arxiv_id, title, authors, venue, year) in enumerate(papers)
    ) + "</ol></div>"  # fmt: skip


def test_a_researcher_s_publications_page_gives_each_paper_s_year_from_its_bibtex_entry():
    # al-folio: authors in a "author" element (the page's owner in <em>), the year only in the venue line and in the
    # BibTeX entry behind the "Bib" button: the year was not read (a guard of matching short titles).
    html = al_folio_publications([
        ("2301.00001", "Scaling Retrieval for Long Documents", "<em>Jane Smith</em>, John Doe, and Ann Lee", "ICML", 2023),
        (None, "A Workshop Paper Without a Link", "<em>Jane Smith</em>", "NeurIPS Workshop", 2021),
    ])  # fmt: skip
    papers = parse_digest("https://janesmith.github.io/publications/", html=html).papers
    assert [(p.title, p.authors, p.year, p.arxiv_id) for p in papers] == [
        ("Scaling Retrieval for Long Documents", ("Jane Smith", "John Doe", "Ann Lee"), 2023, "2301.00001"),
        ("A Workshop Paper Without a Link", ("Jane Smith",), 2021, None),
    ]
    assert all(p.abstract.startswith("We study a question that matters") for p in papers)


def test_an_abstract_button_before_the_abstract_is_not_taken_for_it():
    # `a.abstract` ("Abs", a button that shows the abstract) came first among "abstract" elements and was the only one
    # read: too short, so no abstract, and five short blocks after the title hid the text under it too.
    blocks = "".join(f"<div>Link {n}</div>" for n in range(5))
    abstract = "An abstract long enough to be one, about a method and its results on benchmark {n} or two. " * 2
    html = "<main>" + "".join(
        f'<div class="paper"><h3>A paper title number {n}</h3><a class="abstract btn">Abs</a>{blocks}<div class="abstract hidden">{abstract.format(n=n)}</div></div>'
        for n in (1, 2)
    ) + "</main>"  # fmt: skip
    assert [p.abstract for p in parse_digest("https://example.org/pubs", html=html).papers] == [abstract.format(n=n).strip() for n in (1, 2)]


SCHOLAR_PROFILE_ROWS = [  # (title, authors line, venue line, year), as a Scholar profile lists them
    ("Attention is all you need", "A Vaswani, N Shazeer, N Parmar, J Uszkoreit, L Jones, AN Gomez, ...", "Advances in neural information processing systems 30", 2017),
    ("Outrageously large neural networks: The sparsely-gated mixture-of-experts layer", "N Shazeer, A Mirhoseini, K Maziarz, A Davis, Q Le, G Hinton, J Dean", "arXiv preprint arXiv:1701.06538", 2017),
    ("Deep learning", "N Shazeer", "Unpublished", 2015),  # one name, not in italics: no author line
]  # fmt: skip


def scholar_profile(rows) -> str:
    """A Google Scholar profile's table of works, in its markup: the title links Scholar's own page of it; under it
    a grey line of authors (cut short), a grey venue line ending in ", year"; the citations and the year in cells."""
    return '<table id="gsc_a_t"><tbody id="gsc_a_b">' + "".join(
        f'<tr class="gsc_a_tr"><td class="gsc_a_t"><a href="/citations?view_op=view_citation&amp;hl=en&amp;user=abc&amp;citation_for_view=abc:k{n}" class="gsc_a_at">{title}</a>'
        f'<div class="gs_gray">{authors}</div><div class="gs_gray">{venue}<span class="gs_oph">, {year}</span></div></td>'
        f'<td class="gsc_a_c"><a href="https://scholar.google.com/scholar?oi=bibs&amp;hl=en&amp;cites={n}" class="gsc_a_ac gs_ibl">{1000 - n}</a></td>'
        f'<td class="gsc_a_y"><span class="gsc_a_h gsc_a_hc gs_ibl">{year}</span></td></tr>'
        for n, (title, authors, venue, year) in enumerate(rows)
    ) + "</tbody></table>"  # fmt: skip


def test_a_scholar_profile_gives_each_work_s_authors_and_year_from_the_lines_under_its_title():
    # A colleague's Scholar profile: the authors in a grey line of names alone under the title, the year ending the
    # venue line after it. Neither was read (no authors, no year: the guards of matching short titles).
    papers = parse_digest("https://scholar.google.com/citations?user=abc", html=scholar_profile(SCHOLAR_PROFILE_ROWS)).papers
    assert [(p.title, p.authors, p.year) for p in papers] == [
        (SCHOLAR_PROFILE_ROWS[0][0], ("A Vaswani", "N Shazeer", "N Parmar", "J Uszkoreit", "L Jones", "AN Gomez"), 2017),
        (SCHOLAR_PROFILE_ROWS[1][0], ("N Shazeer", "A Mirhoseini", "K Maziarz", "A Davis", "Q Le", "G Hinton", "J Dean"), 2017),
        ("Deep learning", (), None),
    ]


PROCEEDINGS = [  # (title, authors) of NeurIPS papers
    ("Multiclass Learning from Contradictions", ("Sauptik Dhar", "Vladimir Cherkassky", "Mohak Shah")),
    ("Learning Hierarchical Priors in VAEs", ("Alexej Klushyn", "Nutan Chen", "Richard Kurle", "Botond Cseke", "Patrick van der Smagt")),
    ("Bayesian Optimisation of Functions on Graphs", ("Xingchen Wan",)),
]  # fmt: skip


@pytest.mark.parametrize(
    "item",
    [
        # papers.nips.cc until 2019, and many accepted-papers pages: the authors in italics after the title link.
        '<li><a href="/paper/2019/hash/{n}-Abstract.html">{title}</a> <i>{authors}</i></li>',
        # papers.nips.cc since 2020 (and MLSys's proceedings): the link inside a `div`, the authors in a `span`.
        '<li class="conference"><div class="paper-content"><a title="paper title" href="/paper_files/paper/2023/hash/{n}-Abstract-Conference.html">{title}</a>'
        '<span class="paper-authors">{authors}</span></div></li>',
        # A hand-written list: the names on the line after the title.
        '<li><a href="/paper/{n}">{title}</a><br>{authors}</li>',
    ],
    ids=["italics", "neurips 2020+", "line break"],
)  # fmt: skip
def test_a_proceedings_list_gives_the_authors_written_after_each_title(item):
    # NeurIPS's proceedings since 2020 gave no papers at all (a title link inside a `div` of a list item: neither a
    # list link nor a heading); until 2019 and in hand-written lists, the papers without their authors.
    html = '<ul class="paper-list">' + "".join(item.format(n=n, title=title, authors=", ".join(names)) for n, (title, names) in enumerate(PROCEEDINGS)) + "</ul>"
    papers = parse_digest("https://papers.nips.cc/paper_files/paper/2023", html=html).papers
    expected = [(title, names) for title, names in PROCEEDINGS]
    if item.endswith("<br>{authors}</li>"):
        expected[2] = (PROCEEDINGS[2][0], ())  # one name, not in italics: no author line
    assert [(p.title, p.authors) for p in papers] == expected
    assert papers[0].link.startswith("https://papers.nips.cc/paper")


@pytest.mark.parametrize(
    "line",
    ["<i>Nature Communications</i>", "<span>Code, Slides, Video</span>", "<i>Oral presentation</i>", "(ICML 2020, oral)", "<i>NeurIPS</i>",
     "<em>with applications to vision</em>"],
)  # fmt: skip
def test_a_line_after_a_title_that_is_no_list_of_names_gives_no_authors(line):
    html = "<ul>" + "".join(f'<li><a href="/p/{n}">A paper title number {n}</a> {line}</li>' for n in (1, 2)) + "</ul>"
    assert [p.authors for p in parse_digest("https://example.org/list", html=html).papers] == [(), ()]


def test_surnames_that_are_also_words_of_venues_are_names_in_a_list_of_names():
    # "Page" and "Press" say "Project Page" and "MIT Press" alone in italics; in a list of names they are people.
    html = scholar_results([(None, f"https://example.org/{n}", title, byline, "") for n, (title, byline) in enumerate([
        ("The PageRank citation ranking: Bringing order to the web", "L Page, S Brin, R Motwani, T Winograd - 1999 - ilpubs.stanford.edu"),
        ("Numerical recipes: the art of scientific computing", "WH Press, SA Teukolsky, WT Vetterling… - 2007 - books.google.com"),
    ])])  # fmt: skip
    papers = parse_digest("https://scholar.google.com/scholar?q=pagerank", html=html).papers
    assert [(p.authors, p.year) for p in papers] == [(("L Page", "S Brin", "R Motwani", "T Winograd"), 1999), (("WH Press", "SA Teukolsky", "WT Vetterling"), 2007)]


def test_authors_linked_to_their_homepages_in_a_list_item_are_not_taken_for_its_papers():
    # Each title a heading, each author a link (to a homepage, not a "/people/" page) inside an "authors" element
    # of the list item: three such links a paper outnumber the titles.
    html = "<ul>" + "".join(
        f'<li><h4>{title}</h4><div class="authors">'
        + ", ".join(f'<a href="https://{name.split()[-1].lower()}.github.io">{name}</a>' for name in names) + "</div></li>"
        for title, names in PROCEEDINGS[:2]
    ) + "</ul>"  # fmt: skip
    assert [(p.title, p.authors) for p in parse_digest("https://example.org/accepted", html=html).papers] == list(PROCEEDINGS[:2])


JMLR_VOLUME = [  # (title, authors, id)
    ("Scalable Computation of Causal Bounds", "Madhumitha Shridharan, Garud Iyengar", "22-0138"),
    ("Fairlearn: Assessing and Improving Fairness of AI Systems", "Hilde Weerts, Miroslav Dudík, Richard Edgar, Adrin Jalali, Roman Lutz, Michael Madaio", "23-0389"),
]  # fmt: skip


@pytest.mark.parametrize("one_list_each", [True, False], ids=["a list each (JMLR)", "one list"])
def test_a_journal_volume_of_definition_terms_gives_each_title_its_authors_year_and_abs_link(one_list_each):
    # JMLR's volumes: the title a `dt` that links nothing, the authors in bold italics starting the `dd`, then the
    # year, then "[abs][pdf][bib]": no papers were read.
    entries = [
        f"<dt>{title}</dt>\n<dd><b><i>{authors}</i></b>; ({n}):1&minus;40, 2023.\n<br>[<a href='/papers/v24/{key}.html'>abs</a>]"
        f"[<a href='/papers/volume24/{key}/{key}.pdf'>pdf</a>][<a href=\"/papers/v24/{key}.bib\">bib</a>] &nbsp; [<a href=\"https://github.com/x/{key}\">code</a>]</dd>"
        for n, (title, authors, key) in enumerate(JMLR_VOLUME, 1)
    ]
    listing = "".join(f"<dl>{entry}</dl>" for entry in entries) if one_list_each else f"<dl>{''.join(entries)}</dl>"
    papers = parse_digest("https://jmlr.org/papers/v24/", html=f'<div id="content"><h1>Volume 24</h1>{listing}</div>').papers
    assert [(p.title, ", ".join(p.authors), p.year, p.link, p.abstract) for p in papers] == [
        (title, authors, 2023, f"https://jmlr.org/papers/v24/{key}.html", None) for title, authors, key in JMLR_VOLUME
    ]


IEEE_RESULTS = [  # (document, title, authors, venue, year, abstract)
    ("7780459", "Deep Residual Learning for Image Recognition", ("Kaiming He", "Xiangyu Zhang", "Shaoqing Ren", "Jian Sun"),
     "2016 IEEE Conference on Computer Vision and Pattern Recognition (CVPR)", 2016,
     "Deeper neural networks are more difficult to train. We present a residual learning framework to ease the training of networks that are substantially deeper than those used previously."),
    ("8099726", "Densely Connected Convolutional Networks", ("Gao Huang", "Zhuang Liu", "Laurens Van Der Maaten", "Kilian Q. Weinberger"),
     "2017 IEEE Conference on Computer Vision and Pattern Recognition (CVPR)", 2017,
     "Recent work has shown that convolutional networks can be substantially deeper, more accurate, and efficient to train if they contain shorter connections between layers."),
]  # fmt: skip


def test_ieee_xplore_results_give_the_labelled_abstract_not_the_venue_line_and_the_year():
    # The venue line under the authors ("2016 IEEE Conference … Year: 2016 | Conference Paper | Publisher: IEEE")
    # is as long as an abstract and came first: it was read as the abstract; the year was not read.
    html = '<div class="List-results-items">' + "".join(
        f'<xpl-results-item><div class="result-item"><div class="result-item-align"><h3 class="text-md-md-lh"><a href="/document/{doc}/" class="fw-bold">{title}</a></h3>'
        '<xpl-authors-name-list><p class="author text-base-md-lh">' + "<span>; </span>".join(f'<span><a href="/author/3708{doc}{k}"><span>{name}</span></a></span>' for k, name in enumerate(names))
        + f'</p></xpl-authors-name-list><div class="description text-base-md-lh"><a href="/xpl/conhome/{doc}/proceeding">{venue}</a>'
        f'<div class="publisher-info-container"><span>Year: {year}</span><span> | Conference Paper | Publisher: IEEE</span></div></div>'
        f'<div class="twist-container"><span>Abstract: </span><span>{abstract}</span></div></div></div></xpl-results-item>'
        for doc, title, names, venue, year, abstract in IEEE_RESULTS
    ) + "</div>"  # fmt: skip
    papers = parse_digest("https://ieeexplore.ieee.org/search/searchresult.jsp?queryText=cnn", html=html).papers
    assert [(p.title, p.authors, p.year, p.abstract) for p in papers] == [(t, names, y, a) for _, t, names, _, y, a in IEEE_RESULTS]


OPENREVIEW_NOTES = [  # (forum id, title, authors, abstract)
    ("ZjzTE1yyL8", "Vision Transformers Need Registers", ("Timothée Darcet", "Maxime Oquab", "Julien Mairal", "Piotr Bojanowski"),
     "Transformers have recently emerged as a powerful tool for learning visual representations. In this paper, we identify and characterize artifacts in feature maps."),
    ("7Ttk3RzDeu", "Never Train from Scratch: Fair Comparison of Long-Sequence Models Requires Data-Driven Priors", ("Ido Amos", "Jonathan Berant", "Ankit Gupta"),
     "Modeling long-range dependencies across sequences is a longstanding goal in machine learning and has led to architectures such as state space models."),
]  # fmt: skip


def test_openreview_and_semantic_scholar_give_abstracts_without_their_label_and_the_year_they_mark():
    # OpenReview's abstract, under "Show details" among the other fields ("Keywords:", "TL;DR:", "Primary Area:"),
    # was all the fields' text, "Keywords: vision transformers, …"; Semantic Scholar's summary began "TLDR ". The
    # years in their date elements ("Published: 16 Jan 2024", "12 June 2017") were not read.
    openreview = '<ul class="list-unstyled submissions-list">' + "".join(
        f'<li class="note" data-id="{i}"><h4><a href="/forum?id={i}">{title}</a> <a href="/pdf?id={i}" class="pdf-link" title="Download PDF"><img src="/images/pdf_icon_blue.svg"></a></h4>'
        '<div class="note-authors">' + ", ".join(f'<a href="/profile?id=~{name.replace(" ", "_")}1">{name}</a>' for name in names) + '</div>'
        '<div class="note-meta-info"><span class="date">Published: 16 Jan 2024, Last Modified: 15 Mar 2025</span><span class="item">ICLR 2024 oral</span></div>'
        f'<a href="#{i}-details" class="collapse-widget">Show details</a><div class="collapse" id="{i}-details"><div class="note-contents-collapse">'
        '<ul class="list-unstyled note-content"><li><strong class="note-content-field">Keywords:</strong> <span class="note-content-value">vision transformers, '
        'registers, attention maps, self-supervised learning, interpretability, dense prediction, object discovery</span></li>'
        '<li><strong class="note-content-field">TL;DR:</strong> <span class="note-content-value">Adding tokens to the input sequence of a ViT removes '
        'artifacts in its attention maps and improves dense prediction.</span></li>'
        f'<li><strong class="note-content-field">Abstract:</strong> <span class="note-content-value">{abstract}</span></li>'
        '<li><strong class="note-content-field">Primary Area:</strong> <span class="note-content-value">representation learning</span></li></ul></div></div></li>'
        for i, title, names, abstract in OPENREVIEW_NOTES
    ) + "</ul>"  # fmt: skip
    papers = parse_digest("https://openreview.net/group?id=ICLR.cc/2024/Conference", html=openreview).papers
    assert [(p.title, p.authors, p.year, p.abstract) for p in papers] == [(t, names, 2024, a) for _, t, names, a in OPENREVIEW_NOTES]

    semantic_scholar = "<div>" + "".join(
        f'<div class="cl-paper-row serp-papers__paper-row" data-test-id="search-result"><a data-heap-id="title_link" href="/paper/{i}">'
        f'<h2 class="cl-paper-title"><span>{title}</span></h2></a><div class="cl-paper-controls"><span class="cl-paper-authors">'
        + ", ".join(f'<span><a class="cl-paper-authors__author-link" href="/author/{k}"><span>{name}</span></a></span>' for k, name in enumerate(names))
        + f'</span><span class="cl-paper-venue">ICLR</span><span class="cl-paper-pubdates"><span>12 June 2017</span></span></div>'
        f'<div class="cl-paper-abstract"><span class="cl-paper-tldr">TLDR</span> {abstract}</div></div>'
        for i, title, names, abstract in OPENREVIEW_NOTES
    ) + "</div>"  # fmt: skip
    papers = parse_digest("https://www.semanticscholar.org/search?q=registers", html=semantic_scholar).papers
    assert [(p.title, p.authors, p.year, p.abstract) for p in papers] == [(t, names, 2017, a) for _, t, names, a in OPENREVIEW_NOTES]


def test_authors_one_a_line_are_read_one_by_one():
    # "<td class=authors>Ann Lee<br>Bo Chen</td>": the text of the cell is "Ann LeeBo Chen", one glued name.
    html = "<table>" + "".join(
        f'<tr><td class="title"><a href="/p{n}">A paper title number {n}</a></td><td class="authors">Authors:<br>Ann Lee<br>Bo Chen<br/>Cy Diaz</td></tr>'
        for n in range(2)
    ) + "</table>"  # fmt: skip
    assert [p.authors for p in parse_digest("https://example.org/accepted", html=html).papers] == [("Ann Lee", "Bo Chen", "Cy Diaz")] * 2


def test_a_title_that_begins_tldr_keeps_it():
    # "TLDR" before an abstract is a label; at the start of a title it is the title's (Cachola et al., 2020).
    html = "<main>" + "".join(f'<article><h2><a href="/p/{n}">TLDR: Extreme Summarization of Scientific Documents {n}</a></h2></article>' for n in (1, 2)) + "</main>"
    assert [p.title for p in parse_digest("https://example.org/", html=html).papers][0] == "TLDR: Extreme Summarization of Scientific Documents 1"


ACCEPTED = [  # (title, authors) as a workshop's accepted-papers page lists them, with no links
    ("Scaling Laws for Neural Language Models", ("Jared Kaplan", "Sam McCandlish", "Tom Henighan")),
    ("Training Compute-Optimal Large Language Models", ("Jordan Hoffmann", "Sebastian Borgeaud", "Arthur Mensch")),
    ("Emergent Abilities of Large Language Models", ("Jason Wei", "Yi Tay", "Rishi Bommasani")),
]


@pytest.mark.parametrize(
    "item",
    ["<p><b>{title}</b><br><i>{authors}</i></p>", "<li><strong>{title}</strong><br>{authors}</li>", "<li><b>{title}</b>. {authors}</li>"],
)
def test_an_accepted_papers_page_that_links_nothing_gives_its_bold_titles_and_their_authors(item):
    # Workshops' and conferences' accepted-papers pages before the proceedings: a bold title, the authors after it,
    # no link at all. No papers were read.
    html = "<main><h1>Accepted papers</h1><ul>" + "".join(item.format(title=t, authors=", ".join(a)) for t, a in ACCEPTED) + "</ul></main>"
    assert [(p.title, p.authors) for p in parse_digest("https://example.org/workshop/accepted", html=html).papers] == ACCEPTED


def test_a_publication_list_that_puts_its_owner_s_name_in_bold_gives_its_titles_not_the_name():
    # The owner's name in bold, first in each item; two of three items link their title. Bold names outnumber the title
    # links: the name is not taken for the titles.
    items = [
        '<li><b>Jane Smith</b>, John Doe. <a href="https://example.org/a.pdf">Scaling Laws for Neural Language Models</a>. ICML, 2023.</li>',
        '<li><b>Jane Smith</b>, Ann Lee. <a href="https://example.org/b.pdf">Emergent Abilities of Large Language Models</a>. NeurIPS, 2022.</li>',
        "<li><b>Jane Smith</b>. A talk with no paper to link. Workshop, 2021.</li>",
    ]
    papers = parse_digest("https://janesmith.example.org/", html=f"<ul>{''.join(items)}</ul>").papers
    assert [p.title for p in papers] == ["Scaling Laws for Neural Language Models", "Emergent Abilities of Large Language Models"]


def test_a_byline_of_names_and_a_date_gives_the_authors_and_the_year_of_its_time_element():
    # A blog's or a digest site's meta line: "A B, C D · <time>March 29, 2022</time>"; arxiv-sanity's "rel_time".
    blog = "<main>" + "".join(
        f"<article><h2><a href='/p/{n}'>{title}</a></h2><p class='meta'>{', '.join(names)} · <time datetime='2022-03-29'>March 29, 2022</time></p></article>"
        for n, (title, names) in enumerate(ACCEPTED)
    ) + "</main>"  # fmt: skip
    assert [(p.title, p.authors, p.year) for p in parse_digest("https://example.org/blog", html=blog).papers] == [(t, a, 2022) for t, a in ACCEPTED]
    sanity = "<div id='wrap'>" + "".join(
        f"<div class='rel_paper'><div class='rel_title'><a href='http://arxiv.org/abs/2001.0836{n}'>{title}</a></div><div class='rel_authors'>{', '.join(names)}</div>"
        f"<div class='rel_time'>Jan 23 2020</div><div class='rel_tags'>cs.LG</div><div class='rel_abs'>{'An abstract about scaling laws. ' * 4}</div></div>"
        for n, (title, names) in enumerate(ACCEPTED)
    ) + "</div>"  # fmt: skip
    assert [(p.arxiv_id, p.authors, p.year) for p in parse_digest("https://arxiv-sanity-lite.com/", html=sanity).papers] == [
        (f"2001.0836{n}", names, 2020) for n, (_, names) in enumerate(ACCEPTED)
    ]


def alert_abstract(title: str) -> str:
    """A paper's abstract in the alerts and results below: each paper its own (one text under every title is a blurb)."""
    return f"For {title.lower()}, we study empirical scaling laws for language model performance on the cross-entropy loss."


@pytest.mark.parametrize(
    "alert",
    [
        # Semantic Scholar's alerts: one table row for the title, then one each for the authors, the venue and year,
        # the summary.
        '<table width="600"><tbody>' + "".join(
            f'<tr><td style="padding:8px 0 0"><a href="https://www.semanticscholar.org/paper/{n}?utm_source=alert_email">{title}</a></td></tr>'
            f'<tr><td style="color:#555">{", ".join(names)}</td></tr><tr><td style="color:#555">arXiv.org · 2024</td></tr><tr><td>{alert_abstract(title)}</td></tr>'
            for n, (title, names) in enumerate(ACCEPTED)) + "</tbody></table>",
        # A journal's alert: a table per paper inside the layout table.
        '<table width="600"><tbody>' + "".join(
            f'<tr><td><table><tbody><tr><td><a href="https://www.sciencedirect.com/science/article/pii/S003132032400{n}?dgcid=raven_sd_aip_email">{title}</a></td></tr>'
            f'<tr><td>{", ".join(names)}</td></tr><tr><td>Pattern Recognition, Volume 150, 2024</td></tr><tr><td>{alert_abstract(title)}</td></tr></tbody></table></td></tr>'
            for n, (title, names) in enumerate(ACCEPTED)) + "</tbody></table>",
    ],
    ids=["a row each", "a table each"],
)  # fmt: skip
def test_an_alert_email_in_table_rows_gives_the_authors_year_and_abstract_in_the_rows_under_each_title(alert):
    # E-mail layouts put the title in a cell of its own, the rest in the rows under it: the line after the title was
    # looked for only beside it in its cell (nothing there), so no authors, no year and no abstract were read.
    papers = parse_digest("https://mail.google.com/mail/u/0/#inbox/18c", html=alert).papers
    assert [(p.title, p.authors, p.year, p.abstract) for p in papers] == [(t, a, 2024, alert_abstract(t)) for t, a in ACCEPTED]


def test_the_abstract_after_the_authors_under_a_title_link_is_read():
    # Nature's alert e-mails: the title link, then the authors and the summary beside it in the same block. The
    # text under the title was looked for after the block only (the next paper's).
    alert = '<div class="email">' + "".join(
        f'<div style="margin:12px 0"><a href="https://www.nature.com/articles/s42256-024-0080{n}-1?utm_source=alert"><b>{title}</b></a>'
        f'<div>{", ".join(names)}</div><div>{alert_abstract(title)}</div></div>'
        for n, (title, names) in enumerate(ACCEPTED)
    ) + "</div>"  # fmt: skip
    papers = parse_digest("https://mail.google.com/mail/u/0/#inbox/18d", html=alert).papers
    assert [(p.doi, p.authors, p.abstract) for p in papers] == [(f"10.1038/s42256-024-0080{n}-1", a, alert_abstract(t)) for n, (t, a) in enumerate(ACCEPTED)]


@pytest.mark.parametrize(
    "authors",
    [
        '<i>Jared Kaplan<sup>1</sup>*, Sam McCandlish<sup>1,2</sup>*, Tom Henighan<sup>2</sup>†</i>',  # a line of names
        '<div class="authors">Jared Kaplan<sup>1</sup>*, Sam McCandlish<sup>1,2</sup>*, Tom Henighan<sup>2</sup>†</div>',  # an "author" element
        '<ul class="authors"><li>Jared Kaplan¹</li><li>Sam McCandlish¹²</li><li>Tom Henighan²</li></ul>',  # one name an item
    ],
)  # fmt: skip
def test_affiliation_and_contribution_marks_are_not_part_of_the_names(authors):
    # "Jared Kaplan<sup>1</sup>*" read "Jared Kaplan1*": an author no library spells so (matching compares surnames),
    # and a line of names with digits in it was no line of names at all.
    html = "<main>" + "".join(f'<div class="paper"><h3><a href="/p/{n}">{title}</a></h3> {authors}</div>' for n, (title, _) in enumerate(ACCEPTED)) + "</main>"
    assert [p.authors for p in parse_digest("https://example.org/accepted", html=html).papers] == [ACCEPTED[0][1]] * 3


SCIENCE_TOC = """<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:prism="http://prismstandard.org/namespaces/basic/2.0/" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="https://www.science.org/action/showFeed?type=etoc&amp;feed=rss&amp;jc=science"><title>Science: Table of Contents</title></channel>
<item rdf:about="https://www.science.org/doi/10.1126/science.adk1234?af=R">
<title>Accurate structure prediction of biomolecular interactions</title><link>https://www.science.org/doi/10.1126/science.adk1234?af=R</link>
<description>Science, Volume 383, Issue 6680, Page 245-250, January 2024. &lt;br/&gt;</description>
<dc:creator>Josh Abramson</dc:creator><dc:creator>Jonas Adler</dc:creator><dc:date>2024-01-19T06:00:00Z</dc:date>
</item>
<item rdf:about="https://www.science.org/doi/10.1126/science.adk5678?af=R">
<title>Protein design at scale with a generative model</title><link>https://www.science.org/doi/10.1126/science.adk5678?af=R</link>
<description>Science, Volume 383, Issue 6680, Page 251-256, January 2024. &lt;br/&gt;Proteins fold into shapes that determine their function; we design new ones at scale.</description>
<dc:creator>A. Author, B. Author, and C. Author</dc:creator><dc:date>2024-01-19T06:00:00Z</dc:date>
</item>
</rdf:RDF>"""
PNAS_TOC = """<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>PNAS: Latest articles</title>
<item><title>Collective motion follows common rules across species</title><link>https://www.pnas.org/doi/10.1073/pnas.2301234121?af=R</link>
<description>Proceedings of the National Academy of Sciences, Volume 121, Issue 5, January 2024. &lt;br/&gt;</description><dc:creator>Jane Doe</dc:creator></item>
</channel></rss>"""


def test_a_journal_s_table_of_contents_feed_gives_no_citation_for_an_abstract_and_the_doi_its_links_carry():
    # Science's and PNAS's feeds begin each description with the citation ("Science, Volume 383, Issue 6680, Page
    # 245-250, January 2024."), often all there is: it was the abstract (keywords "volume", "issue"). Their links carry
    # the DOI and a query ("…/doi/10.1126/science.adk5678?af=R"): the DOI kept "?af=r", or was not read at all.
    science = parse_digest("https://www.science.org/action/showFeed?type=etoc&feed=rss&jc=science", text=SCIENCE_TOC).papers
    assert [(p.doi, p.abstract) for p in science] == [
        ("10.1126/science.adk1234", None),
        ("10.1126/science.adk5678", "Proteins fold into shapes that determine their function; we design new ones at scale."),
    ]
    [pnas] = parse_digest("https://www.pnas.org/action/showFeed?type=etoc&feed=rss&jc=pnas", text=PNAS_TOC).papers
    assert (pnas.doi, pnas.abstract, pnas.authors) == ("10.1073/pnas.2301234121", None, ("Jane Doe",))


PUBLISHER_RESULTS = [  # (title, authors, DOI)
    ("Scaling Laws for Neural Language Models", ("Jared Kaplan", "Sam McCandlish"), "10.1002/aaai.12001"),
    ("Training Compute-Optimal Large Language Models", ("Jordan Hoffmann", "Sebastian Borgeaud"), "10.1002/aaai.12002"),
]


def test_wiley_s_and_springer_s_search_results_give_the_abstract_without_its_heading_and_the_published_year():
    # Wiley's results (Atypon's markup, as Taylor & Francis's and SAGE's) put an "Abstract" toggle at the top of the
    # abstract element: the abstract read "AbstractWe study …".
    wiley = '<ul class="rlist search-result__body items-results">' + "".join(
        f'<li class="clearfix separator search__item"><div class="item__body"><span class="meta__type">Research Article</span>'
        f'<h2 class="meta__title"><span class="hlFld-Title"><a href="/doi/{doi}" class="publication_title visitable">{title}</a></span></h2>'
        '<div class="meta__authors rlist--inline comma">' + "".join(f'<span class="hlFld-ContribAuthor"><a href="/action/doSearch?ContribAuthorRaw={name.split()[-1]}">{name}</a></span>' for name in names)
        + '</div><div class="meta__details"><span class="meta__epubDate"><span class="bold">First published: </span>12 March 2024</span></div>'
        f'<div class="search-result__abstract"><span class="accordion__control">Abstract</span><div class="accordion__content">{alert_abstract(title)}</div></div></div></li>'
        for title, names, doi in PUBLISHER_RESULTS
    ) + "</ul>"  # fmt: skip
    springer = '<ol class="u-list-reset" data-test="darwin-search">' + "".join(
        f'<li class="app-card-open" data-test="search-result-item"><div class="app-card-open__main"><h3 class="app-card-open__heading"><a class="app-card-open__link" href="/article/{doi}"><span>{title}</span></a></h3>'
        f'<div class="app-card-open__description"><p>{alert_abstract(title)}</p></div><div class="app-card-open__authors"><span data-test="authors">{", ".join(names)}</span></div>'
        '<div class="app-card-open__meta"><span class="c-meta__item">Article</span><span class="c-meta__item" data-test="published">Published: 12 May 2023</span></div></div></li>'
        for title, names, doi in PUBLISHER_RESULTS
    ) + "</ol>"  # fmt: skip
    for page, year in ((wiley, 2024), (springer, 2023)):
        papers = parse_digest("https://onlinelibrary.wiley.com/action/doSearch?AllField=scaling", html=page).papers
        assert [(p.title, p.authors, p.doi, p.year, p.abstract) for p in papers] == [(t, a, doi, year, alert_abstract(t)) for t, a, doi in PUBLISHER_RESULTS]


DBLP_ENTRIES = [  # (key, title as dblp writes it, authors, the DOI of its "electronic edition", or None)
    ("conf/sigmod/AbedjanH23", "Data Profiling in Action: A Demonstration of Metanome.", ("Ziawasch Abedjan", "Hazar Harmouch"), "10.1145/3555041.3589694"),
    ("conf/sigmod/BachN23", "Scalable Entity Resolution with Learned Blocking Keys.", ("Anna Bach", "Felix Naumann"), "10.1145/3555041.3589700"),
    ("conf/sigmod/CaoX23", "Learned Index Structures for Multidimensional Data.", ("Lei Cao", "Yizhou Xu"), None),
]


def dblp_table_of_contents() -> str:
    """A dblp table of contents as dblp marks it up: each entry a `li.entry` with its own menu (`nav.publ`: the
    electronic editions, export, share) before the `cite` that names its authors, title and venue."""

    def entry(key: str, title: str, authors: tuple[str, ...], doi: str | None) -> str:
        edition = f"https://doi.org/{doi}" if doi else f"https://www.vldb.org/pvldb/{key}.pdf"
        names = ", ".join(
            f'<span itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="https://dblp.org/pid/{n}.html" itemprop="url">'
            f'<span itemprop="name" title="{name}">{name}</span></a></span>' for n, name in enumerate(authors)
        )  # fmt: skip
        return (
            f'<li class="entry inproceedings toc" id="{key}" itemscope itemtype="http://schema.org/ScholarlyArticle">'
            '<div class="box"><img alt="" title="Conference and Workshop Papers" src="https://dblp.org/img/n.png"></div>'
            f'<nav class="publ"><ul><li class="drop-down"><div class="head"><a href="{edition}"><img alt="" src="https://dblp.org/img/paper.dark.hollow.16x16.png" class="icon"></a></div>'
            f'<div class="body"><p><b>view</b></p><ul><li class="ee"><a href="{edition}" itemprop="url"><img alt="" src="https://dblp.org/img/paper.dark.16x16.png" class="icon">electronic edition {"via DOI" if doi else "@ vldb.org"}</a></li></ul>'
            f'<p><b>export record</b></p><ul><li><a href="https://dblp.org/rec/{key}.html?view=bibtex">BibTeX</a></li></ul></div></li></ul></nav>'
            f'<cite class="data tts-content" itemprop="headline">{names}:<br> <span class="title" itemprop="name">{title}</span> '
            f'<a href="https://dblp.org/db/conf/sigmod/sigmod2023c.html#{key.split("/")[-1]}"><span itemprop="isPartOf" itemscope itemtype="http://schema.org/BookSeries">'
            '<span itemprop="name">SIGMOD Conference Companion</span></span></a> <span itemprop="pagination">123-126</span></cite></li>'
        )  # fmt: skip

    return (
        '<html><body><nav id="navbar"><ul><li><a href="https://dblp.org/">dblp home</a></li><li><a href="https://dblp.org/search">search dblp</a></li></ul></nav>'
        '<div id="main"><header class="headline noline"><h1>SIGMOD Conference 2023: Seattle, WA, USA - Companion</h1></header>'
        '<header class="h2"><h2>Demonstrations</h2></header><ul class="publ-list">' + "".join(entry(*e) for e in DBLP_ENTRIES) + "</ul></div></body></html>"
    )  # fmt: skip


def test_a_dblp_table_of_contents_gives_each_entry_the_doi_its_own_menu_links():
    # dblp links an entry's DOI only from the entry's menu, a `nav`; menus were dropped as a page's navigation.
    papers = parse_digest("https://dblp.org/db/conf/sigmod/sigmod2023c.html", html=dblp_table_of_contents()).papers
    # Each title without the period dblp closes it with.
    assert [(p.title, p.authors, p.doi) for p in papers] == [(title[:-1], authors, doi) for _, title, authors, doi in DBLP_ENTRIES]
    assert [p.link for p in papers][:2] == ["https://doi.org/10.1145/3555041.3589694", "https://doi.org/10.1145/3555041.3589700"]


def test_an_acm_table_of_contents_gives_the_year_of_the_date_it_writes_out():
    # ACM's Digital Library writes an item's date as a bare span ("August 2023"), in no date element.
    items = [("Learning to Rank for Active Learning via Multi-Task Bilevel Optimization", ("Zixin Ding", "Si Chen"), "3599256"),
             ("Graph Neural Networks for Temporal Link Prediction at Scale", ("Ana Ortiz", "Bo Li"), "3599257")]  # fmt: skip
    page = '<div class="table-of-content"><div class="toc__section"><h2>SESSION: Research Track</h2>' + "".join(
        f'<div class="issue-item-container"><div class="issue-item clearfix"><div class="issue-item__citation"><div class="issue-heading">research-article</div></div>'
        f'<div class="issue-item__content"><h5 class="issue-item__title"><a href="/doi/10.1145/3580305.{n}">{title}</a></h5>'
        '<ul class="rlist--inline loa truncate-list" aria-label="authors">' + "".join(f'<li><a href="/profile/{i}" title="{name}"><span>{name}</span></a></li>' for i, name in enumerate(names))
        + f'</ul><div class="issue-item__detail"><a href="/doi/10.1145/3580305.{n}" title="Proceedings of KDD \'23">KDD \'23: Proceedings of the 29th ACM SIGKDD Conference on Knowledge Discovery and Data Mining</a>'
        f'<span class="dot-separator"><span>August 2023</span><span>Pages 1-12</span></span></div><div class="issue-item__abstract truncate-text"><p>{alert_abstract(title)}</p></div></div></div></div>'
        for title, names, n in items
    ) + "</div></div>"  # fmt: skip
    papers = parse_digest("https://dl.acm.org/doi/proceedings/10.1145/3580305", html=page).papers
    assert [(p.title, p.authors, p.doi, p.year) for p in papers] == [(t, a, f"10.1145/3580305.{n}", 2023) for t, a, n in items]


TABLE_ROWS = [
    ("Retrieval-Augmented Generation for Large Language Models in Legal Question Answering", ("Ana Ortiz", "Bo Li")),
    ("Dense Passage Retrieval at Scale with Learned Sparse Indexes", ("Chen Wei", "Dara Khan")),
    ("Query Performance Prediction for Conversational Search Systems", ("Eva Novak", "Femi Ade")),
]


@pytest.mark.parametrize(
    "table",
    [
        "<table><tr><th>Title</th><th>Authors</th></tr>{}</table>".format("".join(f"<tr><td>{t}</td><td>{', '.join(a)}</td></tr>" for t, a in TABLE_ROWS)),
        "<table><thead><tr><th>#</th><th>Paper Title</th><th>Authors</th></tr></thead><tbody>{}</tbody></table>".format(
            "".join(f"<tr><td>{n}</td><td>{t}</td><td>{', '.join(a)}</td></tr>" for n, (t, a) in enumerate(TABLE_ROWS, 1))
        ),
        "<table><tr><td><b>ID</b></td><td><b>Paper</b></td><td><b>Authors</b></td></tr>{}</table>".format(
            "".join(f"<tr><td>P{n:03d}</td><td>{t}</td><td>{', '.join(a)}</td></tr>" for n, (t, a) in enumerate(TABLE_ROWS, 1))
        ),
        "<table>{}</table>".format("".join(f"<tr><td><b>{t}</b><br>{', '.join(a)}</td></tr>" for t, a in TABLE_ROWS)),
        "<table>{}</table>".format("".join(f"<tr><td>{n}</td><td><strong>{t}</strong><br><i>{', '.join(a)}</i></td></tr>" for n, (t, a) in enumerate(TABLE_ROWS, 1))),
    ],
    ids=["a column headed Title", "a numbered column headed Paper Title", "a column headed Paper, header cells in bold", "bold titles in cells",
         "bold titles in numbered rows"],
)
def test_an_accepted_papers_table_gives_its_titles_and_the_authors_beside_them(table):
    # Conference sites list accepted papers in tables, the titles often plain text in a column headed "Title": no
    # papers were read from them.
    papers = parse_digest("https://conference.example.org/accepted-papers", html=f"<html><body><h1>Accepted papers</h1>{table}</body></html>").papers
    assert [(p.title, p.authors) for p in papers] == TABLE_ROWS


def test_a_table_whose_columns_name_no_titles_gives_no_papers():
    results = "<table><tr><th>Method</th><th>Accuracy</th></tr>" + "".join(
        f"<tr><td>{method}</td><td>{score}</td></tr>" for method, score in [("Our method with pretraining", "91.2"), ("Our method without pretraining", "88.0"), ("The strongest published baseline", "86.5")]
    ) + "</table>"  # fmt: skip
    assert parse_digest("https://blog.example.org/results", html=results).papers == []


SHORT_BOLD_TITLES = [  # titles of a few capitalised words, which read as a person's name
    ("Visual Instruction Tuning", ("Haotian Liu", "Chunyuan Li", "Qingyang Wu")),
    ("Attention Is Not Explanation", ("Sarthak Jain", "Byron C. Wallace")),
    ("Universal Dependencies", ("Joakim Nivre", "Marie-Catherine de Marneffe")),
    ("Scaling Laws for Neural Language Models", ("Jared Kaplan", "Sam McCandlish")),
]


def test_short_bold_titles_are_not_taken_for_names():
    # An accepted-papers page of bold titles that link nothing skips bold names (a publication list's owner): "Visual
    # Instruction Tuning" and "Attention Is Not Explanation" were skipped as names.
    page = "<ul>" + "".join(f"<li><strong>{title}</strong><br>{', '.join(names)}</li>" for title, names in SHORT_BOLD_TITLES) + "</ul>"
    assert [(p.title, p.authors) for p in parse_digest("https://workshop.example.org/accepted", html=page).papers] == SHORT_BOLD_TITLES


def test_real_titles_are_rarely_read_as_names_and_real_authors_still_are():
    # The libraries and pages in the shared fixtures, kept out of the title words' making (`make title-words`).
    from backend.domain.digests.paper_fields import names_line
    from tests.support import library_items

    items = [item for path in ("library-zotero-export.bib", "library-group-publications.bib", "zotero/graphics-library.zotero.sqlite")
             for item in library_items(SHARED_FIXTURES / path)]  # fmt: skip
    papers = [paper for digest in shared_pages().values() for paper in digest.papers]
    titles = [record.title for record in (*items, *papers)]
    people = {name for record in (*items, *papers) for name in record.authors}
    assert sum(bool(names_line(title, one_name=True)) for title in titles) <= 22  # of 957; 64 before
    not_names = {name for name in people if not names_line(name, one_name=True)}
    assert len(people) > 3_500 and len(not_names) <= 11  # the same 9 as before, and two bodies
    assert {"Society for Philosophy", "The CMB-S4 Collaboration"} <= not_names


def test_the_title_words_are_what_make_title_words_writes():
    from backend.domain.digests.paper_fields import TITLE_WORDS, TITLE_WORDS_FILE
    from tests.bench.title_words import title_words

    assert TITLE_WORDS_FILE.read_text().split() == title_words() and len(TITLE_WORDS) > 1_000
