"""Fails during INIT, in the module's own code."""
import os

TABLE = os.environ["ORDERS_TABLE"]


def handler(event, context):
    return TABLE
