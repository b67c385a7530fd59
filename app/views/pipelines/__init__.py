"""The Services and Revenue tabs: a pipeline as a table or a drag-and-drop board."""
