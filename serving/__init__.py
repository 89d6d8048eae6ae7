"""The BentoML prediction service: champion answers, challenger shadows, everything logged and audited.

- ``serving.service``: the ``@bentoml.service`` (HTTP surface; ``bentoml serve serving.service:AdherenceService``);
- ``serving.run``: ``serve`` / ``start`` / ``stop`` (what ``adherence serve`` calls);
- ``serving.engine``: what the endpoints do, usable in-process;
- ``serving.models``: champion and challenger from the MLflow registry, alias polling and reload;
- ``serving.features``: online feature reads (Feast's SQLite store read directly, or Feast's client);
- ``serving.shadow``: the challenger off the request path, time-bounded, errors isolated;
- the prediction log (``adherence.prediction_log``, shared with shadow and monitor): Parquet segments of every answer;
- ``serving.auditing``: the decisions' audit entries; ``serving.security``: token, limits, 422, log redaction;
- ``serving.openapi``: ``/docs.json`` with the codes the service answers and its bearer token;
- ``serving.supply``: the supply anomaly scores of the newest snapshot;
- ``serving.batch``: batch prediction (``adherence predict``).

Loads registered models; never imports ``training``.
"""
