"""PyInstaller's entry script: the same as the `soul-desktop` console script."""

import sys

from soul_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
