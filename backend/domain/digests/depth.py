"""How deep a page nests its elements, counted in one pass before the HTML parser sees the page.

Linear in the page's size for any input: every step starts where the last one ended and never looks
back. The pieces that could run on (an unclosed tag, attribute quote, comment or `<script>`) run to the
end of the page in a browser too, so on reaching the end we stop instead of trying again further on —
that retrying is what made the old regex scan quadratic (`"<a " * 8000` took 7.6 s).
"""

from __future__ import annotations

import re

# The next thing that may open markup: a start or end tag, a comment, or `<!…>` / `<?…>` (bogus comments).
_MARKUP = re.compile(r"<(?:(/?)([a-zA-Z][a-zA-Z0-9-]*)|(!--)|[!?])")
# The rest of a tag after its name, through `>`. Possessive (`*+`): nothing is retried on failure, and a
# quote opens a value only after `=` as in the HTML tokenizer. No match: the tag runs to the page's end.
_TAG_REST = re.compile(r"""(?:[^>=]|=\s*"[^"]*"|=\s*'[^']*'|=(?!\s*["']))*+>""")
# Elements whose content is text up to their end tag (no nesting inside them).
_RAW_TEXT = ("script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript")
_RAW_TEXT_END = {name: re.compile(rf"</{name}\b", re.I) for name in _RAW_TEXT}
# Elements that never nest: void ones, and those whose end tag is optional (the parser closes them).
_FLAT = frozenset(
    "area base br col embed hr img input link meta param source track wbr "
    "p li dt dd tr td th option optgroup thead tbody tfoot colgroup caption rb rt rtc rp".split()
)


def too_deep(html: str, limit: int) -> bool:
    """Does the page nest elements more than `limit` deep?"""
    depth, position, size = 0, 0, len(html)
    while position < size:
        markup = _MARKUP.search(html, position)
        if markup is None:
            return False
        closing, name, comment = markup.groups()
        if comment:
            end = html.find("-->", markup.end())
            if end < 0:
                return False  # an unclosed comment swallows the rest of the page
            position = end + 3
            continue
        if name is None:  # <!DOCTYPE …>, <![CDATA[…]]>, <?…>: up to the next `>`
            end = html.find(">", markup.end())
            if end < 0:
                return False
            position = end + 1
            continue
        rest = _TAG_REST.match(html, markup.end())
        if rest is None:
            return False  # an unclosed tag (or attribute quote) swallows the rest of the page
        position = rest.end()
        name = name.lower()
        if closing:
            depth = max(0, depth - 1)  # stray end tags cannot hide depth that follows them
            continue
        if name in _RAW_TEXT_END:
            end = _RAW_TEXT_END[name].search(html, position)
            if end is None:
                return False
            position = end.end()
            continue
        if name == "plaintext":
            return False  # everything after it is text
        if name in _FLAT or html[position - 2] == "/":
            continue
        depth += 1
        if depth > limit:
            return True
    return False
