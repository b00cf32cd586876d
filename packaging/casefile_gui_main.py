"""The bundle's window entry point (`casefile-gui`: no console window on Windows)."""

import multiprocessing
import sys

from casefile.cli import gui_main

# a packet's PDF is built in a spawned child (casefile/packet_process.py): in a frozen
# build that child starts this same executable, which must then run the child's work
multiprocessing.freeze_support()
sys.exit(gui_main())
