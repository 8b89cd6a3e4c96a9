# RUN: %expect %s
def handler(event, context):
    return event


def lambda_handler(event, context, extra=None):
    return extra


# expect: handler-signature
def one_handler(event, _context=None):
    return event


def replay(event):
    # Called with the event only: the fix's default keeps this call working.
    return one_handler(event)


# expect: handler-signature
def defaulted_handler(event=None, _context=None):
    return event


# expect: handler-signature
def three_handler(event, context, tenant):
    return tenant


# expect: handler-signature
def kw_handler(event, context, *, tenant):
    return tenant


def star_handler(*args):
    return args


def kwargs_handler(event, context, **options):
    return options


# Glob-matched helpers that do not look like handlers are left alone.
# ok: handler-signature
def error_handler(exc):
    return str(exc)


# Decorators may change what Lambda calls; hoist does not guess.
@some_decorator
# ok: handler-signature
def decorated_handler(event):
    return event


# An exact handler name on a utility with optional arguments (cgitb.handler).
# ok: handler-signature
def handler(info=None):
    return info
