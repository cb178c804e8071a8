"""How text is compared when people search and filter: one fold, used by every view.

People type what their keyboard gives: "DEA's" with a straight apostrophe for the text's
"DEA’s", "ruben rocha" for "Rubén Rocha", "Munchen" or "MÜNCHEN" for "München". A filter
should find the event either way, so the filter's words and the events' text are both
folded: case folded, accents and other combining marks removed (after NFKD, which also
turns ligatures and full-width letters into plain ones), and the typographic apostrophes,
quotation marks and hyphens replaced by their ASCII forms. Runs of white space, line
breaks included, are one space: a hard-wrapped sentence is searched as it reads.

Folding only decides what matches; what is shown is always the text as written.
"""

from __future__ import annotations

import unicodedata

# Typographic marks a keyboard does not type, to their ASCII forms.
_PUNCTUATION = str.maketrans(
    {
        **dict.fromkeys("’‘‛ʼʹʻ′`´＇", "'"),
        **dict.fromkeys("“”„‟″«»＂", '"'),
        **dict.fromkeys("‐‑‒", "-"),
    }
)


def fold(text: str) -> str:
    """``text`` as filters compare it: "Rubén  Rocha’s" -> "ruben rocha's"."""
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text.translate(_PUNCTUATION))
        text = "".join(c for c in decomposed if not unicodedata.combining(c))
        text = text.translate(_PUNCTUATION)
    return " ".join(text.casefold().split())
