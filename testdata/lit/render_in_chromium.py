"""Loads a page in real headless Chromium, offline: prints the rendered DOM's
facts for FileCheck, fails on a script error, and saves a screenshot.

usage: render_in_chromium.py PAGE.html SCREENSHOT.png
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

page, screenshot = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
browser = shutil.which("chromium") or shutil.which("chromium-browser")
if not browser:
    sys.exit("render_in_chromium.py: chromium is not installed (tools/setup.sh installs it)")

profile = tempfile.mkdtemp(prefix="hoist-chromium-")
# Offline: no background requests, every host name unresolvable, any proxy
# use refused on loopback.
flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--disable-default-apps", "--disable-domain-reliability",
         "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9",
         f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0",
         "--window-size=1100,1400"]
try:
    dom = subprocess.run([browser, *flags, "--dump-dom", "file://" + page],
                         capture_output=True, text=True, timeout=120)
    shot = subprocess.run([browser, *flags, f"--screenshot={screenshot}", "file://" + page],
                          capture_output=True, text=True, timeout=120)
finally:
    shutil.rmtree(profile, ignore_errors=True)

errors = [line for line in (dom.stderr + shot.stderr).splitlines()
          if "CONSOLE" in line and ("Uncaught" in line or "Error" in line)]
if errors:
    sys.exit("script errors:\n" + "\n".join(errors))
rendered = re.search(r'data-rendered="(\d+)"', dom.stdout)
print("rendered bars:", rendered.group(1) if rendered else "none (the script did not run)")
print("chart:", "yes" if 'id="latency-chart"' in dom.stdout else "no")
print("cold start marks:", dom.stdout.count('class="cold"'))
verdict = re.search(r'<p id="verdict" class="verdict (\w+)">([^<]*)', dom.stdout)
print("verdict:", verdict.group(1), verdict.group(2) if verdict else "missing")
with open(screenshot, "rb") as image:
    header = image.read(8)
print("screenshot:", "png" if header == b"\x89PNG\r\n\x1a\n" else "missing",
      os.path.getsize(screenshot) > 10000 and "non-trivial" or "tiny")
