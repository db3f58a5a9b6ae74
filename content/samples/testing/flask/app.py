import re

from flask import Flask, jsonify, redirect, render_template, request, url_for
from markupsafe import escape

app = Flask(__name__)
app.config["SECRET_KEY"] = "dev-only-not-for-production"  # placeholder, never deploy it

EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


@app.get("/")
def home():
    return "<h1>Hello, testers!</h1>"


@app.get("/hello/<name>")
def hello(name):
    return f"<p>Hello, {escape(name)}!</p>"


@app.get("/api/add")
def add():
    a = request.args.get("a", type=int)
    b = request.args.get("b", type=int)
    if a is None or b is None:
        return jsonify(error="a and b must be whole numbers"), 400
    return jsonify(result=a + b)


@app.route("/subscribe", methods=["GET", "POST"])
def subscribe():
    error = None
    if request.method == "POST":
        email = request.form.get("email", "").strip()
        if EMAIL.fullmatch(email):
            return redirect(url_for("thanks"))
        error = "Enter a valid email address."
    return render_template("subscribe.html", error=error), 400 if error else 200


@app.get("/thanks")
def thanks():
    return "<p>Thanks for subscribing!</p>"


if __name__ == "__main__":
    app.run(debug=True)
