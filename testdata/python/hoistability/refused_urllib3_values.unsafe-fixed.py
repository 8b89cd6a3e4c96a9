# RUN: %expect %s
# RUN: %exits 1 %hoist check %s | %FileCheck %s
# urllib3's Timeout checks its values when it is built: a total, connect or
# read timeout that is a boolean, a string or a number not above 0 raises
# ValueError; a keyword it does not take, as one Retry does not take, raises
# TypeError. Built inside a 'try'
# that handles the error, a pool given such a Timeout fails one invocation;
# at INIT it would fail every one: no safe fix. A value hoist cannot read
# (an environment variable: a string) may be such a one. Values urllib3
# accepts keep the safe fix.
import os

import urllib3

CONNECT_TIMEOUT = os.environ.get("CONNECT_TIMEOUT")
poolmanager = urllib3.PoolManager(timeout=urllib3.Timeout(connect=0))
poolmanager_2 = urllib3.PoolManager(timeout=urllib3.util.Timeout(-1), retries=False)
poolmanager_3 = urllib3.PoolManager(timeout=urllib3.Timeout(connect=1.0, read=True))
poolmanager_4 = urllib3.PoolManager(timeout=urllib3.Timeout(connect=CONNECT_TIMEOUT))
poolmanager_5 = urllib3.PoolManager(retries=urllib3.Retry(total=2, give_up_after=3))
poolmanager_6 = urllib3.PoolManager(timeout=urllib3.Timeout(total=5, connect=0.5, read=None), retries=urllib3.Retry(3, backoff_factor=0.5, status_forcelist=[502, 503]))


def zero_connect_handler(event, context):
    try:
        # CHECK: :[[@LINE+2]]:{{.*}}no safe fix: it runs inside a 'try' that handles its errors, and the moved code can raise: urllib3 refuses 'connect=0': at INIT that would fail every invocation
        # expect: connection-in-handler[hoistable]
        http = poolmanager
    except ValueError as error:
        return {"error": type(error).__name__}
    return {"timeout": str(http.connection_pool_kw["timeout"])}


def negative_total_handler(event, context):
    try:
        # CHECK: :[[@LINE+2]]:{{.*}}no safe fix: {{.*}}urllib3 refuses '-1'
        # expect: connection-in-handler[hoistable]
        http = poolmanager_2
    except ValueError as error:
        return {"error": type(error).__name__}
    return {"timeout": str(http.connection_pool_kw["timeout"])}


def boolean_read_handler(event, context):
    try:
        # CHECK: :[[@LINE+2]]:{{.*}}no safe fix: {{.*}}urllib3 refuses 'read=True'
        # expect: connection-in-handler[hoistable]
        http = poolmanager_3
    except ValueError as error:
        return {"error": type(error).__name__}
    return {"timeout": str(http.connection_pool_kw["timeout"])}


def environment_handler(event, context):
    try:
        # CHECK: :[[@LINE+2]]:{{.*}}no safe fix: {{.*}}urllib3 may refuse 'connect=CONNECT_TIMEOUT', a value hoist cannot read as one it accepts
        # expect: connection-in-handler[hoistable]
        http = poolmanager_4
    except ValueError as error:
        return {"error": type(error).__name__}
    return {"timeout": str(http.connection_pool_kw["timeout"])}


def retry_keyword_handler(event, context):
    try:
        # CHECK: :[[@LINE+2]]:{{.*}}no safe fix: {{.*}}'give_up_after=3' is not an argument it takes (TypeError)
        # expect: connection-in-handler[hoistable]
        http = poolmanager_5
    except TypeError as error:
        return {"error": type(error).__name__}
    return {"retries": str(http.connection_pool_kw["retries"])}


def accepted_handler(event, context):
    try:
        # CHECK: :[[@LINE+2]]:{{.*}}note: safe fix available
        # expect: connection-in-handler[hoistable]
        http = poolmanager_6
    except ValueError as error:
        return {"error": type(error).__name__}
    return {"timeout": str(http.connection_pool_kw["timeout"])}
