"""The visible article text of an HTML page, with the standard library's ``html.parser``.

Only what a reader sees in the article survives: scripts, styles, navigation, headers,
footers, asides and the like are dropped; block elements become paragraph breaks (so the
sentence splitter never glues a heading to the paragraph below); runs of whitespace collapse
as a browser collapses them; entities are decoded. The page's metadata (title, publication
date, site name, author) is read from ``<title>`` and the usual ``<meta>`` tags.

The parser is a flat state machine over tags, so deeply nested markup costs no recursion.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser

from timeline.io.textmap import MappedText

# Elements whose whole content is not article text.
HIDDEN = frozenset(
    {
        "script",
        "style",
        "nav",
        "header",
        "footer",
        "aside",
        "noscript",
        "template",
        "svg",
        "math",
        "iframe",
        "object",
        "canvas",
        "select",
        "button",
        "form",
        "head",
    }
)
# Elements that end a paragraph where they open and where they close.
BLOCKS = frozenset(
    {
        "address",
        "article",
        "blockquote",
        "body",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hgroup",
        "hr",
        "html",
        "legend",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "ul",
    }
)
CELLS = frozenset({"td", "th"})
# Elements that never have an end tag; an unmatched one must not unbalance the counters.
VOID = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    }
)

# Containers whose class or id names them as page furniture rather than the article
# ("share-bar", "related_links", "newsletter-signup"...). Matched on whole words of the name.
BOILERPLATE_WORDS = frozenset(
    {
        "ad",
        "ads",
        "advert",
        "advertisement",
        "banner",
        "breadcrumb",
        "breadcrumbs",
        "comments",
        "consent",
        "cookie",
        "cookies",
        "menu",
        "navbar",
        "newsletter",
        "paywall",
        "promo",
        "recirc",
        "recommended",
        "related",
        "share",
        "sharing",
        "sidebar",
        "signup",
        "social",
        "sponsored",
        "subscribe",
        "toolbar",
    }
)
BOILERPLATE_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog"}
)
# Only containers are judged by their names: a <p class="share-quote"> is still prose.
CONTAINERS = frozenset({"div", "section", "ul", "ol", "li", "span", "figure", "table", "dl"})
# The article proper: when a page marks it, text outside it is page furniture.
CONTENT = frozenset({"article", "main"})
_NAME_WORDS = re.compile(r"[^a-z0-9]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")
# The marked article is used when it holds at least this share of the page's text.
CONTENT_SHARE = 0.2

# <meta> keys that carry each piece of metadata, most specific first.
_META_KEYS = {
    "published": (
        "article:published_time",
        "ld:datepublished",
        "datepublished",
        "date",
        "dc.date",
        "dc.date.issued",
        "pubdate",
        "publish-date",
        "sailthru.date",
        "parsely-pub-date",
        "time:published",
    ),
    "title": ("og:title", "ld:headline", "twitter:title", "dc.title"),
    "source": ("og:site_name", "ld:publisher", "application-name"),
    "author": ("author", "ld:author", "article:author", "dc.creator", "byl"),
}

_WHITESPACE = re.compile(r"[ \t\n\r\f\v]+")
_COLLAPSIBLE = re.compile(r"[ \t\n\r\f\v]{2,}|[\t\n\r\f\v]")


@dataclass(frozen=True)
class HtmlPage:
    """What an HTML file yields: its visible text, the text's offset map and metadata."""

    text: str
    offset_map: tuple[tuple[int, int], ...]
    metadata: dict[str, str] = field(default_factory=dict)


def _is_furniture(tag: str, attrs: list[tuple[str, str | None]]) -> bool:
    """True for an element a reader does not see or does not read as the article."""
    values = {k.lower(): (v or "") for k, v in attrs}
    if "hidden" in values or values.get("aria-hidden", "").lower() == "true":
        return True
    if values.get("role", "").lower() in BOILERPLATE_ROLES:
        return True
    if _HIDDEN_STYLE.search(values.get("style", "").lower()):
        return True
    if tag not in CONTAINERS:
        return False
    names = f"{values.get('class', '')} {values.get('id', '')}".lower()
    return not BOILERPLATE_WORDS.isdisjoint(_NAME_WORDS.split(names))


class _VisibleText(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        # html.parser counts lines by "\n" alone, so positions are rebuilt the same way.
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.page = MappedText()  # all visible text
        self.content = MappedText()  # the visible text inside <article>/<main>
        self.meta: dict[str, str] = {}
        self._title: list[str] = []
        self._first_h1: list[str] = []
        self._in_title = False
        self._in_h1 = False
        self._seen_h1 = False
        self._hidden_depth = 0
        self._skip_tag = ""  # a furniture element being skipped, and how deep in it we are
        self._skip_depth = 0
        self._content_depth = 0
        self._pre_depth = 0
        self._json_ld: list[str] | None = None  # a <script type="application/ld+json">

    @property
    def _outputs(self) -> tuple[MappedText, ...]:
        return (self.page, self.content) if self._content_depth else (self.page,)

    @property
    def _skipping(self) -> bool:
        return bool(self._hidden_depth or self._skip_depth)

    # -- positions ------------------------------------------------------------------
    def _offset(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column if line - 1 < len(self._line_starts) else 0

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        """A malformed "<![" section ("<![1", "<![ x]]>") is a bogus comment, as browsers
        read it; the standard library raises AssertionError on it (up to Python 3.12)."""
        position = self.getpos()
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            self.lineno, self.offset = position  # it moved on before raising
            return self.parse_bogus_comment(i, report)

    # -- tags -----------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            self._read_meta(attrs)
            return
        if tag == "title":
            self._in_title = not self._title  # the document's title, not an <svg>'s
            return
        if tag == "script" and dict(attrs).get("type", "").lower() == "application/ld+json":
            self._json_ld = []
        if tag == "time":
            self._read_time(attrs)
        if tag in HIDDEN and tag not in VOID:
            self._hidden_depth += 1
            return
        if self._skip_depth:
            if tag == self._skip_tag and tag not in VOID:
                self._skip_depth += 1
            return
        if self._hidden_depth:
            return
        if attrs and tag not in VOID and _is_furniture(tag, attrs):
            self._skip_tag, self._skip_depth = tag, 1
            return
        if tag in CONTENT:
            self._content_depth += 1
        if tag == "h1" and not self._seen_h1:
            self._in_h1 = True
        if tag == "pre":
            self._pre_depth += 1
        for out in self._outputs:
            if tag in BLOCKS:
                out.break_paragraph()
            elif tag == "br":
                out.break_line()
            elif tag in CELLS:
                out.space()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br/>, <meta .../>, <p/>: a start without content.
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
            return
        if tag == "script" and self._json_ld is not None:
            self._read_json_ld("".join(self._json_ld))
            self._json_ld = None
        if tag in HIDDEN:
            if self._hidden_depth:
                self._hidden_depth -= 1
            return
        if self._skip_depth:
            if tag == self._skip_tag:
                self._skip_depth -= 1
            return
        if self._hidden_depth:
            return
        if tag == "h1" and self._in_h1:
            self._in_h1 = False
            self._seen_h1 = True
        if tag == "pre" and self._pre_depth:
            self._pre_depth -= 1
        for out in self._outputs:
            if tag in BLOCKS:
                out.break_paragraph()
            elif tag in CELLS:
                out.space()
        if tag in CONTENT and self._content_depth:
            self._content_depth -= 1

    # -- text -----------------------------------------------------------------------
    def handle_data(self, data: str) -> None:
        if self._json_ld is not None:
            self._json_ld.append(data)
            return
        if self._in_title:
            self._title.append(data)
            return
        if self._skipping:
            return
        if self._in_h1:
            self._first_h1.append(data)
        start = self._offset()
        for out in self._outputs:
            if self._pre_depth:
                out.copy(data, start)
                continue
            # Collapse whitespace as a browser does: a run of blanks (or any blank other
            # than a space) becomes one space mapped to the run; the rest is copied whole.
            position = 0
            for run in _COLLAPSIBLE.finditer(data):
                _copy_words(out, data[position : run.start()], start + position)
                out.space(start + run.start(), start + run.end())
                position = run.end()
            _copy_words(out, data[position:], start + position)

    def _reference(self, raw: str) -> None:
        decoded = unescape(raw)
        if self._in_title:
            self._title.append(decoded)
            return
        if self._skipping:
            return
        if self._in_h1:
            self._first_h1.append(decoded)
        start = self._offset()
        for out in self._outputs:
            if decoded.isspace():
                out.space(start, start + len(raw))
            else:
                out.replace(decoded, start, start + len(raw))

    def handle_entityref(self, name: str) -> None:
        self._reference(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._reference(f"&#{name};")

    # -- metadata -------------------------------------------------------------------
    def _read_meta(self, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
        content = values.get("content", "").strip()
        if key and content and key not in self.meta:
            self.meta[key] = content

    def _read_time(self, attrs: list[tuple[str, str | None]]) -> None:
        """``<time pubdate datetime=...>`` or ``<time itemprop="datePublished" ...>``."""
        values = {k.lower(): (v or "") for k, v in attrs}
        published = "pubdate" in values or values.get("itemprop", "").lower() == "datepublished"
        if published and values.get("datetime"):
            self.meta.setdefault("time:published", values["datetime"].strip())

    def _read_json_ld(self, text: str) -> None:
        """Schema.org metadata (datePublished, headline, author, publisher) from JSON-LD."""
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):  # broken, or nested past Python's stack
            return
        pending = [data]
        for _ in range(1000):  # a bounded walk: JSON-LD can nest deeply
            if not pending:
                break
            item = pending.pop()
            if isinstance(item, list):
                pending.extend(reversed(item))
                continue
            if not isinstance(item, dict):
                continue
            if isinstance(item.get("@graph"), list):
                pending.extend(reversed(item["@graph"]))
            if "datePublished" not in item:
                continue
            for key, value in (
                ("ld:datepublished", item.get("datePublished")),
                ("ld:headline", item.get("headline")),
                ("ld:author", _schema_name(item.get("author"))),
                ("ld:publisher", _schema_name(item.get("publisher"))),
            ):
                if isinstance(value, str) and value.strip():
                    self.meta.setdefault(key, value.strip())

    def metadata(self) -> dict[str, str]:
        found: dict[str, str] = {}
        for field_name, keys in _META_KEYS.items():
            for key in keys:
                if self.meta.get(key):
                    found[field_name] = _WHITESPACE.sub(" ", self.meta[key]).strip()
                    break
        if "title" not in found:
            title = _WHITESPACE.sub(" ", "".join(self._title)).strip()
            heading = _WHITESPACE.sub(" ", "".join(self._first_h1)).strip()
            if title or heading:
                found["title"] = title or heading
        return found


def _schema_name(value: object) -> str | None:
    """A schema.org Person/Organization's name, or the names of a list of them."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        name = value.get("name")
        return name if isinstance(name, str) else None
    if isinstance(value, list):
        names = [n for n in map(_schema_name, value) if n]
        return ", ".join(names) or None
    return None


def _copy_words(out: MappedText, piece: str, at: int) -> None:
    """Copy ``piece`` (single spaces only), never doubling the space before it."""
    if piece[:1] == " " and out.at_blank():
        piece, at = piece[1:], at + 1
    out.copy(piece, at)


def html_to_text(source: str) -> HtmlPage:
    """The visible article text of ``source`` (an HTML document) and its metadata.

    When the page marks its article (``<article>`` or ``<main>``) and that holds a fair
    share of the visible text, only the article is kept: menus, teasers and comment
    sections outside it are not the story.
    """
    parser = _VisibleText(source)
    parser.feed(source)
    parser.close()
    page_text, page_map = parser.page.finish()
    content_text, content_map = parser.content.finish()
    if content_text.strip() and len(content_text) >= CONTENT_SHARE * len(page_text):
        page_text, page_map = content_text, content_map
    return HtmlPage(text=page_text, offset_map=page_map, metadata=parser.metadata())


def looks_like_html(text: str) -> bool:
    """True when standard input (which has no file name) is an HTML page."""
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html")) or bool(
        re.search(r"<(html|head|body|p|div|article)\b[^>]*>", head)
    )


__all__ = ["HtmlPage", "html_to_text", "looks_like_html"]
