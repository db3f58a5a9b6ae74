from itertools import count

from flask import Flask, jsonify, request

app = Flask(__name__)

# An in-memory list keeps the sample short; it resets when the server restarts.
BOOKS = [{"id": 1, "title": "The Little Book of Views", "year": 2021}]
next_id = count(2)


def validate(data):
    """Return a dict of problems with a submitted book (empty when it is fine)."""
    if not isinstance(data, dict):
        return {"body": "Send a JSON object."}
    errors = {}
    title = data.get("title")
    if not isinstance(title, str) or not title.strip():
        errors["title"] = "This field is required."
    year = data.get("year")
    if not isinstance(year, int) or isinstance(year, bool) or not 1450 <= year <= 2100:
        errors["year"] = "Give a whole number between 1450 and 2100."
    return errors


@app.get("/api/books")
def list_books():
    return jsonify(books=BOOKS)


@app.post("/api/books")
def create_book():
    data = request.get_json(silent=True)
    errors = validate(data)
    if errors:
        return jsonify(errors=errors), 400
    book = {"id": next(next_id), "title": data["title"].strip(), "year": data["year"]}
    BOOKS.append(book)
    return jsonify(book), 201, {"Location": f"/api/books/{book['id']}"}


@app.get("/api/books/<int:book_id>")
def get_book(book_id):
    for book in BOOKS:
        if book["id"] == book_id:
            return jsonify(book)
    return jsonify(error="Book not found"), 404


if __name__ == "__main__":
    app.run(debug=True)
