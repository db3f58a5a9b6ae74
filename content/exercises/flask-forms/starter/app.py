from flask import Flask, redirect, render_template, request, url_for  # noqa: F401

app = Flask(__name__)

ENTRIES = []  # each entry is {"name": ..., "message": ...}


@app.route("/guestbook")
def guestbook():
    # TODO: accept POST too; validate, then redirect, or show the errors with status 400.
    return render_template("guestbook.html", entries=ENTRIES, errors=[], name="", message="")


if __name__ == "__main__":
    app.run(debug=True)
