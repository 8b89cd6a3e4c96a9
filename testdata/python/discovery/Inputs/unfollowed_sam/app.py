from chalice import Chalice

app = Chalice(app_name="orders")


@app.route("/")
def index():
    return {"ok": True}
