"""The header: which documents are being explored, and how far to trust their dates."""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content
from textual.widgets import Static

from timeline.io.document import DateStatus, Document
from timeline.tui.text import clip, describe_publication, safe

MAX_DOCUMENTS = 3  # up to this many get a line each; beyond, two lines and "… and N more"


def document_line(document: Document, width: int = 0) -> Content:
    """ "Title — Source · published 2025-04-16 (estimated)", the title shortened to fit
    ``width`` (when given) so the source and the date's status always show."""
    status = describe_publication(document)
    marked = document.date_status in (DateStatus.ESTIMATED, DateStatus.INFERRED)
    tail = Content.assemble(
        (f" — {safe(clip(document.source, 100))}" if document.source else "", ""),
        (" · ", "$text-muted"),
        (status, "$text-warning" if marked else "$text-muted"),
    )
    title = safe(clip(document.label))
    room = width - tail.cell_length
    if width and len(title) > room:
        title = title[: max(room - 1, 8)] + "…"
    return Content.assemble((title, "bold"), tail)


class DocumentHeader(Static):
    """One line per document (a few at most), docked at the top."""

    DEFAULT_CSS = """
    DocumentHeader { text-wrap: nowrap; text-overflow: ellipsis; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.documents: Sequence[Document] = ()

    def show(self, documents: Sequence[Document]) -> None:
        self.documents = documents
        self._render_documents()

    def on_resize(self) -> None:
        self._render_documents()

    def _render_documents(self) -> None:
        documents = self.documents
        if not documents:
            self.update(Content.styled("No documents", "$text-muted"))
            return
        width = self.content_region.width
        shown = documents if len(documents) <= MAX_DOCUMENTS else documents[: MAX_DOCUMENTS - 1]
        lines = [document_line(d, width) for d in shown]
        if len(shown) < len(documents):
            lines.append(
                Content.styled(f"… and {len(documents) - len(shown)} more documents", "$text-muted")
            )
        self.update(Content("\n").join(lines))
