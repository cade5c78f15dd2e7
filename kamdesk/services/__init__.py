"""Use cases: open a workspace, edit accounts, import and export. No Qt.

Every write is one short transaction (``Workspace.write()``); what it changed is reported to
the workspace's listeners as ``Change`` records, so screens refresh from what changed rather
than polling the database.
"""
