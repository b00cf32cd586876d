import sys

from casefile.cli import main

sys.exit(main())
