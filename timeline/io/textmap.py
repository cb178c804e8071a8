"""Building a text out of pieces of a file while remembering where each piece came from.

Markdown and HTML readers keep some characters of the file, drop others (markup) and add a
few of their own (paragraph breaks). Reported offsets must still point into the file, so
every converter appends through :class:`MappedText`, which records an offset map of
``(text_start, file_start)`` pairs only where the shift between text and file changes.
"""

from __future__ import annotations


class MappedText:
    """An append-only text with a compact map back to file offsets."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._map: list[tuple[int, int]] = []
        self._shift: int | None = None  # file_start - text_start of the current run
        self._file_end = 0  # file offset just past the last copied character

    def __len__(self) -> int:
        return self._length

    def copy(self, piece: str, file_start: int) -> None:
        """Append ``piece``, which appears verbatim in the file at ``file_start``."""
        if not piece:
            return
        self._mark(file_start - self._length)
        self._parts.append(piece)
        self._length += len(piece)
        self._file_end = file_start + len(piece)

    def replace(self, piece: str, file_start: int, file_end: int) -> None:
        """Append ``piece`` standing for the file's ``[file_start, file_end)`` (an entity)."""
        if not piece:
            return
        self._mark(file_start - self._length)
        self._parts.append(piece)
        self._length += len(piece)
        self._file_end = file_end

    def add(self, piece: str) -> None:
        """Append text of the converter's own (a space, a paragraph break)."""
        if not piece:
            return
        self._mark(self._file_end - self._length)
        self._parts.append(piece)
        self._length += len(piece)

    def ends_with(self, suffix: str) -> bool:
        """True when the text so far ends with ``suffix`` (looks back over parts)."""
        last = self._parts[-1] if self._parts else ""
        if len(last) >= len(suffix):
            return last.endswith(suffix)
        tail = ""
        for part in reversed(self._parts):
            tail = part + tail
            if len(tail) >= len(suffix):
                break
        return tail.endswith(suffix)

    def at_blank(self) -> bool:
        """True at the start of the text or right after a space or a line break."""
        return not self._length or self.ends_with(" ") or self.ends_with("\n")

    def break_paragraph(self) -> None:
        """End the current paragraph with a blank line, never doubling one, never leading."""
        if not self._length or self.ends_with("\n\n"):
            return
        self.add("\n" if self.ends_with("\n") else "\n\n")

    def break_line(self) -> None:
        if self._length and not self.ends_with("\n"):
            self.add("\n")

    def space(self, file_start: int | None = None, file_end: int | None = None) -> None:
        """A word separator, unless the text already ends in whitespace (or is empty).

        Given the file's whitespace run ``[file_start, file_end)`` it stands for, the space
        maps there, so a single blank between words keeps the map from growing.
        """
        if self.at_blank():
            return
        if file_start is None:
            self.add(" ")
        else:
            self.replace(" ", file_start, file_start + 1 if file_end is None else file_end)

    def _mark(self, shift: int) -> None:
        if shift != self._shift:
            self._map.append((self._length, shift + self._length))
            self._shift = shift

    def finish(self) -> tuple[str, tuple[tuple[int, int], ...]]:
        """The text (trailing whitespace trimmed) and its offset map."""
        text = "".join(self._parts).rstrip()
        return text, tuple(self._map)
