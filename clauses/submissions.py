"""The hub's public "Submit a clause" route: the form, its guards against spam and floods,
storing each submission for the moderators and telling them about it.

A valid submission is saved before anything else happens, so a failing mail server can never
lose what someone took the trouble to send."""

import hashlib
import logging
from datetime import timedelta

from django.conf import settings
from django.contrib.admin.utils import quote
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.mail import send_mail
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail_modeladmin.helpers import AdminURLHelper

from .forms import ClauseSubmissionForm
from .models import ClauseSubmission

logger = logging.getLogger(__name__)

MODERATORS_GROUP = "Hub moderators"
FORM_TEMPLATE = "clauses/submit.html"
THANKS_TEMPLATE = "clauses/submit_thanks.html"


def address_hash(request):
    """The client's address, hashed with the secret key: enough to count one address's
    submissions without keeping the address itself."""
    address = request.META.get("REMOTE_ADDR", "")
    return hashlib.sha256((address + settings.SECRET_KEY).encode()).hexdigest()


def over_rate_limit(hashed_address):
    since = timezone.now() - timedelta(hours=1)
    recent = ClauseSubmission.objects.filter(address_hash=hashed_address, created_at__gte=since)
    return recent.count() >= settings.HUB_SUBMISSIONS_PER_HOUR


def moderator_addresses():
    """HUB_MODERATOR_EMAILS plus the active members of the "Hub moderators" group, once each."""
    addresses = list(settings.HUB_MODERATOR_EMAILS)
    members = get_user_model().objects.filter(
        is_active=True, groups__in=Group.objects.filter(name=MODERATORS_GROUP)
    )
    addresses += members.exclude(email="").values_list("email", flat=True)
    return list(dict.fromkeys(addresses))


def notify_moderators(submission):
    recipients = moderator_addresses()
    if not recipients:
        logger.warning(
            "Clause submission %s stored, but no moderator has an address", submission.pk
        )
        return
    # The moderation ModelAdmin keeps modeladmin's default URL layout, so its helper finds it.
    inspect_path = AdminURLHelper(ClauseSubmission).get_action_url("inspect", quote(submission.pk))
    context = {
        "submission": submission,
        "admin_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + inspect_path,
    }
    # Moderators read the site's default language, whatever language the form was sent in.
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string("clauses/emails/new_submission_subject.txt", context)
        body = render_to_string("clauses/emails/new_submission.txt", context)
    # A title is the submitter's text: joining its words keeps any line break out of the header.
    send_mail(" ".join(subject.split()), body, None, recipients)


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

    hashed_address = address_hash(request)
    if over_rate_limit(hashed_address):
        # Offer back what was typed (without validating it) so it can be sent again later.
        data = request.POST.dict()
        data.pop("website", None)
        data.pop("csrfmiddlewaretoken", None)
        refusal = _(
            "You have sent several clauses in the last hour, the most we accept from one "
            "address. Please try again in an hour; your text is still in the form below."
        )
        return render_form(request, hub, ClauseSubmissionForm(initial=data), 429, refusal)

    if request.POST.get("website", "").strip():
        # A bot filled in the honeypot: say nothing that would help it adapt.
        refusal = _("Your submission could not be accepted.")
        return render_form(request, hub, None, 400, refusal)

    form = ClauseSubmissionForm(request.POST, request.FILES)
    if not form.is_valid():
        return render_form(request, hub, form, 400)

    submission = form.save(commit=False)
    submission.address_hash = hashed_address
    submission.language = translation.get_language() or settings.LANGUAGE_CODE
    submission.save()

    try:
        notify_moderators(submission)
    except Exception:
        # The submission is safely stored; moderators will still find it in the admin.
        logger.exception("Could not tell the moderators about clause submission %s", submission.pk)

    response = HttpResponseRedirect(f"{request.path}?thanks=1")
    response.status_code = 303
    return response
