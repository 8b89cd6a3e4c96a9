# RUN: %expect %s
# RUN: %exits 1 %hoist check %s | %FileCheck %s
# urllib3's ProxyManager (and proxy_from_url) parses its proxy URL when it
# is built: one without an http:// or https:// scheme raises
# ProxySchemeUnknown, a port that is not a number up to 65535
# LocationParseError (the catalogue's 'validated_url'). Built inside a 'try'
# that handles the error or on a branch, such a pool fails one invocation;
# at INIT it would fail every one: no safe fix. A URL hoist cannot read may
# be such a one. A URL urllib3 accepts keeps the safe fix, and formatting
# the proxy URL the pool holds ('str(http.proxy)') does not tell one pool
# from another.
import os

import urllib3
import urllib3.poolmanager

SOCKS = "socks5://proxy.internal:1080"


def no_scheme_handler(event, context):
    try:
        # CHECK: :[[@LINE+2]]:{{.*}}no safe fix: it runs inside a 'try' that handles its errors, and the moved code can raise: urllib3 refuses '"proxy.internal:3128"': at INIT that would fail every invocation
        # expect: connection-in-handler[hoistable]
        http = urllib3.ProxyManager("proxy.internal:3128")
    except Exception as error:
        return {"error": type(error).__name__}
    return {"proxy": http.proxy.host}


def bad_port_handler(event, context):
    try:
        # CHECK: :[[@LINE+2]]:{{.*}}no safe fix: {{.*}}urllib3 refuses '"http://proxy.internal:99999"'
        # expect: connection-in-handler[hoistable]
        http = urllib3.proxy_from_url("http://proxy.internal:99999")
    except Exception as error:
        return {"error": type(error).__name__}
    return {"proxy": http.proxy.host}


def module_url_handler(event, context):
    if event.get("kind") == "a":
        # CHECK: :[[@LINE+2]]:{{.*}}no safe fix: it runs only on some invocations, and the moved code can raise: urllib3 refuses 'SOCKS'
        # expect: connection-in-handler[hoistable]
        http = urllib3.poolmanager.ProxyManager(SOCKS, num_pools=2)
        return {"proxy": http.proxy.host}
    return {"proxy": None}


def unread_url_handler(event, context):
    if event.get("kind") == "a":
        # CHECK: :[[@LINE+2]]:{{.*}}no safe fix: {{.*}}urllib3 may refuse 'os.environ.get("OUTBOUND_PROXY", "http://proxy:3128")', a value hoist cannot read as one it accepts
        # expect: connection-in-handler[hoistable]
        http = urllib3.ProxyManager(os.environ.get("OUTBOUND_PROXY", "http://proxy:3128"))
        return {"proxy": http.proxy.host}
    return {"proxy": None}


def keyword_handler(event, context):
    try:
        # CHECK: :[[@LINE+2]]:{{.*}}no safe fix: {{.*}}urllib3 refuses 'proxy_url="http://proxy.internal:port"'
        # expect: connection-in-handler[hoistable]
        http = urllib3.ProxyManager(proxy_url="http://proxy.internal:port")
    except Exception as error:
        return {"error": type(error).__name__}
    return {"proxy": http.proxy.host}


def accepted_handler(event, context):
    try:
        # CHECK: :[[@LINE+2]]:{{.*}}note: safe fix available
        # expect: connection-in-handler[hoistable]
        http = urllib3.ProxyManager("HTTP://user:secret@proxy.internal:3128/", num_pools=2)
    except Exception as error:
        return {"error": type(error).__name__}
    return {"proxy": http.proxy.host}


def formatted_handler(event, context):
    # CHECK: :[[@LINE+2]]:{{.*}}note: safe fix available
    # expect: connection-in-handler[hoistable]
    http = urllib3.proxy_from_url("https://proxy.internal:8443")
    return {"proxy": str(http.proxy), "shown": f"{http.proxy}", "port": "%s" % http.proxy.port}
