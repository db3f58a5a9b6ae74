from flask import Flask, render_template, request

app = Flask(__name__)

BOOKS = [
    {"title": "Dune", "author": "Frank Herbert", "year": 1965},
    {"title": "Kindred", "author": "Octavia E. Butler", "year": 1979},
    {"title": "The Left Hand of Darkness", "author": "Ursula K. Le Guin", "year": 1969},
]


@app.route("/")
def book_list():
    q = request.args.get("q", "")
    books = [book for book in BOOKS if q.lower() in book["title"].lower()]
    return render_template("books.html", books=books, q=q)


@app.route("/about")
def about():
    return render_template("about.html")


if __name__ == "__main__":
    app.run(debug=True)
