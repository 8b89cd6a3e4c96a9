# RUN: %expect %s
# RUN: %exits 1 %hoist check %s | %FileCheck %s
# boto3's Session keeps the region and the credentials it is given as they
# are: botocore checks them when a client is made from the session
# (InvalidRegionError), not when the session is built. A session moved to
# module scope without a client made from it builds at INIT as it did on
# each invocation, so a region botocore would refuse does not make its
# move unsafe (Python trial 30); a missing profile does (ProfileNotFound at
# Session()).
import boto3

not_a_region__session = boto3.Session(region_name="not a region!")
akidexample_session = boto3.session.Session(aws_access_key_id="AKIDEXAMPLE")


def region_handler(event, context):
    if event.get("kind") == "a":
        # CHECK: :[[@LINE+2]]:{{.*}}note: safe fix available
        # expect: client-in-handler[hoistable]
        session = not_a_region__session
        return {"region": session.region_name}
    return {"region": None}


def partial_credentials_handler(event, context):
    if event.get("kind") == "a":
        # CHECK: :[[@LINE+2]]:{{.*}}note: safe fix available
        # expect: client-in-handler[hoistable]
        session = akidexample_session
        return {"profiles": session.available_profiles}
    return {"profiles": None}


def profile_handler(event, context):
    if event.get("kind") == "a":
        # CHECK: :[[@LINE+2]]:{{.*}}no safe fix: {{.*}}a named profile, which Lambda's environment seldom has, can be missing
        # expect: client-in-handler[hoistable]
        session = boto3.Session(profile_name="reports")
        return {"region": session.region_name}
    return {"region": None}
