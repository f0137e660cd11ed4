"""What the interactive tools answer with.

Private by design: answers arrive by POST (never in an address, so never in an access log), are
turned into a page or a file for the visitor, and are forgotten. Nothing in the tools writes to
the database, the session or a log, and every response carries `Cache-Control: no-store`, so that
no shared cache keeps a copy. Invalid input gets the form back with a message and a 400."""

from django.http import HttpResponse
from django.utils.http import content_disposition_header
from wagtail.models import Page

BREADCRUMB_DEPTH = 2


def private(response):
    """Tell every cache between the site and the visitor not to keep this response."""
    response["Cache-Control"] = "no-store, private"
    response["Pragma"] = "no-cache"
    response["X-Robots-Tag"] = "noindex"
    return response


def render(request, page, template, status=200, **context):
    """The page rendered with one of the tools' templates. Every variable a template reads must
    be in the context: on a failed lookup Django logs the whole context (the visitor's answers
    too) at DEBUG level."""
    context.setdefault(
        "ancestors",
        list(
            Page.objects.ancestor_of(page, inclusive=True)
            .filter(depth__gte=BREADCRUMB_DEPTH)
            .only("id", "title", "url_path", "content_type_id", "alias_of_id", "locale_id")
        ),
    )
    response = page.render(request, template=template, context_overrides=context)
    response.status_code = status
    return private(response)


def download(content, filename, content_type):
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return private(response)


def upload_bytes(request, name, reader):
    upload = request.FILES.get(name)
    return reader(upload) if upload else None
