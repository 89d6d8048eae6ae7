"""Monitoring the champions after promotion: daily figures from the prediction log, alerts, a page.

``monitor.daily`` computes the figures per served day, ``monitor.alerts`` compares them with
the thresholds and records breaches (audit log, ``alerts.parquet``, a Prometheus textfile),
``monitor.page`` writes the HTML page, ``monitor.run`` ties them together for each champion
version found in the log. Monitoring reads the prediction log, the de-identified tables (for
outcomes), Feast (for the training reference) and the registry; it never imports training.
"""
