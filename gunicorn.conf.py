"""gunicorn reads this file from its working directory (/app in the image):
its own lines, start-up, errors and one per request, take the project's log
format (cms/logformat.py, LOG_FORMAT) like every other process's."""

import gc
import os

from cms.logformat import logging_config

logconfig_dict = logging_config(os.environ.get("LOG_FORMAT"))
# Both reach the root handler (one line per request, no --access-logfile);
# configured here, gunicorn's own handlers go, so no line comes twice.
logconfig_dict["loggers"].update({
    "gunicorn.error": {"level": "INFO", "propagate": True},
    "gunicorn.access": {"level": "INFO", "propagate": True},
})


def post_worker_init(worker):
    """Django, Wagtail and the project are loaded and live as long as the
    worker: frozen, the collector stops scanning them after every few
    thousand new objects, and a page renders about a tenth faster."""
    gc.freeze()
