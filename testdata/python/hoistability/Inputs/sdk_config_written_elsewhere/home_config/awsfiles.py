import os


def write_profile(text):
    os.makedirs(os.path.expanduser("~/.aws"), exist_ok=True)
    with open(os.path.expanduser("~/.aws/config"), "w") as config:
        config.write(text)
