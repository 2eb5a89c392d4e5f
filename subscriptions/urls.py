from django.urls import path

from . import views

app_name = "subscriptions"

urlpatterns = [
    path("", views.subscribe, name="subscribe"),
    path("sent/", views.sent, name="sent"),
    path("confirm/<slug:token>/", views.confirm, name="confirm"),
    path("unsubscribe/<slug:token>/", views.unsubscribe, name="unsubscribe"),
]
