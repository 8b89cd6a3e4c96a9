"""Handlers that fail each way Lambda reports."""
import ctypes
import os
import sys
import time


def raises(event, context):
    raise ValueError("order 42 has no items")


def returns_a_set(event, context):
    return {"ids": {1, 2}}


def hangs(event, context):
    time.sleep(60)


def exits(event, context):
    os._exit(3)


def segfaults(event, context):
    ctypes.string_at(0)


def eats_memory(event, context):
    hog = b"x" * (400 << 20)
    time.sleep(1)
    return len(hog)


def prints_megabytes(event, context):
    chunk = "y" * 1023 + "\n"
    for _ in range(8 * 1024):
        sys.stdout.write(chunk)
    return {"printed_mib": 8}


def big_response(event, context):
    return "z" * (7 << 20)


def slow(event, context):
    time.sleep(0.3)
    return event
