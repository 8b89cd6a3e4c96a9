class APIGatewayRestResolver:
    def __init__(self):
        self._routes = {}

    def route(self, rule, method):
        def register(fn):
            self._routes[(method, rule)] = fn
            return fn

        return register

    def get(self, rule):
        return self.route(rule, "GET")

    def resolve(self, event, context):
        fn = self._routes.get((event.get("httpMethod", "GET"), event.get("path", "/")))
        if fn is None:
            return {"statusCode": 404}
        return {"statusCode": 200, "body": fn()}

    def __call__(self, event, context):
        return self.resolve(event, context)
