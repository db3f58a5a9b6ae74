from flask import Flask
from markupsafe import escape

app = Flask(__name__)


@app.route("/")
def index():
    return "<h1>Welcome</h1>"


@app.route("/hello/<name>")
def hello(name):
    return f"<p>Hello, {escape(name)}!</p>"


@app.route("/add/<int:a>/<int:b>")
def add(a, b):
    return f"<p>{a} + {b} = {a + b}</p>"


@app.route("/about")
def about():
    return "<h1>About this site</h1>"


if __name__ == "__main__":
    app.run(debug=True)
