"""The bundle's console entry point (`casefile`), as the console script is for a pip install."""

import multiprocessing
import sys

from casefile.cli import main

# a packet's PDF is built in a spawned child (casefile/packet_process.py): in a frozen
# build that child starts this same executable, which must then run the child's work
multiprocessing.freeze_support()
sys.exit(main())
