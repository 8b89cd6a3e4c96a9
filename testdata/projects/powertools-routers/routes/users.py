import requests
from aws_lambda_powertools.event_handler.api_gateway import Router

router = Router()


@router.post("/")
def create_user():
    # expect: connection-in-handler
    return requests.Session().post("https://users.invalid")


def unregistered():
    # ok: connection-in-handler
    return requests.Session()
