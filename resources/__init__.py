"""Data files shipped with the app (catalog, templates, fonts); loaded with importlib.resources."""
