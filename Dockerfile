# One image for web, worker and beat.
FROM python:3.11-slim

ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    DJANGO_SETTINGS_MODULE=cms.settings.production \
    DATA_DIR=/app/var \
    PORT=8000

# No system packages: psycopg[binary] brings its libpq, translations compile
# in pure Python (manage.py compile_translations).
RUN useradd --create-home --uid 1000 cms

WORKDIR /app
# The lock (pip-tools, from requirements.in): the runtime set only.
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY --chown=cms:cms . .

# collectstatic needs settings but no database or real secret at build time.
RUN SECRET_KEY=build-only-key-collectstatic-not-used-at-run-time-000 \
    python manage.py collectstatic --noinput \
    && python manage.py compile_translations \
    && mkdir -p /app/var && chown -R cms:cms /app/var /app/staticfiles

USER cms
EXPOSE 8000
CMD ["gunicorn", "cms.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3"]
