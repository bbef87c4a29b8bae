"""Turn what the apps announce (Wagtail's page signals, the apps' own
signals) into tasks, enqueued only after the transaction commits."""
