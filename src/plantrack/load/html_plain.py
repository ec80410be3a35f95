"""A page's text without the main-text extractor: the stdlib's streaming HTML parser,
for pages beyond what trafilatura reads.

trafilatura builds an lxml tree: libxml2 stops at 256 levels of nesting and at a 10 MB
text node (the article is then "not found"), and the tree of a 50 MB page takes about
20 times its size in memory. This reader keeps no tree: it feeds the page through
:class:`html.parser.HTMLParser` in slices, drops what is never the article (scripts,
styles, navigation, headers, footers, forms) and makes block elements line ends. So it
has no depth limit and its memory is the text it keeps. It cannot tell an article from
the rest of the page's text, which is why it is the fallback, not the reader.
"""

from __future__ import annotations

from html.parser import HTMLParser

from attrs import frozen

__all__ = ["DEEPEST", "LONGEST_NODE", "PlainText", "plain_text"]

DEEPEST = 255  # libxml2's nesting limit (without its huge-tree option)
LONGEST_NODE = 10_000_000  # libxml2's limit on one text node, in bytes
_NODE_CHARS = LONGEST_NODE // 3  # the same in characters of Chinese (3 bytes in UTF-8)
_SLICE = 1 << 20  # characters fed to the parser at a time

_SKIPPED = frozenset({"script", "style", "noscript", "template", "nav", "header", "footer",
                      "form", "select", "button", "svg", "head", "title", "iframe"})
_BLOCKS = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
                     "section", "article", "table", "ul", "ol", "dd", "dt", "blockquote",
                     "pre", "hr", "td", "th", "main", "body"})
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "area", "base", "col",
                   "embed", "source", "track", "wbr", "param"})


@frozen
class PlainText:
    """A page's text, and whether the page is beyond the main-text extractor."""

    text: str
    deepest: int
    longest_node: int  # characters

    @property
    def beyond_extractor(self) -> bool:
        return self.deepest > DEEPEST or self.longest_node >= _NODE_CHARS


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.depth = self.deepest = self.skipping = 0
        self.run = self.longest = 0  # characters of the text node being read

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.node_ends()
        if tag in _VOID:
            if tag in _BLOCKS and not self.skipping:
                self.parts.append("\n")
            return
        self.depth += 1
        self.deepest = max(self.deepest, self.depth)
        if tag in _SKIPPED or self.skipping:
            self.skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        self.node_ends()
        if tag in _VOID:
            return
        self.depth = max(0, self.depth - 1)
        if self.skipping:
            self.skipping -= 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.run += len(data)
        if not self.skipping:
            self.parts.append(data)

    def node_ends(self) -> None:
        self.longest = max(self.longest, self.run)
        self.run = 0


def plain_text(markup: str) -> PlainText:
    """The text of ``markup`` outside scripts, navigation and the like, a line per block,
    blank lines squeezed; with the page's depth and longest text node."""
    reader = _Reader()
    for start in range(0, len(markup), _SLICE):
        reader.feed(markup[start:start + _SLICE])
    reader.close()
    reader.node_ends()
    lines = (" ".join(line.split()) for line in "".join(reader.parts).split("\n"))
    text = "\n".join(line for line in lines if line)
    return PlainText(text=text, deepest=reader.deepest, longest_node=reader.longest)
