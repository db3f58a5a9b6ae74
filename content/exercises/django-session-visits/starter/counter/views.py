from django.http import HttpResponse
from django.shortcuts import redirect  # noqa: F401
from django.views.decorators.http import require_GET, require_POST  # noqa: F401

visits_so_far = 0  # shared by every visitor: that is the bug


@require_GET
def visits(request):
    global visits_so_far
    visits_so_far += 1
    return HttpResponse(f"<p>You have visited this page {visits_so_far} times.</p>")


# TODO: reset(request), POST only
