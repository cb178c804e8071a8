"""Markdown read as prose: the markup goes, the sentences stay, offsets still reach the file.

Block markup (headings, quotes, list markers, rules, fences, tables' pipes, reference
definitions) and inline markup (emphasis, code ticks, links and images, inline HTML,
backslash escapes) are removed. A paragraph's soft line breaks become spaces, because a
hard-wrapped sentence is still one sentence; headings and list items end their paragraph so
they are never glued to the next sentence.
"""

from __future__ import annotations

import re

from timeline.io.textmap import MappedText

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)")
_SETEXT_UNDERLINE = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_QUOTE = re.compile(r"^ {0,3}(?:>[ \t]?)+")
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+")
_REFERENCE_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+")
# Each cell after the first starts with its mandatory pipe, so no run of dashes or blanks
# can be split two ways (a regex that could would backtrack exponentially on "-----x").
_TABLE_SEPARATOR = re.compile(r"^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+$")
_CLOSING_HASHES = re.compile(r"[ \t]+#+[ \t]*$")

# Inline constructs, with the part a reader sees in a named group. Bracketed and quoted
# spans are bounded so a line of ten thousand "[" or "`" stays linear.
_INLINE = re.compile(
    r"""
      !\[(?P<alt>[^\[\]\n]{0,500})\]\([^()\n]{0,2000}\)               # image: keep its alt text
    | \[(?P<link>[^\[\]\n]{1,500})\]\([^()\n]{0,2000}\)              # link: keep its text
    | \[(?P<ref>[^\[\]\n]{1,500})\]\[[^\[\]\n]{0,100}\]              # reference link
    | \[\^[^\[\]\n]{1,100}\]                                 # footnote marker: drop
    | <(?P<auto>(?:https?|mailto):[^>\s]{1,2000})>          # autolink: keep the address
    | </?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>\n]{0,1000})?/?>       # inline HTML tag: drop
    | (?P<ticks>`{1,10})(?P<code>[^`\n][^\n]{0,1000}?)(?P=ticks)     # code span: keep the code
    | \\(?P<escaped>[\\`*_{}\[\]()#+\-.!>~|])          # backslash escape: keep the char
    | (?<![\w*])(?:\*{1,3}|_{1,3}|~~)(?=[^\s*_~])      # opening emphasis: drop
    | (?<=[^\s*_~])(?:\*{1,3}|_{1,3}|~~)(?![\w*])      # closing emphasis: drop
    """,
    re.VERBOSE,
)


def _inline(line: str, file_start: int, out: MappedText) -> None:
    """Copy ``line`` (found at ``file_start``) to ``out`` without its inline markup."""
    position = 0
    for match in _INLINE.finditer(line):
        out.copy(line[position : match.start()], file_start + position)
        kept = match.lastgroup  # the visible part's group; None: all markup
        if kept in ("link", "ref", "alt"):
            _inline(match.group(kept), file_start + match.start(kept), out)
        elif kept is not None:
            out.copy(match.group(kept), file_start + match.start(kept))
        position = match.end()
    out.copy(line[position:], file_start + position)


def markdown_to_text(source: str, base: int = 0) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Prose of the Markdown ``source``, with an offset map into ``base + source``."""
    out = MappedText()
    lines = source.splitlines(keepends=True)
    offset = 0
    in_fence: str | None = None
    for index, raw in enumerate(lines):
        line_start = base + offset
        offset += len(raw)
        line = raw.rstrip("\r\n")
        fence = _FENCE.match(line)
        if in_fence:
            if fence and fence.group(1)[0] == in_fence[0] and len(fence.group(1)) >= len(in_fence):
                in_fence = None
                out.break_paragraph()
            else:
                out.copy(line, line_start)
                out.break_line()
            continue
        if fence:
            in_fence = fence.group(1)
            out.break_paragraph()
            continue
        if not line.strip():
            out.break_paragraph()
            continue
        if _RULE.match(line) or _REFERENCE_DEFINITION.match(line) or _TABLE_SEPARATOR.match(line):
            out.break_paragraph()
            continue
        if _SETEXT_UNDERLINE.match(line) and index > 0 and lines[index - 1].strip():
            out.break_paragraph()  # the line above was a heading
            continue
        column = 0
        quote = _QUOTE.match(line)
        if quote:
            column = quote.end()
        heading = _HEADING.match(line, column)
        item = _LIST_ITEM.match(line, column) if not heading else None
        if heading or item:
            if heading:
                out.break_paragraph()
            else:
                out.break_line()
            column = (heading or item).end()
        content = line[column:]
        if heading:
            content = _CLOSING_HASHES.sub("", content)
        if "|" in content and content.strip().startswith("|"):
            content = content.replace("|", " ")  # a table row: cells read as words
        stripped = content.strip()
        if not stripped:
            continue
        lead = len(content) - len(content.lstrip())
        if out and not heading and not item:
            out.space()  # a soft line break inside a paragraph
        _inline(stripped, line_start + column + lead, out)
        if heading:
            out.break_paragraph()
        elif item:
            out.break_line()
    return out.finish()
