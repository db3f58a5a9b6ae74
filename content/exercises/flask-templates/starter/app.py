from flask import Flask, render_template, request  # noqa: F401

app = Flask(__name__)

BOOKS = [
    {"title": "Dune", "author": "Frank Herbert", "year": 1965},
    {"title": "Kindred", "author": "Octavia Butler", "year": 1979},
    {"title": "Parable of the Sower", "author": "Octavia Butler", "year": 1993},
    {"title": "<Untitled> & Co", "author": "Anonymous", "year": 2001},
]


@app.route("/")
def index():
    author = request.args.get("author")
    books = [b for b in BOOKS if author is None or b["author"] == author]
    # TODO: render templates/books.html with books and title="Reading list".
    return "%d books" % len(books)


if __name__ == "__main__":
    app.run(debug=True)
