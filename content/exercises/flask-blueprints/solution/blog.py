from flask import Blueprint, abort, url_for
from markupsafe import escape

POSTS = {
    1: {"title": "Hello, blueprints", "body": "Routes can live in their own module."},
    2: {"title": "Why url_for", "body": "Links follow the routes when they move."},
}

bp = Blueprint("blog", __name__, url_prefix="/blog")


@bp.route("/")
def index():
    links = "".join(
        f'<li><a href="{url_for("blog.show", post_id=post_id)}">{escape(post["title"])}</a></li>'
        for post_id, post in POSTS.items()
    )
    return f"<h1>Blog</h1><ul>{links}</ul>"


@bp.route("/<int:post_id>")
def show(post_id):
    post = POSTS.get(post_id)
    if post is None:
        abort(404)
    return f"<h1>{escape(post['title'])}</h1><p>{escape(post['body'])}</p>"
