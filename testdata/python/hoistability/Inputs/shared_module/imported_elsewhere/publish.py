from reports import title


def main(argv):
    print(title(), argv)
