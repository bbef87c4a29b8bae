"""Pictures and documents for the demo content, made on this machine: no
download, each picture with alt text and a credit that says what it is."""

import hashlib
import io

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image, ImageDraw, ImageFont

CREDIT = "Illustration generated for the demo site"


def _palette(seed: str):
    digest = hashlib.sha256(seed.encode()).digest()
    sky = (90 + digest[0] % 90, 140 + digest[1] % 80, 190 + digest[2] % 60)
    land = (60 + digest[3] % 80, 110 + digest[4] % 70, 60 + digest[5] % 60)
    return digest, sky, land


def postcard_png(label: str, size=(1200, 480)) -> bytes:
    """A simple landscape (sky, sun, two ranges of hills) with the label on it."""
    width, height = size
    digest, sky, land = _palette(label)
    picture = Image.new("RGB", size, sky)
    draw = ImageDraw.Draw(picture)
    for row in range(height // 2):  # the sky lightens towards the horizon
        shade = tuple(min(255, c + row // 6) for c in sky)
        draw.line([(0, row), (width, row)], fill=shade)
    sun_x = width * (0.15 + (digest[6] % 70) / 100)
    draw.ellipse([sun_x - 40, 60, sun_x + 40, 140], fill=(255, 236, 170))
    for layer, (offset, darken) in enumerate(((0.55, 0), (0.7, 40))):
        colour = tuple(max(0, c - darken) for c in land)
        points = [(0, height)]
        for step in range(0, 9):
            x = width * step / 8
            y = height * offset - (digest[7 + step + layer * 9] % 60)
            points.append((x, y))
        points.append((width, height))
        draw.polygon(points, fill=colour)
    font = ImageFont.load_default(size=56)
    # Centred, so the label survives the crops of cards and thumbnails.
    draw.text((width / 2, height * 0.8), label, fill=(255, 255, 255), font=font, anchor="mm", stroke_width=3,
              stroke_fill=(30, 40, 50))
    buffer = io.BytesIO()
    picture.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def image_file(label: str, filename: str) -> ImageFile:
    return ImageFile(io.BytesIO(postcard_png(label)), name=f"{filename}.png")


def _pdf_text(text: str) -> bytes:
    data = text.encode("cp1252", errors="replace")
    return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _wrap(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + ([line] if line else [])


def simple_pdf(title: str, sections: list[dict]) -> bytes:
    """A one-page (or more) PDF with a title and headed paragraphs, in the
    standard Helvetica font so any reader shows it."""
    lines = [("F2", 16, title), ("F1", 11, "")]
    for section in sections:
        lines.append(("F2", 12, section["heading"]))
        lines += [("F1", 11, line) for line in _wrap(section["text"], 88)]
        lines.append(("F1", 11, ""))
    pages, per_page = [], 48
    for start in range(0, len(lines), per_page):
        ops = [b"BT", b"50 790 Td"]
        for font, size, text in lines[start:start + per_page]:
            ops.append(f"/{font} {size} Tf".encode() + b" (" + _pdf_text(text) + b") Tj 0 -15 Td")
        ops.append(b"ET")
        pages.append(b"\n".join(ops))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", None,
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"]
    kids = []
    for stream in pages:
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content_id = len(objects)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> >>" % content_id)
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % kid for kid in kids), len(kids))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def pdf_file(title: str, sections: list[dict], filename: str) -> ContentFile:
    return ContentFile(simple_pdf(title, sections), name=f"{filename}.pdf")
