"""Benchmarks of issue 17: python bench/run.py [--quick] (see docs/performance.md)."""
