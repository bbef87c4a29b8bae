# Notices are about the events of tests/events/ and the subscribers of tests/newsletters/.
from tests.events.conftest import board, home, index, kaniv, kaniv_committee, kaniv_meeting  # noqa: F401
from tests.newsletters.conftest import make_subscriber  # noqa: F401
