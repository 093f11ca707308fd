"""Maintainers' tools: run with ``python -m scripts.NAME`` from the repository."""
