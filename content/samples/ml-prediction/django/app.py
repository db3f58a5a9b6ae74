import json
import sys
from pathlib import Path

from django.conf import settings

settings.configure(
    DEBUG=True,
    SECRET_KEY="django-insecure-sample-key-not-for-production",
    ROOT_URLCONF=__name__,
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    MIDDLEWARE=[
        "django.middleware.common.CommonMiddleware",
        "django.middleware.csrf.CsrfViewMiddleware",
    ],
)

from django.http import JsonResponse  # noqa: E402  (needs settings first)
from django.urls import path  # noqa: E402
from django.views.decorators.csrf import csrf_exempt  # noqa: E402
from django.views.decorators.http import require_GET, require_POST  # noqa: E402

from predictor import LinearModel, parse_features  # noqa: E402

# Load the model once, when the module is imported, never inside a view.
MODEL = LinearModel.load(Path(__file__).with_name("model.json"))


@require_GET
def model_info(request):
    return JsonResponse({"version": MODEL.version, "features": list(MODEL.weights)})


@csrf_exempt  # a machine-to-machine API with no cookies; see the json-api sample
@require_POST
def predict(request):
    try:
        data = json.loads(request.body)
    except ValueError:
        data = None
    features, errors = parse_features(data)
    if errors:
        return JsonResponse({"errors": errors}, status=400)
    price = MODEL.predict(features)
    return JsonResponse({"prediction": round(price, 2), "model_version": MODEL.version})


urlpatterns = [
    path("model", model_info),
    path("predict", predict),
]

if __name__ == "__main__":
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
