"""Vector drawings for the plan, painted straight onto the PDF canvas.

A ``Sketch`` is a list of painting steps (rectangles, polygons, paths, circles, lines, labels,
placed forms, transformed and clipped groups) in ReportLab's coordinates (y up). Building one
is appending small records; ``draw(canvas)`` replays them, setting colours, line styles and
fonts only when they change and writing runs of labels into one text object — a
``reportlab.graphics`` Drawing validates every attribute and saves and restores the graphics
state around every shape, which costs more than the rest of a page.

A shape repeated many times (a chess piece) is a ``Form``: painted once per document as a PDF
form XObject, then placed where it is needed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import FILL_EVEN_ODD, FILL_NON_ZERO

from kamdesk.report.cell_text import Look, Pen

__all__ = ["FILL_EVEN_ODD", "FILL_NON_ZERO", "Form", "Label", "Paint", "Sketch"]

Transform = tuple[float, float, float, float, float, float]
Box = tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class Paint:
    """How a shape is filled and outlined (None: not filled / not outlined)."""

    fill: colors.Color | None = None
    stroke: colors.Color | None = None
    width: float = 1.0
    dash: tuple[float, ...] | None = None
    cap: int = 0  # 0 butt, 1 round
    join: int = 0  # 0 mitre, 1 round
    alpha: float = 1.0  # of the fill


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    paint: Paint
    radius: float = 0.0


@dataclass(frozen=True, slots=True)
class Polygon:
    points: tuple[float, ...]  # x0, y0, x1, y1, …
    paint: Paint


@dataclass(frozen=True, slots=True)
class Path:
    #: ("moveTo" | "lineTo" | "curveTo" | "closePath", coordinates)
    ops: tuple[tuple[str, tuple[float, ...]], ...]
    paint: Paint
    fill_mode: int = FILL_EVEN_ODD


@dataclass(frozen=True, slots=True)
class Circle:
    x: float
    y: float
    r: float
    paint: Paint


@dataclass(frozen=True, slots=True)
class Label:
    """Text at (x, y), its baseline; ``anchor`` start, middle or end says which end x is."""

    x: float
    y: float
    text: str
    look: Look
    anchor: str = "start"

    @property
    def left(self) -> float:
        if self.anchor == "start":
            return self.x
        width = stringWidth(self.text, self.look.font, self.look.size)
        return self.x - (width / 2 if self.anchor == "middle" else width)


@dataclass(frozen=True, slots=True)
class Form:
    """A drawing painted once per document (``paint(canvas)`` in its own coordinates, inside
    ``box``: x0, y0, x1, y1) and placed by a transform."""

    name: str
    box: Box
    paint: Callable[[Any], None]


@dataclass(frozen=True, slots=True)
class Placed:
    form: Form
    transform: Transform


@dataclass(slots=True)
class Group:
    """Steps drawn with a transform, inside a clipping rectangle (x, y, w, h) if given."""

    transform: Transform | None = None
    clip: Box | None = None
    steps: list[Any] = field(default_factory=list)


class Sketch:
    """A drawing ``width`` × ``height`` points, built step by step and painted by ``draw``."""

    def __init__(self, width: float, height: float) -> None:
        self.width, self.height = width, height
        self.steps: list[Any] = []

    def add(self, step: Any) -> Any:
        self.steps.append(step)
        return step

    def rect(self, x: float, y: float, w: float, h: float, paint: Paint, radius: float = 0.0) -> None:
        self.steps.append(Rect(x, y, w, h, paint, radius))

    def polygon(self, points: Sequence[float], paint: Paint) -> None:
        self.steps.append(Polygon(tuple(points), paint))

    def circle(self, x: float, y: float, r: float, paint: Paint) -> None:
        self.steps.append(Circle(x, y, r, paint))

    def line(self, x0: float, y0: float, x1: float, y1: float, paint: Paint) -> None:
        self.steps.append(Path((("moveTo", (x0, y0)), ("lineTo", (x1, y1))), paint))

    def label(self, x: float, y: float, text: str, look: Look, anchor: str = "start") -> None:
        if text:
            self.steps.append(Label(x, y, text, look, anchor))

    def place(self, form: Form, transform: Transform) -> None:
        self.steps.append(Placed(form, transform))

    def group(self, transform: Transform | None = None, clip: Box | None = None) -> Sketch:
        """A sketch whose steps are drawn inside a group of this one (same size, for building)."""
        inner = Sketch(self.width, self.height)
        group = Group(transform, clip, inner.steps)
        self.steps.append(group)
        return inner

    def labels(self) -> list[Label]:
        """Every label, groups included (in drawing order)."""
        return [step for step in _walk(self.steps) if isinstance(step, Label)]

    def draw(self, canvas: Any) -> None:
        _Painter(canvas).steps(self.steps)


def _walk(steps: list[Any]) -> list[Any]:
    found: list[Any] = []
    for step in steps:
        found += _walk(step.steps) if isinstance(step, Group) else [step]
    return found


# -- painting ----------------------------------------------------------------------------------

_UNKNOWN = object()


class _Painter:
    """Replays steps onto a canvas, remembering what the graphics state is set to."""

    def __init__(self, canvas: Any) -> None:
        self.canvas = canvas
        self.pen: Pen | None = None
        self.state: dict[str, Any] = {}

    def steps(self, steps: list[Any]) -> None:
        canvas = self.canvas
        for step in steps:
            kind = type(step)
            if kind is Label:
                if self.pen is None:
                    if self.state.get("alpha", 1.0) != 1.0:
                        canvas.setFillAlpha(1.0)
                        self.state["alpha"] = 1.0
                    self.pen = Pen(canvas.beginText())
                    self.state.pop("fill", None)  # the text object sets the fill colour
                self.pen.write(step.left, step.y, ((step.text, step.look),))
                continue
            self.flush()
            if kind is Rect:
                stroke, fill = self.paint(step.paint)
                if step.radius:
                    canvas.roundRect(step.x, step.y, step.w, step.h, step.radius, stroke=stroke, fill=fill)
                else:
                    canvas.rect(step.x, step.y, step.w, step.h, stroke=stroke, fill=fill)
            elif kind is Polygon:
                stroke, fill = self.paint(step.paint)
                points = step.points
                path = canvas.beginPath()
                path.moveTo(points[0], points[1])
                for n in range(2, len(points), 2):
                    path.lineTo(points[n], points[n + 1])
                path.close()
                canvas.drawPath(path, stroke=stroke, fill=fill, fillMode=FILL_EVEN_ODD)
            elif kind is Path:
                stroke, fill = self.paint(step.paint)
                path = canvas.beginPath()
                for name, args in step.ops:
                    getattr(path, "close" if name == "closePath" else name)(*args)
                canvas.drawPath(path, stroke=stroke, fill=fill, fillMode=step.fill_mode)
            elif kind is Circle:
                stroke, fill = self.paint(step.paint)
                canvas.circle(step.x, step.y, step.r, stroke=stroke, fill=fill)
            elif kind is Placed:
                define(canvas, step.form)
                canvas.saveState()
                canvas.transform(*step.transform)
                canvas.doForm(step.form.name)
                canvas.restoreState()
            elif kind is Group:
                saved = dict(self.state)
                canvas.saveState()
                if step.transform is not None:
                    canvas.transform(*step.transform)
                if step.clip is not None:
                    path = canvas.beginPath()
                    path.rect(*step.clip)
                    canvas.clipPath(path, stroke=0, fill=0)
                self.steps(step.steps)
                self.flush()
                canvas.restoreState()
                self.state = saved
        self.flush()

    def flush(self) -> None:
        if self.pen is not None:
            self.canvas.drawText(self.pen.text_object)
            self.pen = None
            self.state.pop("fill", None)

    def paint(self, paint: Paint) -> tuple[int, int]:
        """Set the canvas up for ``paint``; returns (stroke, fill) flags."""
        canvas, state = self.canvas, self.state
        if paint.fill is not None:
            if state.get("fill", _UNKNOWN) != paint.fill:
                canvas.setFillColor(paint.fill)
                state["fill"] = paint.fill
            if state.get("alpha", 1.0) != paint.alpha:
                canvas.setFillAlpha(paint.alpha)
                state["alpha"] = paint.alpha
        if paint.stroke is not None:
            for key, value, setter in (
                ("stroke", paint.stroke, canvas.setStrokeColor),
                ("width", paint.width, canvas.setLineWidth),
                ("cap", paint.cap, canvas.setLineCap),
                ("join", paint.join, canvas.setLineJoin),
            ):
                if state.get(key, _UNKNOWN) != value:
                    setter(value)
                    state[key] = value
            if state.get("dash", _UNKNOWN) != paint.dash:
                if paint.dash:
                    canvas.setDash(list(paint.dash))
                else:
                    canvas.setDash()
                state["dash"] = paint.dash
        return int(paint.stroke is not None), int(paint.fill is not None)


def define(canvas: Any, form: Form) -> None:
    """Paint ``form`` into the document of ``canvas`` unless it is there already."""
    defined: set[str] | None = getattr(canvas, "kamdesk_forms", None)
    if defined is None:
        defined = set()
        canvas.kamdesk_forms = defined
    if form.name in defined:
        return
    canvas.beginForm(form.name, *form.box)
    form.paint(canvas)
    canvas.endForm()
    defined.add(form.name)
