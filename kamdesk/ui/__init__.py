"""The Qt user interface — the only package that imports PySide6."""

import sys

if sys.version_info < (3, 12):  # pragma: no cover - depends on the interpreter
    # WORKAROUND for PySide6/shiboken6 6.12.0 on CPython 3.11: every wrapped void method returns
    # None without taking a reference, so each call (setPen, setText, …) drops None's refcount by
    # one; a few thousand paint calls later CPython aborts with "none_dealloc". From 3.12 on None is
    # immortal (PEP 683); give it the same property here by lifting its refcount out of reach.
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 60
