def resize(key):
    return key + ".thumb"
