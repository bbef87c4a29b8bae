"""`make run`: the web server, a Celery worker and Celery beat as three
processes, their output labelled by name. Ctrl-C (or any one of them
exiting) stops all three, and so does the launcher's own death, even by
SIGKILL: each runs under a small guard that stops it when the launcher goes.

    python -m cms.run [--port 8000]
"""

import argparse
import ctypes
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PR_SET_PDEATHSIG = 1


def data_dir() -> Path:
    return Path(os.environ.get("DATA_DIR") or ROOT / "var")


def commands(port: int) -> dict[str, list[str]]:
    python = sys.executable
    return {
        "web": [python, "manage.py", "runserver", f"127.0.0.1:{port}"],
        "worker": [python, "-m", "celery", "-A", "worker", "worker", "--loglevel=INFO", "--concurrency=2"],
        "beat": [python, "-m", "celery", "-A", "worker", "beat", "--loglevel=INFO",
                 "--schedule", str(data_dir() / "celerybeat-schedule")],
    }


# --- The guard: one per process, between the launcher and it ----------------

def signal_on_parent_death(signum: int) -> None:
    """Linux: the kernel sends signum when the parent dies. Elsewhere the
    guard's loop notices a new parent within half a second."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signum, 0, 0, 0)


def stop_group(proc: subprocess.Popen, grace: float) -> None:
    """SIGTERM the leader (Celery then shuts down warm), then clear out
    whatever is left in its group (runserver's reloader child, pool workers)."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            pass
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait()


def guard(launcher: int, command: list[str], grace: float = 15.0) -> int:
    """Run command in a process group of its own and stop that group when
    told to (SIGTERM) or when the launcher is gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the launcher decides what Ctrl-C stops
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    signal_on_parent_death(signal.SIGTERM)
    if os.getppid() != launcher:  # gone before the line above took effect
        return 1
    proc = subprocess.Popen(command, cwd=ROOT, start_new_session=True)
    try:
        while proc.poll() is None:
            if os.getppid() != launcher:
                break
            time.sleep(0.5)
        return proc.returncode if proc.returncode is not None else 1
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        stop_group(proc, grace)


# --- The launcher ---------------------------------------------------------------

def relay(name: str, stream, width: int, lock: threading.Lock) -> None:
    """Copy one process's output line by line, each line labelled."""
    label = f"{name:<{width}} | ".encode()
    for line in iter(stream.readline, b""):
        with lock:
            sys.stdout.buffer.write(label + line)
            sys.stdout.buffer.flush()


def start(port: int) -> tuple[dict[str, subprocess.Popen], list[threading.Thread]]:
    lock = threading.Lock()
    named = commands(port)
    width = max(map(len, named))
    processes, relays = {}, []
    for name, cmd in named.items():
        processes[name] = subprocess.Popen(
            [sys.executable, "-m", "cms.run", "--guard", str(os.getpid()), "--", *cmd],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        relays.append(threading.Thread(target=relay, args=(name, processes[name].stdout, width, lock), daemon=True))
        relays[-1].start()
    return processes, relays


def stop_all(processes: dict[str, subprocess.Popen], grace: float = 20.0) -> None:
    for proc in processes.values():
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + grace
    for proc in processes.values():
        try:
            proc.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
    parser.add_argument("--guard", type=int, metavar="LAUNCHER_PID", help=argparse.SUPPRESS)
    parser.add_argument("command", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.guard:
        return guard(args.guard, args.command)

    signal.signal(signal.SIGINT, signal.default_int_handler)  # even if started with SIGINT ignored
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    processes, relays = start(args.port)
    try:
        while all(proc.poll() is None for proc in processes.values()):
            time.sleep(0.5)
        exited = [name for name, proc in processes.items() if proc.poll() is not None]
        print(f"{', '.join(exited)} exited; stopping the others.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nStopping web, worker and beat ...", file=sys.stderr)
        return 0
    finally:
        stop_all(processes)
        for thread in relays:  # their last words
            thread.join(timeout=2)


if __name__ == "__main__":
    sys.exit(main())
