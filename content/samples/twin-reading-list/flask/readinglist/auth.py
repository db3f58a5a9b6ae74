from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import login_required, login_user, logout_user

from .extensions import db
from .forms import LoginForm
from .models import User

bp = Blueprint("auth", __name__, url_prefix="/accounts")


def safe_next(target):
    """Follow ?next= only to a path on this site, never to another host."""
    if target and target.startswith("/") and not target.startswith(("//", "/\\")):
        return target
    return None


@bp.route("/login", methods=["GET", "POST"])
def login():
    form = LoginForm()
    if form.validate_on_submit():
        query = db.select(User).filter_by(username=form.username.data)
        user = db.session.scalar(query)
        if user is not None and user.check_password(form.password.data):
            login_user(user)
            return redirect(safe_next(request.args.get("next")) or url_for("books.book_list"))
        flash("Please enter a correct username and password.")
    return render_template("auth/login.html", form=form)


@bp.route("/logout", methods=["POST"])
@login_required
def logout():
    logout_user()
    flash("You are logged out.")
    return redirect(url_for("auth.login"))
