def write_profile(text):
    with open("/tmp/aws_config", "w") as config:
        config.write(text)
