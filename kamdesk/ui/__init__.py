"""The Qt user interface — the only package that imports PySide6."""

from kamdesk.ui import workarounds as _workarounds  # noqa: F401  (before any Qt call: see there)
