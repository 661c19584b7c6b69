"""Use cases: one function per thing a user does.  The GUI and the CLI call these and nothing below them."""
