"""Sentences that explain an account's tier and the way to the next one (profile and portfolio)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject

from kamdesk.domain.portfolio import Contribution, Explanation
from kamdesk.ui.editors import format_points


class ExplanationText(QObject):
    def why(self, e: Explanation) -> str:
        """E.g. "Carried by Revenue (20.0 points), Potential (18.0 points). Held back by …"."""

        def item(k: Contribution) -> str:
            return (
                self.tr("%1 (%2 points)")
                .replace("%1", f"<b>{escape(k.criterion.name)}</b>")
                .replace("%2", format_points(k.points))
            )

        parts = []
        if e.carriers:
            parts.append(self.tr("Carried by %1.").replace("%1", ", ".join(item(k) for k in e.carriers)))
        if e.weak:
            weak = ", ".join(
                self.tr("%1 (score %2)").replace("%1", escape(k.criterion.name)).replace("%2", str(k.score))
                for k in e.weak
            )
            parts.append(self.tr("Held back by %1.").replace("%1", weak))
        if e.unscored:
            parts.append(self.tr("Not scored yet: %1.").replace("%1", ", ".join(escape(c.name) for c in e.unscored)))
        return " ".join(parts)

    def next(self, e: Explanation) -> str:
        """E.g. "Gold from 75.0 points: 2.5 to go. It would take: Revenue from 8 to 9."."""
        if e.next_tier is None:
            return self.tr("Top tier reached.") if e.tier else ""
        head = (
            self.tr("<b>%1</b> from %2 points: %3 to go.")
            .replace("%1", escape(e.next_tier.name))
            .replace("%2", format_points(e.next_tier.threshold))
            .replace("%3", format_points(e.gap))
        )
        if not e.reachable:
            return head + " " + self.tr("Not reachable with the current weights, even with top scores.")
        steps = ", ".join(
            self.tr("%1 from %2 to %3")
            .replace("%1", f"<b>{escape(r.criterion.name)}</b>")
            .replace("%2", str(r.old))
            .replace("%3", str(r.new))
            for r in e.raises
        )
        return head + " " + self.tr("It would take: %1.").replace("%1", steps)
