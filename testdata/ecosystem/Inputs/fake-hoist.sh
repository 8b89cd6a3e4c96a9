#!/bin/sh
# A stand-in for hoist that reports one fixable finding and misbehaves as
# $FAKE_HOIST says: crash, hang, break (Python or C++) or drift under --fix.
fix=no
for argument; do [ "$argument" = --fix ] && fix=yes; done
case "$FAKE_HOIST:$fix" in
  crash:*) kill -SEGV $$ ;;
  hang:*) exec sleep 60 ;;
  break:yes) printf 'def handler(event, context:\n' > app.py ;;
  breakcpp:yes) printf 'int main() {\n' > main.cpp ;;
  drift:yes) printf '# again\n' >> app.py ;;
esac
cat <<'JSON'
{"version": "0", "diagnostics": [{"rule": "client-in-handler", "severity": "warning",
  "path": "app.py", "line": 5, "column": 10, "end_line": 5, "end_column": 28,
  "message": "fake", "notes": [],
  "fix": {"title": "hoist it", "applicability": "safe", "edits": []}}],
 "notices": [], "summary": {"files_checked": 1, "diagnostics": 1, "warnings": 1,
  "errors": 0, "by_rule": {"client-in-handler": 1}}}
JSON
exit 1
