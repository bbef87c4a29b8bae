from django.core.management.base import BaseCommand, CommandError

from newsletters import issues
from newsletters.models import NewsletterPage


class Command(BaseCommand):
    help = ("Send a published newsletter issue to every confirmed subscriber, each in their language. "
            "Creates the delivery rows; the worker sends. Sending an issue twice does nothing the second time.")

    def add_arguments(self, parser):
        parser.add_argument("issue", help="The issue's page id or slug.")

    def handle(self, *args, issue, **options):
        try:
            page = issues.find_issue(issue)
            audience = issues.audience(page)
            run, created = issues.start_send(page)
        except NewsletterPage.DoesNotExist as exc:
            raise CommandError(str(exc)) from exc
        except issues.NotSendable as exc:
            raise CommandError(f"{page.title}: {exc}") from exc
        if not created:
            self.stdout.write(f"“{page.title}” was already sent (run {run.pk}, {run.get_status_display()}, "
                              f"{run.total} recipients): nothing to do.")
            return
        by_language = ", ".join(f"{language} {n}" + (f" (gets {version})" if version != language else "")
                                for language, version, n in audience)
        self.stdout.write(self.style.SUCCESS(
            f"Sending “{page.title}” to {run.total} subscribers ({by_language or 'none'}); run {run.pk}."))
