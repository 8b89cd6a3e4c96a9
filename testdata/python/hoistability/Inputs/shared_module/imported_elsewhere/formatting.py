from billing import money


def total(items):
    return money(sum(items))
