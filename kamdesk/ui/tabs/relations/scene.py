"""The board scene: it shows a ``Board`` (items keyed by id, reused across refreshes) and turns
mouse gestures into requests — pieces dropped into a cell, a line drawn from a team member or a
piece. The tab turns requests into undo commands; the scene never changes data."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSceneMouseEvent
from shiboken6 import Shiboken

from kamdesk.domain import board_geometry as geo
from kamdesk.domain.board import RANKS, Board, Influence, Side
from kamdesk.ui.tabs.relations.items import (
    CoverageLineItem,
    GridItem,
    PieceItem,
    RelationLineItem,
    RubberLineItem,
    TeamCardItem,
)

FADED = 0.16


@dataclass(frozen=True)
class Drop:
    """Pieces dropped into a cell: the tab turns this into one undoable move."""

    contact_ids: tuple[str, ...]
    column_key: str | None
    rank: str
    index: int


@dataclass
class Filters:
    member_id: str | None = None
    side: Side | None = None
    influence: Influence | None = None
    column_key: object = ...  # Ellipsis: any column; None: contacts without department

    @property
    def active(self) -> bool:
        return bool(self.member_id or self.side or self.influence or self.column_key is not ...)


class NewLineTool:
    """Drawing a line from a team card (coverage) or a piece (relation) to a piece."""

    def __init__(self, scene: BoardScene, origin: TeamCardItem | PieceItem, start: QPointF) -> None:
        self.scene, self.origin = scene, origin
        self.rubber = RubberLineItem(start)
        scene.addItem(self.rubber)

    def move(self, pos: QPointF) -> None:
        self.rubber.set_end(pos)

    def finish(self, pos: QPointF) -> None:
        self.cancel()
        piece = self.scene.piece_at(pos)
        if piece is None:
            return
        if isinstance(self.origin, TeamCardItem):
            self.scene.link_requested.emit(self.origin.member.id, piece.contact.id)
        elif piece is not self.origin:
            self.scene.relation_requested.emit(self.origin.contact.id, piece.contact.id)

    def cancel(self) -> None:
        if self.rubber.scene() is not None:
            self.scene.removeItem(self.rubber)


class BoardScene(QGraphicsScene):
    dropped = Signal(object)  # Drop
    link_requested = Signal(str, str)  # team member id, contact id
    relation_requested = Signal(str, str)  # source contact id, target contact id
    cell_activated = Signal(object, str)  # column key, rank value (double click on an empty spot)

    def __init__(self) -> None:
        super().__init__()
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.grid = GridItem()
        self.addItem(self.grid)
        self.board: Board | None = None
        self.layout: geo.BoardLayout | None = None
        self.pieces: dict[str, PieceItem] = {}
        self.cards: dict[str, TeamCardItem] = {}
        self.coverage_lines: dict[str, CoverageLineItem] = {}
        self.relation_lines: dict[str, RelationLineItem] = {}
        self.tool: NewLineTool | None = None
        self.all_lines = True
        self.filters = Filters()
        self.highlight_ids: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
        self.customer_safe = False
        self.dragging = False
        self.selectionChanged.connect(self.update_visibility)

    # -- showing a board ------------------------------------------------------------------------

    def show_board(self, board: Board, column_names: dict[object, str], rank_names: list[str], team_title: str) -> None:
        self.board = board
        known = {c.id for c in board.columns}
        keys: list[object] = [c.id for c in board.columns]
        cells = board.cells()
        if any(key[0] not in known for key in cells):
            keys.append(None)
        counts = {}
        for (column_id, rank), contacts in cells.items():
            key = column_id if column_id in known else None
            counts[(key, rank)] = counts.get((key, rank), 0) + len(contacts)
        self.layout = layout = geo.BoardLayout(keys, RANKS, counts, len(board.team))
        self.grid.set_layout(layout, [column_names.get(k, "") for k in keys], rank_names, team_title)
        self.setSceneRect(look_rect(layout.bounds))

        seen: set[str] = set()
        filled: dict[tuple[object, object], int] = {}
        for (column_id, rank), contacts in cells.items():
            key = column_id if column_id in known else None
            for contact in contacts:
                index = filled.get((key, rank), 0)
                filled[(key, rank)] = index + 1
                slot = layout.slot_rect(layout.column_index(key), layout.rank_index(rank), index)
                item = self.pieces.get(contact.id)
                if item is None:
                    item = self.pieces[contact.id] = PieceItem(contact)
                    self.addItem(item)
                links = board.links_by_contact.get(contact.id, [])
                best = max((link.level for link in links), key=lambda level: level.step, default=None)
                item.show_contact(contact, len(links), best, board.last_contact(contact.id), board.stale_days)
                item.customer_safe = self.customer_safe
                item.home = QPointF(slot.x, slot.y)
                item.setPos(item.home)
                item.links, item.relations = [], []
                seen.add(contact.id)
        for gone in set(self.pieces) - seen:
            self.removeItem(self.pieces.pop(gone))

        seen = set()
        for index, member in enumerate(board.team):
            card = self.cards.get(member.id)
            if card is None:
                card = self.cards[member.id] = TeamCardItem(member)
                self.addItem(card)
            card.member = member
            card.customer_safe = self.customer_safe
            card.seniority_text = member.seniority.label
            card.link_count = len(board.links_by_member.get(member.id, []))
            r = layout.team_rect(index)
            card.setPos(r.x, r.y)
            card.update()
            seen.add(member.id)
        for gone in set(self.cards) - seen:
            self.removeItem(self.cards.pop(gone))

        seen = set()
        for link in board.links:
            piece, card = self.pieces.get(link.contact_id), self.cards.get(link.member_id)
            if piece is None or card is None:
                continue
            line = self.coverage_lines.get(link.id)
            if line is None or line.piece is not piece or line.card is not card:
                if line is not None:
                    self.removeItem(line)
                line = self.coverage_lines[link.id] = CoverageLineItem(link, card, piece)
                self.addItem(line)
            else:
                line.show_link(link)
            piece.links.append(line)
            seen.add(link.id)
        for gone in set(self.coverage_lines) - seen:
            self.removeItem(self.coverage_lines.pop(gone))

        seen = set()
        for relation in board.relations:
            source, target = self.pieces.get(relation.source_id), self.pieces.get(relation.target_id)
            if source is None or target is None:
                continue
            rel = self.relation_lines.get(relation.id)
            if rel is None or rel.source is not source or rel.target is not target:
                if rel is not None:
                    self.removeItem(rel)
                rel = self.relation_lines[relation.id] = RelationLineItem(relation, source, target)
                self.addItem(rel)
            else:
                rel.show_relation(relation)
            source.relations.append(rel)
            target.relations.append(rel)
            seen.add(relation.id)
        for gone in set(self.relation_lines) - seen:
            self.removeItem(self.relation_lines.pop(gone))
        self.update_visibility()

    # -- focus, filters, highlight ------------------------------------------------------------

    def set_filters(self, filters: Filters) -> None:
        self.filters = filters
        self.update_visibility()

    def set_customer_safe(self, on: bool) -> None:
        """Draw only who is where: neutral figures, no lines, no counts, no highlight."""
        self.customer_safe = on
        self.highlight_ids = (frozenset(), frozenset())
        self.filters = Filters()
        for item in (*self.pieces.values(), *self.cards.values()):
            item.customer_safe = on
            item.set_highlighted(False)
            item.update()
        self.update_visibility()

    def set_all_lines(self, on: bool) -> None:
        self.all_lines = on
        self.update_visibility()

    def highlight(self, contact_ids: tuple[str, ...] = (), member_ids: tuple[str, ...] = ()) -> None:
        self.highlight_ids = (frozenset(contact_ids), frozenset(member_ids))
        for contact_id, piece in self.pieces.items():
            piece.set_highlighted(contact_id in self.highlight_ids[0])
        for member_id, card in self.cards.items():
            card.set_highlighted(member_id in self.highlight_ids[1])
        self.update_visibility()

    def matches(self, piece: PieceItem) -> bool:
        f, c = self.filters, piece.contact
        if f.side is not None and c.side is not f.side:
            return False
        if f.influence is not None and c.influence is not f.influence:
            return False
        if f.column_key is not ...:
            key = c.column_id if self.layout and c.column_id in self.layout.column_keys else None
            if key != f.column_key:
                return False
        return not (f.member_id and not any(line.link.member_id == f.member_id for line in piece.links))

    def update_visibility(self) -> None:
        if not Shiboken.isValid(self.grid) or any(not Shiboken.isValid(p) for p in self.pieces.values()):
            return  # the scene is being torn down (selectionChanged fires while its items go)
        highlighting = bool(self.highlight_ids[0] or self.highlight_ids[1])
        shown: set[str] = set()
        for contact_id, piece in self.pieces.items():
            visible = self.matches(piece) and (not highlighting or contact_id in self.highlight_ids[0])
            piece.setOpacity(1.0 if visible else FADED)
            if visible:
                shown.add(contact_id)
        selected = set(self.selectedItems())
        member = self.filters.member_id
        for line in self.coverage_lines.values():
            focus = line.piece in selected or line.card in selected or line.isSelected()
            if highlighting:
                on = line.link.contact_id in self.highlight_ids[0] and (
                    not self.highlight_ids[1] or line.link.member_id in self.highlight_ids[1]
                )
            elif member:
                on = line.link.member_id == member
            else:
                on = self.all_lines or focus
            line.setVisible(((on and line.link.contact_id in shown) or focus) and not self.customer_safe)
            faint = not (focus or highlighting or member)
            if faint != line.faint:
                line.faint = faint
                line.update()
        for rel in self.relation_lines.values():
            focus = rel.source in selected or rel.target in selected or rel.isSelected()
            both = rel.relation.source_id in shown and rel.relation.target_id in shown
            rel.setVisible(((self.all_lines and both and not highlighting) or focus) and not self.customer_safe)
            if rel.faint != (not focus):
                rel.faint = not focus
                rel.update()

    # -- hit testing ----------------------------------------------------------------------------

    def piece_at(self, pos: QPointF) -> PieceItem | None:
        for item in self.items(pos):
            if isinstance(item, PieceItem):
                return item
        return None

    def cell_at(self, pos: QPointF) -> tuple[int, int] | None:
        return self.layout.cell_at(geo.Point(pos.x(), pos.y())) if self.layout else None

    # -- gestures -------------------------------------------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton and not self.customer_safe:
            item = self.itemAt(event.scenePos(), self.views()[0].transform() if self.views() else _identity())
            owner = _owner(item)
            if isinstance(owner, TeamCardItem):
                self.tool = NewLineTool(self, owner, owner.anchor())
                event.accept()
                return
            if isinstance(owner, PieceItem) and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.tool = NewLineTool(self, owner, owner.glyph_center())
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self.tool is not None:
            self.tool.move(event.scenePos())
            event.accept()
            return
        super().mouseMoveEvent(event)
        if event.buttons() & Qt.MouseButton.LeftButton and isinstance(self.mouseGrabberItem(), PieceItem):
            self.grid.set_drop_cell(self.cell_at(event.scenePos()))
            self.track_moving()

    def track_moving(self) -> None:
        """Let the lines of the pieces being dragged follow them; faint background lines are
        hidden while dragging (repainting a thousand of them per step would stutter)."""
        if not self.dragging:
            self.dragging = True
            for line in (*self.coverage_lines.values(), *self.relation_lines.values()):
                if line.faint and line.isVisible():
                    line.setVisible(False)
        for item in self.selectedItems():
            if isinstance(item, PieceItem):
                for line in item.links:
                    line.track()
                for relation in item.relations:
                    relation.track()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self.tool is not None:
            tool, self.tool = self.tool, None
            tool.finish(event.scenePos())
            event.accept()
            return
        grabbed = self.mouseGrabberItem()
        super().mouseReleaseEvent(event)
        self.grid.set_drop_cell(None)
        if event.button() == Qt.MouseButton.LeftButton and isinstance(grabbed, PieceItem):
            self._drop(event.scenePos())
        if self.dragging:
            self.dragging = False
            self.update_visibility()

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self.piece_at(event.scenePos()) is None and self.layout is not None:
            cell = self.cell_at(event.scenePos())
            if cell is not None:
                self.cell_activated.emit(self.layout.column_keys[cell[0]], RANKS[cell[1]].value)
                event.accept()
                return
        super().mouseDoubleClickEvent(event)

    def _drop(self, pos: QPointF) -> None:
        moved = [p for p in self.pieces.values() if p.isSelected() and p.pos() != p.home]
        if not moved or self.layout is None:
            return
        cell = self.cell_at(pos)
        if cell is None:  # dropped outside the board: back home
            for piece in moved:
                piece.setPos(piece.home)
            self.track_moving()
            return
        column_key, rank = self.layout.column_keys[cell[0]], RANKS[cell[1]]
        ids = {p.contact.id for p in moved}
        staying = [
            p
            for p in self.pieces.values()
            if p.contact.id not in ids
            and (p.contact.column_id if p.contact.column_id in self.layout.column_keys else None) == column_key
            and p.contact.rank is rank
        ]
        index = self.layout.slot_index_at(cell[0], cell[1], geo.Point(pos.x(), pos.y()), len(staying))
        moved.sort(key=lambda p: (p.home.y(), p.home.x()))
        self.dropped.emit(Drop(tuple(p.contact.id for p in moved), column_key, rank.value, index))

    def cancel_tool(self) -> None:
        if self.tool is not None:
            self.tool.cancel()
            self.tool = None


def _owner(item: QGraphicsItem | None) -> QGraphicsItem | None:
    while item is not None and item.parentItem() is not None:
        item = item.parentItem()
    return item


def _identity():  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QTransform

    return QTransform()


def look_rect(r: geo.Rect):  # type: ignore[no-untyped-def]
    from kamdesk.ui.tabs.relations.look import rect

    return rect(r)
