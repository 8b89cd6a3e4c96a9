def configure():
    return "prod"
