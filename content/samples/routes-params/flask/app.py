from flask import Flask, abort, request, url_for
from markupsafe import escape

app = Flask(__name__)

POSTS = {1: "Choosing a framework", 2: "Routes and converters"}


@app.route("/")
def index():
    # url_for builds URLs from the view's name, so links survive URL changes.
    return {
        "post": url_for("post_detail", post_id=1),
        "tag": url_for("tag", name="web-dev"),
        "file": url_for("download", filename="reports/2024/summary.txt"),
        "search": url_for("search", q="flask routing", page=2),
    }


@app.route("/posts/<int:post_id>")
def post_detail(post_id):
    if post_id not in POSTS:
        abort(404)
    return f"<h1>Post {post_id}: {POSTS[post_id]}</h1>"


@app.route("/tags/<name>")
def tag(name):
    return f"<h1>Posts tagged {escape(name)}</h1>"


@app.route("/files/<path:filename>")
def download(filename):
    return f"<p>You asked for the file {escape(filename)}</p>"


@app.route("/search")
def search():
    q = request.args.get("q", "")
    page = request.args.get("page", 1, type=int)
    return f"<p>Page {page} of results for <b>{escape(q)}</b></p>"


if __name__ == "__main__":
    app.run(debug=True)
