"""What the overlay shows a person, read through the DevTools protocol.

The overlay lives in closed shadow roots, so neither a page script nor Playwright's locators can see inside
it; DevTools can (as a person's eyes can). Clicks are real mouse clicks at the button's place on screen:
trusted events, like a user's.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from playwright.sync_api import Page


@dataclass
class Element:
    node_id: int
    name: str  # lower case
    classes: tuple[str, ...]
    attributes: dict[str, str]
    text: str


@dataclass
class Strip:
    anchor_text: str  # the text of the page element (or line of text) the strip hangs under (the paper's title)
    attributes: dict[str, str]
    elements: list[Element] = field(default_factory=list)  # everything inside its shadow root

    def having(self, css_class: str) -> list[Element]:
        return [e for e in self.elements if css_class in e.classes]

    def first(self, css_class: str) -> Element | None:
        found = self.having(css_class)
        return found[0] if found else None


@dataclass
class Snapshot:
    strips: list[Strip]
    status: Element | None
    status_attributes: dict[str, str]
    status_elements: list[Element] = field(default_factory=list)  # everything inside the status box

    def strip_for(self, title: str) -> Strip:
        for strip in self.strips:
            if strip.anchor_text == title:
                return strip
        raise AssertionError(f"no strip next to {title!r}")

    def count(self, css_class: str) -> int:
        return sum(len(strip.having(css_class)) for strip in self.strips)

    @property
    def status_text(self) -> str:
        return self.status.text if self.status else ""


def _attributes(node: dict) -> dict[str, str]:
    values = node.get("attributes", [])
    return dict(zip(values[::2], values[1::2]))


def _text(node: dict) -> str:
    if node.get("nodeType") == 3:
        return node.get("nodeValue", "")
    if node.get("nodeName") in ("STYLE", "SCRIPT"):
        return ""
    return "".join(_text(child) for child in node.get("children", []))


def _elements(node: dict) -> list[Element]:
    found = []
    for child in node.get("children", []):
        if child.get("nodeType") == 1:
            attributes = _attributes(child)
            found.append(
                Element(
                    node_id=child["nodeId"],
                    name=child["nodeName"].lower(),
                    classes=tuple(attributes.get("class", "").split()),
                    attributes=attributes,
                    text=" ".join(_text(child).split()),
                )
            )
            found += _elements(child)
    return found


class Overlay:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.cdp = page.context.new_cdp_session(page)

    def snapshot(self) -> Snapshot:
        root = self.cdp.send("DOM.getDocument", {"depth": -1, "pierce": True})["root"]
        strips, status, status_attributes, status_elements = [], None, {}, []

        def walk(node: dict) -> None:
            nonlocal status, status_attributes, status_elements
            children = node.get("children", [])
            for index, child in enumerate(children):
                name = child.get("nodeName")
                if name in ("PAPERLENS-STRIP", "PAPERLENS-STATUS"):
                    inside = [e for shadow in child.get("shadowRoots", []) for e in _elements(shadow)]
                    if name == "PAPERLENS-STRIP":
                        # The element it hangs under, or the line of text (a title in a plain-text e-mail)
                        previous = next((c for c in reversed(children[:index]) if c.get("nodeType") == 1 or _text(c).strip()), None)
                        anchor = " ".join(_text(previous).split()) if previous else ""
                        strips.append(Strip(anchor, _attributes(child), inside))
                    else:
                        status = next((e for e in inside if "status" in e.classes), None)
                        status_attributes, status_elements = _attributes(child), inside
                    continue
                walk(child)
                for shadow in child.get("shadowRoots", []):
                    walk(shadow)
                if "contentDocument" in child:
                    walk(child["contentDocument"])

        walk(root)
        return Snapshot(strips, status, status_attributes, status_elements)

    def wait_for(self, condition: Callable[[Snapshot], object], timeout: float = 30.0, what: str = "") -> Snapshot:
        deadline = time.monotonic() + timeout
        while True:
            snapshot = self.snapshot()
            try:
                if condition(snapshot):
                    return snapshot
            except AssertionError:
                pass
            if time.monotonic() > deadline:
                raise AssertionError(f"overlay: not {what or condition} within {timeout:.0f} s; status: {snapshot.status_text!r}")
            self.page.wait_for_timeout(200)

    def click(self, element: Element, timeout: float = 5.0) -> None:
        """A real click at the element's place on screen, brought to the middle of the window first (at an
        edge, the status box in the corner may cover it, as it would a person's pointer).

        The click waits until the element stands still and is the topmost thing at that point: a strip
        redrawn or a page scrolling between reading the place and pressing the button would send the click
        to whatever moved under the pointer (on a real page, a title's link that navigates away)."""
        node = self.cdp.send("DOM.resolveNode", {"nodeId": element.node_id})["object"]
        self._call(node, "function() { this.scrollIntoView({block: 'center', behavior: 'instant'}); }")
        deadline = time.monotonic() + timeout
        previous = None
        while True:
            place = self._call(node, _HIT_TEST)
            if place["hit"] and place == previous:
                break
            if time.monotonic() > deadline:
                raise AssertionError(f"overlay: {element.name}.{'.'.join(element.classes)} not clickable within {timeout:.0f} s: {place}")
            previous = place
            self.page.wait_for_timeout(100)
        self.page.mouse.click(place["x"], place["y"])

    def _call(self, node: dict, function: str):
        result = self.cdp.send(
            "Runtime.callFunctionOn", {"objectId": node["objectId"], "functionDeclaration": function, "returnByValue": True}
        )
        return result["result"].get("value")


# Where the element's middle is, and whether the element (not something over it) is what a pointer there hits;
# asked of its own (closed) shadow root, which DevTools may reach.
_HIT_TEST = """function() {
  const box = this.getBoundingClientRect();
  const x = box.left + box.width / 2, y = box.top + box.height / 2;
  const top = this.isConnected ? this.getRootNode().elementFromPoint(x, y) : null;
  return {x, y, hit: !!top && (top === this || this.contains(top))};
}"""
