"""Pages built to make a parser slow: each shape is a unit repeated to any size.

Used by the linear-time property test and by `tests/bench/bench_hostile.py` (the API table).
"""

from __future__ import annotations

# name -> (field, unit, prefix): the page is prefix + unit repeated up to the size.
SHAPES: dict[str, tuple[str, str, str]] = {
    "unclosed tags": ("html", "<a ", ""),
    "unclosed tags, no space": ("html", "<a", ""),
    "unclosed attribute quote": ("html", '<a href="x', ""),
    "attribute equals signs": ("html", "<a b=", ""),
    "unclosed end tags": ("html", "</a ", ""),
    "raw-text openers": ("html", "<script>", ""),
    "raw-text openers, mixed": ("html", "<style><textarea><title>", ""),
    "comment openers": ("html", "<!--", ""),
    "comments, closed": ("html", "<!-- x -->", ""),
    "CDATA openers": ("html", "<![CDATA[", ""),
    "bogus comments": ("html", "<!x", ""),
    "processing instructions": ("html", "<?x ", ""),
    "quotes": ("html", "\"'", "<a "),
    "entities": ("html", "&amp;&#x1F600;&#99999999;&lt", "<p>"),
    "long attribute": ("html", "x", '<div data-x="'),
    "nesting under the limit": ("html", "<div><span>", ""),
    "flat elements": ("html", "<br><p>x", ""),
    "list links": ("html", '<li><a href="/abs/2401.00001">A paper title that repeats</a></li>', "<ul>"),
    "headings": ("html", "<h3>Heading of a paper</h3><p>text</p>", ""),
    "bold links with people": (
        "html", '<div><strong><a href="/p/1">A paper title in bold</a></strong><a href="/people/a/">A B</a></div><div class="abstract">x</div>', ""
    ),
    "bold links nested": ("html", '<b><a href="/p">A paper title in bold</a>', ""),
    "title-classed headings with listed authors": (
        "html", '<div><h3 class="card-title">A paper title</h3><ul class="authors"><li>A B</li><li>C D</li></ul><div class="snippet">doi: 10.1000/</div></div>', ""
    ),
    "bylines": ("html", '<div><h3>A paper title</h3><div>A B, C D - Venue, 2020 - host</div></div><div>- 1999 - ', ""),
    "bold titles linked by a word": ("html", '<li><strong>A paper title</strong> [<a href="https://arxiv.org/abs/2401.00001">paper</a>]</li>', "<ul>"),
    "BibTeX beside titles": ("html", "<div><h3>A paper title</h3><pre>@article{k, author = {A B and C {\\\"u} D}, year = 2020}</pre></div>", ""),
    "BibTeX entry unclosed": ("html", "@article{k, author = {A and {", "<div><h3>A paper title</h3><h3>Another title</h3><pre>"),
    "names under titles": ("html", '<li><a href="/p/1">A paper title</a> <i>A B, C D</i><br>Venue, 2020<br><br></li>', "<ul>"),
    "line breaks after a title": ("html", "<br>", '<ul><li><a href="/p/1">A paper title</a></li><li><a href="/p/2">Another paper title</a>'),
    "definition-term titles": ("html", '<dl><dt>A paper title</dt><dd><b><i>A B, C D</i></b>; 2020. [<a href="/abs">abs</a>]</dd></dl>', ""),
    "bold italics under a title": ("html", "<b><i>", '<ul><li><a href="/p/1">A paper title</a></li><li><a href="/p/2">Another paper title</a>'),
    "authors one a line": ("html", '<tr><td class="title"><a href="/p">A paper title</a></td><td class="authors">A B<br>C D<br></td></tr>', "<table>"),
    "bold titles with names after": ("html", "<p><b>A paper title</b><br><i>A B, C D</i> · <time>2020</time></p>", ""),
    "bold after empty elements": ("html", "<i></i><b>A paper title</b>", "<p>"),
    "e-mail rows": ("html", '<tr><td><a href="/p">A paper title</a></td></tr><tr><td>A B, C D</td></tr><tr><td>Venue, 2020</td></tr>', "<table>"),
    "empty elements after a title": ("html", "<span></span>", '<ul><li><a href="/p/0">Another paper title</a></li><li><a href="/p/1">A paper title</a>'),
    "affiliation marks": ("html", "1,", "<div><h3>A paper title</h3><h3>Another title</h3><div class=\"authors\">Ann Lee"),
    "abstract labels": ("html", "<li><strong>Abstract:</strong> <span>x y</span></li>", "<div><h3>A paper title</h3><h3>Another title</h3><ul>"),
    "date elements": ("html", '<div><h3>A paper title</h3><span class="date">Published: 1 Jan 2020</span><span>Year: 2020</span></div>', ""),
    "paper links": (
        "html",
        '<p><a href="https://arxiv.org/abs/2401.00001">A paper title</a></p><a href="https://doi.org/10.1000/x">Another paper</a>',
        "<main>",
    ),
    "unclosed formatting": ("html", "<b><i><u><s>", ""),
    "formatting with attributes": ("html", '<b id="1"><p>x</b>', ""),
    "tables": ("html", "<table><tr><td>", ""),
    "feed comments": ("html", "<!-- a -->", '<?xml version="1.0"?>'),
    "feed items": ("html", "<item><title>x</title></item>", '<rss version="2.0"><channel>'),
    "feed description paragraphs": (
        "html", "&lt;p&gt;Author(s): A B, C D&lt;/p&gt;&lt;p&gt;Source, published online: x", '<rss version="2.0"><channel><item><title>A title</title><description>'
    ),
    "mailing records in markup": ("html", "\\\\<br>arXiv:2401.00001<br>Title: x<br>", "<div>"),
    "preformatted blocks": ("html", "<pre>\\\\\narXiv:1\n</pre><pre><pre>x</pre></pre>", ""),
    "feed description citations": (
        "html", "Science, Volume 383, Issue 6680, Page 1, ", '<rss version="2.0"><channel><item><title>A title</title><description>'
    ),
    "entries with menus of DOI links": (
        "html", '<li><nav><a href="https://doi.org/10.1/a">x</a><a href="https://arxiv.org/abs/2401.00001">y</a></nav><span class="title">A paper title</span></li>', "<ul>"
    ),
    "a table of titles": ("html", "<tr><td>A paper title here</td><td>A B, C D</td></tr><table><tr><th>Title</th></tr>", "<table><tr><th>Title</th><th>Authors</th></tr>"),
    "written dates": ("html", "<li><h3>A paper title</h3><span>August 2023</span><span>1 Jan</span><span>May 20, 2024</span></li>", "<ul>"),
    "whitespace": ("text", " \n \t", "Title\n"),
    "blank lines": ("text", "\n\n", ""),
    "author separators": ("text", " and ,", "A title line\n\n"),
    "arXiv ids": ("text", "arXiv:", ""),
    "mailing separators": ("text", "\\\\\n", ""),
    "long line": ("text", "word ", ""),
    "author parentheses, unclosed": ("text", "(", "\\\\\narXiv:2401.00001\nTitle: A title\nAuthors: "),
    "author parentheses, nested": ("text", "((1) A, (2) B) C and ", "\\\\\narXiv:2401.00001\nTitle: A title\nAuthors: "),
    "author parentheses, closing": ("text", ") ,", "\\\\\narXiv:2401.00001\nTitle: A title\nAuthors: "),
}


def hostile_page(name: str, size: int) -> dict[str, str]:
    """The request body fields of shape `name`, about `size` characters of content."""
    field, unit, prefix = SHAPES[name]
    content = prefix + unit * max(1, (size - len(prefix)) // len(unit))
    return {"url": "https://example.org/hostile", field: content}
