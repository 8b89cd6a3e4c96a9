import tenantenv


def activate(event):
    tenantenv.set_region(event["region"])
