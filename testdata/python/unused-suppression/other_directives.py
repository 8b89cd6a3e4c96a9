# RUN: %expect %s
# Removing an unused suppression keeps what else the comment says: other
# tools' directives and notes.


def handler(event, context):
    # expect: unused-suppression
    table = "t"  # noqa: E501 hoist: ignore[client-in-handler]
    # expect: unused-suppression
    limit = 5  # hoist: ignore[client-in-handler]  # type: ignore[assignment]
    # expect: unused-suppression
    name = "x"  # pragma: no cover  # hoist: ignore[connection-in-handler]
    # expect: unused-suppression
    url = "# hoist: ignore"  # hoist: ignore[client-in-handler] keep this note
    # expect: unused-suppression
    size = 3  #hoist: ignore
    return table, limit, name, url, size
