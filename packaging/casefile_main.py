"""The bundle's console entry point (`casefile`), as the console script is for a pip install."""

import sys

from casefile.cli import main

sys.exit(main())
