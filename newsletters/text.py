"""The plain-text part of an email, derived from its HTML: headings,
paragraphs, lists and links kept readable in a text-only client."""

import re
from html.parser import HTMLParser

BLOCK = {"p", "div", "table", "tr", "section", "article", "header", "footer", "blockquote", "ul", "ol"}
SKIP = {"style", "script", "head", "title"}


class _TextParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.links: list[str | None] = []
        self.heading = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCK:
            self.out.append("\n\n")
        elif tag == "br":
            self.out.append("\n")
        elif tag == "li":
            self.out.append("\n- ")
        elif tag in {"h1", "h2", "h3", "h4"}:
            self.out.append("\n\n")
            self.heading = (tag, len(self.out))
        elif tag == "a":
            self.links.append(attrs.get("href"))
        elif tag == "img" and attrs.get("alt"):
            self.out.append(f"[{attrs['alt']}]")

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.out.append("\n\n")
        elif tag == "a" and self.links:
            href = self.links.pop()
            if href and href.startswith(("http://", "https://", "mailto:")):
                self.out.append(f" <{href}>")
        elif self.heading and tag == self.heading[0]:
            text = "".join(self.out[self.heading[1]:]).strip()
            underline = "=" if tag in {"h1", "h2"} else "-"
            self.out[self.heading[1]:] = [text, "\n", underline * min(len(text), 72), "\n\n"]
            self.heading = None

    def handle_data(self, data):
        if not self.skip:
            self.out.append(re.sub(r"\s+", " ", data))


def html_to_text(html: str) -> str:
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    text = "".join(parser.out)
    lines = [line.strip() for line in text.splitlines()]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
