"""Create the first admin account if none exists, and say how to log in.

The password comes from ADMIN_PASSWORD, or is generated and printed once.
"""

import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create an admin account (username from ADMIN_USERNAME, default 'admin') if there is none."

    def handle(self, *args, **options):
        User = get_user_model()
        if User.objects.filter(is_superuser=True).exists():
            self.stdout.write("Admin account exists; log in at /admin/.")
            return
        username = os.environ.get("ADMIN_USERNAME", "admin")
        password = os.environ.get("ADMIN_PASSWORD") or secrets.token_urlsafe(12)
        User.objects.create_superuser(username=username, email="", password=password)
        shown = password if not os.environ.get("ADMIN_PASSWORD") else "(the value of ADMIN_PASSWORD)"
        self.stdout.write(self.style.SUCCESS(
            f"Created admin account. Log in at /admin/ as {username!r} with password {shown}\n"
            "This generated password is shown only once."
            if not os.environ.get("ADMIN_PASSWORD")
            else f"Created admin account. Log in at /admin/ as {username!r} with password {shown}"
        ))
