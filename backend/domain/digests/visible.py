"""The text a page shows, line by line: what a mail client shows of a plain-text e-mail (arXiv's mailing read in
Gmail or Outlook on the web) is that text again, wrapped in markup."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

# Elements that begin a line of their own (and end it).
_BLOCKS = frozenset(
    "address article aside blockquote dd div dl dt figcaption figure h1 h2 h3 h4 h5 h6 header hr li main ol p pre section"
    " table tbody tr ul".split()
)
_HIDDEN = "script, style, noscript, template, head"


def visible_text(html: str) -> str:
    """The page's text as `shown_text` gives it."""
    tree = LexborHTMLParser(html)
    for hidden in tree.css(_HIDDEN):
        hidden.decompose()
    root = tree.body or tree.root
    return shown_text(root) if root is not None else ""


def shown_text(root: LexborNode) -> str:
    """The element's text with a line break for each `<br>` and around each block; inside `<pre>` its own line
    breaks. Elsewhere a line break of the markup is a space ("Ann\\nLee"), or nothing where a line begins ("<br>\\n
    of kilonovae": the spaces after it indent a continued line)."""
    preformatted: set[int] = set()
    for pre in root.css("pre"):  # in page order: a `pre` inside another is marked already, and not walked again
        if pre.mem_id not in preformatted:
            preformatted.update(node.mem_id for node in pre.traverse(include_text=True))
    parts: list[str] = []
    line_begins = True
    for node in root.traverse(include_text=True):
        if node.tag == "-text":
            text = node.text_content.replace("\xa0", " ")
            if node.mem_id not in preformatted:
                text = text.replace("\r", "")
                text = (text.lstrip("\n") if line_begins else text).replace("\n", " ")
            if text:
                parts.append(text)
                line_begins = text.endswith("\n")
        elif node.tag == "br" or node.tag in _BLOCKS:
            parts.append("\n")
            line_begins = True
    return "".join(parts)
