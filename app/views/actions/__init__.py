"""The Actions tab: the viewer's tasks by view."""
