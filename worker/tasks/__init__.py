"""Thin tasks: ids in, a service call, retry policy here. One module a domain."""

from . import contact, feeds, mail, notices, registrations, relationships, system  # noqa: F401
