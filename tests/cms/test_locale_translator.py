"""The machine translator in wagtail-localize's editor is chosen by
environment variable; wrong settings stop start-up with a clear message."""

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from wagtail.models import Locale
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.machine_translators.deepl import DeepLTranslator
from wagtail_localize.machine_translators.dummy import DummyTranslator
from wagtail_localize.machine_translators.libretranslate import LibreTranslator
from wagtail_localize.strings import StringValue

from cms.settings.env import machine_translator_settings


def test_no_machine_translation_unless_one_is_configured(settings):
    # The dummy reverses words: "City Test - Sonoma" once went live on /fr/ as "Sonoma - Test City".
    assert machine_translator_settings(None, None, None, None) is None
    assert machine_translator_settings("", None, None, None) is None
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_settings(None, None, None, None)
    assert get_machine_translator() is None


def test_the_dummy_is_for_tests_only(settings):
    assert isinstance(get_machine_translator(), DummyTranslator)  # cms/settings/test.py
    with pytest.raises(ValueError, match="must be one of libretranslate, deepl"):
        machine_translator_settings("dummy", None, None, None)


def test_libretranslate_by_env(settings):
    config = machine_translator_settings("LibreTranslate", "https://translate.example.org/", "k3y", None)
    assert config["OPTIONS"] == {"LIBRETRANSLATE_URL": "https://translate.example.org", "API_KEY": "k3y"}
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = config
    assert isinstance(get_machine_translator(), LibreTranslator)


def test_deepl_by_env(settings):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_settings("deepl", None, None, "abc:fx")
    translator = get_machine_translator()
    assert isinstance(translator, DeepLTranslator)
    assert translator.get_api_endpoint() == "https://api-free.deepl.com/v2/translate"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("google", None, None, None), "MACHINE_TRANSLATOR must be one of libretranslate, deepl"),
        (("libretranslate", None, None, None), "needs LIBRETRANSLATE_URL"),
        (("libretranslate", "file:///etc/passwd", None, None), "needs LIBRETRANSLATE_URL"),
        (("libretranslate", "gopher://translate.example.org", None, None), "needs LIBRETRANSLATE_URL"),
        (("deepl", None, None, ""), "needs DEEPL_AUTH_KEY"),
    ],
)
def test_wrong_settings_are_named(args, message):
    with pytest.raises(ValueError, match=message):
        machine_translator_settings(*args)


class FakeLibreTranslate(BaseHTTPRequestHandler):
    """A LibreTranslate server on loopback: the outside world, stood in for."""

    received = []

    def do_POST(self):  # noqa: N802
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        FakeLibreTranslate.received.append((self.path, body))
        payload = json.dumps({"translatedText": [f"[{body['target']}] {text}" for text in body["q"]]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass


@pytest.mark.django_db
def test_the_configured_libretranslate_server_is_asked(settings):
    server = HTTPServer(("127.0.0.1", 0), FakeLibreTranslate)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}"
        settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_settings("libretranslate", url, "k3y", None)
        english = Locale.objects.get(language_code="en")
        chinese = Locale.objects.create(language_code="zh-hans")

        result = get_machine_translator().translate(english, chinese, [StringValue("Sister cities")])
    finally:
        server.shutdown()
        server.server_close()

    assert result == {StringValue("Sister cities"): StringValue("[zh] Sister cities")}
    path, body = FakeLibreTranslate.received[-1]
    assert path == "/translate"
    assert body["api_key"] == "k3y" and body["source"] == "en" and body["q"] == ["Sister cities"]
