"""The HTML loader: the main text of a saved web page, through trafilatura if installed.

trafilatura is an optional dependency (``pip install plantrack[html]``), imported only
when an HTML file is read. Without it the page is refused with a message saying so.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from plantrack.components import LoadOptions, Loader
from plantrack.errors import InputError
from plantrack.hookspecs import hookimpl
from plantrack.load.text import read_text_file
from plantrack.model import Document

__all__ = ["HtmlLoader"]


class HtmlLoader:
    name = "html"
    suffixes: tuple[str, ...] = (".html", ".htm")

    def load(self, path: Path, options: LoadOptions) -> Document:
        markup = read_text_file(path)
        try:
            import trafilatura
        except ImportError:
            raise InputError(str(path), "reading HTML needs the optional extra: "
                                        "pip install 'plantrack[html]'") from None
        text = trafilatura.extract(markup, include_comments=False, include_tables=True)
        if not text:
            raise InputError(str(path), "no main text found in the HTML page")
        return Document(name=path.name, text=text, source=str(path))


@hookimpl
def register_loaders(register: Callable[[Loader], None]) -> None:
    register(HtmlLoader())
