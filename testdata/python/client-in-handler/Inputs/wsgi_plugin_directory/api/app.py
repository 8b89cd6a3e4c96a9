from flask import Flask

from storage import bucket_count

application = Flask(__name__)


@application.get("/buckets")
def buckets():
    return {"count": bucket_count()}
