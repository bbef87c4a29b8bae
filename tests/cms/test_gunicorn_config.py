"""gunicorn.conf.py, the web process's settings."""

import gc
import runpy
from pathlib import Path

CONFIG = Path(__file__).resolve().parents[2] / "gunicorn.conf.py"


def test_a_worker_freezes_what_it_loaded_so_the_collector_skips_it():
    config = runpy.run_path(str(CONFIG))
    gc.unfreeze()
    try:
        config["post_worker_init"](worker=None)
        assert gc.get_freeze_count() > 10_000  # Django and the project, loaded by this test run
    finally:
        gc.unfreeze()
