"""Article text is shown literally: never read as markup, links, actions or escape codes."""

from __future__ import annotations

from dataclasses import replace

from tui_helpers import SIZE, main_screen, press, screen_text, settle

from timeline.model.event import Actor
from timeline.model.timeline import Filter, Timeline
from timeline.tui.app import TimelineApp
from timeline.tui.sample import sample_documents, sample_events
from timeline.tui.text import safe
from timeline.tui.widgets.detail_pane import DetailPane

HOSTILE = (
    "[bold]x[/bold] [@click=app.quit]Click[/] [link=file:///etc/passwd]x[/link] "
    "\x1b[31mred\x1b]8;;http://evil.example\x07link"
)


def hostile_app() -> TimelineApp:
    events = sample_events()
    sentence = f"On April 8, {HOSTILE} happened."
    start = sentence.index("April 8")
    events[0] = replace(
        events[0],
        sentence=sentence,
        summary=HOSTILE,
        kind="[i]kind[/i]",
        actors=(Actor("[@click=app.quit]Evil[/]", "person"),),
        date_start=start,
        date_end=start + len("April 8"),
    )
    documents = sample_documents()
    documents[0] = replace(documents[0], title="[b]Title[/b] [@click=app.quit]x[/]")
    return TimelineApp(documents, Timeline(events))


def test_safe_makes_control_characters_visible_and_keeps_offsets():
    shown = safe("a\x1b[31mb\x07\nc\u202ed")
    assert shown == "a␛[31mb␇ c\ufffdd"
    assert len(shown) == len("a\x1b[31mb\x07\nc\u202ed")


async def test_markup_and_escapes_in_articles_show_literally_and_do_nothing():
    app = hostile_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "[b]Title[/b] [@click=app.quit]x[/]" in text  # the header
        assert "[i]kind[/i]" in text  # a timeline row and the kinds facet
        assert "[@click=app.quit]Evil[/]" in text  # the actors facet and row
        assert "\x1b" not in text
        details = app.main_screen.query_one(DetailPane).text
        assert "[bold]x[/bold] [@click=app.quit]Click[/] [link=file:///etc/passwd]x[/link]" in (
            details
        )
        assert "␛[31mred␛]8;;http://evil.example␇link" in details
        # Clicking where the "Click" action would be does nothing but select.
        await pilot.click("#details", offset=(30, 1))
        await settle(pilot)
        await press(pilot, "a", *"evil", "enter")
        assert main_screen(app).filter == Filter(actors=("[@click=app.quit]Evil[/]",))
        assert "1 of 19 events · [@click=app.quit]Evil[/]" in screen_text(app)
        await press(pilot, "ctrl+p", *"evil")
        await pilot.pause(0.3)
        assert "Filter by actor: [@click=app.quit]Evil[/]" in screen_text(app)
        await press(pilot, "escape")
        assert app.is_running  # no click, key or escape code made it quit


async def test_huge_values_are_cut_to_what_fits_around_the_date():
    """A broken input's one-megabyte "sentence" and names show in part, date phrase kept."""
    events = sample_events()
    filler = "word " * 200_000
    sentence = f"{filler}On April 8, 2025 it happened. {filler}"
    start = sentence.index("April 8, 2025")
    events[0] = replace(
        events[0],
        sentence=sentence,
        summary=sentence,
        actors=(Actor("N" * 100_000, "person"),),
        date_start=start,
        date_end=start + len("April 8, 2025"),
    )
    app = TimelineApp(sample_documents(), Timeline(events))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        details = app.main_screen.query_one(DetailPane).text
        assert "April 8, 2025" in details
        assert details.startswith("…") and len(details) < 5_000
        assert len(screen_text(app)) < 20_000
        await press(pilot, "a")
        assert "NNNN" in screen_text(app)
