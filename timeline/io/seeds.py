"""Where the bundled articles live: ``seeds/`` in a checkout, ``timeline/_seeds`` in a wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def seeds_dir() -> Path:
    """The folder of bundled articles, whichever way the package was installed."""
    for candidate in (_PACKAGE / "_seeds", _PACKAGE.parent / "seeds"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the bundled articles are missing from this installation")


def default_inputs() -> list[Path]:
    """The default input when the user names none: the bundled article(s)."""
    return sorted(seeds_dir().glob("*.txt"))
