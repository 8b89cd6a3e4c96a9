# The settings come first: app's module-level code sees them.
from . import settings  # noqa: F401
from .app import handler  # noqa: F401
