"""Media on S3-compatible object storage (django-storages), against a real S3
API server on loopback (moto's server mode): the demo's originals and
renditions land in the bucket, and every image a reader's page shows answers."""

import json
import re
import socket
import subprocess
import sys
import time
import urllib.request
from html import unescape
from urllib.parse import urljoin

import pytest

from cms.settings.env import media_storage
from tests.content import home_page
from tests.integration.conftest import ROOT

pytestmark = pytest.mark.integration

BUCKET = "cms-media"
PAGES = [("/en/", {}), ("/en/sister-cities/", {}), ("/en/sister-cities/kaniv/", {}),
         ("/en/", {"HTTP_HOST": "chapter.localhost"})]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def s3_endpoint(tmp_path):
    port = free_port()
    log = open(tmp_path / "moto.log", "wb")
    server = subprocess.Popen([sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
                              cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    endpoint = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError((tmp_path / "moto.log").read_text()[-2000:]) from None
                time.sleep(0.2)
        yield endpoint
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()


@pytest.fixture
def bucket(s3_endpoint, settings):
    import boto3

    settings.AWS_STORAGE_BUCKET_NAME = BUCKET
    settings.AWS_S3_ENDPOINT_URL = s3_endpoint
    settings.AWS_S3_REGION_NAME = "us-east-1"
    settings.AWS_ACCESS_KEY_ID = "cms-test"
    settings.AWS_SECRET_ACCESS_KEY = "cms-test-secret"
    settings.AWS_S3_CUSTOM_DOMAIN = None
    settings.AWS_QUERYSTRING_AUTH = False
    # The setting production builds from AWS_STORAGE_BUCKET_NAME, set last:
    # django-storages reads the AWS_* settings when the storage is made.
    settings.STORAGES = {**settings.STORAGES, "default": media_storage(BUCKET)}
    s3 = boto3.client("s3", endpoint_url=s3_endpoint, region_name="us-east-1",
                      aws_access_key_id="cms-test", aws_secret_access_key="cms-test-secret")
    s3.create_bucket(Bucket=BUCKET)
    # Readers fetch media straight from the bucket: anyone may read (README).
    s3.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject",
                       "Resource": f"arn:aws:s3:::{BUCKET}/*"}],
    }))
    return s3


def keys(s3) -> set[str]:
    pages = s3.get_paginator("list_objects_v2").paginate(Bucket=BUCKET)
    return {item["Key"] for page in pages for item in page.get("Contents", [])}


def image_urls(html: str, base: str) -> set[str]:
    urls = set(re.findall(r'<img[^>]*?\ssrc="([^"]+)"', html))
    for srcset in re.findall(r'\ssrcset="([^"]+)"', html):
        urls.update(part.strip().split(" ")[0] for part in unescape(srcset).split(","))
    return {urljoin(base, unescape(url)) for url in urls}


def test_demo_images_land_in_the_bucket_and_every_img_on_a_page_answers(bucket, db, client, settings):
    from cms.demo import load
    from home.models import SiteImage

    load()

    stored = keys(bucket)
    originals = {image.file.name for image in SiteImage.objects.all()}
    assert originals and originals <= stored, originals - stored
    assert not any(path.is_file() for path in settings.MEDIA_ROOT.glob("**/*")), "nothing written to local disk"

    seen = set()
    for path, headers in PAGES:
        response = client.get(path, follow=True, **headers)
        assert response.status_code == 200, path
        urls = image_urls(response.content.decode(), "http://testserver" + path)
        assert urls, f"{path} shows no image"
        seen |= urls
    assert all(url.startswith(settings.AWS_S3_ENDPOINT_URL + f"/{BUCKET}/") for url in seen), seen
    for url in sorted(seen):
        with urllib.request.urlopen(url, timeout=10) as answer:
            assert answer.status == 200, url
            assert answer.headers["Content-Type"].startswith("image/"), (url, answer.headers["Content-Type"])
    assert any(key.startswith("images/") for key in keys(bucket)), "renditions are stored in the bucket too"


def test_a_letter_of_interest_is_a_private_object_the_reviewers_view_reads(bucket, db, client, settings, tmp_path):
    from cms.settings.env import private_storage
    from relationships.models import Application
    from tests.relationships.conftest import PDF, file_application, pdf

    settings.STORAGES = {**settings.STORAGES, "private": private_storage(BUCKET, tmp_path / "private")}
    home = home_page()
    found = _council(home)
    application = file_application(found["policy"], letter_of_interest=pdf())
    name = application.letter_of_interest.name
    key = f"private/{name}"
    assert key in keys(bucket)
    assert not (tmp_path / "private").exists(), "nothing written to local disk"
    grants = bucket.get_object_acl(Bucket=BUCKET, Key=key)["Grants"]
    assert not [g for g in grants if "AllUsers" in g["Grantee"].get("URI", "")], grants
    client.force_login(found["director"])
    response = client.get(f"/en/sister-city-application/{application.pk}/letter/")
    assert response.status_code == 200 and b"".join(response.streaming_content) == PDF
    assert Application.objects.get().letter_of_interest.name == name


def _council(home):
    from decimal import Decimal

    from cities.models import CityIndexPage
    from core.demo import Report
    from relationships import demo
    from relationships.models import RelationshipPolicyPage
    from tests.content import add_page

    directory = add_page(home, CityIndexPage(title="Sister cities", slug="council-cities"))
    policy = add_page(home, RelationshipPolicyPage(
        title="Sister city policy", slug="sister-city-policy", local_city="Pinole", local_population=19022,
        max_population_ratio=Decimal("2.0"), directory=directory))
    people = demo.people(Report())
    demo.workflow(people["groups"], Report())
    return {"policy": policy, "director": people["users"]["director"][0]}
