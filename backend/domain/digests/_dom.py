"""Small readings of a page's elements that the generic reading and the per-paper fields share."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from backend.domain.digests._text import squash


def innermost(nodes: list[LexborNode]) -> list[LexborNode]:
    """The nodes that hold none of the others: a "title" element around a heading is not a title, and reading the
    text of 900 nested ones would read the innermost's 900 times. Each element is marked once, walking up."""
    nodes = list({node.mem_id: node for node in nodes}.values())  # a selector list gives `h3.card-title` twice
    holding: set[int] = set()
    for node in nodes:
        parent = node.parent
        while parent is not None and parent.mem_id not in holding:
            holding.add(parent.mem_id)
            parent = parent.parent
    return [node for node in nodes if node.mem_id not in holding]


def next_after(node: LexborNode, regions: list[LexborNode]) -> LexborNode | None:
    """What comes after the title within its paper: its next sibling with words, else that of the first element
    around it that has one, climbing no higher than the paper's region that holds it (whose next is the region
    after it): the byline after an `h3 > a`, the authors' row after an e-mail's `tr > td > a`."""
    roots = {region.mem_id for region in regions}
    while True:
        sibling = node.next
        while sibling is not None and not line_text(sibling):
            sibling = sibling.next
        if sibling is not None or node.mem_id in roots or node.parent is None:
            return sibling
        node = node.parent


def in_regions(node: LexborNode, regions: list[LexborNode], levels: int = 8) -> bool:
    """Is the node one of the paper's regions, or inside one within a few levels (a byline sits close)?"""
    wanted = {region.mem_id for region in regions}
    while node is not None and levels >= 0:
        if node.mem_id in wanted:
            return True
        node, levels = node.parent, levels - 1
    return False


def line_text(node: LexborNode) -> str:
    """The words of an element or a text node, white space squashed (a comment and a line break have none)."""
    if node.is_comment_node or node.tag == "br":
        return ""
    return squash(node.text_content if node.tag == "-text" else node.text())


def inside(node: LexborNode, ancestor: LexborNode) -> bool:
    """Is the node the ancestor or inside it, however deep?"""
    while node is not None:
        if node.mem_id == ancestor.mem_id:
            return True
        node = node.parent
    return False

