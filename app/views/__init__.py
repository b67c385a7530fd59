"""Widgets: one package per tab, common pieces in `common/`, and the main window."""
