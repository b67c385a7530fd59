"""Tend: the Customer Success workspace on the desktop."""

__version__ = "0.1.0"
