"""The bundle's window entry point (`casefile-gui`: no console window on Windows)."""

import sys

from casefile.cli import gui_main

sys.exit(gui_main())
