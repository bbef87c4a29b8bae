from django.apps import AppConfig


class ChapterConfig(AppConfig):
    name = "chapter"
    verbose_name = "Chapter"
