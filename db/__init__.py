"""Persistence: SQLAlchemy 2.x typed models, the venue file (engine, pragmas, lock) and Alembic migrations."""
