"""The procurement flowchart editor: document (the model the scene listens to), scene and items,
editor tools, undo commands, panels and the tab page."""
