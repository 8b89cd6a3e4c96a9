def get_query_param(event, name):
    return (event.get("queryStringParameters") or {}).get(name, "")
