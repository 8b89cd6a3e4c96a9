#!/usr/bin/env python3
# -*- coding: utf-8 -*-
# RUN: %expect %s
# Copyright 2026 Example Corp. (a licence header before the docstring)
"""Orders: the docstring is the module's __doc__ only as its first statement."""


def handler(event, context):
    # The module imports boto3 only here: the new lines go after the
    # shebang and encoding declaration (which must stay on lines 1-2) and
    # after the docstring, not at the top of the file.
    import boto3
    # expect: client-in-handler
    s3 = boto3.client("s3")
    return {"doc": __doc__, "region": s3.meta.region_name}
