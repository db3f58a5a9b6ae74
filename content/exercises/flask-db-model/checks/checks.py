from crossroads_exercise import learner_module

MEMORY = {"SQLALCHEMY_DATABASE_URI": "sqlite://", "TESTING": True}


def fresh_app():
    module = learner_module("app")
    app = module.create_app(dict(MEMORY))
    return module, app


def check_model_columns():
    module = learner_module("app")
    columns = {c.name: c for c in module.Note.__table__.columns}
    for name in ("id", "text", "done"):
        assert name in columns, "The Note model has no %r column yet (it has: %s)." % (name, ", ".join(columns))
    assert columns["id"].primary_key, "Note.id should be the primary key."
    assert not columns["text"].nullable, "Note.text should be required: nullable=False."
    length = getattr(columns["text"].type, "length", None)
    assert length == 200, "Note.text should be db.String(200) (its length is %r)." % (length,)
    assert columns["done"].type.python_type is bool, "Note.done should be a db.Boolean column."


def check_done_defaults_to_false():
    module, app = fresh_app()
    with app.app_context():
        note = module.Note(text="Check the default")
        module.db.session.add(note)
        module.db.session.commit()
        assert note.done is False, "A new note's done is %r after saving; give the column default=False." % (note.done,)


def check_create_note():
    module, app = fresh_app()
    response = app.test_client().post("/notes", json={"text": "  Buy milk  "})
    assert response.status_code == 201, "POST /notes answered %d; expected 201 Created." % response.status_code
    data = response.get_json(silent=True)
    assert data == {"id": 1, "text": "Buy milk", "done": False}, "POST /notes returned %r; expected {\"id\": 1, \"text\": \"Buy milk\", \"done\": false}." % (data,)
    with app.app_context():
        count = module.db.session.execute(module.db.select(module.db.func.count()).select_from(module.Note)).scalar()
    assert count == 1, "After one post the table holds %d notes; did you commit the session?" % count


def check_list_notes():
    module, app = fresh_app()
    c = app.test_client()
    for text in ("first", "second", "third"):
        c.post("/notes", json={"text": text})
    response = c.get("/notes")
    assert response.status_code == 200, "GET /notes answered %d; expected 200." % response.status_code
    data = response.get_json(silent=True)
    expected = [{"id": i + 1, "text": t, "done": False} for i, t in enumerate(("first", "second", "third"))]
    assert data == expected, "GET /notes returned %r; expected %r." % (data, expected)


def check_rejects_empty_text():
    module, app = fresh_app()
    c = app.test_client()
    for body in ({}, {"text": "   "}):
        response = c.post("/notes", json=body)
        assert response.status_code == 400, "POST /notes with %r answered %d; expected 400." % (body, response.status_code)
        assert response.get_json(silent=True) == {"error": "text is required"}, "A refused note should answer {\"error\": \"text is required\"}."
    assert c.get("/notes").get_json(silent=True) == [], "A refused post must not save anything."
