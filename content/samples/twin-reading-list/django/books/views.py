from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from .forms import BookForm


@login_required
def book_list(request):
    books = request.user.books.order_by("title")
    return render(request, "books/book_list.html", {"books": books})


@login_required
def book_create(request):
    if request.method == "POST":
        form = BookForm(request.POST)
        if form.is_valid():
            book = form.save(commit=False)
            book.owner = request.user
            book.save()
            messages.success(request, "Book added.")
            return redirect("books:book_list")
    else:
        form = BookForm()
    return render(request, "books/book_form.html", {"form": form})
