"""hoist's reference Python runtime client for the Lambda Runtime API.

It honours the handler contract of AWS's runtime interface client and counts
the catalogued constructions (boto3 clients, database connections, ...) by
phase: INIT, or the invocation they happened in.
"""
