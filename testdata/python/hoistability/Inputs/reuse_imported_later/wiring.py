from app import S3


def count_calls(**kwargs):
    print("called")


S3.meta.events.register("before-call", count_calls)
