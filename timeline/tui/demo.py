"""``python -m timeline.tui.demo [N]``: the explorer on sample events, without the engine.

With no argument it shows a small hand-made timeline over two documents; with a number it
builds that many synthetic events (for trying scrolling and filtering at scale).
"""

from __future__ import annotations

import sys

from timeline.tui.app import TimelineApp
from timeline.tui.sample import sample_documents, sample_events, synthetic_events


def main(argv: list[str] | None = None) -> int:
    from timeline.model.timeline import Timeline

    args = sys.argv[1:] if argv is None else argv
    if args:
        count = int(args[0])

        def load():
            documents, events = synthetic_events(count)
            return documents, Timeline(events)

        app = TimelineApp(loader=load)
    else:
        app = TimelineApp(sample_documents(), Timeline(sample_events()))
    app.run()
    return app.return_code or 0


if __name__ == "__main__":
    raise SystemExit(main())
