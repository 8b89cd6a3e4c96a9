from .orders import handler  # noqa: F401
