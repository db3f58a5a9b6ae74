from flask import Flask, abort, redirect, url_for  # noqa: F401

from blog import POSTS  # noqa: F401

# TODO: build the app inside create_app() and register the blog blueprint.
app = Flask(__name__)


@app.route("/")
def home():
    return redirect("/posts/")


@app.route("/posts/")
def index():
    links = "".join(f'<li><a href="/posts/{i}">{p["title"]}</a></li>' for i, p in POSTS.items())
    return f"<h1>Blog</h1><ul>{links}</ul>"


@app.route("/posts/<int:post_id>")
def show(post_id):
    post = POSTS.get(post_id) or abort(404)
    return f"<h1>{post['title']}</h1><p>{post['body']}</p>"


def create_app():
    return app
