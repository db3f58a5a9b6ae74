from flask import Flask, request

from models import Book, add_sample_books, book_json, db


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
        stmt = db.select(Book).order_by(Book.year)
        since = request.args.get("since", type=int)
        if since is not None:
            stmt = stmt.where(Book.year >= since)
        books = db.session.execute(stmt).scalars().all()
        return [book_json(b) for b in books]

    @app.get("/books/<int:book_id>")
    def get_book(book_id):
        return book_json(db.get_or_404(Book, book_id))

    @app.get("/authors/<name>")
    def author_count(name):
        stmt = db.select(db.func.count()).select_from(Book).where(Book.author == name)
        return {"author": name, "books": db.session.execute(stmt).scalar()}

    return app


if __name__ == "__main__":
    create_app().run(debug=True)
