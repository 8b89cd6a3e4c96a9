from types import SimpleNamespace


def client(service_name, **options):
    return SimpleNamespace(meta=SimpleNamespace(region_name="stand-in"))
