# Helpers that never return: each ends the call that runs it. Nothing here
# builds anything, changes the environment or handles errors.
import sys


def abort(message):
    raise RuntimeError(message)


def stop(code):
    sys.exit(code)
