"""Workspace settings reached from the gear (SET-6)."""
