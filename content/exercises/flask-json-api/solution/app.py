from flask import Flask, abort, jsonify, request

app = Flask(__name__)

TASKS = [
    {"id": 1, "title": "Read the Flask quickstart", "done": True},
    {"id": 2, "title": "Write the API", "done": False},
]


@app.get("/api/tasks")
def list_tasks():
    return jsonify(TASKS)


@app.get("/api/tasks/<int:task_id>")
def get_task(task_id):
    for task in TASKS:
        if task["id"] == task_id:
            return task
    abort(404)


@app.post("/api/tasks")
def create_task():
    data = request.get_json(silent=True) or {}
    title = data.get("title") if isinstance(data, dict) else None
    if not isinstance(title, str) or not title.strip():
        return {"error": "title is required"}, 400
    task = {"id": max((t["id"] for t in TASKS), default=0) + 1, "title": title.strip(), "done": False}
    TASKS.append(task)
    return task, 201


@app.errorhandler(404)
def not_found(error):
    return {"error": "not found"}, 404


if __name__ == "__main__":
    app.run(debug=True)
