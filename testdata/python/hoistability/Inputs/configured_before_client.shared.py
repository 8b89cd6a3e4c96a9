import boto3

HOOK_CALLS = []


def count_call(**kwargs):
    HOOK_CALLS.append(1)


hooked_session = boto3.Session()
hooked_sqs = hooked_session.client("sqs")
credentials_session = boto3.Session()
credentials_sqs = credentials_session.client("sqs")
SHARED_SESSION = boto3.Session()
shared_sqs = SHARED_SESSION.client("sqs")


def hooked_handler(event, context):
    session = hooked_session
    session.events.register("before-call.sqs", count_call)
    sqs = hooked_sqs
    try:
        sqs.list_queues()
    except Exception as error:
        return [len(HOOK_CALLS), type(error).__name__]
    return [len(HOOK_CALLS)]


def credentials_handler(event, context):
    session = credentials_session
    session._session.set_credentials(event.get("id", "anonymous"), "secret")
    sqs = credentials_sqs
    return sqs._request_signer._credentials.access_key


def module_session_handler(event, context):
    SHARED_SESSION.events.register("before-call.sqs", count_call)
    sqs = shared_sqs
    try:
        sqs.list_queues()
    except Exception as error:
        return [len(HOOK_CALLS), type(error).__name__]
    return [len(HOOK_CALLS)]
