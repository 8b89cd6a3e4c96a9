from base import Base
from tracing import TracingMixin


class Handler(TracingMixin, Base):
    pass


handler = Handler()
