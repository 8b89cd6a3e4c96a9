from common.config import ConfigurationClient


def secret_handler(event, context):
    return ConfigurationClient().get_secret("api-key")
