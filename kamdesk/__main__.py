"""``python -m kamdesk`` — the same as the ``kamdesk`` command."""

from kamdesk.cli import main

raise SystemExit(main())
