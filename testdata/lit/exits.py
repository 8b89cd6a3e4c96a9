"""Runs a command and fails unless it exits with the given status; the
command's output passes through.

usage: exits.py STATUS COMMAND [ARGS...]
"""
import subprocess
import sys

want = int(sys.argv[1])
status = subprocess.run(sys.argv[2:]).returncode
if status != want:
    sys.exit(f"exits.py: '{' '.join(sys.argv[2:])}' exited with {status}, expected {want}")
