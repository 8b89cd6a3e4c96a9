# A stand-in for AWS Lambda Powertools (not installed here), for the
# differential runs of powertools_warm_up: a resolver that dispatches as
# APIGatewayRestResolver does, calling the function a route decorator
# registered for the event's method and path.
