import logging
import os

import boto3

logger = logging.getLogger(__name__)

AWS_REGION_NAME = os.getenv("AWS_REGION_NAME")


class AWS_Cognito:
    def __init__(self):
        logger.info("Initializing AWS Cognito client")
        # expect: client-in-handler
        self.client = boto3.client("cognito-idp", region_name=AWS_REGION_NAME)

    def user_signup(self, email):
        return self.client.sign_up(ClientId="app", Username=email, Password="x")
