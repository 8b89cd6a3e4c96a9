import importlib
import os

# Which modules load is data: hoist cannot tell whether 'pkg.app' is among
# them, so the write after may come after app's module-level code.
for _name in os.environ.get("PKG_MODULES", "pkg.app").split(","):
    importlib.import_module(_name)

os.environ["AWS_DEFAULT_REGION"] = "eu-south-1"
