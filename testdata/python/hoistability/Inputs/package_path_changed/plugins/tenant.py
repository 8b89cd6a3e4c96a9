# Shadowed by overrides/tenant.py, first on the package's __path__.
def prepare(event):
    return event
