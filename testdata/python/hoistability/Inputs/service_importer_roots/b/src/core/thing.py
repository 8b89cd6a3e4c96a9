def x(event):
    return {"ok": True}
