import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.models import Page, Revision, Site

from cities.models import CityProfilePage
from home.models import Footer, NavigationMenu, PresidentialQuote, SiteImage
from people.models import BoardPosition, Committee, Person

pytestmark = pytest.mark.django_db

CHAPTER = {"HTTP_HOST": "chapter.localhost"}


def counts():
    return {model.__name__: model.objects.count() for model in (
        Page, Revision, Site, Person, Committee, BoardPosition, PresidentialQuote, NavigationMenu, Footer,
        SiteImage, get_document_model(), Group)}


def test_loading_twice_changes_nothing(demo, capsys):
    before = counts()
    call_command("load_demo_content")
    assert counts() == before
    assert "nothing to do" in capsys.readouterr().out
    assert before["Site"] == 3 and before["PresidentialQuote"] == 11  # the association, the chapter, the city of Pinole


def test_sonoma_site_has_its_seven_partner_cities_and_chairs(client, demo):
    html = client.get("/en/sister-cities/").content.decode()
    for name in ("Aswan", "Chambolle-Musigny", "Greve in Chianti", "Kaniv", "Patzcuaro", "Penglai", "Tokaj"):
        assert f">{name}</a>" in html
    assert "7 sister cities on 4 continents" in html
    assert html.count('class="map-pin"') == 7
    assert Committee.objects.get(slug="sonoma-kaniv").chair.name == "Kaeti Bailie"
    assert Committee.objects.get(slug="sonoma-aswan").chair is None
    tokaj = client.get("/en/sister-cities/tokaj/").content.decode()
    assert "<bdi>Sylvia Toth</bdi> and <bdi>Joan Toth</bdi>" in tokaj
    assert "Vacant" in client.get("/en/sister-cities/aswan/").content.decode()
    assert Group.objects.filter(name="Committee: Kaniv").exists()


def test_sonoma_board_mission_and_history(client, demo):
    board = client.get("/en/board/").content.decode()
    assert "Stephanie Fine" in board and "Robert Demler" in board
    treasurer = board.split("Treasurer</dt>")[1].split("</dd>")[0]
    assert "Vacant" in treasurer
    mission = client.get("/en/mission/").content.decode()
    assert mission.count("<li>") >= 4 and "Facilitate cultural and arts exchanges" in mission
    history = client.get("/en/history/").content.decode()
    years = ["836", "1913", "1944", "1956", "1967", "1970", "1974", "1986"]
    positions = [history.index(f'datetime="{year.zfill(4)}') for year in years]
    assert positions == sorted(positions)


def test_chapter_site_has_quotes_documents_contact_and_a_mixed_directory(client, demo):
    quotes = client.get("/en/quotes/", **CHAPTER).content.decode()
    assert quotes.count('<figure class="quote">') == 11
    assert "Barack Obama" in quotes and "Dwight D. Eisenhower" in quotes
    contact = client.get("/en/contact/", **CHAPTER).content.decode()
    assert "4115 E. Maple Tree Drive" in contact and "330607663" in contact and "1-714-673-4375" in contact
    assert "Bylaws" in contact and "Brochure" in contact
    directory = client.get("/en/directory/", **CHAPTER)
    html = directory.content.decode()
    for pair in ("Norman – Clermont-Ferrand", "Norman – Colima", "Norman – Seika", "Norman – Arezzo",
                 "Sonoma – Kaniv"):
        assert pair in html
    only_sonoma = client.get("/en/directory/", {"local": "Sonoma"}, **CHAPTER)
    assert len(only_sonoma.context["directory"].cities) == 7


def test_every_demo_image_has_alt_text_and_a_credit(demo):
    images = SiteImage.objects.all()
    assert images.count() >= 10
    assert all(image.description and image.credit for image in images)


def test_bylaws_and_brochure_are_real_pdfs(demo):
    for document in get_document_model().objects.all():
        with document.file.open("rb") as handle:
            data = handle.read()
        assert data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF")


def test_scale_adds_synthetic_cities_once(demo):
    call_command("load_demo_content", "--scale", "3")
    call_command("load_demo_content", "--scale", "3")
    assert CityProfilePage.objects.filter(slug__startswith="synthetic-").count() == 3


def test_demo_menu_leads_to_the_events_and_the_newsletter_archive(client, demo):
    html = client.get("/en/").content.decode()
    menu = html[html.index('class="main-menu"'):]
    menu = menu[:menu.index("</nav>")]
    for href in ("/en/about/", "/en/sister-cities/", "/en/events/", "/en/newsletter/"):
        assert f'href="{href}"' in menu
