from .base import *  # noqa: F403
from .env import env, env_bool

DEBUG = env_bool("DEBUG", True)
# A development key only; production.py refuses to start without a real one.
SECRET_KEY = env("SECRET_KEY") or "dev-only-insecure-key-do-not-use-in-production"
