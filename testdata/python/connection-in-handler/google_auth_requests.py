# RUN: %expect %s
# google-auth's requests transport, `Request()`, makes a requests session
# when it is given none (google/auth/transport/requests.py: `if not
# session: session = requests.Session()`): built per invocation, as
# requests.Session() is. Given a session, it builds nothing.
import google.auth.transport.requests
import requests
from google.auth.transport.requests import Request
from google.oauth2 import service_account

SESSION = requests.Session()


def handler(event, context):
    credentials = service_account.Credentials.from_service_account_file("key.json")
    # expect: connection-in-handler
    credentials.refresh(Request())
    # ok: connection-in-handler
    credentials.refresh(Request(SESSION))
    # ok: connection-in-handler
    credentials.refresh(google.auth.transport.requests.Request(session=SESSION))
    return credentials.token
