from flask import Flask, abort, jsonify, request  # noqa: F401

app = Flask(__name__)

TASKS = [
    {"id": 1, "title": "Read the Flask quickstart", "done": True},
    {"id": 2, "title": "Write the API", "done": False},
]


@app.get("/api/tasks")
def list_tasks():
    # TODO: return every task as JSON.
    return "not yet"


# TODO: GET /api/tasks/<int:task_id>, POST /api/tasks and a JSON 404 handler.


if __name__ == "__main__":
    app.run(debug=True)
