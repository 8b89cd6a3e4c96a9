from .storage import *
