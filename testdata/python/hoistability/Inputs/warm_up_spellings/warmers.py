"""Warm-up decorators of another module (trial 26: A1-A7): each runs what it
decorates when applied, at the importer's INIT."""


def warm(function):
    function({"warm": True}, None)
    return function


def warm_with(event):
    def decorate(function):
        function(event, None)
        return function

    return decorate


class Warm:
    def __init__(self, function):
        function({"warm": True}, None)
        self.function = function

    def __call__(self, event, context):
        return self.function(event, context)
