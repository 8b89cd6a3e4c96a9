REGION = "us-east-1"


class Settings:
    def __init__(self):
        self.region = "us-east-1"

    def load(self, values):
        self.region = values["region"]


SETTINGS = Settings()
