from django.conf import settings
from django.http import JsonResponse


def about(request):
    # Only show settings that are safe to reveal. Never send SECRET_KEY anywhere.
    return JsonResponse(
        {
            "site_name": settings.SITE_NAME,
            "books_per_page": settings.BOOKS_PER_PAGE,
            "debug": settings.DEBUG,
        }
    )
