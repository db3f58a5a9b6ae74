from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Note(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    text = db.Column(db.String(200), nullable=False)
    done = db.Column(db.Boolean, nullable=False, default=False)


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
        notes = db.session.execute(db.select(Note).order_by(Note.id)).scalars().all()
        return [note_json(note) for note in notes]

    @app.post("/notes")
    def create_note():
        data = request.get_json(silent=True) or {}
        text = data.get("text") if isinstance(data, dict) else None
        if not isinstance(text, str) or not text.strip():
            return {"error": "text is required"}, 400
        note = Note(text=text.strip())
        db.session.add(note)
        db.session.commit()
        return note_json(note), 201

    with app.app_context():
        db.create_all()
    return app


if __name__ == "__main__":
    create_app().run(debug=True)
