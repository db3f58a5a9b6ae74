#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# timeone.sh COMMAND [ARG...]: milliseconds of wall-clock time for one run of COMMAND, whose
# output is discarded; exits with COMMAND's status (and shows its last errors) when it fails.
exec python3 -c '
import subprocess, sys, time
t = time.monotonic()
r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
if r.returncode:
    sys.stderr.write(r.stderr.decode("utf-8", "replace")[-1500:])
    sys.exit(r.returncode)
print(round((time.monotonic() - t) * 1000, 1))' "$@"
