import os
import time


class Settings:
    def __init__(self):
        self.region = os.environ.get("ORDERS_REGION", "us-east-1")
        self.options = {}

    def override(self, event):
        self.region = event.get("region", self.region)

    def merge(self, event):
        self._merge_options(event)

    def _merge_options(self, event):
        if "region" in event:
            self.options.update(region_name=event["region"])

    def describe(self):
        return "settings for " + self.region


class Clock:
    @property
    def stamp(self):
        return str(time.time())


SETTINGS = Settings()
MERGED = Settings()
ALIASED = Settings()
READ_ONLY = Settings()
CLOCK = Clock()
