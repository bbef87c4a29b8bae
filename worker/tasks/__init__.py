"""Thin tasks: ids in, a service call, retry policy here. One module a domain."""

from . import system  # noqa: F401
