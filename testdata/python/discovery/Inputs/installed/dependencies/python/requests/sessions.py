from .adapters import HTTPAdapter


class Session:
    def __init__(self):
        self.adapters = {}
        self.mount("https://", HTTPAdapter())

    def mount(self, prefix, adapter):
        self.adapters[prefix] = adapter
