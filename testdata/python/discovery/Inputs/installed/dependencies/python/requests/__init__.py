import urllib3

from .api import get, post
