"""The text a page shows, line by line: what a mail client shows of a plain-text e-mail (arXiv's mailing read in
Gmail or Outlook on the web) is that text again, wrapped in markup."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

# Elements that begin a line of their own (and end it).
_BLOCKS = frozenset(
    "address article aside blockquote dd div dl dt figcaption figure h1 h2 h3 h4 h5 h6 header hr li main ol p pre section"
    " table tbody tr ul".split()
)
_HIDDEN = "script, style, noscript, template, head"


def visible_text(html: str) -> str:
    """The page's text with a line break for each `<br>` and around each block; inside `<pre>` its own line breaks.
    Elsewhere the markup's own line breaks are layout, not text ("<br>\\n  of kilonovae": a continued line)."""
    tree = LexborHTMLParser(html)
    for hidden in tree.css(_HIDDEN):
        hidden.decompose()
    root = tree.body or tree.root
    if root is None:
        return ""
    parts: list[str] = []
    preformatted: set[int] = set()
    for pre in root.css("pre"):  # in page order: a `pre` inside another is marked already, and not walked again
        if pre.mem_id not in preformatted:
            preformatted.update(node.mem_id for node in pre.traverse(include_text=True))
    for node in root.traverse(include_text=True):
        if node.tag == "-text":
            text = node.text_content.replace("\xa0", " ")
            parts.append(text if node.mem_id in preformatted else text.replace("\r", "").replace("\n", ""))
        elif node.tag == "br" or node.tag in _BLOCKS:
            parts.append("\n")
    return "".join(parts)
