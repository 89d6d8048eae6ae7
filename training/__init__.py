"""One pipeline per model: point-in-time training set from Feast, fit, evaluate on later
data, log to MLflow, register as ``challenger``. Imports ``features`` and ``models``;
nothing imports it but the CLI."""
