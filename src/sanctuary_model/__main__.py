"""``python -m sanctuary_model``: the command line."""

from .cli import main

raise SystemExit(main())
