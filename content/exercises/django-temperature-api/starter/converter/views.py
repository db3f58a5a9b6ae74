from django.http import JsonResponse
from django.views.decorators.http import require_GET  # noqa: F401


def convert(request):
    # TODO: accept fahrenheit too, check the input, answer 400 with a JSON error
    celsius = float(request.GET["celsius"])
    return JsonResponse({"celsius": celsius, "fahrenheit": celsius * 9 / 5 + 32})
