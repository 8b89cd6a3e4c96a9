# 'handlers' loads 'handlers.orders'; the configuration after it comes too
# late for what orders' module-level code builds.
from . import handlers  # noqa: F401
from . import config  # noqa: F401
