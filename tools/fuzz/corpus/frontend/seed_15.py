# RUN: %expect %s
# hoist: ignore-file[connection-in-handler]
# expect: unused-suppression
# hoist: ignore-file[handler-signature]
import requests


def handler(event, context):
    # ok: connection-in-handler
    return requests.Session()
