import pymysql


def connect():
    # expect: connection-in-handler
    return pymysql.connect(host="db.internal")
