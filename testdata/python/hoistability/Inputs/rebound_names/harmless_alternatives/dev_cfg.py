def configure():
    return "dev"
