"""The cyclic GC's pauses: held through a user's action, never left off."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from timeline.bulk import collector_paused, hold_collector, release_collector


@pytest.fixture(autouse=True)
def collector_on() -> Iterator[None]:
    release_collector()
    gc.enable()
    yield
    release_collector()
    gc.enable()


def test_hold_defers_collections_until_released():
    hold_collector()
    assert not gc.isenabled()
    hold_collector()  # a second change before the first is shown: still one hold
    release_collector()
    assert gc.isenabled()
    release_collector()  # released twice (the frame and the backstop timer): harmless
    assert gc.isenabled()


def test_hold_leaves_a_collector_that_someone_else_switched_off():
    with collector_paused():
        hold_collector()
        release_collector()
        assert not gc.isenabled()  # the bulk build still runs with the collector off
    assert gc.isenabled()


def test_a_bulk_build_during_a_hold_does_not_switch_the_collector_back_on():
    hold_collector()
    with collector_paused():
        pass
    assert not gc.isenabled()  # the held change is not shown yet
    release_collector()
    assert gc.isenabled()
