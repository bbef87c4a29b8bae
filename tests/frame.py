"""The page frame (menu, footer, organisation details) is cached per site and
language apart from the pages. Query bounds measure a page's own cost with
the frame warm, as on a running site; a query string keeps the page itself
out of the page cache entry being measured."""


def warm_frame(client, url: str) -> None:
    response = client.get(url, {"frame": "warm"})
    assert response.status_code == 200, url
