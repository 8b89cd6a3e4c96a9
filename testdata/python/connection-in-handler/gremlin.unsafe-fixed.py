# RUN: %expect %s
# gremlin_python's DriverRemoteConnection opens a WebSocket to the graph
# database (Amazon Neptune) when it is made, and one never closed stays
# open on the server until its idle timeout (fresh24:
# aws-samples/aws-bookstore-demo-app getRecommendations.py). Neptune
# recommends one connection per execution environment, but the driver does
# not connect again once Neptune closes it idle: the fix is unsafe.
import os

from gremlin_python.driver.driver_remote_connection import DriverRemoteConnection
from gremlin_python.structure.graph import Graph

ENDPOINT = "wss://" + os.environ["NEPTUNE"] + ":8182/gremlin"
_remote = None
driverremoteconnection = DriverRemoteConnection(ENDPOINT, "g")


def handler(event, context):
    graph = Graph()
    # expect: connection-in-handler[hoistable]
    g = graph.traversal().withRemote(driverremoteconnection)
    return g.V(event["id"]).out("friendOf").toList()


def remote():
    global _remote
    if _remote is None:
        # ok: connection-in-handler
        _remote = DriverRemoteConnection(ENDPOINT, "g")
    return _remote


def kept_handler(event, context):
    return Graph().traversal().withRemote(remote()).V(event["id"]).toList()
