#!/bin/sh
exec python -m uvicorn server:app --port "$PORT"
