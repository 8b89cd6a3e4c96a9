import os

import pymysql


def handle(event, context):
    # expect: connection-in-handler
    connection = pymysql.connect(
        host=os.environ["DB_HOST"], user="payments", password=os.environ["DB_PASSWORD"], database="payments"
    )
    with connection.cursor() as cursor:
        cursor.execute("INSERT INTO payments (id) VALUES (%s)", (event["id"],))
    connection.commit()
    return {"ok": True}
