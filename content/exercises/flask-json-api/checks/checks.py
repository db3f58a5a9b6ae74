from crossroads_exercise import flask_app, learner_module


def client():
    return flask_app("app").test_client()


def json_of(response, what):
    data = response.get_json(silent=True)
    assert data is not None, "%s should answer with JSON (Content-Type: application/json), but got %r." % (what, response.get_data(as_text=True)[:150])
    return data


def check_list_tasks():
    response = client().get("/api/tasks")
    assert response.status_code == 200, "GET /api/tasks answered %d; expected 200." % response.status_code
    data = json_of(response, "GET /api/tasks")
    tasks = learner_module("app").TASKS
    assert data == tasks, "GET /api/tasks returned %r; expected the whole TASKS list %r." % (data, tasks)


def check_one_task():
    response = client().get("/api/tasks/2")
    assert response.status_code == 200, "GET /api/tasks/2 answered %d; expected 200." % response.status_code
    data = json_of(response, "GET /api/tasks/2")
    assert data == {"id": 2, "title": "Write the API", "done": False}, "GET /api/tasks/2 returned %r." % (data,)


def check_missing_task_is_json_404():
    for path in ("/api/tasks/99", "/no/such/page"):
        response = client().get(path)
        assert response.status_code == 404, "GET %s answered %d; expected 404." % (path, response.status_code)
        data = json_of(response, "A 404 (GET %s)" % path)
        assert data == {"error": "not found"}, "GET %s returned %r; expected {\"error\": \"not found\"}. Use @app.errorhandler(404)." % (path, data)


def check_create_task():
    c = client()
    before = [t["id"] for t in learner_module("app").TASKS]
    response = c.post("/api/tasks", json={"title": "  Ship it  "})
    assert response.status_code == 201, "POST /api/tasks answered %d; expected 201 Created." % response.status_code
    data = json_of(response, "POST /api/tasks")
    expected = {"id": max(before) + 1, "title": "Ship it", "done": False}
    assert data == expected, "POST /api/tasks returned %r; expected %r." % (data, expected)
    listed = json_of(c.get("/api/tasks"), "GET /api/tasks")
    assert expected in listed, "After the post, GET /api/tasks should include the new task."


def check_create_needs_title():
    c = client()
    count = len(learner_module("app").TASKS)
    bodies = [{"json": {}}, {"json": {"title": "   "}}, {"data": "not json", "content_type": "text/plain"}]
    for kwargs in bodies:
        response = c.post("/api/tasks", **kwargs)
        assert response.status_code == 400, "POST /api/tasks with %r answered %d; expected 400." % (kwargs, response.status_code)
        data = json_of(response, "A refused post")
        assert data == {"error": "title is required"}, "A post without a title returned %r; expected {\"error\": \"title is required\"}." % (data,)
    assert len(learner_module("app").TASKS) == count, "A refused post must not create a task."
