"""Prefect flows: thin orchestration over the same plain functions the CLI calls."""
