"""Benchmarks run by `make bench` (`python -m tests.bench`); file names keep pytest away."""
