def object_key(name):
    return "uploads/" + name
