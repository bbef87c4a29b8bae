"""Thin tasks: ids in, a service call, retry policy here. One module a domain."""

from . import chapter, contact, feeds, mail, notices, registrations, relationships, system  # noqa: F401
