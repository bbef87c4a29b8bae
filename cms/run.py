"""`make run`: the web server, a Celery worker and Celery beat as three
processes. Ctrl-C (or any one of them exiting) stops all three.

    python -m cms.run [--port 8000]
"""

import argparse
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


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


def stop_all(processes: dict[str, subprocess.Popen], grace: float = 15.0) -> None:
    """SIGTERM each leader (Celery then shuts down warm), then clear out
    whatever is left in its group (runserver's reloader child)."""
    for proc in processes.values():
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + grace
    for proc in processes.values():
        try:
            proc.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            pass
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
    args = parser.parse_args()

    # Each child leads its own process group (runserver's autoreloader forks),
    # so Ctrl-C reaches only this process, which then stops every group.
    processes = {
        name: subprocess.Popen(cmd, cwd=ROOT, start_new_session=True)
        for name, cmd in commands(args.port).items()
    }
    signal.signal(signal.SIGINT, signal.default_int_handler)  # even if started with SIGINT ignored
    signal.signal(signal.SIGTERM, signal.default_int_handler)
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


if __name__ == "__main__":
    sys.exit(main())
