class Settings:
    def __init__(self):
        self.region = "us-east-1"

    def override(self, event):
        self.region = event.get("region", self.region)
        return self

    def __iadd__(self, event):
        return self.override(event)

    def __call__(self, event):
        self.override(event)

    def __getitem__(self, region):
        self.region = region
        return region

    def describe(self):
        return "settings for " + self.region

    @classmethod
    def from_env(cls):
        return cls()


def load_settings():
    return Settings()


class App:
    def __init__(self):
        self.settings = Settings()


OPERATED = Settings()
CALLED = Settings()
INDEXED = Settings()
BY_NAME = Settings()
THROUGH_CLASS = Settings()
FROM_ENV = Settings.from_env()
LOADED = load_settings()
APP = App()
REGISTRY = {"settings": Settings()}
READ_ONLY = Settings()
