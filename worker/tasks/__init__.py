"""Thin tasks: ids in, a service call, retry policy here. One module a domain."""

from . import mail, system  # noqa: F401
