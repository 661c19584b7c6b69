"""Pure competition rules: frozen dataclasses in, frozen dataclasses out; no database, clock or I/O."""
