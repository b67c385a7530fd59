"""The Schedule tab (SCH-1..3)."""
