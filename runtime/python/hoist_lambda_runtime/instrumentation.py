"""Counts the catalogued constructions (rules/catalogue.json, the same list
the analyzer uses) by phase, without importing anything the handler does not.

Each catalogued API is wrapped as soon as the module that defines it has been
imported. Only the outermost catalogued call counts (boto3.client building a
default Session counts once), and only when the code under LAMBDA_TASK_ROOT
made it. Each construction is one JSON line in the log,
written at once so that a process that dies keeps what it recorded.
"""
import functools
import hashlib
import importlib.abc
import json
import os
import sys
import threading

_state = threading.local()


class Recorder:
    def __init__(self, log_path, task_root):
        self._log = open(log_path, "a", buffering=1, encoding="utf-8")
        self._task_root = os.path.join(os.path.realpath(task_root), "")
        self.request_id = None  # None while in INIT

    def record(self, api, frame, configuration):
        """Records a construction the function's own code made, with the
        configuration it was built with; those made inside libraries
        (urllib3's module-level pool, say) are not its."""
        filename = os.path.realpath(frame.f_code.co_filename)
        if not filename.startswith(self._task_root):
            return
        filename = filename[len(self._task_root):]
        entry = {
            "api": api,
            "phase": "init" if self.request_id is None else "invoke",
            "request_id": self.request_id,
            "file": filename,
            "line": frame.f_lineno,
            "function": frame.f_code.co_name,
            "config": configuration,
        }
        self._log.write(json.dumps(entry) + "\n")


_PRIMITIVES = (str, int, float, bool, type(None))


def _digest(value):
    text = json.dumps(value)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _collect(value, path, depth, into):
    """Adds the primitive values under `value` (dicts, lists and tuples, three
    levels deep) to `into`, by path."""
    if isinstance(value, _PRIMITIVES):
        into[path] = _digest(value)
    elif depth < 3 and isinstance(value, dict):
        for key, member in value.items():
            _collect(member, "%s.%s" % (path, key), depth + 1, into)
    elif depth < 3 and isinstance(value, (list, tuple)):
        for index, member in enumerate(value):
            _collect(member, "%s[%d]" % (path, index), depth + 1, into)


def configuration_of(args, kwargs, built):
    """What a construction was built with, as the Node.js runtime client
    records it (runtime/node/configuration.js), so that verify can tell a
    fix that builds it otherwise: the primitive values of its arguments, and
    the region and endpoint an AWS SDK client resolved (`meta.region_name`,
    which boto3.setup_default_session or AWS_DEFAULT_REGION decide when it
    is built; a resource's client's), each by path as a digest of its value,
    so that the log holds no secret."""
    found = {}
    for index, arg in enumerate(args):
        _collect(arg, "arguments[%d]" % index, 0, found)
    for name, arg in kwargs.items():
        _collect(arg, "arguments.%s" % name, 0, found)
    meta = getattr(built, "meta", None)
    if meta is not None and not hasattr(meta, "region_name"):
        meta = getattr(getattr(meta, "client", None), "meta", None)
    for name in ("region_name", "endpoint_url"):
        value = getattr(meta, name, None)
        if isinstance(value, _PRIMITIVES):
            found["meta." + name] = _digest(value)
    return found


def _counting(function, api, recorder):
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        depth = getattr(_state, "depth", 0)
        caller = sys._getframe(1)
        built = None  # None when the construction raises: it was still tried
        _state.depth = depth + 1
        try:
            built = function(*args, **kwargs)
            return built
        finally:
            _state.depth = depth
            if depth == 0:
                try:
                    configuration = configuration_of(args, kwargs, built)
                except Exception:  # a property that raises: nothing known
                    configuration = {}
                recorder.record(api, caller, configuration)

    wrapper.__hoist_counted__ = True
    return wrapper


class _Instrumenter:
    def __init__(self, apis, recorder):
        self._pending = list(apis)
        self._recorder = recorder
        self._wrapped = set()  # ids of what is already counted (aliases)

    def _target(self, api):
        """(owner, attribute) for `api` once its module is imported."""
        parts = api.split(".")
        for split in range(len(parts) - 1, 0, -1):
            module = sys.modules.get(".".join(parts[:split]))
            if module is None:
                continue
            owner = module
            for name in parts[split:-1]:
                owner = getattr(owner, name, None)
                if owner is None:
                    return None
            return (owner, parts[-1]) if hasattr(owner, parts[-1]) else None
        return None

    def patch_ready(self):
        still_pending = []
        for api in self._pending:
            target = self._target(api)
            if target is None:
                still_pending.append(api)
                continue
            self._wrap(api, *target)
        self._pending = still_pending

    def _wrap(self, api, owner, name):
        value = getattr(owner, name)
        if isinstance(value, type):
            # A class: count its construction, keep it a class.
            if id(value) in self._wrapped:
                return
            self._wrapped.add(id(value))
            try:
                value.__init__ = _counting(value.__init__, api, self._recorder)
            except (TypeError, AttributeError):
                pass  # a built-in type: not counted
            return
        if not callable(value) or getattr(value, "__hoist_counted__", False):
            return
        if isinstance(owner, type) and isinstance(
                owner.__dict__.get(name), (staticmethod, classmethod)):
            return  # would need rebinding; the catalogue has none
        if id(value) in self._wrapped:
            return
        self._wrapped.add(id(value))
        try:
            setattr(owner, name, _counting(value, api, self._recorder))
        except (TypeError, AttributeError):
            pass  # a built-in module or type: not counted


class _AfterImport(importlib.abc.MetaPathFinder):
    """Lets the instrumenter look again whenever a module finishes importing."""

    def __init__(self, instrumenter):
        self._instrumenter = instrumenter

    def find_spec(self, name, path, target=None):
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is None:
                continue
            loader = spec.loader
            if loader is not None and hasattr(loader, "exec_module") and \
                    not getattr(loader, "__hoist_wrapped__", False):
                spec.loader = _LoaderThen(loader, self._instrumenter.patch_ready)
            return spec
        return None


class _LoaderThen(importlib.abc.Loader):
    __hoist_wrapped__ = True

    def __init__(self, loader, then):
        self._loader = loader
        self._then = then

    def create_module(self, spec):
        return self._loader.create_module(spec)

    def exec_module(self, module):
        self._loader.exec_module(module)
        self._then()

    def __getattr__(self, name):
        return getattr(self._loader, name)


def install(catalogue_path, log_path, task_root):
    """Returns the recorder, whose request_id marks the phase."""
    with open(catalogue_path, encoding="utf-8") as catalogue:
        apis = [entry["api"] for entry in json.load(catalogue).get("python", [])]
    recorder = Recorder(log_path, task_root)
    instrumenter = _Instrumenter(apis, recorder)
    instrumenter.patch_ready()
    sys.meta_path.insert(0, _AfterImport(instrumenter))
    return recorder, instrumenter
