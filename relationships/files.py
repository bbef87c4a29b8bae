"""A PDF checked by what it holds, not by its name: a file that is not what
it says, or is too large, is refused with words a person understands."""

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

PDF_MAGIC = b"%PDF-"


def starts_like_pdf(upload) -> bool:
    position = upload.tell() if hasattr(upload, "tell") else 0
    upload.seek(0)
    head = upload.read(1024)
    upload.seek(position)
    # The header may follow a few bytes of junk (the PDF spec allows it within 1024).
    return PDF_MAGIC in head


def validate_pdf(upload, max_bytes: int) -> None:
    if upload.size > max_bytes:
        raise ValidationError(
            _("This file is %(size)s; the largest accepted is %(limit)s. Please send a smaller PDF.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(max_bytes)}, code="too_large")
    if upload.size == 0 or not starts_like_pdf(upload):
        raise ValidationError(
            _("This file is not a PDF (whatever its name says). Please choose the letter as a PDF."),
            code="not_pdf")
