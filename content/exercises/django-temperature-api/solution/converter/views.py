from django.http import JsonResponse
from django.views.decorators.http import require_GET


def parse(name, text):
    """The float in text, or ValueError with a message for the visitor."""
    try:
        return float(text)
    except ValueError:
        raise ValueError(f"{name} must be a number") from None


@require_GET
def convert(request):
    celsius = request.GET.get("celsius")
    fahrenheit = request.GET.get("fahrenheit")
    if (celsius is None) == (fahrenheit is None):
        return JsonResponse({"error": "give either celsius or fahrenheit"}, status=400)
    try:
        if celsius is not None:
            c = parse("celsius", celsius)
            f = c * 9 / 5 + 32
        else:
            f = parse("fahrenheit", fahrenheit)
            c = (f - 32) * 5 / 9
    except ValueError as error:
        return JsonResponse({"error": str(error)}, status=400)
    return JsonResponse({"celsius": round(c, 2), "fahrenheit": round(f, 2)})
