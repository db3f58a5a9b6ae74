from django.urls import include, path  # noqa: F401

# TODO: include the pages app's URLconf
urlpatterns = []
