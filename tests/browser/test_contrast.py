"""Text contrast as Chromium renders it: every visible piece of text on the
main pages meets WCAG 2.2 AA against the background it is drawn on (4.5:1,
3:1 for large text), in a left-to-right and a right-to-left language."""

import pytest

from cms.demo import load
from tests.core.i18n_support import all_locales

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGES = ["/en/", "/en/sister-cities/", "/en/sister-cities/kaniv/", "/en/events/", "/en/history/",
         "/en/newsletter/subscribe/", "/ar/"]

# For each element with text of its own: its colour, the first opaque
# background behind it, the ratio, and whether the text counts as large.
MEASURE = """() => {
  const rgb = (value) => (value.match(/[\\d.]+/g) || []).map(Number);
  const channel = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
  const luminance = ([r, g, b]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  const backgroundOf = (element) => {
    for (let node = element; node; node = node.parentElement) {
      const [r, g, b, a = 1] = rgb(getComputedStyle(node).backgroundColor);
      if (a > 0) return [r, g, b];
    }
    return [255, 255, 255];
  };
  const found = [];
  for (const element of document.body.querySelectorAll("*")) {
    const ownText = [...element.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    if (!ownText || element.closest("svg, script, style, noscript")) continue;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    if (style.visibility === "hidden" || box.width <= 1 || box.height <= 1) continue;
    const [r, g, b, a = 1] = rgb(style.color);
    const back = backgroundOf(element);
    const fore = [r, g, b].map((c, i) => c * a + back[i] * (1 - a));
    const [light, dark] = [luminance(fore), luminance(back)].sort((x, y) => y - x);
    const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight, 10) >= 700;
    found.push({text: element.textContent.trim().slice(0, 40), tag: element.tagName,
                ratio: (light + 0.05) / (dark + 0.05), large: size >= 24 || (bold && size >= 18.66)});
  }
  return found;
}"""


def test_text_contrast_meets_wcag_aa(live_server, browser):
    load()
    all_locales()  # after the load: /ar/ shows the English pages with the notice, right to left
    page = browser.new_page()
    page.set_default_timeout(90_000)
    failures, measured = [], 0
    for path in PAGES:
        page.goto(f"{live_server.url}{path}")
        for item in page.evaluate(MEASURE):
            measured += 1
            if item["ratio"] < (3 if item["large"] else 4.5):
                failures.append(f"{path} <{item['tag']}> {item['text']!r}: {item['ratio']:.2f}")
    assert measured > 100
    assert not failures, "\n".join(failures)
