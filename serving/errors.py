"""The service's error answers, apart from the engine so that importing them loads no model or store.

BentoML's arbiter process imports the service definition only to read its configuration; it never
answers. Keeping this module (and ``serving.service``'s other top-level imports) free of Feast,
MLflow and the models keeps that process small (see ``bench/serving.py``'s memory figures).
"""

from __future__ import annotations


class ServiceError(Exception):
    """An answer that is not a prediction: ``status`` and a reason for the caller."""

    def __init__(self, status: int, reason: str):
        super().__init__(reason)
        self.status = status
        self.reason = reason


__all__ = ["ServiceError"]
