from flask import Flask, render_template, request
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
# A relative SQLite path is created inside the app's instance/ folder.
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///books.db"
db = SQLAlchemy(app)


class Book(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(200), nullable=False)
    author = db.Column(db.String(100), nullable=False)
    year = db.Column(db.Integer, nullable=False)

    def __repr__(self):
        return f"<Book {self.title!r}>"


@app.route("/books/")
def book_list():
    query = db.select(Book).order_by(Book.year)
    since = request.args.get("since", type=int)
    if since is not None:
        query = query.where(Book.year >= since)
    books = db.session.execute(query).scalars().all()
    return render_template("book_list.html", books=books, since=since)


@app.route("/books/<int:book_id>/")
def book_detail(book_id):
    book = db.get_or_404(Book, book_id)
    return render_template("book_detail.html", book=book)


SAMPLE_BOOKS = [
    ("Dune", "Frank Herbert", 1965),
    ("The Left Hand of Darkness", "Ursula K. Le Guin", 1969),
    ("Kindred", "Octavia E. Butler", 1979),
    ("Parable of the Sower", "Octavia E. Butler", 1993),
]

with app.app_context():
    db.create_all()
    if db.session.execute(db.select(Book).limit(1)).first() is None:
        db.session.add_all([Book(title=t, author=a, year=y) for t, a, y in SAMPLE_BOOKS])
        db.session.commit()


if __name__ == "__main__":
    app.run(debug=True)
