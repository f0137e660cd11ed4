"""The pack's address under a workshop page or the course index (`PackRoutesMixin`)."""

from ourdigitalfuture.core.routing import route

from .views import pack_view

urlpatterns = [
    # Wagtail adds a trailing slash to the remaining path before routing.
    route(r"^pack\.pdf/?$", pack_view, "pack", regex=True),
]
