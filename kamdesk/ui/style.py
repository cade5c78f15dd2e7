"""The application's look: Fusion with a calm light palette and a few named accents.

Kept in one place so that workshop mode (large type, high contrast) can swap it as a whole.
The palette and font go on the application; the style sheet goes on the main window (``attach``),
which passes it on to everything it parents, dialogs and tool windows included. On the
application, the sheet would also reach widgets still being built outside any window, and Qt
polishes a subtree again each time it is re-parented under a styled parent: building the
profile cost 60 ms instead of 17.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

ACCENT = "#1f5fa8"
INTERNAL = "#9a5b00"

STYLESHEET = f"""
QLabel#account_title {{ font-size: 20pt; font-weight: 600; }}
QLabel#account_subtitle {{ color: palette(mid); font-size: 11pt; }}
QLabel#archived_badge {{
    color: white; background: #6b7280; border-radius: 8px; padding: 1px 8px; font-size: 9pt;
}}
QLabel#internal_badge {{
    color: {INTERNAL}; border: 1px solid {INTERNAL}; border-radius: 7px; padding: 0px 6px; font-size: 8pt;
}}
QLabel#customer_safe_banner {{
    color: white; background: #166534; font-weight: 600; padding: 4px 12px; border-radius: 4px;
}}
QLabel#empty_state {{ color: palette(mid); font-size: 13pt; padding: 24px; }}
QGroupBox {{
    font-weight: 600; border: 1px solid palette(midlight); border-radius: 6px;
    margin-top: 14px; padding: 12px 10px 10px 10px;
}}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; }}
QGroupBox QLabel, QGroupBox QLineEdit, QGroupBox QPlainTextEdit {{ font-weight: normal; }}
QTableView#navigator_list {{ border: none; }}
QTableView#navigator_list::item {{ padding: 4px 6px; }}
QTabWidget#account_tabs::pane {{ border-top: 1px solid palette(midlight); }}
QTabBar::tab {{ padding: 7px 16px; }}
QWidget#profile_content {{ background: palette(window); }}
QFrame[section="true"] {{ background: palette(base); border: 1px solid #dde1e6; border-radius: 8px; }}
QLabel#section_title {{ font-size: 12pt; font-weight: 600; }}
QPushButton[glance="true"] {{
    text-align: left; background: palette(base); border: 1px solid #dde1e6; border-radius: 8px;
}}
QPushButton[glance="true"]:hover {{ border-color: {ACCENT}; }}
QPushButton[glance="true"]:focus {{ border: 2px solid {ACCENT}; }}
QLabel#glance_caption {{ color: palette(mid); font-size: 8pt; font-weight: 600; }}
QLabel#glance_value {{ font-size: 15pt; font-weight: 600; }}
QLabel#glance_detail {{ color: palette(mid); font-size: 9pt; }}
QFrame#classification_card {{ border: 1px solid #e3e6ea; border-radius: 6px; }}
QFrame#classification_card[selected="true"] {{ border: 2px solid {ACCENT}; background: #eef4fb; }}
QLabel#classification_consequences {{ color: palette(mid); font-size: 9pt; }}
QFrame#readiness_banner {{ border-radius: 6px; border: 1px solid #d1d5db; background: #f3f4f6; }}
QFrame#readiness_banner[state="ready"] {{ background: #e9f6ed; border-color: #9fd3ad; }}
QFrame#readiness_banner[state="warning"] {{ background: #fff6e5; border-color: #efc46e; }}
QFrame#readiness_banner[state="blocked"] {{ background: #fdeded; border-color: #f0a9a9; }}
QLabel#readiness_headline {{ font-weight: 600; font-size: 11pt; }}
QLabel#selection_summary {{ font-size: 11pt; }}
QLabel#portfolio_heading {{ font-size: 16pt; font-weight: 600; }}
QLabel#matrix_axis {{ color: palette(mid); font-weight: 600; }}
QFrame#matrix_cell {{ background: palette(base); border: 1px solid #dde1e6; border-radius: 6px; }}
QFrame#matrix_cell[empty="true"] {{ background: transparent; border-style: dashed; }}
QLabel#matrix_account {{ padding: 1px 0px; }}
"""


#: Workshop mode: what survives a washed-out projector — black on white, strong accent,
#: thick frames and focus lines, big targets.
WORKSHOP_ACCENT = "#0b3d91"
WORKSHOP_STYLESHEET = f"""
QWidget {{ color: black; }}
QLabel#account_title {{ font-size: 30pt; font-weight: 700; }}
QLabel#account_subtitle {{ color: #1a1a1a; font-size: 15pt; }}
QLabel#customer_safe_banner {{
    color: white; background: #0b5d1e; font-weight: 700; padding: 6px 14px; border-radius: 4px;
}}
QLineEdit, QPlainTextEdit, QComboBox, QSpinBox, QDoubleSpinBox, QDateEdit {{
    border: 2px solid #1a1a1a; border-radius: 4px; padding: 4px; background: white;
}}
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus {{ border: 3px solid {WORKSHOP_ACCENT}; }}
QGroupBox {{
    font-weight: 700; border: 2px solid #1a1a1a; border-radius: 6px;
    margin-top: 20px; padding: 16px 12px 12px 12px;
}}
QGroupBox::title {{ subcontrol-origin: margin; left: 12px; padding: 0 6px; }}
QTabBar::tab {{ padding: 6px 18px; border: 2px solid #1a1a1a; border-bottom: none; margin-right: 2px; }}
QTabBar::tab:selected {{ background: {WORKSHOP_ACCENT}; color: white; }}
QToolBar {{ spacing: 6px; padding: 3px; }}
QToolButton {{ padding: 6px 10px; }}
QToolBar#workshop_toolbar QToolButton {{ padding: 4px 6px; }}
QToolButton#workshop_end {{ border: 2px solid #1a1a1a; border-radius: 6px; padding: 4px 12px; font-weight: 700; }}
QToolButton#customer_safe_badge {{ border-radius: 6px; padding: 4px 14px; font-weight: 700; color: white; }}
QToolButton#customer_safe_badge[safe="true"] {{ background: #0b5d1e; }}
QToolButton#customer_safe_badge[safe="false"] {{ background: #9a3412; }}

QFrame[section="true"] {{ border: 2px solid #1a1a1a; }}
QLabel#section_title {{ font-size: 18pt; font-weight: 700; }}
QPushButton[glance="true"] {{ border: 2px solid #1a1a1a; }}
QLabel#glance_caption {{ color: #1a1a1a; font-size: 12pt; font-weight: 700; }}
QLabel#glance_value {{ font-size: 22pt; font-weight: 700; }}
QLabel#glance_detail {{ color: #1a1a1a; font-size: 13pt; }}
QLabel#classification_consequences {{ color: #1a1a1a; font-size: 13pt; }}
QLabel#readiness_headline {{ font-size: 16pt; font-weight: 700; }}
QLabel#selection_summary {{ font-size: 16pt; }}
QLabel#portfolio_heading {{ font-size: 24pt; font-weight: 700; }}
"""

_base_font: QFont | None = None
_sheet = STYLESHEET
_ATTACHED = "kamdesk_style_sheet"  # the property that marks a window as carrying the sheet


def attach(window: QWidget) -> None:
    """Give ``window``, and every widget and dialog it parents, the current style sheet."""
    window.setProperty(_ATTACHED, True)
    window.setStyleSheet(_sheet)


def sheet() -> str:
    """The style sheet in use (the normal one, or workshop mode's)."""
    return _sheet


def apply(app: QApplication, workshop: bool = False, scale: float = 1.0) -> None:
    """The normal look, or with ``workshop`` the projector look at ``scale`` × the text size."""
    global _base_font
    if _base_font is None:
        _base_font = QFont(app.font())
    app.setStyle("Fusion")
    palette = app.style().standardPalette()
    font = QFont(_base_font)
    if workshop:
        for role, colour in (
            (QPalette.ColorRole.Window, "#ffffff"),
            (QPalette.ColorRole.WindowText, "#000000"),
            (QPalette.ColorRole.Base, "#ffffff"),
            (QPalette.ColorRole.AlternateBase, "#eef2f8"),
            (QPalette.ColorRole.Text, "#000000"),
            (QPalette.ColorRole.Button, "#f0f0f0"),
            (QPalette.ColorRole.ButtonText, "#000000"),
            (QPalette.ColorRole.Highlight, WORKSHOP_ACCENT),
            (QPalette.ColorRole.HighlightedText, "#ffffff"),
            (QPalette.ColorRole.Mid, "#1a1a1a"),
            (QPalette.ColorRole.PlaceholderText, "#505050"),
            (QPalette.ColorRole.Link, WORKSHOP_ACCENT),
        ):
            palette.setColor(role, QColor(colour))
        font.setPointSizeF(font.pointSizeF() * scale)
        # The size also in the sheet: with a style sheet, Qt does not pass a changed application
        # font on to widgets reliably (they would keep the old size until the next change).
        size = (
            f"QWidget {{ font-size: {font.pointSizeF():.2f}pt; }}\n"
            f"QLabel#workshop_account {{ font-size: {font.pointSizeF() * 1.3:.2f}pt; font-weight: 700; }}\n"
            f"QLabel#tile_value {{ font-size: {font.pointSizeF() * 1.6:.2f}pt; font-weight: 700; }}\n"
        )
        _set(app, size + STYLESHEET + WORKSHOP_STYLESHEET, palette, font)
        return
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.Link, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.Mid, QColor("#6b7280"))
    _set(app, STYLESHEET, palette, font)


def _set(app: QApplication, sheet: str, palette: QPalette, font: QFont) -> None:
    global _sheet
    _sheet = sheet
    app.setPalette(palette)
    app.setFont(font)
    for window in app.topLevelWidgets():
        if window.property(_ATTACHED):
            window.setStyleSheet(sheet)
