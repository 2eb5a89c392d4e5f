from django.urls import path

from . import views

app_name = "metrics"

urlpatterns = [
    path("hit/", views.hit, name="hit"),
    path("out/", views.outbound, name="outbound"),
]
