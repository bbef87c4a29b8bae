from celery import shared_task
from django.db import connection


@shared_task(name="worker.tasks.system.check_database", ignore_result=False, acks_late=True, soft_time_limit=20,
             time_limit=30)
def check_database() -> dict:
    """Prove a worker can reach the database the site uses (used by /healthz
    and the integration tests): returns the database vendor and name."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return {"vendor": connection.vendor, "database": str(connection.settings_dict["NAME"])}
