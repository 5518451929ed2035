"""Persistence: SQLAlchemy models, migrations, units of work and the queries behind services."""
