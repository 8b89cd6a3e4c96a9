from .poolmanager import PoolManager
