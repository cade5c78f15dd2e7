"""The Qt user interface — the only package that imports PySide6."""

import sys

if sys.version_info < (3, 12):  # pragma: no branch - depends on the interpreter
    # WORKAROUND for PySide6 6.12.0 under Python 3.11: every call of a void Qt method releases a
    # reference to None that it never took, so a long session (or a drag over a large diagram)
    # aborts with "Fatal Python error: none_dealloc" after a few thousand calls. Python 3.12 made
    # None immortal; give it an effectively endless reference count here to the same effect.
    # tests/ui/test_qt_binding.py guards it. Remove once PySide6 is fixed or 3.11 is dropped.
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
