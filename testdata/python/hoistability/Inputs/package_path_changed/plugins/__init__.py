import os

# Site overrides win over the defaults.
__path__.insert(0, os.path.join(os.path.dirname(__file__), "overrides"))
