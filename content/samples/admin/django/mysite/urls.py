from django.contrib import admin
from django.urls import path

admin.site.site_header = "Bookshop admin"
admin.site.site_title = "Bookshop admin"

urlpatterns = [
    path("admin/", admin.site.urls),
]
