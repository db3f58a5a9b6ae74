from flask import Flask
from markupsafe import escape  # noqa: F401 (you will need it)

app = Flask(__name__)


@app.route("/")
def index():
    return "<h1>Welcome</h1>"


# TODO: /hello/<name>, /add/<int:a>/<int:b> and /about


if __name__ == "__main__":
    app.run(debug=True)
