"""Fixtures for the explorer's tests: a fixed, realistic timeline built without the engine."""

from __future__ import annotations

import asyncio
import inspect

import pytest

from timeline.model.timeline import Timeline
from timeline.tui.app import TimelineApp
from timeline.tui.sample import sample_documents, sample_events


@pytest.fixture
def timeline() -> Timeline:
    return Timeline(sample_events())


@pytest.fixture
def app(timeline: Timeline) -> TimelineApp:
    return TimelineApp(sample_documents(), timeline)


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run ``async def`` tests on a fresh event loop (Pilot needs one; no plugin required)."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    names = pyfuncitem._fixtureinfo.argnames
    asyncio.run(pyfuncitem.obj(**{name: pyfuncitem.funcargs[name] for name in names}))
    return True
