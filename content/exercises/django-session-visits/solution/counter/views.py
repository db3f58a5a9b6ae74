from django.http import HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_GET, require_POST


@require_GET
def visits(request):
    count = request.session.get("visits", 0) + 1
    request.session["visits"] = count
    word = "time" if count == 1 else "times"
    return HttpResponse(f"<p>You have visited this page {count} {word}.</p>")


@require_POST
def reset(request):
    request.session.pop("visits", None)
    return redirect("counter:visits")
