"""VenueScore core: competition rules and use cases. Never imports Qt."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # ``from app import __version__`` keeps working; the number itself lives in pyproject.toml only.
    if name == "__version__":
        from app.version import version

        return version()
    raise AttributeError(f"module 'app' has no attribute {name!r}")
