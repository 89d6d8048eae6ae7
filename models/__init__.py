"""Model code shared by training and serving: the drop-off classifier, the supply
anomaly ensemble, the reminder bandit, MLflow pyfunc wrappers and model cards.
Imports neither ``training`` nor ``serving``."""
