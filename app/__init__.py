"""VenueScore core: competition rules and use cases. Never imports Qt."""

__version__ = "0.1.0"
