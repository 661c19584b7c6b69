"""Alembic environment of the central database: run programmatically on a connection from db.central.engine."""

from __future__ import annotations

from alembic import context

from db.central.models import CentralBase

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only via `alembic` CLI during development
    from sqlalchemy import create_engine

    url = context.config.get_main_option("sqlalchemy.url") or "sqlite:///dev-central.sqlite"
    connection = create_engine(url).connect()

context.configure(
    connection=connection,
    target_metadata=CentralBase.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
