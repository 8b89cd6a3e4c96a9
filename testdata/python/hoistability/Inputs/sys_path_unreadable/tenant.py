# May be shadowed by a tenant module in PLUGIN_DIR.
def prepare(event):
    return event
