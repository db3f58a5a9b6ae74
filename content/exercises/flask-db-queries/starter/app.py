from flask import Flask, request  # noqa: F401

from models import Book, add_sample_books, book_json, db  # noqa: F401


def create_app(test_config=None):
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///books.db"
    if test_config:
        app.config.update(test_config)
    db.init_app(app)
    with app.app_context():
        db.create_all()
        add_sample_books()

    @app.get("/books")
    def list_books():
        # TODO: order by year; honour ?since=YEAR
        books = db.session.execute(db.select(Book)).scalars().all()
        return [book_json(b) for b in books]

    # TODO: GET /books/<int:book_id> and GET /authors/<name>

    return app


if __name__ == "__main__":
    create_app().run(debug=True)
