def write_file(path, text):
    with open(path, "w") as written:
        written.write(text)
