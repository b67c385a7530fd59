"""The Customers tab (CUS-1..5)."""
