"""The Relationship tab (issue 5): board scene, team, key issues, detail panel, matrix, import."""

from kamdesk.ui.tabs.relations.tab import RelationsTab

__all__ = ["RelationsTab"]
