from urllib3.poolmanager import PoolManager


class HTTPAdapter:
    def __init__(self, pool_connections=10):
        self.init_poolmanager(pool_connections)

    def init_poolmanager(self, connections):
        self.poolmanager = PoolManager(num_pools=connections, maxsize=10)
