#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""xwait.py TITLE_REGEX TIMEOUT_S [--rss SECONDS] -- COMMAND [ARG...]

Starts COMMAND on $DISPLAY and prints the milliseconds until a viewable window whose name
matches TITLE_REGEX exists (or 'timeout'), then ends COMMAND and its process group. With --rss,
it first waits SECONDS more with the window idle and adds the resident memory (kB) of COMMAND's
process and of its whole process tree: "MS RSS_KB TREE_RSS_KB".

The clock starts just before COMMAND starts, so this script's own start-up is not counted. One
X connection (libX11 through ctypes) polled every 2 ms: it neither floods the server nor adds the
latency of xdotool's --sync. (The same method as the team's startup-ms tool, kept here so the
benchmark depends on nothing outside the repository.)
"""
import ctypes
import ctypes.util
import os
import re
import signal
import subprocess
import sys
import tempfile
import time

x = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11") or "libX11.so.6")
x.XOpenDisplay.restype = ctypes.c_void_p
x.XOpenDisplay.argtypes = [ctypes.c_char_p]
x.XDefaultRootWindow.restype = ctypes.c_ulong
x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
x.XQueryTree.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
                         ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.POINTER(ctypes.c_ulong)),
                         ctypes.POINTER(ctypes.c_uint)]
x.XFetchName.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_char_p)]
x.XFree.argtypes = [ctypes.c_void_p]
x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
x.XSetErrorHandler.argtypes = [ctypes.c_void_p]


class Attrs(ctypes.Structure):  # XWindowAttributes
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int), ("height", ctypes.c_int),
                ("border_width", ctypes.c_int), ("depth", ctypes.c_int), ("visual", ctypes.c_void_p),
                ("root", ctypes.c_ulong), ("class", ctypes.c_int), ("bit_gravity", ctypes.c_int),
                ("win_gravity", ctypes.c_int), ("backing_store", ctypes.c_int), ("backing_planes", ctypes.c_ulong),
                ("backing_pixel", ctypes.c_ulong), ("save_under", ctypes.c_int), ("colormap", ctypes.c_ulong),
                ("map_installed", ctypes.c_int), ("map_state", ctypes.c_int), ("all_event_masks", ctypes.c_long),
                ("your_event_mask", ctypes.c_long), ("do_not_propagate_mask", ctypes.c_long),
                ("override_redirect", ctypes.c_int), ("screen", ctypes.c_void_p)]


x.XGetWindowAttributes.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(Attrs)]
IS_VIEWABLE = 2
# Windows vanish between listing and asking: ignore X errors instead of exiting.
HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)(lambda d, e: 0)
x.XSetErrorHandler(ctypes.cast(HANDLER, ctypes.c_void_p))


def found(dpy, win, pattern):
    root, parent = ctypes.c_ulong(), ctypes.c_ulong()
    children, n = ctypes.POINTER(ctypes.c_ulong)(), ctypes.c_uint()
    if not x.XQueryTree(dpy, win, ctypes.byref(root), ctypes.byref(parent), ctypes.byref(children), ctypes.byref(n)):
        return False
    kids = [children[i] for i in range(n.value)]
    if children:
        x.XFree(children)
    for w in kids:
        name = ctypes.c_char_p()
        if x.XFetchName(dpy, w, ctypes.byref(name)) and name.value:
            text = name.value.decode("utf-8", "replace")
            x.XFree(name)
            a = Attrs()
            if pattern.search(text) and x.XGetWindowAttributes(dpy, w, ctypes.byref(a)) and a.map_state == IS_VIEWABLE:
                return True
        if found(dpy, w, pattern):
            return True
    return False


def tree_rss(root):
    """VmRSS (kB) of root, and of root plus every descendant."""
    parent, rss = {}, {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/status") as f:
                for line in f:
                    if line.startswith("PPid:"):
                        parent[int(name)] = int(line.split()[1])
                    elif line.startswith("VmRSS:"):
                        rss[int(name)] = int(line.split()[1])
        except OSError:
            pass
    total = 0
    for pid, kb in rss.items():
        p = pid
        while p > 1:
            if p == root:
                total += kb
                break
            p = parent.get(p, 0)
    return rss.get(root, 0), total


def main():
    args = sys.argv[1:]
    rss_wait = None
    if len(args) >= 4 and args[2] == "--rss":
        rss_wait = float(args[3])
        del args[2:4]
    if len(args) < 4 or args[2] != "--":
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        return 2
    pattern, timeout, command = re.compile(args[0]), float(args[1]), args[3:]
    dpy = x.XOpenDisplay(None)
    if not dpy:
        print("xwait: cannot open display", file=sys.stderr)
        return 2
    root = x.XDefaultRootWindow(dpy)
    t0 = time.monotonic()
    # A file, not a pipe: a chatty program must never block on a full pipe while it is timed.
    errors = tempfile.TemporaryFile()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors, start_new_session=True)
    result = "timeout"
    while time.monotonic() - t0 < timeout:
        x.XSync(dpy, 0)
        if found(dpy, root, pattern):
            result = str(round((time.monotonic() - t0) * 1000))
            break
        if child.poll() is not None:
            break
        time.sleep(0.002)
    if result != "timeout" and rss_wait is not None:
        time.sleep(rss_wait)
        own, total = tree_rss(child.pid)
        result += f" {own} {total}"
    if child.poll() is None:
        os.killpg(child.pid, signal.SIGTERM)
        try:
            child.wait(5)
        except subprocess.TimeoutExpired:
            os.killpg(child.pid, signal.SIGKILL)
            child.wait()
    if result == "timeout":
        errors.seek(0)
        sys.stderr.write(errors.read().decode("utf-8", "replace")[-2000:])
    print(result)
    return 0 if result != "timeout" else 1


sys.exit(main())
