# RUN: %expect %s
# Removing an unused suppression keeps what else the comment says: other
# tools' directives and notes.


def handler(event, context):
    # expect: unused-suppression
    table = "t"  # noqa: E501
    # expect: unused-suppression
    limit = 5  # type: ignore[assignment]
    # expect: unused-suppression
    name = "x"  # pragma: no cover
    # expect: unused-suppression
    url = "# hoist: ignore"  # keep this note
    # expect: unused-suppression
    size = 3
    return table, limit, name, url, size
