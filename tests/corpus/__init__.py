"""Labelled corpus of prior-consultation submissions (specs in cases/, rendered by build.py)."""
