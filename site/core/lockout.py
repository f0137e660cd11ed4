"""The admin sign-in page when django-axes has locked a username out from an address
(`AXES_LOCKOUT_CALLABLE`): the same page, with a message that says why and for how long,
answered with a 429 and Retry-After."""

from axes.helpers import get_cool_off
from django.forms.forms import NON_FIELD_ERRORS
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from .ratelimit import too_many_requests, wait_text


def lockout_message(seconds):
    return _(
        "Too many failed sign-in attempts for this account from your address. Signing in is "
        "blocked for %(wait)s; please try again later or ask an administrator to unlock it."
    ) % {"wait": wait_text(seconds)}


def lockout_response(request, original_response=None, credentials=None):
    cool_off = get_cool_off(request)
    seconds = max(1, int(cool_off.total_seconds())) if cool_off else 3600
    message = lockout_message(seconds)
    context = getattr(original_response, "context_data", None) or {}
    form = context.get("form")
    # Called from AxesMiddleware, after the view's response was rendered: render ours too.
    if form is None or not getattr(original_response, "template_name", None):
        return too_many_requests(request, seconds, message=message).render()
    # The sign-in form again (the username kept), its error replaced by the lockout message.
    form.errors[NON_FIELD_ERRORS] = form.error_class(
        [message], error_class="nonfield", renderer=form.renderer
    )
    response = TemplateResponse(request, original_response.template_name, context, status=429)
    response["Retry-After"] = str(seconds)
    response["Cache-Control"] = "no-store, private"
    return response.render()
