"""The Feed tab (FEED-1..4)."""
