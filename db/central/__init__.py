"""The organising committee's central database (组委会汇总库): its own tables, metadata and migrations.

Separate from the venue file on purpose: it holds every item's accepted packages, runs on SQLite
by default or on PostgreSQL given a SQLAlchemy URL, and is never opened by a venue laptop.
"""
