"""A real SMTP server on loopback (aiosmtpd) that records what it accepts and
can answer chosen recipients with chosen SMTP replies (greylisting, 421,
550), the way real receiving servers do."""

import asyncio
import email
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable
from email import policy

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Handler:
    def __init__(self, reply: Callable[[str, int], str | None] | None = None, delay: float = 0.0,
                 hold: Callable[[str, int], float] | None = None):
        self.reply = reply
        self.delay = delay
        # Seconds to keep a recipient's RCPT unanswered (a slow server), before
        # any message is accepted: a client that dies meanwhile delivered nothing.
        self.hold = hold
        self.attempts: Counter[str] = Counter()
        self.messages: list[tuple[list[str], bytes, float]] = []
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        with self.lock:
            self.attempts[address.lower()] += 1
            attempt = self.attempts[address.lower()]
        if self.hold and self.hold(address.lower(), attempt):
            await asyncio.sleep(self.hold(address.lower(), attempt))
        answer = self.reply(address.lower(), attempt) if self.reply else None
        if answer:
            return answer
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.delay:
            await asyncio.sleep(self.delay)
        with self.lock:
            self.messages.append(([a.lower() for a in envelope.rcpt_tos], envelope.original_content or
                                  envelope.content, time.monotonic()))
        return "250 Message accepted for delivery"


class MailSink:
    def __init__(self, reply=None, delay: float = 0.0, port: int | None = None, hold=None):
        self.handler = Handler(reply, delay, hold)
        self.port = port or free_port()  # a port chosen earlier: a server that was down comes up
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port,
                                     data_size_limit=0)

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    def start(self) -> "MailSink":
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()

    @property
    def count(self) -> int:
        return len(self.handler.messages)

    def recipients(self) -> Counter[str]:
        with self.handler.lock:
            return Counter(rcpt for rcpts, _, _ in self.handler.messages for rcpt in rcpts)

    def parsed(self) -> list[email.message.EmailMessage]:
        with self.handler.lock:
            raw = [content for _, content, _ in self.handler.messages]
        return [email.message_from_bytes(content, policy=policy.default) for content in raw]

    def wait_for(self, count: int, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.count >= count:
                return True
            time.sleep(0.1)
        return False
