from flask import Blueprint, flash, redirect, render_template, url_for
from flask_login import current_user, login_required

from .extensions import db
from .forms import BookForm
from .models import Book

bp = Blueprint("books", __name__)


@bp.route("/")
@login_required
def book_list():
    query = db.select(Book).filter_by(owner_id=current_user.id).order_by(Book.title)
    books = db.session.scalars(query).all()
    return render_template("books/book_list.html", books=books)


@bp.route("/books/new", methods=["GET", "POST"])
@login_required
def book_create():
    form = BookForm()
    if form.validate_on_submit():
        book = Book(
            title=form.title.data,
            author=form.author.data or "",
            status=form.status.data,
            owner_id=current_user.id,
        )
        db.session.add(book)
        db.session.commit()
        flash("Book added.")
        return redirect(url_for("books.book_list"))
    return render_template("books/book_form.html", form=form)
