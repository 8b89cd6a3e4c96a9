# Re-exports the handler, then loads the settings: Lambda imports this
# package before 'pkg.app', so app's module-level code runs first.
from .app import handler  # noqa: F401
from . import settings  # noqa: F401
