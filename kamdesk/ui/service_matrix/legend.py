"""The legend of the matrix: each mode as it is drawn, its key, its name and what it means."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from kamdesk.domain.service_matrix import ServiceMode
from kamdesk.ui.service_matrix.look import cell_text, paint_mode

CHIP_WIDTH, CHIP_HEIGHT = 88, 24


def chip_pixmap(mode: ServiceMode, ratio: float = 2.0) -> QPixmap:
    pixmap = QPixmap(int(CHIP_WIDTH * ratio), int(CHIP_HEIGHT * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_mode(painter, QRect(0, 0, CHIP_WIDTH, CHIP_HEIGHT), mode, cell_text(mode), inset=1)
    painter.end()
    return pixmap


class LegendBar(QFrame):
    """One line: ``[✓ free] 1 Included free   [✓ waived] 2 Included, shown as waived …``."""

    def __init__(self, with_keys: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("service_legend")
        self.with_keys = with_keys
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(6)
        self.chips: dict[ServiceMode, QLabel] = {}
        self.names: dict[ServiceMode, QLabel] = {}
        for n, mode in enumerate(ServiceMode, start=1):
            chip = QLabel(objectName=f"legend_chip_{mode.value}")
            name = QLabel(objectName=f"legend_name_{mode.value}")
            name.setProperty("key", n)
            self.chips[mode], self.names[mode] = chip, name
            layout.addWidget(chip)
            layout.addWidget(name)
            layout.addSpacing(10)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        for n, mode in enumerate(ServiceMode, start=1):
            self.chips[mode].setPixmap(chip_pixmap(mode))
            self.chips[mode].setToolTip(mode.meaning)
            self.names[mode].setText(f"<b>{n}</b>&nbsp;{mode.label}" if self.with_keys else mode.label)
            self.names[mode].setToolTip(mode.meaning)
        self.setToolTip(self.tr("Keys 1–5 set the mode of the selected cells; Enter edits mode and price."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
