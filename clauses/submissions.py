"""The hub's public "Submit a clause" route: the form, its guards against spam and floods,
storing each submission for the moderators and telling them about it.

A valid submission is saved before anything else happens; the moderators' e-mails are only
queued here and sent by the e-mail worker, so a failing or hanging mail server can neither lose
what someone took the trouble to send nor keep them waiting."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _

from ourdigitalfuture.core import ratelimit
from ourdigitalfuture.core.roles import MODERATORS

from .forms import ClauseSubmissionForm
from .notifications import enqueue_submission_notifications
from .submitter_mail import ACKNOWLEDGED, enqueue_submitter_mail

logger = logging.getLogger(__name__)


FORM_TEMPLATE = "clauses/submit.html"
THANKS_TEMPLATE = "clauses/submit_thanks.html"


def address_hash(request):
    """The client's address (behind the trusted proxies, the one they forwarded), hashed with
    the secret key: enough to count one address's submissions without keeping the address."""
    return ratelimit.client_hash(request)


def over_rate_limit(hashed_address):
    """Count one more submission from this address: over the limit unless it is one of the
    first HUB_SUBMISSIONS_PER_HOUR in the address's hour. Atomic across workers (on Redis or
    in the database), so simultaneous submissions cannot slip past it. Returns the decision,
    whose `retry_after` says when the hour ends."""
    decision = ratelimit.hit("submissions", hashed_address, settings.HUB_SUBMISSIONS_PER_HOUR, 3600)
    return None if decision.allowed else decision


def moderator_addresses():
    """HUB_MODERATOR_EMAILS plus the active members of the "Hub moderators" group, once each."""
    addresses = list(settings.HUB_MODERATOR_EMAILS)
    members = get_user_model().objects.filter(
        is_active=True, groups__in=Group.objects.filter(name=MODERATORS)
    )
    addresses += members.exclude(email="").values_list("email", flat=True)
    return list(dict.fromkeys(addresses))


def notify_moderators(submission):
    """Queue an e-mail to each moderator; the e-mail worker sends them (clauses.notifications),
    so the visitor never waits on the mail server."""
    recipients = moderator_addresses()
    if not recipients:
        logger.warning(
            "Clause submission %s stored, but no moderator has an address", submission.pk
        )
        return
    enqueue_submission_notifications(submission, recipients)


def render_form(request, hub, form, status=200, refusal=""):
    context = {"page": hub, "self": hub, "form": form, "refusal": refusal}
    return TemplateResponse(request, FORM_TEMPLATE, context, status=status)


def submit_clause(request, hub):
    """GET shows the form (or the thanks once sent), POST stores a submission and redirects."""
    if request.method in ("GET", "HEAD"):
        if request.GET.get("thanks"):
            return TemplateResponse(request, THANKS_TEMPLATE, {"page": hub, "self": hub})
        return render_form(request, hub, ClauseSubmissionForm())
    if request.method != "POST":
        return HttpResponseNotAllowed(["GET", "POST"])

    if request.POST.get("website", "").strip():
        # A bot filled in the honeypot: say nothing that would help it adapt.
        refusal = _("Your submission could not be accepted.")
        return render_form(request, hub, None, 400, refusal)

    form = ClauseSubmissionForm(request.POST, request.FILES)
    if not form.is_valid():
        return render_form(request, hub, form, 400)

    # Only a valid submission counts against the limit: a mistake in the form costs nothing.
    hashed_address = address_hash(request)
    over = over_rate_limit(hashed_address)
    if over:
        # The form again with what was typed, so that it can be sent once the hour is over.
        refusal = _(
            "You have sent several clauses in the last hour, the most we accept from one "
            "address. Please try again in %(wait)s; your text is still in the form below."
        ) % {"wait": ratelimit.wait_text(over.retry_after)}
        response = render_form(request, hub, form, 429, refusal)
        response["Retry-After"] = str(over.retry_after)
        return response

    submission = form.save(commit=False)
    submission.address_hash = hashed_address
    submission.language = translation.get_language() or settings.LANGUAGE_CODE
    submission.save()

    try:
        notify_moderators(submission)
    except Exception:
        # The submission is safely stored; moderators will still find it in the admin.
        logger.exception("Could not queue the moderators' e-mail for submission %s", submission.pk)
    try:
        enqueue_submitter_mail(submission, ACKNOWLEDGED)
    except Exception:
        logger.exception("Could not queue the acknowledgement of submission %s", submission.pk)

    response = HttpResponseRedirect(f"{request.path}?thanks=1")
    response.status_code = 303
    return response
