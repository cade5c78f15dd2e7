"""Workarounds for bugs in the Qt bindings, applied once when the ui package is imported.

# WORKAROUND for PySide6 6.12.0 on Python 3.11: every call of a void Qt method from Python
# (``label.setText``, ``painter.setPen`` …) returns None without taking a reference to it. From
# Python 3.12 on None is immortal (PEP 683) and nothing happens; on 3.11 None's reference count
# falls by one per call until the interpreter aborts with "none_dealloc: deallocating None" —
# after a few dozen repaints of a table whose cells Python paints (the service matrix). Checked:
# PySide6 6.11.3 does not have the bug; pinning it would lose 6.12's lupdate, which finds the
# plural forms of the non-Qt ``i18n.translate`` calls. Instead None is made effectively immortal
# here, as Python 3.12 does: its count is raised by 2**50, which no session can use up.
"""

from __future__ import annotations

import ctypes
import platform
import sys

HEADROOM = 1 << 50


def immortalize_none() -> bool:
    """Give None a reference count no leak can exhaust (CPython before 3.12 only). True if done."""
    if sys.version_info >= (3, 12) or platform.python_implementation() != "CPython":
        return False
    if hasattr(sys, "gettotalrefcount"):  # a debug build lays PyObject out differently
        return False
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is the first field of PyObject
    if refcount.value >= HEADROOM:
        return False
    before = sys.getrefcount(None)
    refcount.value += HEADROOM
    return sys.getrefcount(None) - before == HEADROOM


immortalize_none()
