from src.billing import lambda_handler


def test_is_a_function():
    assert callable(lambda_handler)
