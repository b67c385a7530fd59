"""The Dashboards tab (DASH-1, DASH-2)."""
