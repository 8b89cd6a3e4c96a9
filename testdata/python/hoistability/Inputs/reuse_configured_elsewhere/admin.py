from app import S3, _hook


def enable_audit():
    S3.meta.events.register("before-parameter-build.s3.GetObject", _hook)
