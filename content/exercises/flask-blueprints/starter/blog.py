from flask import Blueprint, abort, url_for  # noqa: F401

POSTS = {
    1: {"title": "Hello, blueprints", "body": "Routes can live in their own module."},
    2: {"title": "Why url_for", "body": "Links follow the routes when they move."},
}

# TODO: bp = Blueprint(...) with the index and show views.
