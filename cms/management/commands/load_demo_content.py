from django.core.management.base import BaseCommand, CommandError

from cms import demo


class Command(BaseCommand):
    help = ("Load the demo content from the seeds: the Sonoma association on the default site and the Southern "
            "California chapter on chapter.localhost. Safe to run again: nothing is duplicated.")

    def add_arguments(self, parser):
        parser.add_argument("--scale", type=int, default=0, metavar="N",
                            help="Also add N synthetic partner cities (and 5N events, with the events app).")
        parser.add_argument("--full-chapter", action="store_true",
                            help="The chapter's directory at the seed's size: about 170 partner cities in 50 "
                                 "countries with 40 local cities (the sure partnerships, the rest generated and "
                                 "marked as demo data).")

    def handle(self, *args, scale=0, full_chapter=False, **options):
        if scale < 0:
            raise CommandError("--scale must be zero or more.")
        report = demo.load(scale=scale, full_chapter=full_chapter)
        if report.created:
            self.stdout.write(f"Created {len(report.created)} items.")
        else:
            self.stdout.write("Demo content already loaded: nothing to do.")
