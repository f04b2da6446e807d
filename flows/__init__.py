"""Prefect flows: thin orchestration over the same plain functions the CLI calls.

May import: config (the composition root) and every room below it. Not cli or dashboard.
"""
