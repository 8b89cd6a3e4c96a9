import pymysql


def run(event, context):
    # expect: connection-in-handler
    return pymysql.connect(host="db")
