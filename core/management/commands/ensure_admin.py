"""Create the first admin account if none exists, and say how to log in.

The password comes from ADMIN_PASSWORD, or is generated and printed once; the
address from ADMIN_EMAIL (else <username>@localhost, which the embedded
default's mail folder accepts), so "Send test to me" works from the start;
the name from ADMIN_NAME. An existing account without an address gets one.
"""

import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = ("Create an admin account (ADMIN_USERNAME, default 'admin'; ADMIN_EMAIL; ADMIN_NAME; ADMIN_PASSWORD) "
            "if there is none.")

    def handle(self, *args, **options):
        User = get_user_model()
        username = os.environ.get("ADMIN_USERNAME", "admin")
        email = os.environ.get("ADMIN_EMAIL") or f"{username}@localhost"
        first_name, _space, last_name = (os.environ.get("ADMIN_NAME") or "").strip().partition(" ")
        existing = User.objects.filter(is_superuser=True).order_by("pk").first()
        if existing is not None:
            if not existing.email:
                existing.email = email
                existing.save(update_fields=["email"])
                self.stdout.write(f"Admin account {existing.get_username()!r} now has the address {email}.")
            self.stdout.write("Admin account exists; log in at /admin/.")
            return
        password = os.environ.get("ADMIN_PASSWORD") or secrets.token_urlsafe(12)
        User.objects.create_superuser(username=username, email=email, password=password,
                                      first_name=first_name, last_name=last_name)
        if os.environ.get("ADMIN_PASSWORD"):
            self.stdout.write(self.style.SUCCESS(
                f"Created admin account. Log in at /admin/ as {username!r} with password "
                f"(the value of ADMIN_PASSWORD); test mails go to {email}"))
        else:
            self.stdout.write(self.style.SUCCESS(
                f"Created admin account. Log in at /admin/ as {username!r} with password {password}\n"
                f"This generated password is shown only once. Test mails go to {email}."))
