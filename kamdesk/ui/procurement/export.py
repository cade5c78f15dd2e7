"""Render a map's scene into SVG (QSvgGenerator, vector) or PNG, without selection or highlight."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from kamdesk.ui.procurement.scene import MapScene

MARGIN = 24.0


def _source(scene: MapScene) -> QRectF:
    return scene.itemsBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)


def _render(scene: MapScene, painter: QPainter, target: QRectF) -> None:
    selected = scene.selectedItems()
    highlighted = scene.highlighted
    scene.clearSelection()
    if highlighted:
        scene.clear_highlight()
    try:
        painter.fillRect(target, QColor("#ffffff"))
        scene.render(painter, target, _source(scene), Qt.AspectRatioMode.KeepAspectRatio)
    finally:
        for item in selected:
            item.setSelected(True)


def write_svg(scene: MapScene, path: Path, title: str) -> None:
    source = _source(scene)
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(int(source.width()), int(source.height())))
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setTitle(title)
    generator.setDescription("kamdesk procurement map")
    painter = QPainter(generator)
    _render(scene, painter, QRectF(0, 0, source.width(), source.height()))
    painter.end()


def write_png(scene: MapScene, path: Path, scale: float = 2.0) -> bool:
    source = _source(scene)
    image = QImage(int(source.width() * scale), int(source.height() * scale), QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    _render(scene, painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    return image.save(str(path), "PNG")
