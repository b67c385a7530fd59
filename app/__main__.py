"""`python -m app` does what the `tend` console script does."""

import multiprocessing

from app.cli import main

if __name__ == "__main__":  # the demo's helper process imports this module too
    multiprocessing.freeze_support()  # a frozen bundle's helper process starts here
    raise SystemExit(main())
