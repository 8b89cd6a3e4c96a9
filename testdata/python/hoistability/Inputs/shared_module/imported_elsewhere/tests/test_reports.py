from reports import title


def test_title(event=None, context=None):
    assert title() == "report"
