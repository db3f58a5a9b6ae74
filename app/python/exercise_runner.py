# SPDX-License-Identifier: MIT
"""Runs the hidden checks of one Crossroads exercise against a learner's files.

Crossroads embeds this file and runs it with the learner's chosen interpreter in
a fresh temporary folder. The folder holds the learner's project (their files
plus the exercise's read-only and hidden files) and, under _crossroads/, this
runner, the checks and the spec. One process checks one exercise, because
Django's settings can be configured only once per process.

  exercise_runner.py check WORK_DIR SPEC_FILE
      Run the checks the spec lists, in order. Print one JSON object per check
      ({"event": "check", ...}), then {"event": "summary", ...}, on standard
      output. What the learner's code prints is captured per check, capped,
      and reported inside those objects; it never mixes with them.

A checks file is plain Python. Each check is a function taking no arguments: it
passes when it returns and fails with the learner-facing message of its
AssertionError, so always give assert a message written for the learner. Any
other exception is reported as an error in the learner's code, pointing at
their file and line. Helpers come from this module:

  from crossroads_exercise import learner_module, flask_app, django_client

Guards. They make honest mistakes safe and explain them; they are not a
security sandbox.
  * network: sockets may only bind or connect to loopback addresses;
  * time: each check has a time limit (the app also kills the whole process
    group after an overall limit);
  * output: printing more than the output limit stops the run.
"""

import importlib
import importlib.util
import ipaddress
import json
import os
import re
import signal
import socket
import sys
import traceback

# The protocol channel: a private copy of the original standard output. File
# descriptors 1 and 2 are pointed at standard error below, so nothing the
# learner's code writes, even from C code or a child process, can end up here.
_proto = None
_work_dir = ""
_current = None
_output_limit = 1024 * 1024
_keep_per_check = 4000


def _emit(obj):
    _proto.write(json.dumps(obj) + "\n")
    _proto.flush()


# --------------------------------------------------------------------------
# Output capture


class _CappedOutput:
    """A text stream that keeps the first few thousand characters of each check's
    output and stops the run once the learner's code has printed too much."""

    encoding = "utf-8"
    errors = "replace"

    def __init__(self):
        self.total = 0
        self.kept = []
        self.kept_len = 0
        self.dropped = 0

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError("write() argument must be str, not %s" % type(text).__name__)
        self.total += len(text)
        room = _keep_per_check - self.kept_len
        if room > 0:
            piece = text[:room]
            self.kept.append(piece)
            self.kept_len += len(piece)
            self.dropped += len(text) - len(piece)
        else:
            self.dropped += len(text)
        if self.total > _output_limit:
            _stop_for_output()
        return len(text)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        pass

    def isatty(self):
        return False

    def fileno(self):
        raise OSError("captured output has no file descriptor")

    def take(self):
        text = "".join(self.kept)
        if self.dropped:
            text += "\n... (%d more characters not shown)" % self.dropped
        self.kept = []
        self.kept_len = 0
        self.dropped = 0
        return text


_output = _CappedOutput()


def _stop_for_output():
    megabytes = _output_limit / (1024 * 1024)
    message = (
        "Your code printed more than %s of text, so the checks were stopped. "
        "Look for a print() inside a loop that never ends."
        % ("%g MB" % megabytes if megabytes >= 1 else "%d KB" % (_output_limit // 1024))
    )
    if _current is not None:
        _emit(dict(_current, event="check", ok=False, message=message, output=_output.take()))
    _emit({"event": "stopped", "reason": "output", "message": message})
    # os._exit, not an exception: the learner's code could catch an exception and keep printing.
    os._exit(3)


# --------------------------------------------------------------------------
# Network guard


class NetworkRefused(PermissionError):
    """Raised when the learner's code tries to use a non-loopback address."""


_network_violation = None


def _host_of(address):
    if isinstance(address, tuple) and address:
        host = address[0]
    else:
        host = address
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    return host if isinstance(host, str) else repr(host)


def _is_loopback(host):
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.split("%", 1)[0]).is_loopback
    except ValueError:
        # "" and "0.0.0.0" mean every interface; host names would need a DNS look-up.
        return False


def _describe_address(address):
    host = _host_of(address)
    port = address[1] if isinstance(address, tuple) and len(address) > 1 else None
    shown = host if host else "every network interface"
    if host == "0.0.0.0" or host == "::":
        shown = "%s (every network interface)" % host
    return "%s%s" % (shown, ":%s" % port if port is not None else "")


def _refuse(action, address):
    global _network_violation
    message = (
        "Your code tried to %s %s. Exercise checks run offline and may only use this "
        "computer's loopback address (127.0.0.1), so it was stopped. "
        "If you start a server, leave the host at its default, 127.0.0.1."
        % (action, _describe_address(address))
    )
    if _network_violation is None:
        _network_violation = message
    raise NetworkRefused(message)


def _install_network_guard():
    original_bind = socket.socket.bind
    original_connect = socket.socket.connect
    original_connect_ex = socket.socket.connect_ex

    def guarded(family):
        return family in (socket.AF_INET, socket.AF_INET6)

    def bind(self, address):
        if guarded(self.family) and not _is_loopback(_host_of(address)):
            _refuse("listen on", address)
        return original_bind(self, address)

    def connect(self, address):
        if guarded(self.family) and not _is_loopback(_host_of(address)):
            _refuse("connect to", address)
        return original_connect(self, address)

    def connect_ex(self, address):
        if guarded(self.family) and not _is_loopback(_host_of(address)):
            _refuse("connect to", address)
        return original_connect_ex(self, address)

    original_getaddrinfo = socket.getaddrinfo

    def getaddrinfo(host, *args, **kwargs):
        # Looking up a name is already network traffic (DNS); numbers and localhost need none.
        name = host.decode("ascii", "replace") if isinstance(host, bytes) else host
        if name is not None and not _is_loopback(name):
            try:
                ipaddress.ip_address(str(name).split("%", 1)[0])
            except ValueError:
                if name != "":
                    _refuse("look up the address of", name)
        return original_getaddrinfo(host, *args, **kwargs)

    socket.socket.bind = bind
    socket.socket.connect = connect
    socket.socket.connect_ex = connect_ex
    socket.getaddrinfo = getaddrinfo


# --------------------------------------------------------------------------
# Time limit


class CheckTimeout(BaseException):
    """Derives from BaseException so `except Exception` in the learner's code cannot swallow it."""


def _on_alarm(signum, frame):
    raise CheckTimeout()


# --------------------------------------------------------------------------
# Describing failures for a learner


def _is_learner_file(filename):
    if not filename:
        return False
    path = os.path.abspath(filename)
    private = os.path.join(_work_dir, "_crossroads") + os.sep
    # Code compiled from strings reports names like "<string>", which are nobody's file.
    return path.startswith(_work_dir + os.sep) and not path.startswith(private) and os.path.isfile(path)


def _relative(filename):
    return os.path.relpath(os.path.abspath(filename), _work_dir).replace(os.sep, "/")


def _learner_traceback(exc):
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if _is_learner_file(f.filename)]
    lines = []
    for f in frames[-5:]:
        lines.append('  File "%s", line %d, in %s' % (_relative(f.filename), f.lineno, f.name))
        if f.line:
            lines.append("    " + f.line.strip())
    lines.append("%s: %s" % (type(exc).__name__, exc))
    return "\n".join(lines), (frames[-1] if frames else None)


def _raised_in_checks(exc):
    frames = traceback.extract_tb(exc.__traceback__)
    return bool(frames) and os.path.abspath(frames[-1].filename).startswith(os.path.join(_work_dir, "_crossroads"))


def _describe(exc, timeout):
    """Returns (message, extra_output) for an exception that ended a check."""
    if _network_violation is not None:
        return _network_violation, ""
    if isinstance(exc, CheckTimeout):
        return (
            "This check did not finish within %d seconds, so it was stopped. Look for a loop that "
            "never ends, or a call that waits forever, such as input() or app.run() outside "
            "`if __name__ == \"__main__\":`." % timeout,
            "",
        )
    if isinstance(exc, AssertionError) and _raised_in_checks(exc):
        message = str(exc).strip() or "A check failed."
        return message, ""
    if isinstance(exc, SyntaxError) and _is_learner_file(exc.filename):
        detail = (exc.text or "").rstrip()
        pointer = ""
        if detail and exc.offset:
            pointer = "\n" + " " * (exc.offset - 1 + 4) + "^"
        return (
            "Python cannot read %s, line %s: %s." % (_relative(exc.filename), exc.lineno, exc.msg),
            ("    " + detail.strip() + pointer) if detail else "",
        )
    if isinstance(exc, EOFError):
        return (
            "Your code called input(), but the checks cannot type an answer. Take the value as a "
            "function parameter instead.",
            _learner_traceback(exc)[0],
        )
    if isinstance(exc, SystemExit):
        return (
            "Your code called exit() or sys.exit() (code %r), which would end the checks early." % (exc.code,),
            _learner_traceback(exc)[0],
        )
    text, frame = _learner_traceback(exc)
    where = ""
    if frame is not None:
        where = " (%s, line %d, in %s)" % (_relative(frame.filename), frame.lineno, frame.name)
    return "Your code raised %s: %s%s." % (type(exc).__name__, exc, where), text


# --------------------------------------------------------------------------
# Helpers for check files


def learner_module(name):
    """Imports the learner's module, e.g. "app" or "shop.views" (once per run)."""
    return importlib.import_module(name)


def source(path):
    """The text of one of the learner's files, for checks that look at how code is written."""
    with open(os.path.join(_work_dir, path), encoding="utf-8") as fh:
        return fh.read()


def flask_app(module="app", config=None):
    """The learner's Flask app from MODULE: its `app`, or `create_app(config)`."""
    mod = learner_module(module)
    app = getattr(mod, "app", None)
    if app is None and hasattr(mod, "create_app"):
        app = mod.create_app(config) if config is not None else mod.create_app()
    assert app is not None, "%s.py should define `app = Flask(__name__)` or a `create_app()` function." % module.replace(".", "/")
    app.config["TESTING"] = True
    return app


_django_ready = False


def django_client(settings="mysite.settings", enforce_csrf_checks=False):
    """A Django test client for the learner's project. The first call configures Django and
    creates the tables: apps with migrations are migrated, apps without get tables straight from
    their models, so learners never need to write a migration for a check."""
    global _django_ready
    if not _django_ready:
        os.environ["DJANGO_SETTINGS_MODULE"] = settings
        import django

        django.setup()
        from django.core.management import call_command
        from django.test.utils import setup_test_environment

        call_command("migrate", run_syncdb=True, verbosity=0, interactive=False)
        setup_test_environment()
        _django_ready = True
    from django.test import Client

    return Client(enforce_csrf_checks=enforce_csrf_checks)


_CSRF = re.compile(r'name="(?:csrfmiddlewaretoken|csrf_token)"[^>]*?value="([^"]+)"|value="([^"]+)"[^>]*?name="(?:csrfmiddlewaretoken|csrf_token)"')


def csrf_token(html):
    """The CSRF token of the first form in HTML, or None."""
    match = _CSRF.search(html or "")
    return (match.group(1) or match.group(2)) if match else None


def text(response):
    """The body of a Flask or Django test response as text."""
    if hasattr(response, "get_data"):
        return response.get_data(as_text=True)
    return response.content.decode("utf-8", "replace")


# --------------------------------------------------------------------------
# Running


def _fail_all(spec, message):
    _emit({"event": "error", "message": message})
    _emit({"event": "summary", "passed": 0, "failed": len(spec["checks"])})
    return 2


def check(work_dir, spec_file):
    global _proto, _work_dir, _current, _output_limit, _network_violation

    _proto = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    with open(spec_file, encoding="utf-8") as fh:
        spec = json.load(fh)
    _work_dir = os.path.realpath(work_dir)
    _output_limit = int(spec.get("output_limit", _output_limit))
    timeout = int(spec.get("check_timeout", 10))

    # This module is the helper library check files import.
    sys.modules["crossroads_exercise"] = sys.modules[__name__]
    runner_dir = os.path.dirname(os.path.realpath(__file__))
    sys.path = [p for p in sys.path if os.path.realpath(p or ".") != runner_dir]
    sys.path.insert(0, _work_dir)
    os.chdir(_work_dir)
    sys.stdin = open(os.devnull, encoding="utf-8")

    for module in spec.get("requires", []):
        try:
            importlib.import_module(module)
        except Exception as exc:  # noqa: BLE001 - any import failure means "not usable"
            return _fail_all(
                spec,
                "This exercise needs the Python module %s, which this interpreter cannot import (%s). "
                "On Debian and Ubuntu, install it with apt (for example python3-flask-sqlalchemy)."
                % (module, exc),
            )

    _install_network_guard()
    signal.signal(signal.SIGALRM, _on_alarm)
    sys.stdout = sys.stderr = _output

    checks_path = os.path.join(_work_dir, spec["checks_file"])
    try:
        spec_obj = importlib.util.spec_from_file_location("crossroads_checks", checks_path)
        checks = importlib.util.module_from_spec(spec_obj)
        spec_obj.loader.exec_module(checks)
    except Exception:  # noqa: BLE001 - an author error, reported as such
        sys.stdout = sys.__stdout__
        return _fail_all(spec, "The exercise's checks could not be loaded:\n" + traceback.format_exc(limit=3))

    # The first check also pays for importing the framework and, for Django, creating the tables,
    # which takes seconds on a slow or busy machine; that is not the learner's code hanging.
    startup_allowance = int(spec.get("startup_allowance", 20))
    passed = failed = 0
    for index, item in enumerate(spec["checks"]):
        limit = timeout + (startup_allowance if index == 0 else 0)
        name = item["name"]
        function = getattr(checks, name, None)
        if not callable(function):
            return _fail_all(spec, "The exercise's checks file has no function %s()." % name)
        _current = {"name": name, "title": item.get("title", name)}
        _network_violation = None
        # A check that failed half-way may have left the process in another folder.
        os.chdir(_work_dir)
        ok = True
        message = ""
        extra = ""
        try:
            signal.setitimer(signal.ITIMER_REAL, limit)
            try:
                function()
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            if _network_violation is not None:
                ok = False
                message = _network_violation
        except BaseException as exc:  # noqa: BLE001 - every way a check can end is reported
            ok = False
            message, extra = _describe(exc, limit)
        printed = _output.take()
        output = "\n".join(part for part in (printed.rstrip("\n"), extra) if part)
        _emit(dict(_current, event="check", ok=ok, message=message, output=output))
        _current = None
        if ok:
            passed += 1
        else:
            failed += 1
    _emit({"event": "summary", "passed": passed, "failed": failed})
    _proto.flush()
    # Skip interpreter teardown: a learner's leftover thread or server must not keep us alive.
    os._exit(0 if failed == 0 else 1)


def main(argv):
    if len(argv) == 4 and argv[1] == "check":
        return check(argv[2], argv[3])
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
