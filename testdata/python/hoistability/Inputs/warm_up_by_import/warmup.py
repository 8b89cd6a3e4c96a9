import app

WARM_RESULT = app.handler({"warm": True}, None)
