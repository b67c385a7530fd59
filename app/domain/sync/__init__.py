"""Shared mode's client (docs/sync.md): the outbox stamps, push, pull."""
