"""One pipeline per model: point-in-time training sets from Feast, fit, evaluate,
log to MLflow and register as ``challenger``. (Planned: issue 5.)"""
