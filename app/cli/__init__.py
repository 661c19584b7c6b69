"""The command-line interface: `venuescore …` / `python -m app …`, a real interface over app/services."""
