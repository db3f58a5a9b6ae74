import functools
import os

from flask import Flask, redirect, render_template, request, session, url_for
from flask_wtf.csrf import CSRFProtect
from werkzeug.security import check_password_hash, generate_password_hash

app = Flask(__name__)
app.config["SECRET_KEY"] = "dev-only-not-for-production"  # placeholder, never deploy it
csrf = CSRFProtect(app)

# One staff account. The demo password is for this sample only.
STAFF = {"admin": generate_password_hash(os.environ.get("ADMIN_PASSWORD", "demo-password"))}

BOOKS = [
    {"title": "The Little Book of Views", "author": "A. Rivera", "year": 2021, "in_stock": True},
    {"title": "Templates Made Simple", "author": "B. Okafor", "year": 2019, "in_stock": False},
    {"title": "Databases for the Curious", "author": "C. Lindqvist", "year": 2023, "in_stock": True},
]


def login_required(view):
    @functools.wraps(view)
    def wrapped(*args, **kwargs):
        if "user" not in session:
            return redirect(url_for("login", next=request.path))
        return view(*args, **kwargs)

    return wrapped


@app.route("/login", methods=["GET", "POST"])
def login():
    error = None
    if request.method == "POST":
        username = request.form.get("username", "")
        password_hash = STAFF.get(username)
        if password_hash and check_password_hash(password_hash, request.form.get("password", "")):
            session.clear()
            session["user"] = username
            next_url = request.args.get("next", "")
            # Only follow local paths, so ?next= cannot send people to another site.
            if not next_url.startswith("/") or next_url.startswith(("//", "/\\")):
                next_url = url_for("book_list")
            return redirect(next_url)
        error = "Wrong username or password."
    return render_template("login.html", error=error)


@app.post("/logout")
def logout():
    session.clear()
    return redirect(url_for("login"))


@app.get("/admin/")
@login_required
def book_list():
    q = request.args.get("q", "").strip()
    needle = q.lower()
    books = [b for b in BOOKS if needle in b["title"].lower() or needle in b["author"].lower()]
    books.sort(key=lambda b: b["title"])
    return render_template("books.html", books=books, q=q, user=session["user"])


if __name__ == "__main__":
    app.run(debug=True)
