"""Notes app. Apply the migrations with:  flask --app app db upgrade"""
import os

from flask import Flask, render_template
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = os.environ.get("DATABASE_URL", "sqlite:///notes.db")
db = SQLAlchemy(app)
migrate = Migrate(app, db)


class Note(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(200), nullable=False)
    pinned = db.Column(db.Boolean, nullable=False, default=False, server_default=db.false())


@app.route("/")
def note_list():
    query = db.select(Note).order_by(Note.pinned.desc(), Note.title)
    notes = db.session.execute(query).scalars().all()
    return render_template("note_list.html", notes=notes)
