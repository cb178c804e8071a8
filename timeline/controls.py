"""Characters no article may send to a terminal as they are, for every view to share.

Beyond the C0 and C1 controls (escape sequences), the bidirectional formatting characters
reorder the text around them on screen: "\u202e" can make a sentence shown in a table or a
pane read differently from the one in the file (the "Trojan Source" trick). The command
line blanks them, the explorer shows them as U+FFFD.
"""

from __future__ import annotations

from typing import Final

BIDI_CONTROLS: Final = frozenset(
    (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C)
)
"""Code points of the embeddings, overrides, isolates and marks of Unicode's bidi rules."""
