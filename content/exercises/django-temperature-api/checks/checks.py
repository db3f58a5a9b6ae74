import json

from crossroads_exercise import django_client, text


def client():
    return django_client()


def body_json(response):
    assert "The install worked successfully" not in text(response), "No URL matches /convert yet: route it to views.convert in mysite/urls.py."
    assert response.get("Content-Type", "").startswith("application/json"), "The answer should be JSON (a JsonResponse), but it was: %r" % text(response)[:150]
    return json.loads(text(response))


def get(path):
    response = client().get(path)
    return response.status_code, body_json(response)


def check_celsius_to_fahrenheit():
    status, data = get("/convert?celsius=100")
    assert status == 200, "GET /convert?celsius=100 answered %d; expected 200." % status
    assert data == {"celsius": 100.0, "fahrenheit": 212.0}, "GET /convert?celsius=100 returned %r; expected {\"celsius\": 100.0, \"fahrenheit\": 212.0}." % (data,)
    status, data = get("/convert?celsius=-40")
    assert data == {"celsius": -40.0, "fahrenheit": -40.0}, "GET /convert?celsius=-40 returned %r; expected -40 in both scales." % (data,)


def check_fahrenheit_to_celsius():
    status, data = get("/convert?fahrenheit=212")
    assert status == 200, "GET /convert?fahrenheit=212 answered %d; expected 200." % status
    assert data == {"celsius": 100.0, "fahrenheit": 212.0}, "GET /convert?fahrenheit=212 returned %r; expected {\"celsius\": 100.0, \"fahrenheit\": 212.0}." % (data,)


def check_rounding():
    status, data = get("/convert?fahrenheit=100")
    assert data == {"celsius": 37.78, "fahrenheit": 100.0}, "GET /convert?fahrenheit=100 returned %r; round to two decimals: 37.78." % (data,)


def check_not_a_number():
    for path, name in (("/convert?celsius=hot", "celsius"), ("/convert?fahrenheit=", "fahrenheit")):
        status, data = get(path)
        assert status == 400, "GET %s answered %d; expected 400 Bad Request." % (path, status)
        assert data == {"error": "%s must be a number" % name}, "GET %s returned %r; expected {\"error\": \"%s must be a number\"}." % (path, data, name)


def check_exactly_one_value():
    for path in ("/convert", "/convert?celsius=1&fahrenheit=2"):
        status, data = get(path)
        assert status == 400, "GET %s answered %d; expected 400." % (path, status)
        assert data == {"error": "give either celsius or fahrenheit"}, "GET %s returned %r; expected {\"error\": \"give either celsius or fahrenheit\"}." % (path, data)
