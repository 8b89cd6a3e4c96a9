# RUN: %expect %s
# A client built from a session that the invocation configures (an event
# hook, credentials) gets what the session had when the client was built:
# moved to INIT, before the configuration runs, it would silently lose it.
# Neither the session nor the client moves.
import boto3

HOOK_CALLS = []


def count_call(**kwargs):
    HOOK_CALLS.append(1)


def hooked_handler(event, context):
    # expect: client-in-handler[hoistable]
    session = boto3.Session()
    session.events.register("before-call.sqs", count_call)
    # expect: client-in-handler[hoistable]
    sqs = session.client("sqs")
    try:
        sqs.list_queues()
    except Exception as error:
        return [len(HOOK_CALLS), type(error).__name__]
    return [len(HOOK_CALLS)]


def credentials_handler(event, context):
    # expect: client-in-handler[hoistable]
    session = boto3.Session()
    session._session.set_credentials(event.get("id", "anonymous"), "secret")
    # expect: client-in-handler[hoistable]
    sqs = session.client("sqs")
    return sqs._request_signer._credentials.access_key


SHARED_SESSION = boto3.Session()


def module_session_handler(event, context):
    # A module-level session the handler configures: what the client is
    # built from changes at run time.
    SHARED_SESSION.events.register("before-call.sqs", count_call)
    # expect: client-in-handler[not-hoistable]
    sqs = SHARED_SESSION.client("sqs")
    try:
        sqs.list_queues()
    except Exception as error:
        return [len(HOOK_CALLS), type(error).__name__]
    return [len(HOOK_CALLS)]
