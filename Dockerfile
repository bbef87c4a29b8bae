# One image for web, worker and beat.
FROM python:3.11-slim

ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    DJANGO_SETTINGS_MODULE=cms.settings.production \
    DATA_DIR=/app/var \
    PORT=8000

RUN apt-get update && apt-get install --yes --no-install-recommends libpq5 gettext \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 1000 cms

WORKDIR /app
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
CMD ["gunicorn", "cms.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
