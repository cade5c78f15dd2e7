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
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import FILL_EVEN_ODD, FILL_NON_ZERO

from kamdesk.report.cell_text import Look
from kamdesk.report.pen import Pen

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
        width = self.look.width(self.text)
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

    def draw(self, canvas: Any, window: Box | None = None) -> None:
        """Paint the sketch (only what meets ``window``, x0 y0 x1 y1, if one is given)."""
        _Painter(canvas).steps(self.steps, window)


def _walk(steps: list[Any]) -> list[Any]:
    found: list[Any] = []
    for step in steps:
        found += _walk(step.steps) if isinstance(step, Group) else [step]
    return found


# -- painting ----------------------------------------------------------------------------------

_UNKNOWN = object()
#: PDF's painting operators: (stroke, fill, fill mode) → operator
_PAINT_OPS = {
    (1, 0, FILL_EVEN_ODD): "S",
    (1, 0, FILL_NON_ZERO): "S",
    (0, 1, FILL_EVEN_ODD): "f*",
    (0, 1, FILL_NON_ZERO): "f",
    (1, 1, FILL_EVEN_ODD): "B*",
    (1, 1, FILL_NON_ZERO): "B",
    (0, 0, FILL_EVEN_ODD): "n",
    (0, 0, FILL_NON_ZERO): "n",
}
_PATH_OPS = {"moveTo": "m", "lineTo": "l", "curveTo": "c", "closePath": "h"}
KAPPA = 0.5523  # a quarter circle as a cubic
ROUNDING = 0.4472  # ReportLab's rounded corners


class _Painter:
    """Replays steps onto a canvas as PDF path operators, remembering what the graphics state is
    set to; a ``window`` (x0, y0, x1, y1) leaves out what lies wholly outside it."""

    def __init__(self, canvas: Any) -> None:
        self.canvas = canvas
        self.pen: Pen | None = None
        self.state = _State()

    def steps(self, steps: list[Any], window: Box | None = None) -> None:
        canvas = self.canvas
        add = canvas.addLiteral
        for step in steps:
            kind = type(step)
            if window is not None and kind is not Group and not _meets(_bounds(step), window):
                continue
            if kind is Label:
                self.label(step)
                continue
            self.flush()
            if kind is Rect:
                if step.radius:
                    path = _round_rect(step.x, step.y, step.w, step.h, step.radius)
                else:
                    path = f"{fp_str(step.x, step.y, step.w, step.h)} re"
                add(self.paint(step.paint, path))
            elif kind is Polygon:
                first, *others = map(fp_str, step.points[0::2], step.points[1::2])
                add(self.paint(step.paint, f"{first} m {' l '.join(others)} l h" if others else f"{first} m h"))
            elif kind is Path:
                path = " ".join(f"{fp_str(*args)} {_PATH_OPS[name]}" if args else "h" for name, args in step.ops)
                add(self.paint(step.paint, path, step.fill_mode))
            elif kind is Circle:
                add(self.paint(step.paint, _circle(step.x, step.y, step.r)))
            elif kind is Placed:
                define(canvas, step.form)
                add(f"q {fp_str(*step.transform)} cm")
                canvas.doForm(step.form.name)
                add("Q")
            elif kind is Group:
                self.group(step, window)
        self.flush()

    def group(self, group: Group, window: Box | None) -> None:
        canvas = self.canvas
        saved = self.state.copy()
        canvas.saveState()
        if group.transform is not None:
            canvas.transform(*group.transform)
        if group.clip is not None:
            canvas.addLiteral(f"{fp_str(*group.clip)} re W n")
        self.steps(group.steps, _moved(window, group.transform))
        canvas.restoreState()
        self.state = saved

    def label(self, label: Label) -> None:
        if self.pen is None:
            if self.state.alpha != 1.0:
                self.canvas.setFillAlpha(1.0)
                self.state.alpha = 1.0
            self.pen = Pen(self.canvas)
            self.state.fill = None  # the pen sets the fill colour
        self.pen.line(label.left, label.y, ((label.text, label.look),))

    def flush(self) -> None:
        if self.pen is not None:
            self.pen.close()
            self.pen = None

    def paint(self, paint: Paint, path: str, fill_mode: int = FILL_EVEN_ODD) -> str:
        """``path`` painted with ``paint``: the operators that set the graphics state up where it
        differs, the path, the operator that paints it."""
        state, code = self.state, []
        fill, stroke = paint.fill, paint.stroke
        if fill is not None:
            if fill is not state.fill and fill != state.fill:
                code.append(f"{fp_str(fill.red, fill.green, fill.blue)} rg")
                state.fill = fill
            if paint.alpha != state.alpha:
                self.canvas.setFillAlpha(paint.alpha)  # through the canvas: it names the transparency
                state.alpha = paint.alpha
        if stroke is not None:
            if stroke is not state.stroke and stroke != state.stroke:
                code.append(f"{fp_str(stroke.red, stroke.green, stroke.blue)} RG")
                state.stroke = stroke
            if paint.width != state.width:
                code.append(f"{fp_str(paint.width)} w")
                state.width = paint.width
            if paint.cap != state.cap:
                code.append(f"{paint.cap} J")
                state.cap = paint.cap
            if paint.join != state.join:
                code.append(f"{paint.join} j")
                state.join = paint.join
            if paint.dash != state.dash:
                code.append(f"[{fp_str(*paint.dash)}] 0 d" if paint.dash else "[] 0 d")
                state.dash = paint.dash
        code.append(path)
        code.append(_PAINT_OPS[int(stroke is not None), int(fill is not None), fill_mode])
        return " ".join(code)


class _State:
    """What the painter has set the graphics state to (None / -1: not known)."""

    __slots__ = ("alpha", "cap", "dash", "fill", "join", "stroke", "width")

    def __init__(self) -> None:
        self.fill: colors.Color | None = None
        self.stroke: colors.Color | None = None
        self.alpha, self.width = 1.0, -1.0
        self.cap = self.join = -1
        self.dash: Any = _UNKNOWN

    def copy(self) -> _State:
        other = _State()
        for name in self.__slots__:
            setattr(other, name, getattr(self, name))
        return other


def _round_rect(x: float, y: float, w: float, h: float, r: float) -> str:
    """A rectangle with rounded corners, as ReportLab draws it."""
    x0, x1, y0, y1 = min(x, x + w), max(x, x + w), min(y, y + h), max(y, y + h)
    t = ROUNDING * r
    return (
        f"{fp_str(x0 + r, y0)} m {fp_str(x1 - r, y0)} l {fp_str(x1 - t, y0, x1, y0 + t, x1, y0 + r)} c "
        f"{fp_str(x1, y1 - r)} l {fp_str(x1, y1 - t, x1 - t, y1, x1 - r, y1)} c "
        f"{fp_str(x0 + r, y1)} l {fp_str(x0 + t, y1, x0, y1 - t, x0, y1 - r)} c "
        f"{fp_str(x0, y0 + r)} l {fp_str(x0, y0 + t, x0 + t, y0, x0 + r, y0)} c h "
    )


def _circle(x: float, y: float, r: float) -> str:
    k = KAPPA * r
    return (
        f"{fp_str(x + r, y)} m {fp_str(x + r, y + k, x + k, y + r, x, y + r)} c "
        f"{fp_str(x - k, y + r, x - r, y + k, x - r, y)} c {fp_str(x - r, y - k, x - k, y - r, x, y - r)} c "
        f"{fp_str(x + k, y - r, x + r, y - k, x + r, y)} c h "
    )


# -- leaving out what a window does not show ---------------------------------------------------

#: how far a shape's outline, a line's cap or a letter may reach beyond its coordinates
_SLACK = 12.0


def _bounds(step: Any) -> Box:
    kind = type(step)
    if kind is Rect:
        return step.x, step.y, step.x + step.w, step.y + step.h
    if kind is Circle:
        return step.x - step.r, step.y - step.r, step.x + step.r, step.y + step.r
    if kind is Label:
        left = step.left
        return left, step.y - step.look.size, left + step.look.width(step.text), step.y + step.look.size
    if kind is Placed:
        a, b, c, d, e, f = step.transform
        x0, y0, x1, y1 = step.form.box
        xs = [a * x + c * y + e for x in (x0, x1) for y in (y0, y1)]
        ys = [b * x + d * y + f for x in (x0, x1) for y in (y0, y1)]
        return min(xs), min(ys), max(xs), max(ys)
    numbers = step.points if kind is Polygon else [v for _name, args in step.ops for v in args]
    xs, ys = numbers[0::2], numbers[1::2]
    return min(xs), min(ys), max(xs), max(ys)


def _meets(box: Box, window: Box) -> bool:
    return (
        box[0] - _SLACK <= window[2]
        and window[0] <= box[2] + _SLACK
        and box[1] - _SLACK <= window[3]
        and window[1] <= box[3] + _SLACK
    )


def _moved(window: Box | None, transform: Transform | None) -> Box | None:
    """The window in a group's coordinates (None: draw everything, the group is turned or scaled)."""
    if window is None or transform is None:
        return window
    a, b, c, d, e, f = transform
    if (a, b, c, d) != (1, 0, 0, 1):
        return None
    return window[0] - e, window[1] - f, window[2] - e, window[3] - f


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
