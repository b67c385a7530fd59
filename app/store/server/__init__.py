"""What Tend installs and runs on a team's PostgreSQL server (docs/sync.md)."""
