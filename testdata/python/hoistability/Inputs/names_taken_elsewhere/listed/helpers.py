def public_names():
    import app

    return sorted(name for name in vars(app) if not name.startswith("_"))
