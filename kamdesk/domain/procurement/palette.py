"""The procurement map's colours, as hex strings: the Qt scene and the PDF draw with the same ones."""

from __future__ import annotations

from kamdesk.domain.procurement.model import NodeKind

#: fill, border, title bar (band) per node kind; "" = no title bar
NODE_STYLE: dict[NodeKind, tuple[str, str, str]] = {
    NodeKind.START: ("#e7f5ea", "#2e7d32", ""),
    NodeKind.END: ("#fdecea", "#b3261e", ""),
    NodeKind.STEP: ("#ffffff", "#4b5563", ""),
    NodeKind.DECISION: ("#fff7e0", "#b7791f", ""),
    NodeKind.APPROVAL: ("#fff4ea", "#c2410c", "#fbd5b5"),
    NodeKind.SYSTEM: ("#eef4fd", "#1f5fa8", "#cfe0f7"),
    NodeKind.ORDER: ("#f1ecfb", "#5b3fa3", ""),
}
#: alternating lane backgrounds
LANE_FILLS = ("#f8fafc", "#f1f5f9")
