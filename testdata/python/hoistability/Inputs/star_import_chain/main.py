# main.py binds 's3' from settings, then star-imports the package, which
# star-imports storage: a new global 's3' in storage would reach main.py
# through both and rebind its own.
from settings import *
from pkg import *


def handler(event, context):
    return {"bucket": s3["bucket"], "region": region_of(event)}
