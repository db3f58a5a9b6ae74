# SPDX-License-Identifier: MIT
"""Runs Crossroads samples against the real frameworks.

Crossroads embeds this file and runs it with the learner's chosen interpreter.
One process handles one variant, because Django's settings can be configured
only once per process.

  sample_runner.py probe
      Print the interpreter's Python, Flask, Django and FastAPI versions as JSON.
  sample_runner.py check DIR SPEC_JSON
      Run one variant (already copied to DIR) through its framework's test
      client and print one JSON object per request, then a summary object.
  sample_runner.py serve DIR SPEC_JSON PORT
      Serve one variant on 127.0.0.1:PORT until killed.
  sample_runner.py verify SAMPLE_DIR [SAMPLE_DIR ...]
      Convenience for authors: copy each variant of each sample to a temporary
      folder, check it in a child process and print a readable report.
"""

import importlib
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

CSRF_PATTERNS = [
    re.compile(r'name="(?:csrfmiddlewaretoken|csrf_token)"[^>]*?value="([^"]+)"'),
    re.compile(r'value="([^"]+)"[^>]*?name="(?:csrfmiddlewaretoken|csrf_token)"'),
]


def emit(obj):
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


def module_version(name):
    try:
        module = importlib.import_module(name)
    except Exception:  # noqa: BLE001 - any import failure means "not usable"
        return None
    version = getattr(module, "__version__", None)
    if version is None:
        try:
            from importlib import metadata

            version = metadata.version(name)
        except Exception:  # noqa: BLE001
            version = "unknown"
    return str(version)


def probe():
    emit(
        {
            "python": "%d.%d.%d" % sys.version_info[:3],
            "executable": sys.executable,
            "flask": module_version("flask"),
            "django": module_version("django"),
            "fastapi": module_version("fastapi"),
        }
    )
    return 0


def import_entry(directory, entry):
    sys.path.insert(0, directory)
    os.chdir(directory)
    name = os.path.splitext(entry)[0].replace("/", ".")
    return importlib.import_module(name)


class Response:
    def __init__(self, status, body, headers):
        self.status = status
        self.body = body
        self.headers = headers


def flask_client(directory, spec):
    module = import_entry(directory, spec["entry"])
    app = getattr(module, "app", None)
    if app is None and hasattr(module, "create_app"):
        app = module.create_app()
    if app is None:
        raise RuntimeError("%s defines neither app nor create_app()" % spec["entry"])
    app.config["TESTING"] = True
    client = app.test_client()

    def send(req):
        kwargs = {"follow_redirects": req.get("follow", False)}
        if "form" in req:
            kwargs["data"] = req["form"]
        if "json" in req:
            kwargs["json"] = req["json"]
        if "headers" in req:
            kwargs["headers"] = req["headers"]
        r = client.open(req["path"], method=req.get("method", "GET"), **kwargs)
        return Response(r.status_code, r.get_data(as_text=True), dict(r.headers))

    return send


def fastapi_client(directory, spec):
    from fastapi.testclient import TestClient

    module = import_entry(directory, spec["entry"])
    app = getattr(module, "app", None)
    if app is None and hasattr(module, "create_app"):
        app = module.create_app()
    client = TestClient(app)

    def send(req):
        kwargs = {}
        if "form" in req:
            kwargs["data"] = req["form"]
        if "json" in req:
            kwargs["json"] = req["json"]
        if "headers" in req:
            kwargs["headers"] = req["headers"]
        follow = req.get("follow", False)
        try:
            r = client.request(req.get("method", "GET"), req["path"], follow_redirects=follow, **kwargs)
        except TypeError:  # older test clients call it allow_redirects
            r = client.request(req.get("method", "GET"), req["path"], allow_redirects=follow, **kwargs)
        return Response(r.status_code, r.text, dict(r.headers))

    return send


def django_setup(directory, spec):
    sys.path.insert(0, directory)
    os.chdir(directory)
    if spec.get("settings"):
        os.environ["DJANGO_SETTINGS_MODULE"] = spec["settings"]
    elif not spec["entry"].endswith("manage.py"):
        # Single-file style: importing the module configures settings.
        import_entry(directory, spec["entry"])
    import django

    django.setup()
    if spec.get("migrate"):
        from django.core.management import call_command

        call_command("migrate", verbosity=0, interactive=False)


def django_client(directory, spec):
    django_setup(directory, spec)
    from django.test import Client
    from django.test.utils import setup_test_environment

    setup_test_environment()
    # Enforce CSRF so samples prove their forms really carry the token.
    client = Client(enforce_csrf_checks=True)

    def send(req):
        method = req.get("method", "GET").lower()
        kwargs = {"follow": req.get("follow", False)}
        for key, value in req.get("headers", {}).items():
            kwargs["HTTP_" + key.upper().replace("-", "_")] = value
        call = getattr(client, method)
        if "json" in req:
            r = call(req["path"], data=json.dumps(req["json"]), content_type="application/json", **kwargs)
        elif "form" in req:
            r = call(req["path"], data=req["form"], **kwargs)
        else:
            r = call(req["path"], **kwargs)
        body = r.content.decode("utf-8", "replace") if not getattr(r, "streaming", False) else ""
        return Response(r.status_code, body, {k: v for k, v in r.items()})

    return send


CLIENTS = {"flask": flask_client, "django": django_client, "fastapi": fastapi_client}


def check_response(req, resp):
    problems = []
    if resp.status != req["status"]:
        problems.append("expected status %d, got %d" % (req["status"], resp.status))
    for text in req.get("contains", []):
        if text not in resp.body:
            problems.append("body lacks %r" % text)
    for text in req.get("absent", []):
        if text in resp.body:
            problems.append("body should not contain %r" % text)
    if "json_equals" in req:
        try:
            value = json.loads(resp.body)
        except ValueError:
            problems.append("body is not JSON")
        else:
            if value != req["json_equals"]:
                problems.append("JSON differs: got %s" % json.dumps(value)[:200])
    for name, expected in req.get("header", {}).items():
        got = next((v for k, v in resp.headers.items() if k.lower() == name.lower()), None)
        if got is None or expected not in got:
            problems.append("header %s: expected %r, got %r" % (name, expected, got))
    return problems


def fill_csrf(req, last_body):
    if "form" not in req:
        return req
    token = None
    for pattern in CSRF_PATTERNS:
        match = pattern.search(last_body or "")
        if match:
            token = match.group(1)
            break
    form = {k: (token or "" if v == "{csrf}" else v) for k, v in req["form"].items()}
    return dict(req, form=form)


def check(directory, spec):
    framework = spec["framework"]
    if spec.get("command"):
        proc = subprocess.run(
            [sys.executable] + spec["command"],
            cwd=directory,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            timeout=120,
        )
        output = proc.stdout.decode("utf-8", "replace")
        ok = proc.returncode == 0
        emit({"request": "command", "ok": ok, "message": "" if ok else output[-2000:]})
        emit({"summary": True, "ok": ok, "passed": int(ok), "failed": int(not ok)})
        return 0 if ok else 1
    send = CLIENTS[framework](directory, spec)
    passed = failed = 0
    last_body = ""
    for index, req in enumerate(spec.get("expect", [])):
        req = fill_csrf(req, last_body)
        label = "%s %s" % (req.get("method", "GET"), req["path"])
        try:
            resp = send(req)
            problems = check_response(req, resp)
            last_body = resp.body
        except Exception as exc:  # noqa: BLE001 - report, don't crash
            problems = ["%s: %s" % (type(exc).__name__, exc)]
        if problems:
            failed += 1
        else:
            passed += 1
        emit({"request": index, "label": label, "ok": not problems, "message": "; ".join(problems)})
    emit({"summary": True, "ok": failed == 0, "passed": passed, "failed": failed})
    return 0 if failed == 0 else 1


def serve(directory, spec, port):
    framework = spec["framework"]
    if framework == "flask":
        module = import_entry(directory, spec["entry"])
        app = getattr(module, "app", None) or module.create_app()
        app.run(host="127.0.0.1", port=port, debug=False, use_reloader=False)
    elif framework == "django":
        django_setup(directory, spec)
        from django.core.management import call_command

        call_command("runserver", "127.0.0.1:%d" % port, use_reloader=False, use_threading=True)
    elif framework == "fastapi":
        import uvicorn

        module = import_entry(directory, spec["entry"])
        uvicorn.run(module.app, host="127.0.0.1", port=port)
    return 0


def variant_dir(sample_dir, variant):
    return os.path.join(sample_dir, variant.get("dir", variant["framework"]))


def verify(sample_dirs):
    total_passed = total_failed = 0
    for sample_dir in sample_dirs:
        with open(os.path.join(sample_dir, "sample.json"), encoding="utf-8") as fh:
            sample = json.load(fh)
        for variant in sample["variants"]:
            with tempfile.TemporaryDirectory(prefix="crossroads-") as tmp:
                work = os.path.join(tmp, "work")
                shutil.copytree(variant_dir(sample_dir, variant), work)
                proc = subprocess.run(
                    [sys.executable, os.path.abspath(__file__), "check", work, json.dumps(variant)],
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    timeout=180,
                )
            lines = [json.loads(l) for l in proc.stdout.decode().splitlines() if l.startswith("{")]
            summary = next((l for l in lines if l.get("summary")), None)
            name = "%s/%s" % (sample["id"], variant["framework"])
            if summary and summary["ok"]:
                total_passed += 1
                print("PASS %s (%d requests)" % (name, summary["passed"]))
            else:
                total_failed += 1
                print("FAIL %s" % name)
                for l in lines:
                    if not l.get("summary") and not l["ok"]:
                        print("    %s: %s" % (l.get("label", l["request"]), l["message"]))
                if not summary:
                    print("    " + proc.stderr.decode("utf-8", "replace").strip().replace("\n", "\n    ")[-3000:])
    print("%d passed, %d failed" % (total_passed, total_failed))
    return 0 if total_failed == 0 else 1


def main(argv):
    if len(argv) >= 2 and argv[1] == "probe":
        return probe()
    if len(argv) == 4 and argv[1] == "check":
        return check(argv[2], json.loads(argv[3]))
    if len(argv) == 5 and argv[1] == "serve":
        return serve(argv[2], json.loads(argv[3]), int(argv[4]))
    if len(argv) >= 3 and argv[1] == "verify":
        return verify(argv[2:])
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
