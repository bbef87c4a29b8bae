"""The storage of uploads that are nobody's business but their owners' and
reviewers' (STORAGES["private"]): a FileField names it with
`storage=private_storage`, and a view that checks permission serves the file.
Nothing there has a URL under MEDIA_URL."""

from django.core.files.storage import storages
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import FileResponse, Http404
from django.utils.cache import add_never_cache_headers
from django.utils.functional import LazyObject, empty


class PrivateStorage(LazyObject):
    """STORAGES["private"], looked up when first used (as default_storage is),
    so a field made at import follows the settings of the day."""

    def _setup(self):
        self._wrapped = storages["private"]


private = PrivateStorage()


@receiver(setting_changed)
def _settings_changed(setting, **kwargs):
    if setting == "STORAGES":
        private._wrapped = empty


def private_storage():
    """A callable, so migrations name it rather than the backend of the day."""
    return private


def serve_private(field_file, filename: str, content_type: str = "application/pdf") -> FileResponse:
    """Send a private file to someone the caller has checked; 404 if there is none."""
    if not field_file:
        raise Http404
    try:
        handle = field_file.storage.open(field_file.name, "rb")
    except OSError as exc:
        raise Http404 from exc
    response = FileResponse(handle, content_type=content_type, as_attachment=False, filename=filename)
    add_never_cache_headers(response)  # someone's own file: no shared cache keeps it
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "sandbox"
    return response
