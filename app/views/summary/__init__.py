"""The Summary tab (SUM-2, SUM-3, SUM-5)."""
