import botocore.session
from botocore.credentials import Credentials


class Static:
    METHOD = "static"

    def __init__(self, key):
        self.key = key

    def load(self):
        return Credentials(self.key, "secret")


def handler(event, context):
    session = botocore.session.get_session()
    providers = session.get_component("credential_provider")
    providers.insert_before("env", Static(event.get("key", "none")))
    return session.get_credentials().access_key
