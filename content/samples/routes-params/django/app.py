import sys
from urllib.parse import urlencode

from django.conf import settings

settings.configure(
    DEBUG=True,
    SECRET_KEY="placeholder-not-for-production",
    ROOT_URLCONF=__name__,
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
)

from django.http import Http404, HttpResponse, JsonResponse  # noqa: E402
from django.urls import path, reverse  # noqa: E402
from django.utils.html import escape  # noqa: E402

POSTS = {1: "Choosing a framework", 2: "Routes and converters"}


def index(request):
    # reverse() builds URLs from the pattern's name, so links survive URL changes.
    return JsonResponse(
        {
            "post": reverse("post-detail", args=[1]),
            "tag": reverse("tag", kwargs={"name": "web-dev"}),
            "file": reverse("download", kwargs={"filename": "reports/2024/summary.txt"}),
            "search": reverse("search") + "?" + urlencode({"q": "django routing", "page": 2}),
        }
    )


def post_detail(request, post_id):
    if post_id not in POSTS:
        raise Http404("No such post")
    return HttpResponse(f"<h1>Post {post_id}: {POSTS[post_id]}</h1>")


def tag(request, name):
    return HttpResponse(f"<h1>Posts tagged {escape(name)}</h1>")


def download(request, filename):
    return HttpResponse(f"<p>You asked for the file {escape(filename)}</p>")


def search(request):
    q = request.GET.get("q", "")
    try:
        page = int(request.GET.get("page", 1))
    except ValueError:
        page = 1
    return HttpResponse(f"<p>Page {page} of results for <b>{escape(q)}</b></p>")


urlpatterns = [
    path("", index),
    path("posts/<int:post_id>/", post_detail, name="post-detail"),
    path("tags/<slug:name>/", tag, name="tag"),
    path("files/<path:filename>", download, name="download"),
    path("search/", search, name="search"),
]

if __name__ == "__main__":
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
