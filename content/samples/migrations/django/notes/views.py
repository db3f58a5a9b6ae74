from django.shortcuts import redirect, render

from .forms import NoteForm
from .models import Note


def note_list(request):
    if request.method == "POST":
        form = NoteForm(request.POST)
        if form.is_valid():
            form.save()
            return redirect("notes:list")
    else:
        form = NoteForm()
    notes = Note.objects.order_by("-pinned", "title")
    return render(request, "notes/note_list.html", {"notes": notes, "form": form})
