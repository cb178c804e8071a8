"""The core never imports textual: the CLI's list/export and any other front end stay light."""

import subprocess
import sys

CORE_MODULES = [
    "timeline.dates",
    "timeline.events",
    "timeline.model.timeline",
    "timeline.io.loaders",
    "timeline.io.export",
    "timeline.pipeline",
    "timeline.cli.main",
]


def test_core_never_imports_textual():
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in CORE_MODULES)
        + "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        + "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
