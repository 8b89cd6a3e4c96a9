# Only the events of kind "a" log in; the others ask who they are. Every
# request may store the cookies its response sets in the session: kept from
# one invocation to the next, one user's login answers the next event.
import requests

from cookie_server import URL

# The proxy variables of the test's environment do not apply to this server.
DIRECT = {"no_proxy": "127.0.0.1"}


def handler(event, context):
    # expect: connection-in-handler[hoistable]
    session = requests.Session()
    if event.get("kind") == "a":
        session.get(f"{URL}/login", params={"user": event["id"]},
                    proxies=DIRECT, timeout=5)
    return session.get(f"{URL}/whoami", proxies=DIRECT, timeout=5).text
