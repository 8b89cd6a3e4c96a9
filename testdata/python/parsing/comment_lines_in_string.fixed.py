# RUN: %expect %s
# Lines inside a multi-line string that start with '#' are not comments
# (blanking them would drop the string's end): the string still ends where
# it ends.
import boto3

TEMPLATE = """
# line 0: 'quoted' and {braces}
# line 1: 'quoted' and {braces}
# line 2: 'quoted' and {braces}
# line 3: 'quoted' and {braces}
# line 4: 'quoted' and {braces}
# line 5: 'quoted' and {braces}
# line 6: 'quoted' and {braces}
# line 7: 'quoted' and {braces}
# line 8: 'quoted' and {braces}
# line 9: 'quoted' and {braces}
# line 10: 'quoted' and {braces}
# line 11: 'quoted' and {braces}
# line 12: 'quoted' and {braces}
# line 13: 'quoted' and {braces}
# line 14: 'quoted' and {braces}
# line 15: 'quoted' and {braces}
# line 16: 'quoted' and {braces}
# line 17: 'quoted' and {braces}
# line 18: 'quoted' and {braces}
# line 19, the last: """

sqs = boto3.client("sqs")


def handler(event, context):
    """Sends the order."""
    # expect: client-in-handler
    return TEMPLATE, sqs
