"""Newsletter sending throughput and worker memory.

For each set-up of Celery workers x pool processes (1x2, 2x1 and 2x2 by
default), 10,000 subscribers go through the workers into an SMTP sink on
loopback (its own process); the ceiling is a bare smtplib loop sending the
same prepared messages over one connection to the same sink, measured before
and after each set-up in the same run, and the ratio is against the higher of
the two. Each line also gives the workers' CPU per message (user + system
of the worker and pool processes while sending: steadier than messages per
second on a shared machine). Then peak worker RSS at the larger sizes with
the first set-up (memory should stay flat). Needs PostgreSQL and Redis (DATABASE_URL,
REDIS_URL); works on its own database (bench_<name>), created and dropped
here.

    .venv/bin/python bench/newsletter.py [--sizes 10000,100000] [--setups 1x2,2x1,2x2]
"""

import argparse
import asyncio
import multiprocessing
import os
import smtplib
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")


# --- The sink: its own process, so client and server never share a GIL ------
def _serve(port, counter, ready):
    from aiosmtpd.controller import Controller

    class Count:
        async def handle_DATA(self, server, session, envelope):
            with counter.get_lock():
                counter.value += len(envelope.rcpt_tos)
            return "250 OK"

    controller = Controller(Count(), hostname="127.0.0.1", port=port, data_size_limit=0)
    controller.start()
    ready.set()
    try:
        asyncio.run(asyncio.sleep(10**9))
    finally:
        controller.stop()


class Sink:
    def __init__(self):
        from tests.mailsink import free_port

        self.port = free_port()
        self.counter = multiprocessing.Value("q", 0)
        ready = multiprocessing.Event()
        self.proc = multiprocessing.Process(target=_serve, args=(self.port, self.counter, ready), daemon=True)
        self.proc.start()
        ready.wait(30)

    @property
    def count(self) -> int:
        return self.counter.value

    def stop(self):
        self.proc.terminate()
        self.proc.join(10)


def peak_rss_kib(pid: int) -> int:
    """Largest VmHWM among a worker and its pool processes (same group)."""
    peak = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if os.getpgid(int(entry.name)) != pid:
                continue
            for line in (entry / "status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peak = max(peak, int(line.split()[1]))
        except (OSError, ProcessLookupError):
            continue
    return peak


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a worker and its pool processes (same group): less
    shaken by a busy machine than messages per second."""
    total = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if os.getpgid(int(entry.name)) != pid:
                continue
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime
        except (OSError, ProcessLookupError, IndexError, ValueError):
            continue
    return total / os.sysconf("SC_CLK_TCK")


def make_subscribers(n: int, prefix: str):
    from django.utils import timezone

    from newsletters.models import Subscriber

    languages = ["en", "fr", "es", "uk"]
    now = timezone.now()
    batch = []
    for i in range(n):
        batch.append(Subscriber(email=f"{prefix}{i}@example.org", language=languages[i % 4],
                                status=Subscriber.Status.CONFIRMED, consent_at=now, confirmed_at=now))
        if len(batch) == 5000:
            Subscriber.objects.bulk_create(batch)
            batch = []
    Subscriber.objects.bulk_create(batch)


def wait_done(run, timeout):
    from newsletters.models import SendRun

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        run.refresh_from_db()
        if run.status == SendRun.Status.DONE:
            return
        time.sleep(0.2)
    raise SystemExit(f"run {run.pk} not done after {timeout}s")


def prepared_messages(issue, n: int) -> list[tuple[str, list[str], bytes]]:
    """The messages of the first n subscribers, built as the workers build
    them (not timed)."""
    from newsletters.issues import _build, issue_variants
    from newsletters.messages import from_email
    from newsletters.models import Delivery, Subscriber

    prepared = {"sender": from_email(), "variants": issue_variants(issue)}
    messages = []
    for i, subscriber in enumerate(Subscriber.objects.order_by("pk")[:n].iterator(chunk_size=2000)):
        delivery = Delivery(pk=i + 1, run_id=0, subscriber=subscriber, email=subscriber.email,
                            language=subscriber.language)
        message = _build(delivery, prepared, None)
        messages.append((message.from_email, [delivery.email], message.message().as_bytes(linesep="\r\n")))
    return messages


def ceiling(sink: Sink, messages) -> float:
    """A bare smtplib loop over one connection: the most the sink takes."""
    before = sink.count
    start = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", sink.port) as smtp:
        for sender, to, raw in messages:
            smtp.sendmail(sender, to, raw)
    elapsed = time.perf_counter() - start
    assert sink.count - before == len(messages)
    return len(messages) / elapsed


def pipeline(sink: Sink, n: int, workers: int, concurrency: int, tmp: Path, slug: str, compare: int):
    from newsletters import issues
    from newsletters.models import Subscriber
    from tests.integration.conftest import WorkerProcess, child_env
    from tests.newsletters.helpers import make_issue

    Subscriber.objects.all().delete()
    make_subscribers(n, prefix=f"{slug}-")
    issue = make_issue({"en": "Autumn news", "fr": "Nouvelles d'automne", "es": "Noticias de otoño",
                        "uk": "Осінні новини"}, slug=slug)
    baseline = prepared_messages(issue, min(n, 10_000)) if n == compare else None
    ceilings = [ceiling(sink, baseline)] if baseline else []
    env = child_env(EMAIL_URL=f"smtp://127.0.0.1:{sink.port}", NEWSLETTER_RATE_PER_SECOND="1000000")
    procs = [WorkerProcess(tmp / f"{slug}-{i}.log", env, concurrency=concurrency).start() for i in range(workers)]
    try:
        before = sink.count
        cpu = sum(cpu_seconds(p.proc.pid) for p in procs)
        start = time.perf_counter()
        run, _ = issues.start_send(issue)
        created = time.perf_counter() - start
        wait_done(run, timeout=max(600, n / 50))
        elapsed = time.perf_counter() - start
        assert sink.count - before == n, (sink.count - before, n)
        rss = max(peak_rss_kib(p.proc.pid) for p in procs)
        cpu = sum(cpu_seconds(p.proc.pid) for p in procs) - cpu
    finally:
        for p in procs:
            p.stop()
    if baseline:
        # The machine is shared: measure the ceiling before and after, keep the higher.
        ceilings.append(ceiling(sink, baseline))
    return run, n / elapsed, created, rss, ceilings, 1000 * cpu / n


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000",
                        help="subscriber counts: the first is compared for every set-up, the rest give memory")
    parser.add_argument("--setups", default="1x2,2x1,2x2", help="workers x pool processes, comma-separated")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    setups = [tuple(int(x) for x in setup.split("x")) for setup in args.setups.split(",")]
    if not os.environ.get("DATABASE_URL", "").startswith("postgres") or not os.environ.get("REDIS_URL"):
        raise SystemExit("bench/newsletter.py needs DATABASE_URL (PostgreSQL) and REDIS_URL (Redis)")

    import django

    django.setup()
    from django.db import connection

    from worker import app

    settings_dict = connection.settings_dict
    settings_dict.setdefault("TEST", {})["NAME"] = f"bench_{settings_dict['NAME']}"
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    app.control.purge()
    tmp = Path(os.environ.get("TMPDIR", "/tmp")) / f"bench-newsletter-{os.getpid()}"
    tmp.mkdir(parents=True, exist_ok=True)
    sink = Sink()
    runs = [(setup, sizes[0]) for setup in setups] + [(setups[0], n) for n in sizes[1:]]
    try:
        print(f"{'setup':>6} {'subscribers':>12} {'msg/s':>9} {'rows (s)':>9} {'peak RSS MiB':>13} "
              f"{'worker CPU ms/msg':>18} {'ceiling msg/s':>15} {'ratio':>6}")
        for index, ((workers, concurrency), n) in enumerate(runs):
            _run, rate, created, rss, ceilings, cpu_ms = pipeline(sink, n, workers, concurrency, tmp,
                                                          slug=f"issue-{index}-{n}", compare=sizes[0])
            compared = f"{ceilings[0]:>7.0f}/{ceilings[1]:<7.0f} {rate / max(ceilings):>6.2f}" if ceilings else ""
            print(f"{workers}x{concurrency:<4} {n:>12} {rate:>9.0f} {created:>9.2f} {rss / 1024:>13.1f} "
                  f"{cpu_ms:>18.2f} {compared}",
                  flush=True)
        print(f"\nceiling: a bare smtplib loop, one connection, the same {sizes[0]} prepared messages, "
              "before/after each set-up; ratio = pipeline / the higher of the two")
        print(f"logs: {tmp}")
    finally:
        sink.stop()
        connection.close()
        connection.creation._destroy_test_db(connection.settings_dict["NAME"], verbosity=0)


if __name__ == "__main__":
    main()
