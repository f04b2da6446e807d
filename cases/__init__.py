"""The case register: domain values (pure), ORM rows, repository, read queries, migrations."""
