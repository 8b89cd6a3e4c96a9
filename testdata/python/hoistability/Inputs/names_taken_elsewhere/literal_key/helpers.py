def version():
    import app

    return getattr(app, "VERSION", "unknown")
