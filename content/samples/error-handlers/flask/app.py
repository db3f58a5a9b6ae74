from flask import Flask, abort, render_template, request

app = Flask(__name__)

# Debug and testing modes re-raise errors so you see the traceback. Turning
# that off lets the test client show the 500 page just as production would.
app.config["PROPAGATE_EXCEPTIONS"] = False

BOOKS = {1: "The Little Book of Views"}


@app.get("/")
def index():
    return "<h1>Home</h1><p>Try /books/99 or /boom.</p>"


@app.get("/books/<int:book_id>")
def book(book_id):
    if book_id not in BOOKS:
        abort(404)
    return f"<h1>{BOOKS[book_id]}</h1>"


@app.get("/boom")
def boom():
    raise RuntimeError("something broke inside the view")


@app.errorhandler(404)
def page_not_found(error):
    return render_template("404.html", path=request.path), 404


@app.errorhandler(500)
def server_error(error):
    # Flask has already logged the original exception with its traceback.
    return render_template("500.html"), 500


if __name__ == "__main__":
    app.run()  # debug off: with debug on you get the debugger instead of 500.html
