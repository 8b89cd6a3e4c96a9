STATE = {"region": "us-east-1"}


class FromState:
    def __get__(self, instance, owner):
        return STATE["region"]


class Settings:
    region = FromState()

    @property
    def bucket_region(self):
        return STATE["region"]

    def __getattr__(self, name):
        return STATE[name]


class Plain:
    region = "us-east-1"


SETTINGS = Settings()
PLAIN = Plain()
