def remember():
    return "plain"


from remembering import *  # noqa: E402,F401,F403
