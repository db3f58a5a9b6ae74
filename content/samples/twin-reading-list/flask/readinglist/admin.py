from flask import Blueprint, abort, render_template
from flask_login import current_user, login_required

from .extensions import db
from .models import Book, User

bp = Blueprint("admin", __name__, url_prefix="/admin")


@bp.route("/")
@login_required
def index():
    """A small read-only overview for admins; Flask has no built-in admin site."""
    if not current_user.is_admin:
        abort(403)
    users = db.session.scalars(db.select(User).order_by(User.username)).all()
    books = db.session.scalars(db.select(Book).order_by(Book.title)).all()
    return render_template("admin/index.html", users=users, books=books)
