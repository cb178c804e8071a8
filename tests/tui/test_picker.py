"""The pickers stay alive however fast the filter is typed, and tick what was clicked."""

from __future__ import annotations

from textual import events
from textual.pilot import Pilot
from tui_helpers import SIZE, main_screen, press, settle

from timeline.model.timeline import Filter, Timeline, YearRange
from timeline.tui.screens.picker import PickerScreen
from timeline.tui.widgets.picker_list import PickerList


async def type_fast(pilot: Pilot, *keys: str) -> None:
    """Send ``keys`` in one burst, as a terminal does when typing outruns the app.

    ``Pilot.press`` waits for the app to go idle after every key, so each refill of
    the list is fully processed before the next key; a real terminal does not wait,
    and the list's own message queue falls behind the filter's.
    """
    driver = pilot.app._driver
    assert driver is not None
    for key in keys:
        character = "-" if key == "minus" else key if len(key) == 1 else None
        driver.send_message(events.Key(key, character))
    await settle(pilot)


async def test_typing_fast_empties_and_refills_the_list_without_a_crash(app, timeline: Timeline):
    """The tester's repro: y, "2024-2025" typed fast, Escape, a few times over."""
    year_range = ["2", "0", "2", "4", "minus", "2", "0", "2", "5"]
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for _ in range(6):
            await press(pilot, "y")
            picker = app.screen
            assert isinstance(picker, PickerScreen)
            options = picker.query_one(PickerList)
            await type_fast(pilot, *year_range)  # "2024-" matches no year: the list empties
            assert options.option_count == 0
            await type_fast(pilot, *["backspace"] * 5)  # back to "2024": it refills
            assert options.option_count == 1
            assert options.highlighted == 0
            await type_fast(pilot, *["backspace"] * 4, *year_range)  # all years, then none
            assert options.option_count == 0
            await press(pilot, "escape")
            assert main_screen(app).filter == Filter()
        # The picker still works after all that: Enter applies the typed range.
        await press(pilot, "y")
        await type_fast(pilot, *year_range)
        await press(pilot, "enter")
        expected = Filter(years=(YearRange(2024, 2025),))
        assert main_screen(app).filter == expected
        assert main_screen(app).selection.events == timeline.select(expected).events


async def test_a_select_read_after_a_refill_ticks_nothing_else(app):
    """A click or Space read by the list after the filter refilled it must not tick
    whichever value now sits under the highlight."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "a")
        picker = app.screen
        assert isinstance(picker, PickerScreen)
        options = picker.query_one(PickerList)
        options.highlighted = options.option_count - 1
        options.action_select()  # posts OptionSelected; the list reads it later
        picker._fill("dea")  # ...after a keystroke has refilled it
        await settle(pilot)
        assert options.get_option_at_index(0).value == "DEA"
        assert "DEA" not in picker.chosen
        assert options.selected == []
        # A select that is still current ticks the option it names.
        options.highlighted = 0
        options.action_select()
        await settle(pilot)
        assert picker.chosen == {"DEA"}
