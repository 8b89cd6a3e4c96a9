from .clients import region
