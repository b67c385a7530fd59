"""`python -m app` does what the `tend` console script does."""

from app.cli import main

raise SystemExit(main())
