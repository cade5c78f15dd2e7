"""Workarounds for bugs in the Qt bindings, applied once when the ui package is imported.

# WORKAROUND for PySide6 6.12.0 on Python 3.11: every call of a void Qt method from Python
# (``label.setText``, ``painter.setPen`` …) returns None without taking a reference to it, and so
# do ``Signal.emit`` and ``disconnect`` with True. From Python 3.12 on these objects are immortal
# (PEP 683) and nothing happens; on 3.11 their reference counts fall by one per call until the
# interpreter aborts ("none_dealloc: deallocating None", "bool_dealloc") — after a few dozen
# repaints of a table whose cells Python paints, or a few thousand signals emitted from Python.
# Checked: PySide6 6.11.3 does not have the bug; pinning it would lose 6.12's lupdate, which finds
# the plural forms of the non-Qt ``i18n.translate`` calls. Instead the three singletons are made
# effectively immortal here, as Python 3.12 does: their counts are raised by 2**50, which no
# session can use up.
"""

from __future__ import annotations

import ctypes
import platform
import sys

HEADROOM = 1 << 50


#: the singletons PySide6 6.12.0 hands out without a reference (void calls return None, ``emit``
#: and ``disconnect`` return True) — Python 3.12 makes exactly these immortal
SINGLETONS = (None, True, False)


def immortalize_singletons() -> bool:
    """Give None, True and False reference counts no leak can exhaust (CPython before 3.12 only).
    True if it was done now."""
    if sys.version_info >= (3, 12) or platform.python_implementation() != "CPython":
        return False
    if hasattr(sys, "gettotalrefcount"):  # a debug build lays PyObject out differently
        return False
    done = False
    for singleton in SINGLETONS:
        refcount = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt: PyObject's first field
        if refcount.value < HEADROOM:
            refcount.value += HEADROOM
            done = True
    return done


immortalize_singletons()
