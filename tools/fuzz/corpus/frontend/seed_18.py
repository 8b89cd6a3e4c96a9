class Worker:
    # Lambda would call Worker.run(event, context): 'self' takes the event.
    # expect: handler-signature
    def run(self, event, context):
        return event


run_handler = Worker.run
