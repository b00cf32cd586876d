"""The renderer seam. The domain writes a document as escaped HTML (casefile.packet_content
holds the one set of builders: STYLE, `e`, the tables and sections); a `Renderer`
(casefile.render.QtRenderer, handed in by whoever builds the services) turns it into PDF
bytes in memory, so the domain never imports Qt."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from casefile.catalogue import Msg


class Renderer(Protocol):
    """Turns ready, escaped HTML into PDF bytes in memory, and the catalogue's words into
    one language's text (a PDF speaks the practice's language, whatever the window
    speaks)."""

    def render(self, html: str, title: str = "", lang: str = "nl", mark: str = "") -> bytes:
        ...

    def words(self, lang: str) -> Callable[[Msg | str], str]: ...
