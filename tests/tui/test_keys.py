"""Every key of the explorer, driven through Pilot, checked against the model and the screen."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from textual.events import MouseScrollDown
from textual.widgets import SelectionList
from tui_helpers import SIZE, main_screen, press, screen_text, settle, timeline_rows, view

from timeline.model.timeline import Filter, Timeline, YearRange
from timeline.tui.app import TimelineApp
from timeline.tui.sample import sample_documents, synthetic_events
from timeline.tui.screens.export import ExportScreen
from timeline.tui.screens.goto_date import GoToDateScreen
from timeline.tui.screens.help import HelpScreen
from timeline.tui.screens.main import MainScreen
from timeline.tui.screens.picker import PickerScreen
from timeline.tui.widgets.detail_pane import DetailPane
from timeline.tui.widgets.facet_panel import FacetPanel
from timeline.tui.widgets.search_bar import SearchBar
from timeline.tui.widgets.timeline_view import TimelineView


async def test_first_screen_shows_every_event_under_year_headings(app, timeline: Timeline):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        assert screen.selection is not None
        assert screen.selection.events == timeline.events
        rows = timeline_rows(app)
        assert rows[0].startswith("─ 2011 ")
        assert "2 events" in rows[0]
        assert "2011-09-30" in rows[1] and "strike" in rows[1] and "CIA" in rows[1]
        text = screen_text(app)
        assert "Can the CIA and U.S. military stop the Mexican cartels?" in text
        assert "published 2025-04-16 (estimated)" in text
        assert "A decade of border policy" in text
        assert "19 of 19 events" in text
        assert isinstance(app.focused, TimelineView)


async def test_arrows_move_the_cursor_and_the_details_follow(app, timeline: Timeline):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "down", "down")
        assert view(app).highlighted == timeline[2]
        details = app.main_screen.query_one(DetailPane).text
        assert "In 2014 Congress passed a border security bill" in details
        assert "2014-01-01 – 2014-12-31" in details
        assert "articles/border-policy.md, offset 200" in details
        await press(pilot, "up")
        assert view(app).highlighted == timeline[1]
        assert "[2/19]" in screen_text(app)


async def test_page_keys_and_home_end(app, timeline: Timeline):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "pagedown")
        after_page = view(app).cursor
        assert after_page > 5
        await press(pilot, "end")
        assert view(app).highlighted == timeline[-1]
        assert any("Sheinbaum said Monday" in row for row in timeline_rows(app))
        await press(pilot, "pageup")
        assert view(app).cursor < len(timeline) - 5
        await press(pilot, "home")
        assert view(app).highlighted == timeline[0]
        assert timeline_rows(app)[0].startswith("─ 2011 ")


async def test_small_terminal_scrolls_to_keep_the_cursor_visible(app, timeline: Timeline):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "end")
        rows = timeline_rows(app)
        assert any("Sheinbaum said Monday" in row for row in rows)
        assert not any("Famously" in row for row in rows)


async def test_mouse_click_selects_and_double_click_opens_details(app, timeline: Timeline):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        widget = view(app)
        row = widget.row_of(4)  # "Summer 2016" under the 2016 heading
        await pilot.click(TimelineView, offset=(20, row))
        await settle(pilot)
        assert widget.highlighted == timeline[4]
        await pilot.click(TimelineView, offset=(20, row), times=2)
        await settle(pilot)
        assert isinstance(app.focused, DetailPane)


async def test_mouse_wheel_scrolls_the_timeline():
    documents, events = synthetic_events(500)
    app = TimelineApp(documents, Timeline(events))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        widget = view(app)
        first_rows = timeline_rows(app)
        for _ in range(5):
            await pilot._post_mouse_events([MouseScrollDown], TimelineView, offset=(10, 5))
        await settle(pilot)
        assert widget.scroll_offset.y > 0
        assert timeline_rows(app) != first_rows


async def test_enter_focuses_details_and_escape_returns(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "enter")
        assert isinstance(app.focused, DetailPane)
        await press(pilot, "escape")
        assert isinstance(app.focused, TimelineView)


async def test_a_long_sentence_wraps_in_the_details_and_scrolls_with_the_keys():
    documents, events = synthetic_events(3)
    long = " ".join(f"word{i}" for i in range(300)) + " the end."
    events[0] = replace(events[0], sentence=long, summary=long, date_start=0, date_end=0)
    app = TimelineApp(documents, Timeline(events))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        pane = app.main_screen.query_one(DetailPane)
        pane.show(events[0])
        await pilot.pause()
        width = pane.scrollable_content_region.width
        rows = [pane.render_line(y).text for y in range(pane.scrollable_content_region.height)]
        assert rows[0].startswith("word0 word1") and all(len(r) <= width for r in rows)
        assert pane.virtual_size.height > pane.scrollable_content_region.height
        pane.focus()
        await press(pilot, "down", "down")
        assert pane.scroll_offset.y == 2
        assert pane.render_line(0).text == rows[2]


async def test_slash_searches_and_enter_applies(app, timeline: Timeline):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "slash")
        assert isinstance(app.focused, SearchBar)
        await press(pilot, *"cienfuegos", "enter")
        screen = main_screen(app)
        assert screen.filter == Filter(text="cienfuegos")
        assert screen.selection.events == timeline.select(Filter(text="cienfuegos")).events
        assert len(screen.selection) == 2
        assert isinstance(app.focused, TimelineView)
        assert not app.main_screen.query_one(SearchBar).display
        text = screen_text(app)
        assert "2 of 19 events · “cienfuegos”" in text
        assert "Cienfuegos was released" in text
        assert "Famously" not in text


async def test_escape_cancels_a_search(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "slash", *"quo")  # typing q in the search does not quit
        assert app.is_running
        assert app.main_screen.query_one(SearchBar).value == "quo"
        await press(pilot, "escape")
        assert main_screen(app).filter == Filter()
        assert len(main_screen(app).selection) == 19
        assert isinstance(app.focused, TimelineView)


async def test_y_picks_years(app, timeline: Timeline):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "y")
        assert isinstance(app.screen, PickerScreen)
        await pilot.press(*"2020")
        await press(pilot, "enter")
        screen = main_screen(app)
        expected = Filter(years=(YearRange(2020, 2020),))
        assert screen.filter == expected
        assert screen.selection.events == timeline.select(expected).events
        assert "4 of 19 events · 2020" in screen_text(app)
        assert all("2020" in row for row in timeline_rows(app)[1:5])


async def test_y_ticks_several_years_and_accepts_a_typed_range(app, timeline: Timeline):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "y", "tab", "space", "down", "space", "enter")  # 2011 and 2014
        assert main_screen(app).filter.years == (YearRange(2011, 2011), YearRange(2014, 2014))
        assert len(main_screen(app).selection) == 3
        await press(pilot, "y", "tab", "space", "down", "space")  # untick both
        await press(pilot, "shift+tab", *"2015-2018", "enter")
        assert main_screen(app).filter.years == (YearRange(2015, 2018),)
        assert main_screen(app).selection.events == (
            timeline.select(Filter(years=(YearRange(2015, 2018),))).events
        )


async def test_a_picks_actors_typing_narrows_the_list(app, timeline: Timeline):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "a")
        picker = app.screen
        assert isinstance(picker, PickerScreen)
        options = picker.query_one(SelectionList)
        assert options.option_count == len(timeline.select().actors)
        await pilot.press(*"shein")
        await settle(pilot)
        assert options.option_count == 1
        await press(pilot, "enter")
        screen = main_screen(app)
        assert screen.filter == Filter(actors=("Claudia Sheinbaum",))
        assert len(screen.selection) == 2
        assert "2 of 19 events · Claudia Sheinbaum" in screen_text(app)
        await press(pilot, "a", "d", "escape")  # Escape cancels a picker
        assert screen.filter == Filter(actors=("Claudia Sheinbaum",))


async def test_k_picks_kinds_and_filters_combine(app, timeline: Timeline):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "a", *"dea", "enter")
        await press(pilot, "k")
        picker = app.screen
        # Counts are what each kind would keep with the actor filter in place.
        counts = {c.value: c.count for c in picker.choices}
        assert counts == timeline.select(Filter(actors=("DEA",))).kinds
        await press(pilot, *"rep", "enter")
        expected = Filter(actors=("DEA",), kinds=("report",))
        assert main_screen(app).filter == expected
        assert main_screen(app).selection.events == timeline.select(expected).events
        assert "1 of 19 events · DEA · report" in screen_text(app)


async def test_c_clears_every_filter(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "k", *"str", "enter")
        assert len(main_screen(app).selection) == 2
        await press(pilot, "c")
        assert main_screen(app).filter == Filter()
        assert "19 of 19 events" in screen_text(app)


async def test_g_goes_to_the_nearest_event(app, timeline: Timeline):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "g")
        assert isinstance(app.screen, GoToDateScreen)
        await press(pilot, *"2022-04-06", "enter")
        assert view(app).highlighted == timeline[timeline.nearest(date(2022, 4, 6))]
        assert view(app).highlighted.summary.startswith("DEA officials testified")
        assert isinstance(app.focused, TimelineView)


async def test_g_rejects_what_is_not_a_date(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "g", *"soon", "enter")
        assert isinstance(app.screen, GoToDateScreen)
        assert "Not a date" in str(app.screen.query_one("#goto-error").visual)
        await press(pilot, "escape")
        assert view(app).cursor == 0


async def test_question_mark_opens_help_listing_every_key(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        for key in ("PgUp", "Home", "Enter", "/", "y", "a", "k", "c", "g", "e", "q", "mouse"):
            assert key in text
        await press(pilot, "escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_footer_names_the_main_keys(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        footer = screen_text(app).splitlines()[-1]
        for label in ("Search", "Years", "Actors", "Kinds", "Clear", "Go to", "Export", "Help"):
            assert label in footer
        assert "Quit" in footer


async def test_q_quits(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_no_match_says_how_to_recover(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "slash", *"zzzz", "enter")
        assert len(main_screen(app).selection) == 0
        assert "No events match" in screen_text(app)
        assert "0 of 19 events" in screen_text(app)


async def test_an_input_without_dated_events_says_so_not_that_a_filter_hides_them():
    app = TimelineApp(sample_documents()[:1], Timeline(()))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "No dated events in the input" in text and "Press c" not in text
        await press(pilot, "slash", *"zzzz", "enter")  # a filter on nothing: still nothing
        assert "No dated events in the input" in screen_text(app)


async def test_command_palette_offers_filters_and_export(app, timeline: Timeline):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "ctrl+p", *"kind: law")
        await pilot.pause(0.2)
        text = screen_text(app)
        assert "Filter by kind: law" in text
        await press(pilot, "enter")
        assert main_screen(app).filter == Filter(kinds=("law",))
        assert main_screen(app).selection.events == timeline.select(Filter(kinds=("law",))).events
        await press(pilot, "ctrl+p", *"export view")
        await pilot.pause(0.2)
        await press(pilot, "enter")
        assert isinstance(app.screen, ExportScreen)


async def test_clicking_a_facet_value_toggles_it_in_the_filter(app, timeline: Timeline):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        panel = app.main_screen.query_one(FacetPanel)
        assert "DEA" in panel.values("actors") and "2020" in panel.values("years")
        await pilot.click("#facets", offset=(3, panel.row_of("actors", "DEA")))
        await settle(pilot)
        assert main_screen(app).filter == Filter(actors=("DEA",))
        await pilot.click("#facets", offset=(2, panel.row_of("years", "2020")))
        await settle(pilot)
        expected = Filter(actors=("DEA",), years=(YearRange(2020, 2020),))
        assert main_screen(app).filter == expected
        assert main_screen(app).selection.events == timeline.select(expected).events
        await pilot.click("#facets", offset=(3, panel.row_of("actors", "DEA")))
        await settle(pilot)
        assert main_screen(app).filter == Filter(years=(YearRange(2020, 2020),))
        title = panel.row_of("actors", "DEA") - 1 - panel.values("actors").index("DEA")
        await pilot.click("#facets", offset=(3, title))  # the "Actors" title picks nothing
        await settle(pilot)
        assert main_screen(app).filter == Filter(years=(YearRange(2020, 2020),))


async def test_hovering_a_facet_value_highlights_that_line_alone(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        panel = app.main_screen.query_one(FacetPanel)
        row = panel.row_of("actors", "DEA")
        title = row - 1 - panel.values("actors").index("DEA")

        def background(line: int) -> object:
            return next(iter(panel.render_line(line - panel.scroll_offset.y))).style.bgcolor

        resting = background(row)
        await pilot.hover("#facets", offset=(3, row))
        await pilot.pause()
        assert background(row) != resting
        assert background(row + 1) == resting
        await pilot.hover("#facets", offset=(3, title))  # a title is not a value to pick
        await pilot.pause()
        assert background(row) == resting and background(title) == resting


async def test_big_timelines_filter_in_a_worker(monkeypatch, app, timeline: Timeline):
    monkeypatch.setattr(MainScreen, "INLINE_LIMIT", 0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert len(main_screen(app).selection) == 19
        await press(pilot, "k", *"str", "enter")
        assert main_screen(app).selection.events == (
            timeline.select(Filter(kinds=("strike",))).events
        )
        assert "2 of 19 events · strike" in screen_text(app)


async def test_rows_are_redrawn_when_the_theme_or_the_cursor_changes(app):
    """Rendered rows are kept between frames; a theme or a cursor move must not show old ones."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        timeline_view = view(app)
        cursor_row = timeline_view.row_of(timeline_view.cursor) - timeline_view.scroll_offset.y
        before = timeline_view.render_line(cursor_row)
        app.theme = "textual-light" if app.theme != "textual-light" else "textual-dark"
        await settle(pilot)
        after = timeline_view.render_line(cursor_row)
        assert [s.style for s in before] != [s.style for s in after]
        await press(pilot, "down")
        assert timeline_view.render_line(cursor_row) != after  # the old cursor row, plain now


async def test_a_filter_change_holds_the_collector_only_until_it_is_shown(monkeypatch, app):
    import gc

    held: list[bool] = []
    show = MainScreen.show_selection

    def recording_show(self, selection):
        held.append(not gc.isenabled())
        show(self, selection)

    monkeypatch.setattr(MainScreen, "show_selection", recording_show)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        held.clear()
        await press(pilot, "k", *"str", "enter")
        assert held == [True]  # no collection between the key and its frame
        await pilot.pause()
        assert gc.isenabled()  # and collections resume once it is shown


async def test_a_small_timeline_is_settled_out_of_the_collectors_sight_after_its_first_screen(
    monkeypatch, app
):
    import timeline.tui.screens.main as main_module

    settled: list[bool] = []
    monkeypatch.setattr(main_module, "settle", lambda: settled.append(True))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "k", *"str", "enter")
        assert settled == [True]  # once, after the first screen; not on each filter
