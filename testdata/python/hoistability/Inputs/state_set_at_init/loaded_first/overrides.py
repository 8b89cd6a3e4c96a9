import settings

settings.REGION = "eu-central-1"
