"""The Qt binding itself: PySide6 6.12.0 on CPython 3.11 drops a reference to None on every
call of a method that returns nothing (measured: -1 per QLabel.setText). About 12,000
references are held at start, so some minutes of typing aborted the application with
"Fatal Python error: none_dealloc". pyproject.toml excludes that release; this test keeps
any later one honest. (From CPython 3.12 on, None is immortal and the count never drops.)"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_calls_that_return_nothing_leave_none_alive(qapp):
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("Wachtzin")
    assert sys.getrefcount(None) - before > -100
