"""From Silver to features: contract validation, GS1 parsing, de-identification,
the research export and the Feast feature repository.

This package knows nothing of its consumers (training, serving, shadow replay).
"""
