"""Loading articles: formats, metadata, encodings, and every way an input can be refused."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from timeline.io.document import DateStatus
from timeline.io.errors import InputError
from timeline.io.loaders import (
    load_inputs,
    load_sources,
    parse_published,
    read_document,
)
from timeline.io.seeds import default_inputs

SEED = default_inputs()[0]


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def test_no_input_is_the_bundled_article_with_its_front_matter():
    (doc,) = load_inputs([])
    assert doc.title == "Can the CIA and U.S. military stop the Mexican cartels?"
    assert doc.author == "Elaine Shannon"
    assert doc.source == "The Cipher Brief"
    assert doc.published == date(2025, 4, 16)
    assert doc.date_status is DateStatus.ESTIMATED
    file_text = SEED.read_text(encoding="utf-8")
    assert doc.text.startswith("CIPHER BRIEF REPORTING")
    assert file_text[doc.body_offset :] == doc.text
    assert dict(doc.extra)["note"].startswith("The text has no dateline")


def test_published_flag_overrides_metadata_as_given():
    (doc,) = load_inputs([], published=date(2024, 1, 2))
    assert doc.published == date(2024, 1, 2)
    assert doc.date_status is DateStatus.GIVEN


def test_leading_header_lines(tmp_path):
    path = write(
        tmp_path,
        "a.txt",
        "Title: Port strike ends\nPublished: March 5, 2023\nAuthor: A. Writer\n\n"
        "Note: the body starts here. On Monday the strike ended.\n",
    )
    doc = read_document(path)
    assert (doc.title, doc.author, doc.published) == (
        "Port strike ends",
        "A. Writer",
        date(2023, 3, 5),
    )
    assert doc.date_status is DateStatus.GIVEN
    assert doc.text.startswith("Note: the body starts here.")
    assert path.read_text()[doc.body_offset :].startswith("Note:")


def test_plain_text_without_metadata_has_no_date(tmp_path):
    doc = read_document(write(tmp_path, "plain.txt", "On Monday it rained.\n"))
    assert doc.published is None and doc.date_status is DateStatus.MISSING
    assert doc.body_offset == 0 and doc.text == "On Monday it rained.\n"


def test_unreadable_metadata_date_is_a_warning_not_an_error(tmp_path):
    warnings: list[str] = []
    path = write(tmp_path, "a.txt", "---\npublished: someday\n---\nText.\n")
    doc = read_document(path, warn=warnings.append)
    assert doc.published is None
    assert len(warnings) == 1 and "someday" in warnings[0]


@pytest.mark.parametrize(
    "content",
    [
        "---\ntitle: Flood\nThe river rose on 3 May 2020.\n",  # prose where --- should be
        "---\ntitle: Flood\npublished: 2020-05-04\n",  # the file ends first
    ],
)
def test_an_unclosed_front_matter_is_body_text_with_one_warning(tmp_path, content):
    warnings: list[str] = []
    path = write(tmp_path, "a.md", content)
    doc = read_document(path, warn=warnings.append)
    assert doc.title == "" and doc.published is None and "title: Flood" in doc.text
    assert warnings == [f"{path}: its front matter (opened by '---') is never closed; read as text"]


@pytest.mark.parametrize(
    "content",
    ["---\ntitle: Flood\n---\nText.\n", "---\nThe river rose.\n", "Title: Flood\n\nText.\n"],
)
def test_no_warning_without_an_unclosed_front_matter(tmp_path, content):
    warnings: list[str] = []
    read_document(write(tmp_path, "a.txt", content), warn=warnings.append)
    assert warnings == []


def test_html_visible_text_and_metadata(tmp_path):
    html = """<!DOCTYPE html><html><head>
    <title>Fallback title</title>
    <meta property="og:title" content="Drone strike kills commander">
    <meta property="article:published_time" content="2020-01-03T08:00:00Z">
    <meta property="og:site_name" content="Daily Example">
    <style>p { color: red }</style><script>var d = "June 1, 1999";</script>
    </head><body>
    <nav>Home &middot; World</nav><header>Sign in</header>
    <article><h1>Drone   strike</h1>
    <p>On <b>January 3, 2020</b>, a strike hit the airport &amp; killed
       the commander.</p><p>Officials&nbsp;said &ldquo;no&rdquo;.</p>
    <ul><li>First</li><li>Second</li></ul></article>
    <aside>Related: March 1, 2001</aside><noscript>Enable JS</noscript>
    <footer>&copy; 2020</footer></body></html>"""
    path = write(tmp_path, "page.html", html)
    doc = read_document(path)
    assert doc.format == "html"
    assert doc.title == "Drone strike kills commander"
    assert doc.source == "Daily Example"
    assert doc.published == date(2020, 1, 3)
    assert doc.text.split("\n\n") == [
        "Drone strike",
        "On January 3, 2020, a strike hit the airport & killed the commander.",
        "Officials said “no”.",
        "First",
        "Second",
    ]
    for hidden in ("1999", "Home", "Sign in", "color", "2001", "Enable", "©"):
        assert hidden not in doc.text
    # Offsets map back into the file.
    start = doc.text.index("January 3, 2020")
    begin, end = doc.file_span(start, start + len("January 3, 2020"))
    assert html[begin:end] == "January 3, 2020"


def test_html_title_tag_when_no_og_title(tmp_path):
    doc = read_document(write(tmp_path, "p.htm", "<title>Plain &amp; simple</title><p>Hi.</p>"))
    assert doc.title == "Plain & simple" and doc.text == "Hi."


def test_deeply_nested_html_is_fine(tmp_path):
    html = "<div>" * 50_000 + "On May 5, 2021, it opened." + "</div>" * 50_000
    doc = read_document(write(tmp_path, "deep.html", html))
    assert doc.text == "On May 5, 2021, it opened."


@pytest.mark.parametrize(
    ("html", "hidden"),
    [
        ("<p>It opened <![1 draft]>on May 5, 2021.</p>", "draft"),  # a bogus comment
        ("<p>It opened <![ if mso]>on May 5, 2021.</p>", "mso"),
        ("<p>It opened on May 5, 2021.</p> <![0", None),  # unclosed: kept as text
    ],
)
def test_a_malformed_html_declaration_is_read_as_browsers_do(tmp_path, html, hidden):
    path = write(tmp_path, "odd.html", html)
    doc = read_document(path)
    assert "It opened on May 5, 2021." in doc.text
    if hidden:
        assert hidden not in doc.text
    else:
        start = doc.text.index("<![0")
        assert path.read_text()[doc.file_offset(start) :].startswith("<![0")


def test_markdown_markup_is_removed_and_offsets_reach_the_file(tmp_path):
    markdown = (
        "---\ntitle: Court rules\npublished: 2022-06-30\n---\n"
        "# Supreme *Court* rules\n\n"
        "On **June 30**, the [court](https://example.org/x) ruled\n"
        "that the `law` stood. See ![chart](c.png).\n\n"
        "> Quoted: _July 1, 2022_ was next.\n\n"
        "- First item\n- Second item\n"
    )
    path = write(tmp_path, "ruling.md", markdown)
    doc = read_document(path)
    assert doc.format == "markdown"
    assert doc.title == "Court rules"
    assert doc.published == date(2022, 6, 30)
    assert doc.text.split("\n\n") == [
        "Supreme Court rules",
        "On June 30, the court ruled that the law stood. See chart.",
        "Quoted: July 1, 2022 was next.",
        "First item\nSecond item",
    ]
    file_text = path.read_text()
    for phrase in ("June 30", "July 1, 2022", "ruled", "Second item"):
        start = doc.text.index(phrase)
        begin, end = doc.file_span(start, start + len(phrase))
        assert file_text[begin:end] == phrase


def test_markdown_title_from_first_heading(tmp_path):
    doc = read_document(write(tmp_path, "a.md", "# A *great* year\n\nText.\n"))
    assert doc.title == "A great year"


def test_utf8_bom_is_dropped(tmp_path):
    path = write(tmp_path, "bom.txt", b"\xef\xbb\xbfTitle: Caf\xc3\xa9\n\nBody.")
    warnings: list[str] = []
    doc = read_document(path, warn=warnings.append)
    assert doc.title == "Café" and doc.text == "Body." and warnings == []


def test_cp1252_is_read_with_one_warning(tmp_path):
    path = write(tmp_path, "old.txt", "“Caf\xe9” — 2019".encode("cp1252"))
    warnings: list[str] = []
    doc = read_document(path, warn=warnings.append)
    assert doc.text == "“Café” — 2019"
    assert len(warnings) == 1 and "cp1252" in warnings[0] and "\n" not in warnings[0]


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (b"PK\x03\x04\x00\x00binary", "NUL"),
        ("text".encode("utf-16"), "UTF-16"),
    ],
)
def test_binary_is_refused(tmp_path, content, needle):
    with pytest.raises(InputError, match=needle):
        read_document(write(tmp_path, "x.txt", content))


def test_over_the_size_limit_is_refused_before_reading(tmp_path, monkeypatch):
    path = write(tmp_path, "big.txt", "x" * 2000)

    def no_reading(*args, **kwargs):
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_reading)
    with pytest.raises(InputError, match="size limit"):
        read_document(path, max_size=1000)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_inputs([str(tmp_path / "nope.txt")])


def test_empty_file_is_an_empty_document_with_a_warning(tmp_path):
    warnings: list[str] = []
    (doc,) = load_inputs([str(write(tmp_path, "empty.txt", b""))], warn=warnings.append)
    assert doc.text == "" and warnings == [f"{tmp_path / 'empty.txt'}: empty file"]


def test_folder_files_sorted_recursively_bad_ones_skipped(tmp_path):
    write(tmp_path, "b.md", "Second.")
    write(tmp_path, "a.txt", "First.")
    write(tmp_path, "sub/c.html", "<p>Third.</p>")
    write(tmp_path, "sub/d.htm", "<p>Fourth.</p>")
    write(tmp_path, "notes.pdf", b"%PDF\x00")
    write(tmp_path, "z.txt", b"\x00\x01")
    write(tmp_path, ".hidden.txt", "Hidden.")
    warnings: list[str] = []
    docs = load_inputs([str(tmp_path)], warn=warnings.append)
    assert [d.text for d in docs] == ["First.", "Second.", "Third.", "Fourth."]
    assert len(warnings) == 1 and "z.txt" in warnings[0]


def test_a_file_named_twice_is_read_once_where_first_named(tmp_path, monkeypatch):
    write(tmp_path, "d/a.txt", "First.")
    write(tmp_path, "d/b.txt", "Second.")
    monkeypatch.chdir(tmp_path)
    for names, expected in (
        (["d/b.txt", "d/b.txt"], ["Second."]),
        (["d/b.txt", "./d/b.txt", str(tmp_path / "d" / "b.txt")], ["Second."]),
        (["d/b.txt", "d"], ["Second.", "First."]),  # the folder less what was read
        (["d/b.txt", "d", "d/a.txt", "d/"], ["Second.", "First."]),
        (["d", "d/b.txt", "d/a.txt"], ["First.", "Second."]),
    ):
        assert [d.text for d in load_inputs(names)] == expected, names
    assert [d.path for d in load_inputs(["./d/a.txt", "d/a.txt"])] == ["d/a.txt"]


def test_a_folder_named_twice_is_read_once(tmp_path):
    write(tmp_path, "sub/a.txt", "First.")
    write(tmp_path, "b.txt", "Second.")
    names = [str(tmp_path), str(tmp_path / "sub"), str(tmp_path)]
    assert [d.text for d in load_inputs(names)] == ["Second.", "First."]


def test_folder_with_nothing_readable(tmp_path):
    write(tmp_path, "x.pdf", b"%PDF")
    with pytest.raises(InputError, match="no readable article"):
        load_inputs([str(tmp_path)])


def test_stdin_text_and_html():
    (doc,) = load_inputs(["-"], stdin=io.BytesIO(b"Title: Piped\n\nOn May 1 it rained."))
    assert (doc.path, doc.title, doc.text) == ("<stdin>", "Piped", "On May 1 it rained.")
    (page,) = load_inputs(["-"], stdin=io.BytesIO(b"<html><p>A &amp; B</p></html>"))
    assert page.format == "html" and page.text == "A & B"


def test_stdin_over_the_limit():
    with pytest.raises(InputError, match="size limit"):
        load_inputs(["-"], stdin=io.BytesIO(b"x" * 101), max_size=100)


def test_a_json_input_is_read_as_an_export_not_as_an_article(tmp_path):
    path = write(tmp_path, "e.json", '{"documents": [], "events": []}')
    sources = load_sources([str(path)])
    assert sources.documents == [] and sources.exported_events == []
    with pytest.raises(InputError, match="not a timeline export"):
        load_sources([str(write(tmp_path, "other.json", "[1, 2]"))])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-04-16", date(2025, 4, 16)),
        ("2025-04-16T10:00:00+02:00", date(2025, 4, 16)),
        ("April 16, 2025", date(2025, 4, 16)),
        ("16 Apr 2025", date(2025, 4, 16)),
    ],
)
def test_parse_published(text, expected):
    assert parse_published(text) == expected


@pytest.mark.parametrize("text", ["2025", "April 2025", "soon", "2025-13-45"])
def test_parse_published_refuses_partial_or_bad_dates(text):
    with pytest.raises(ValueError):
        parse_published(text)


def test_html_page_furniture_is_not_the_article(tmp_path):
    html = """<html><head><title>Flood</title></head><body>
    <div class="site-menu"><a>World</a> <a>Politics</a></div>
    <main><article><h1>Flood hits town</h1>
    <div class="share-tools"><button>Share</button> Tweet this</div>
    <p>On April 2, the river rose.</p>
    <div hidden>Secret March 5, 2020</div><span aria-hidden="true">icon</span>
    <div class="ad-slot">Buy now</div>
    <div class="content"><div><p>Officials said on Monday the water fell.</p></div></div>
    </article>
    <section class="related-stories"><ul><li>Older flood of May 2019</li></ul></section>
    </main>
    <div role="contentinfo">Contact us</div>
    <div>Comments: a great article, better than the one from 2010</div>
    </body></html>"""
    doc = read_document(write(tmp_path, "flood.html", html))
    assert doc.text.split("\n\n") == [
        "Flood hits town",
        "On April 2, the river rose.",
        "Officials said on Monday the water fell.",
    ]
    start = doc.text.index("Monday")
    assert html[doc.file_offset(start) :].startswith("Monday the water fell.")


def test_html_without_an_article_element_keeps_all_visible_text(tmp_path):
    html = "<body><div>Intro from 2001.</div><div><p>Body of it.</p></div></body>"
    doc = read_document(write(tmp_path, "plain.html", html))
    assert doc.text == "Intro from 2001.\n\nBody of it."


def test_a_tiny_article_element_in_a_long_page_is_not_taken_for_the_story(tmp_path):
    story = "<p>" + "The council met on May 3 and voted. " * 20 + "</p>"
    html = f"<body><article>Teaser.</article>{story}</body>"
    doc = read_document(write(tmp_path, "teaser.html", html))
    assert "The council met on May 3" in doc.text and "Teaser." in doc.text


def test_windows_line_endings_keep_offsets_exact(tmp_path):
    markdown = (
        "---\r\ntitle: CRLF\r\npublished: 2020-02-02\r\n---\r\n"
        "# Head\r\n\r\nOn **May 4**,\r\nit rained.\r\n"
    )
    path = tmp_path / "crlf.md"
    path.write_bytes(markdown.encode())
    doc = read_document(path)
    assert doc.title == "CRLF" and doc.published == date(2020, 2, 2)
    assert doc.text == "Head\n\nOn May 4, it rained."
    start = doc.text.index("May 4")
    begin, end = doc.file_span(start, start + 5)
    assert markdown[begin:end] == "May 4"
    text_path = tmp_path / "crlf.txt"
    text_path.write_bytes(b"Title: T\r\nPublished: 2020-02-02\r\n\r\nBody.\r\n")
    text_doc = read_document(text_path)
    assert (text_doc.title, text_doc.text) == ("T", "Body.\r\n")


def test_html_json_ld_and_time_metadata(tmp_path):
    html = """<html><head><title>Site | Story</title>
    <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
      {"@type": "WebSite", "name": "Site"},
      {"@type": "NewsArticle", "headline": "Dam opens", "datePublished": "2019-05-06T08:00Z",
       "author": [{"@type": "Person", "name": "Ann Lee"}, {"name": "Bo Chen"}],
       "publisher": {"@type": "Organization", "name": "Valley Times"}}]}</script>
    </head><body><p>The dam opened on Sunday.</p></body></html>"""
    doc = read_document(write(tmp_path, "ld.html", html))
    assert (doc.title, doc.published, doc.author, doc.source) == (
        "Dam opens",
        date(2019, 5, 6),
        "Ann Lee, Bo Chen",
        "Valley Times",
    )
    assert doc.text == "The dam opened on Sunday."
    timed = '<body><p>By Ann <time pubdate datetime="2018-02-03">Feb 3</time>.</p></body>'
    assert read_document(write(tmp_path, "t.html", timed)).published == date(2018, 2, 3)


def test_html_declared_charset_is_honoured_when_not_utf8(tmp_path):
    page = '<html><head><meta charset="windows-1251"></head><body><p>Москва, 5 мая 2021.</p>'
    warnings: list[str] = []
    path = write(tmp_path, "ru.html", page.encode("cp1251"))
    doc = read_document(path, warn=warnings.append)
    assert doc.text == "Москва, 5 мая 2021." and warnings == []
    legacy = '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>Café</p>'
    doc = read_document(write(tmp_path, "fr.html", legacy.encode("latin-1")), warn=warnings.append)
    assert doc.text == "Café"


def test_hard_wrapped_sentences_are_read_whole_offsets_unchanged(tmp_path):
    content = (
        "Published: 2023-01-01\n\n"
        "On March 3, 2022, the mayor of the town\nresigned after a dispute.\n"
        "Two days later the council met\r\nand named a successor.\n"
        "Finding a successor\nThe council voted.\n"
    )
    path = write(tmp_path, "wrapped.txt", content)
    doc = read_document(path)
    assert "the town resigned after" in doc.text
    assert "council met  and named" in doc.text  # \r\n became two spaces: same length
    assert "Finding a successor\nThe council" in doc.text  # a capitalised line stays apart
    assert "dispute.\nTwo days" in doc.text  # so does a line after a full stop
    file_text = path.read_bytes().decode()
    assert len(doc.text) == len(file_text) - doc.body_offset
    start = doc.text.index("town resigned")
    assert doc.file_text(start, start + 13) == "town\nresigned"
    assert file_text[doc.file_offset(start) :].startswith("town\nresigned")
