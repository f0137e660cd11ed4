"""Sub-page routes kept in URLconf modules, for Wagtail's routable pages.

`RoutablePageMixin` takes a page's routes from its methods, so a page model whose routes are
served by the app's views would import those views, which import the models: a cycle. Here the
routes live in a URLconf module of their own, named by its dotted path and imported on the first
visit, as Django's `include()` does; its views take the page after the request."""

from django.urls import URLResolver, re_path
from django.urls import path as url_path
from django.urls.resolvers import RegexPattern
from wagtail.contrib.routable_page.models import RoutablePageMixin


def route(pattern, view, name, regex=False, **extra):
    """A sub-page URL handled by `view(request, page, **kwargs)`.

    Wagtail calls a routable page's views as the page's methods (it binds them to the page), so
    the URL's callback takes the page first and hands it to the view after the request."""

    def callback(page, request, *args, **kwargs):
        return view(request, page, *args, **kwargs)

    callback.__name__ = callback.__qualname__ = name
    callback.__doc__ = view.__doc__
    return (re_path if regex else url_path)(pattern, callback, extra, name=name)


def resolver(page_urls, *urlconfs):
    """A routable page's resolver: its own method routes, then each URLconf's (lazily)."""
    patterns = [*page_urls, *(URLResolver(RegexPattern(r""), urlconf) for urlconf in urlconfs)]
    return URLResolver(RegexPattern(r"^/"), patterns)


class URLconfRoutesMixin(RoutablePageMixin):
    """A routable page whose sub-page routes are its methods' and those of `subpage_urlconf`."""

    subpage_urlconf = None  # the dotted path of a module whose `urlpatterns` use `route`

    @classmethod
    def get_resolver(cls):
        if "_routablepage_urlresolver" not in cls.__dict__:
            urlconfs = [cls.subpage_urlconf] if cls.subpage_urlconf else []
            cls._routablepage_urlresolver = resolver(cls.get_subpage_urls(), *urlconfs)
        return cls._routablepage_urlresolver
