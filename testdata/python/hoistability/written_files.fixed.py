# RUN: %expect %s
# A file written on the invoke path changes what a construction after it
# reads only when it is the SDK's configuration or credentials: under
# ~/.aws/, or the file AWS_CONFIG_FILE or AWS_SHARED_CREDENTIALS_FILE names.
# A path hoist cannot read, computed from names like theirs, may be one of
# those (no safe fix, and the message says so); a cache file in /tmp is not.
import json
import os
import tempfile

import boto3

CACHE_FILE = "/tmp/hoist-fixture-cache.json"
# Where the SDK's files would be, in a directory that does not exist: the
# original fails to write them, as the fixed file does.
HOME = "/tmp/hoist-fixture-home"
s3 = boto3.client("s3")


def cache_handler(event, context):
    with open(CACHE_FILE, "w") as cache:
        json.dump({"seen": True}, cache)
    # expect: client-in-handler[hoistable]
    return s3.meta.region_name


def literal_cache_handler(event, context):
    with open("/tmp/hoist-fixture-config.json", "w") as cache:
        json.dump({"seen": True}, cache)
    # expect: client-in-handler[hoistable]
    return s3.meta.region_name


def local_cache_handler(event, context):
    path = "/tmp/hoist-fixture-credentials.json"
    with open(path, "w") as cache:
        json.dump({"seen": True}, cache)
    # expect: client-in-handler[hoistable]
    return s3.meta.region_name


def credentials_handler(event, context):
    try:
        with open(os.path.join(HOME, ".aws/credentials"), "w") as credentials:
            credentials.write("[default]\n")
    except OSError:
        pass
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.meta.region_name


def named_by_variable_handler(event, context):
    try:
        with open(os.environ["AWS_CONFIG_FILE"], "a") as config:
            config.write("")
    except (KeyError, OSError):
        pass
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.meta.region_name


def unknown_path_handler(event, context):
    with open(os.path.join(tempfile.gettempdir(), "hoist-config"), "w") as out:
        out.write("")
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    return s3.meta.region_name


def computed_cache_handler(event, context):
    with open(os.path.join(tempfile.gettempdir(), "hoist-fixture-out"), "w") as out:
        out.write("")
    # expect: client-in-handler[hoistable]
    return s3.meta.region_name
