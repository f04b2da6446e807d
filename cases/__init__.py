"""The case register: domain values (pure), ORM rows, repository, read queries, migrations.

The bottom floor: imports no other room (Alembic's env.py, an entry point, reads the settings).
"""
