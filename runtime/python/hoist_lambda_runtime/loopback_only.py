"""Keeps the function off the network, as the closed loopback proxy keeps
boto3 and requests: urllib3's PoolManager, http.client and plain sockets
ignore HTTP(S)_PROXY. A host name other than loopback resolves to the
closed port (127.0.0.1:9) without a DNS lookup, and a connection or a
datagram to an address other than loopback goes there instead, so it fails
at once. Loopback (a local stand-in for AWS, a test database) and Unix
sockets are reached as asked."""
import ipaddress
import socket

CLOSED_PORT = 9


def _is_loopback(host):
    if host is None:  # a passive lookup: the machine's own addresses
        return True
    if isinstance(host, (bytes, bytearray)):
        host = bytes(host).decode("ascii", "replace")
    host = host.strip("[]").split("%")[0]
    if host == "" or host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _closed(family):
    return ("::1", CLOSED_PORT, 0, 0) if family == socket.AF_INET6 else ("127.0.0.1", CLOSED_PORT)


def _kept_local(sock, address):
    if sock.family in (socket.AF_INET, socket.AF_INET6) and isinstance(address, tuple) \
            and address and not _is_loopback(address[0]):
        return _closed(sock.family)
    return address


def install():
    getaddrinfo = socket.getaddrinfo
    gethostbyname = socket.gethostbyname
    gethostbyname_ex = socket.gethostbyname_ex
    connect = socket.socket.connect
    connect_ex = socket.socket.connect_ex
    sendto = socket.socket.sendto

    def local_getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
        if not _is_loopback(host):
            host, port = _closed(family)[:2]
        return getaddrinfo(host, port, family, type, proto, flags)

    def local_gethostbyname(host):
        return gethostbyname(host if _is_loopback(host) else "127.0.0.1")

    def local_gethostbyname_ex(host):
        return gethostbyname_ex(host if _is_loopback(host) else "127.0.0.1")

    def local_connect(self, address):
        return connect(self, _kept_local(self, address))

    def local_connect_ex(self, address):
        return connect_ex(self, _kept_local(self, address))

    def local_sendto(self, data, *rest):
        if rest:  # sendto(data, address) or sendto(data, flags, address)
            rest = rest[:-1] + (_kept_local(self, rest[-1]),)
        return sendto(self, data, *rest)

    socket.getaddrinfo = local_getaddrinfo
    socket.gethostbyname = local_gethostbyname
    socket.gethostbyname_ex = local_gethostbyname_ex
    socket.socket.connect = local_connect
    socket.socket.connect_ex = local_connect_ex
    socket.socket.sendto = local_sendto
