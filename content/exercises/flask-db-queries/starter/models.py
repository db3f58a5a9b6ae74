from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Book(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(200), nullable=False)
    author = db.Column(db.String(100), nullable=False)
    year = db.Column(db.Integer, nullable=False)


SAMPLE_BOOKS = [
    ("Parable of the Sower", "Octavia E. Butler", 1993),
    ("Dune", "Frank Herbert", 1965),
    ("Kindred", "Octavia E. Butler", 1979),
    ("The Left Hand of Darkness", "Ursula K. Le Guin", 1969),
]


def add_sample_books():
    """Fill an empty table with the sample books."""
    if db.session.execute(db.select(Book).limit(1)).first() is None:
        for title, author, year in SAMPLE_BOOKS:
            db.session.add(Book(title=title, author=author, year=year))
        db.session.commit()


def book_json(book):
    return {"id": book.id, "title": book.title, "author": book.author, "year": book.year}
