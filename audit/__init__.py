"""leo-audit: re-check every short-track placement against certification registries."""

__version__ = "0.1.0"
