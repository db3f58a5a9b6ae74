from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Note(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    # TODO: text (up to 200 characters, required) and done (boolean, False by default)


def note_json(note):
    return {"id": note.id, "text": note.text, "done": note.done}


def create_app(test_config=None):
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///notes.db"
    if test_config:
        app.config.update(test_config)
    db.init_app(app)

    @app.get("/notes")
    def list_notes():
        # TODO: every note, oldest first
        return []

    @app.post("/notes")
    def create_note():
        data = request.get_json(silent=True) or {}
        # TODO: validate data["text"], save a Note, answer 201
        return {"error": "not written yet"}, 501

    with app.app_context():
        db.create_all()
    return app


if __name__ == "__main__":
    create_app().run(debug=True)
