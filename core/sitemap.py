"""sitemap.xml: every live page of every language, each with its alternates
(`xhtml:link rel="alternate" hreflang`) and an x-default."""

from collections import defaultdict

from django.conf import settings
from django.db.models import F, Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page


class TranslatedSitemap(Sitemap):
    def items(self):
        if not hasattr(self, "_page_list"):
            site = self.get_wagtail_site()
            in_site = Q()
            for path in site.root_page.get_translations(inclusive=True).values_list("path", flat=True):
                in_site |= Q(path__startswith=path)
            pages = (
                Page.objects.filter(in_site).live().public()
                # A synchronised tree's placeholder repeats another language's page.
                .exclude(Q(alias_of__isnull=False) & ~Q(alias_of__locale=F("locale")))
                .order_by("path").defer_streamfields().specific()
            )
            self._page_list = list(pages)
        return self._page_list

    def _alternate_links(self):
        if not hasattr(self, "_alternates_by_key"):
            codes = dict(Locale.objects.values_list("pk", "language_code"))
            by_key = defaultdict(list)
            for page in self.items():
                url = page.get_full_url(self.request)
                if url:
                    by_key[page.translation_key].append((codes[page.locale_id], url))
            alternates = {}
            for key, versions in by_key.items():
                links = [{"lang_code": code, "location": url} for code, url in versions]
                default = [url for code, url in versions if code == settings.LANGUAGE_CODE]
                if default:
                    links.append({"lang_code": "x-default", "location": default[0]})
                alternates[key] = links
            self._alternates_by_key = alternates
        return self._alternates_by_key

    def _urls(self, page, protocol, domain):
        alternates = self._alternate_links()
        urls = []
        last_mods = set()
        for item in self.paginator.page(page).object_list:
            for url_info in item.get_sitemap_urls(self.request):
                url_info.setdefault("alternates", alternates.get(item.translation_key, []))
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
