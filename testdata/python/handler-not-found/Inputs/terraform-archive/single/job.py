def main(event, context):
    return "done"
