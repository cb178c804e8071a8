"""The one exception the input and output layers raise for a user's mistake.

Its message is a single line naming the file and what is wrong with it; the command line
prints it as ``timeline: error: <message>`` and exits with status 2, never a traceback.
"""

from __future__ import annotations


class InputError(Exception):
    """An input cannot be read as an article (missing, binary, too large, unreadable...)."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))  # one line, whatever the OS said


class OutputError(InputError):
    """An output cannot be written (it exists and --force was not given, no such folder...)."""
