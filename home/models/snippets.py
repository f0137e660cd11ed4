"""Reusable snippets (contacts) and the site-wide settings editors manage."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class Contact(TranslatableMixin, index.Indexed, models.Model):
    """A person people can write to: a regional coordinator, a project contact."""

    name = models.CharField(_("name"), max_length=200)
    role = models.CharField(
        _("role"), max_length=200, blank=True, help_text=_("e.g. Regional coordinator, Africa")
    )
    organisation = models.CharField(
        _("organisation"),
        max_length=200,
        blank=True,
        help_text=_("The union or federation office the person works for."),
    )
    email = models.EmailField(_("e-mail address"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldPanel("email"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("organisation"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]
    api_fields = [APIField("name"), APIField("role"), APIField("organisation"), APIField("email")]
    translatable_fields = [
        SynchronizedField("name"),
        SynchronizedField("email", overridable=False),
        TranslatableField("role"),
        TranslatableField("organisation"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.role})" if self.role else self.name


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    federation_name = models.CharField(
        _("federation name"),
        max_length=200,
        default="Public Services International",
        help_text=_("The federation that runs the project; shown in the footer."),
    )
    contact_email = models.EmailField(
        _("contact e-mail"),
        blank=True,
        help_text=_("The address in the footer where readers can write to the project."),
    )
    # The footer's licence line is a translatable snippet of its own (FooterText).
    panels = [
        FieldPanel("federation_name"),
        FieldPanel("contact_email"),
    ]

    class Meta:
        verbose_name = _("site settings")


class FooterText(TranslatableMixin, models.Model):
    """The words at the foot of every page, in each language: the licence of the site's own
    text (publications and materials show their own licences; the hub's open data carries
    this line)."""

    licence_line = models.TextField(
        _("licence line"),
        help_text=_(
            "The licence of the site's own text, shown at the foot of every page. Say that "
            "publications and training materials are not covered: each shows its own licence."
        ),
    )

    panels = [FieldPanel("licence_line")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer texts")

    def __str__(self):
        return self.licence_line[:60]

    @classmethod
    def for_locale(cls, locale):
        """The footer in `locale`, else the default language's (marked `is_fallback`)."""
        footers = {f.locale_id: f for f in cls.objects.select_related("locale")}
        footer = footers.get(locale.id) or footers.get(Locale.get_default().id)
        if footer is not None:
            footer.is_fallback = footer.locale_id != locale.id
        return footer
