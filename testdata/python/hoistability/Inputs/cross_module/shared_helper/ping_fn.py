# Imports 'common' too, but never builds its client: its function has no
# EXPORT_BUCKET_REGION, and the client moved to module scope would fail its
# INIT.
import common


def handler(event, context):
    return {"pong": common.remaining(context)}
