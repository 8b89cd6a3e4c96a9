# RUN: %expect %s
# A handler bound with functools.partial takes Lambda's two arguments after
# what the partial gives (trial 26: 'handler = functools.partial(_wrapper,
# _handler)' was reported as requiring 3).
import functools


def _run(fn, event, context):
    return fn(event, context)


def _answer(event, context):
    return {"ok": True}


handler = functools.partial(_run, _answer)


def _tenant(event, context, *, tenant):
    return {"tenant": tenant}


tenant_handler = functools.partial(_tenant, tenant="acme")


# expect: handler-signature
def _short(fn, event):
    return fn(event)


short_handler = functools.partial(_short, _answer)
