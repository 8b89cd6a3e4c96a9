"""Entry point: python3 -m hoist_lambda_runtime (the runtime process)."""
from .bootstrap import main

main()
