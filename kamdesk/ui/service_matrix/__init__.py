"""The workspace-wide service matrix editor: catalogue × customer groups, one mode per cell."""
