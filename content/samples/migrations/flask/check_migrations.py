"""Apply the migrations to a fresh SQLite file and check the schema after each step.

Run it with:  python check_migrations.py
"""
import os
from pathlib import Path

HERE = Path(__file__).resolve().parent
DB_FILE = HERE / "check.db"
MIGRATIONS = str(HERE / "migrations")
FIRST = "d215319319b3"  # create note table

# Point the app at a throwaway database before it is imported.
os.environ["DATABASE_URL"] = f"sqlite:///{DB_FILE}"

from alembic.autogenerate import compare_metadata  # noqa: E402
from alembic.migration import MigrationContext  # noqa: E402
from flask_migrate import downgrade, upgrade  # noqa: E402
from sqlalchemy import inspect  # noqa: E402

from app import Note, app, db  # noqa: E402


def note_columns():
    db.session.remove()  # give the migrations the database to themselves
    return {column["name"] for column in inspect(db.engine).get_columns("note")}


def unmigrated_model_changes():
    """What `flask db migrate` would put in a new revision (empty means in sync)."""
    with db.engine.connect() as connection:
        return compare_metadata(MigrationContext.configure(connection), db.metadata)


def main():
    with app.app_context():
        upgrade(directory=MIGRATIONS, revision=FIRST)
        assert note_columns() == {"id", "title"}, note_columns()
        db.session.execute(db.text("INSERT INTO note (title) VALUES ('Written before pinning')"))
        db.session.commit()

        upgrade(directory=MIGRATIONS)  # to the latest revision, like `flask db upgrade`
        assert note_columns() == {"id", "title", "pinned"}, note_columns()
        assert not unmigrated_model_changes(), unmigrated_model_changes()
        old_note = db.session.execute(db.select(Note)).scalar_one()
        assert old_note.pinned is False, "existing rows should get the server default"

        db.session.add(Note(title="Pinned after the upgrade", pinned=True))
        db.session.commit()
        page = app.test_client().get("/").get_data(as_text=True)
        assert page.index("Pinned after the upgrade (pinned)") < page.index("Written before pinning")

        downgrade(directory=MIGRATIONS, revision=FIRST)
        assert note_columns() == {"id", "title"}, note_columns()
        upgrade(directory=MIGRATIONS)
        assert "pinned" in note_columns()
    print("All migration checks passed.")


if __name__ == "__main__":
    try:
        main()
    finally:
        if DB_FILE.exists():
            DB_FILE.unlink()
