"""``python -m timeline`` is the ``timeline`` command."""

from timeline.cli.main import main

raise SystemExit(main())
