"""Where workspaces live: SQLAlchemy engine and tables, Alembic migrations, backups, locking.

No Qt here. Importing this package is cheap; SQLAlchemy is imported by its modules.
"""
