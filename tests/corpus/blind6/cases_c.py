"""Blind6 cases (placeholder)."""
