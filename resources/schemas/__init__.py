"""JSON Schemas of the files VenueScore exchanges (loaded with importlib.resources)."""
