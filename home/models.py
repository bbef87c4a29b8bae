from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, OuterRef, Q, Subquery, When, prefetch_related_objects
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.images.models import AbstractImage, AbstractRendition
from wagtail.models import Orderable, Page, Site, TranslatableMixin
from wagtail.search import index

from core import ratelimit
from core.cache import columns, renditions_generation, until_changed
from core.clientip import client_ip
from core.page_urls import in_readers_language, set_listing_urls
from core.per_language import PerLanguageMixin, per_language_form, per_language_panels

from .blocks import BodyBlock, MenuItemBlock, SocialLinkBlock
from .forms import ContactForm

IMAGE_MODEL = "home.SiteImage"


class HomePage(Page):
    """The site's root page: one per site and language."""

    hero_image = models.ForeignKey(IMAGE_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    intro = RichTextField(blank=True)
    quote = models.ForeignKey(
        "home.PresidentialQuote", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text=_("Shown on the home page; the first quote of the site's language when empty."),
    )
    body = StreamField(BodyBlock(), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("hero_image"), "intro", InlinePanel("featured_cities", label=_("Featured partner cities")),
        FieldPanel("quote"), FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    max_count_per_parent = 1
    # Fetched with the page when it is served (core/i18n.py).
    serve_related = ["hero_image", "quote"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        city_model = HomeFeaturedCity._meta.get_field("city").related_model
        image_model = city_model._meta.get_field("hero_image").related_model
        kept = columns(city_model, image_model, image_model.get_rendition_model(), PresidentialQuote)
        hero, featured, context["quote"] = until_changed("home-shown", self._shown, kept, renditions_generation(),
                                                         self.pk, self.hero_image_id, self.quote_id)
        if hero is not None:
            self.hero_image = hero  # the same image, its renditions read
        for city in set_listing_urls(featured, request):
            city.listing_url = in_readers_language(city.listing_url)
        context["featured_cities"] = featured
        return context

    def _shown(self) -> tuple:
        """The hero image, the featured cities (with the renditions of every
        image read in one query) and the quote: kept in the shared cache until
        a page, an image or a quote changes."""
        featured = self.featured_in_own_language()
        prefetch_related_objects([image for image in [self.hero_image, *(city.hero_image for city in featured)]
                                  if image is not None], "renditions")
        return self.hero_image, featured, self.quote_in_own_language()

    def featured_in_own_language(self) -> list:
        """The featured cities, each in this home's language where it has a
        live translation, else as chosen (shown under the reader's prefix):
        the chosen pages and their translations in one query."""
        model = HomeFeaturedCity._meta.get_field("city").related_model
        items = HomeFeaturedCity.objects.filter(page=self)
        position = Subquery(items.filter(city__translation_key=OuterRef("translation_key"))
                            .order_by("sort_order").values("sort_order")[:1])
        pages = (model.objects.live().defer_streamfields().select_related("hero_image").annotate(position=position)
                 .filter(Q(pk__in=items.values("city_id")) | Q(
                     translation_key__in=items.values("city__translation_key"), locale_id=self.locale_id,
                     alias_of__isnull=True)))
        chosen = {}
        for page in sorted(pages, key=lambda page: (page.position is None, page.position or 0)):
            if page.translation_key not in chosen or page.locale_id == self.locale_id:
                chosen[page.translation_key] = page
        return list(chosen.values())

    def quote_in_own_language(self):
        """The chosen quote (else the first) in this home's language, else in
        the default language until it is translated."""
        if self.quote is not None and self.quote.locale_id == self.locale_id:
            return self.quote
        quotes = PresidentialQuote.objects.filter(
            Q(locale_id=self.locale_id) | Q(locale__language_code=settings.LANGUAGE_CODE))
        if self.quote is not None:
            quotes = quotes.filter(translation_key=self.quote.translation_key)
        own_first = Case(When(locale_id=self.locale_id, then=0), default=1)
        return quotes.order_by(own_first, "sort_order", "date").first()


class HomeFeaturedCity(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_cities")
    city = models.ForeignKey("cities.CityProfilePage", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("city")]


class StandardPage(Page):
    """Mission, goals, about, policy: a title, an intro and a body."""

    intro = models.TextField(blank=True)
    body = StreamField(BodyBlock(), blank=True)
    show_contact = models.BooleanField(
        default=False, help_text=_("Show the organisation's address, phone, email and tax id under the body."),
    )

    content_panels = Page.content_panels + ["intro", "body", "show_contact"]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]


class ContactPage(RoutablePageMixin, Page):
    """The organisation's address, email and phone (Settings > Organisation)
    and a form whose messages are stored, then mailed to the board by the
    worker (home/contact.py). The form and its thank-you page are served by
    home/views.py."""

    intro = models.TextField(blank=True)
    body = StreamField(BodyBlock(), blank=True)
    thank_you = models.TextField(
        _("thank-you text"), blank=True,
        help_text=_("Shown once a message is sent; a general thank-you when empty."),
    )

    content_panels = Page.content_panels + ["intro", "body", "thank_you"]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    max_count_per_parent = 1

    @path("")
    def form(self, request):
        if request.method != "POST":
            return self.render(request, context_overrides={"form": ContactForm()})
        form = ContactForm(request.POST)
        ip = client_ip(request)
        per_ip, window = settings.CONTACT_LIMIT_PER_IP
        if not ratelimit.hit(f"contact-ip:{ip}", per_ip, window):
            response = self.render(request, context_overrides={"form": form, "too_many": True})
            response.status_code = 429
            return response
        if not form.is_valid():
            response = self.render(request, context_overrides={"form": form})
            response.status_code = 400
            return response
        data = form.cleaned_data
        # A filled honeypot is answered as a real message is, and stored nowhere.
        if not data["website"]:
            per_address, window = settings.CONTACT_LIMIT_PER_ADDRESS
            ContactMessage.objects.create(
                site=Site.find_for_request(request), page=self, language=get_language() or settings.LANGUAGE_CODE,
                name=data["name"], email=data["email"], message=data["message"],
                send_copy=ratelimit.hit(f"contact-address:{data['email'].lower()}", per_address, window),
            )
        # The thank-you page says the same to everyone and names no one.
        return redirect(request.path.rstrip("/") + "/thanks/")

    @path("thanks/")
    def thanks(self, request):
        return self.render(request, template="home/contact_page_thanks.html",
                           context_overrides={"contact_url": request.path.removesuffix("thanks/")})


class ContactMessage(models.Model):
    """A message written on a contact page: stored before anything is sent,
    so a mail server that is down loses nothing; the worker retries until
    both mails (to the board, the copy to the sender) have left."""

    class State(models.TextChoices):
        WAITING = "waiting", _("waiting to be sent")
        RETRYING = "retrying", _("retrying")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")

    site = models.ForeignKey("wagtailcore.Site", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    page = models.ForeignKey("wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    language = models.CharField(_("language"), max_length=15)
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("email"), max_length=254)
    message = models.TextField(_("message"), max_length=5000)
    # The copy to the sender is skipped past the per-address limit, so the
    # form cannot be used to flood someone else's mailbox.
    send_copy = models.BooleanField(_("copy to the sender"), default=True)
    received_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    state = models.CharField(_("delivery"), max_length=10, choices=State.choices, default=State.WAITING)
    board_sent_at = models.DateTimeField(_("sent to the board"), null=True, blank=True)
    copy_sent_at = models.DateTimeField(_("copy sent"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_attempt_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    last_error = models.CharField(_("last error"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")
        ordering = ["-received_at"]
        indexes = [models.Index(fields=["state", "last_attempt_at"], name="contact_unsent")]

    def __str__(self):
        return f"{self.name} <{self.email}>"

    @property
    def delivered(self) -> bool:
        return self.board_sent_at is not None and (self.copy_sent_at is not None or not self.send_copy)


class HistoryPage(Page):
    """A dated timeline, oldest first."""

    intro = RichTextField(blank=True)

    content_panels = Page.content_panels + ["intro", InlinePanel("entries", label=_("Timeline entries"))]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.RelatedFields("entries", [index.SearchField("title"), index.SearchField("text")]),
    ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["entries"] = sorted(self.entries.select_related("image").prefetch_related("image__renditions"),
                                    key=HistoryEntry.sort_key)
        # Entries are translated with their page (wagtail-localize): they
        # speak the page's language, marked where the reader's differs.
        context["entries_language"] = self.locale.language_code
        return context


class HistoryEntry(TranslatableMixin, Orderable):
    """One moment: a year (836) or a full date (8 September 1986). Its title
    and text are translated with its page (wagtail-localize translates the
    inline entries of a translatable model); year, date and image follow the
    source."""

    page = ParentalKey(HistoryPage, on_delete=models.CASCADE, related_name="entries")
    year = models.SmallIntegerField(help_text=_("The year, even when a full date is given."))
    date = models.DateField(null=True, blank=True, help_text=_("The full date, when known."))
    title = models.CharField(max_length=255)
    text = RichTextField(blank=True)
    image = models.ForeignKey(IMAGE_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    panels = ["year", "date", "title", "text", FieldPanel("image")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        pass

    def clean(self):
        if self.date and self.year and self.date.year != self.year:
            raise ValidationError({"date": _("The date is not in the year given.")})

    @staticmethod
    def sort_key(entry):
        return (entry.year, entry.date.toordinal() if entry.date else 0, entry.sort_order or 0)


class QuotesPage(Page):
    """The presidential quotes of the site's language."""

    intro = RichTextField(blank=True)

    content_panels = Page.content_panels + ["intro"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["quotes"] = PresidentialQuote.objects.filter(locale_id=self.locale_id).order_by("sort_order", "date")
        return context


class PresidentialQuote(TranslatableMixin, index.Indexed, models.Model):
    speaker = models.CharField(max_length=200)
    office = models.CharField(max_length=200, blank=True, help_text=_("E.g. President of the United States"))
    text = models.TextField()
    date = models.DateField(null=True, blank=True)
    occasion = models.CharField(max_length=255, blank=True)
    source = models.CharField(max_length=255, blank=True)
    sort_order = models.PositiveSmallIntegerField(default=0, help_text=_("Lower comes first."))

    panels = ["speaker", "office", "text", "date", "occasion", "source", "sort_order"]
    search_fields = [index.SearchField("text"), index.SearchField("speaker"), index.FilterField("locale_id")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "date"]

    def __str__(self):
        return f"{self.speaker}: {self.text[:60]}"


@register_setting(icon="site")
class OrganisationSettings(PerLanguageMixin, BaseSiteSetting):
    """Who runs the site: shown in the footer and on the contact page; the
    email is the From address of newsletters. The name and the address are
    given in every language (readers see theirs, core/per_language.py); the
    legal name is the registered one, the same in all."""

    name = models.CharField(max_length=200, blank=True)
    legal_name = models.CharField(max_length=255, blank=True)
    address = models.TextField(blank=True)
    phone = models.CharField(max_length=40, blank=True)
    email = models.EmailField(blank=True, help_text=_("Public contact address; newsletters are sent from it."))
    tax_id = models.CharField(_("tax id"), max_length=60, blank=True)
    social_links = StreamField([("link", SocialLinkBlock())], blank=True)
    bylaws = models.ForeignKey("wagtaildocs.Document", null=True, blank=True, on_delete=models.SET_NULL,
                               related_name="+")
    brochure = models.ForeignKey("wagtaildocs.Document", null=True, blank=True, on_delete=models.SET_NULL,
                                 related_name="+")

    per_language_fields = ("name", "address")
    base_form_class = per_language_form({
        "name": {"label": _("Name"), "max_length": 200},
        "address": {"label": _("Address"), "widget": forms.Textarea(attrs={"rows": 3})},
    })
    panels = [
        MultiFieldPanel(["name", "legal_name", "address", "phone", "email", "tax_id"], heading=_("Organisation")),
        *per_language_panels(per_language_fields, _("In other languages")),
        FieldPanel("social_links"),
        MultiFieldPanel([FieldPanel("bylaws"), FieldPanel("brochure")], heading=_("Documents")),
    ]

    class Meta:
        verbose_name = _("organisation")

    @property
    def address_lines(self) -> list[str]:
        """The address in the reader's language, line by line."""
        return [line.strip() for line in self.in_language("address").splitlines() if line.strip()]

    @property
    def footer_name_language(self) -> str:
        return self.shown.languages["name"]

    @property
    def footer_name(self) -> str:
        """The name in the reader's language where given, else the legal name (else the name)."""
        if self.shown.languages["name"] != settings.LANGUAGE_CODE:
            return self.shown["name"]
        return self.legal_name or self.name


class SiteChromeMixin(TranslatableMixin, models.Model):
    """A per-site, per-language piece of the page frame."""

    site = models.ForeignKey("wagtailcore.Site", on_delete=models.CASCADE, related_name="+")

    class Meta(TranslatableMixin.Meta):
        abstract = True

    @classmethod
    def for_request(cls, request):
        """This site's instance in the reader's language, else the default language."""
        site = Site.find_for_request(request)
        if site is None:
            return None
        languages = [get_language() or settings.LANGUAGE_CODE, settings.LANGUAGE_CODE]
        rows = {row.locale.language_code: row for row in
                cls.objects.filter(site=site, locale__language_code__in=languages).select_related("locale")}
        return next((rows[lang] for lang in languages if lang in rows), None)


class NavigationMenu(SiteChromeMixin):
    items = StreamField([("item", MenuItemBlock())], blank=True)

    panels = [FieldPanel("site"), FieldPanel("items")]

    class Meta(SiteChromeMixin.Meta):
        verbose_name = _("navigation menu")
        constraints = [models.UniqueConstraint(fields=["site", "locale"], name="one_menu_per_site_and_language")]

    def __str__(self):
        return f"{_('Menu')}: {self.site}"


class Footer(SiteChromeMixin):
    text = RichTextField(blank=True)
    links = StreamField([("item", MenuItemBlock())], blank=True)

    panels = [FieldPanel("site"), FieldPanel("text"), FieldPanel("links")]

    class Meta(SiteChromeMixin.Meta):
        verbose_name = _("footer")
        constraints = [models.UniqueConstraint(fields=["site", "locale"], name="one_footer_per_site_and_language")]

    def __str__(self):
        return f"{_('Footer')}: {self.site}"


class SiteImage(AbstractImage):
    """The project's image model: alt text is required and every image names
    who took it, since profiles and heroes show a photo credit."""

    description = models.CharField(
        _("alt text"), max_length=255,
        help_text=_("Describe the image for people who cannot see it (required)."),
    )
    credit = models.CharField(_("photo credit"), max_length=255, blank=True,
                              help_text=_('Who took the photo or holds its rights, e.g. "Photo: Jane Doe".'))

    admin_form_fields = (
        "title", "file", "description", "credit", "collection", "tags",
        "focal_point_x", "focal_point_y", "focal_point_width", "focal_point_height",
    )

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")
        permissions = [("choose_image", "Can choose image")]

    @property
    def default_alt_text(self):
        return self.description


class SiteRendition(AbstractRendition):
    image = models.ForeignKey(SiteImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
