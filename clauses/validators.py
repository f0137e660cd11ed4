"""Checks on what people type into the hub's forms (the public "Submit a clause" form and the
clause editor) that Django's own validators let through.

* A source link must be a public web page: Django's URLValidator accepts any port of up to five
  digits (`https://[::1]:99999/`), loopback and private addresses, and a user name and password
  in the address; none of these is a link a reader could follow.
* An id chosen from a list must be written in ASCII digits: Django's ModelChoiceField hands the
  value to `int()`, which also reads other scripts' digits, so "１２" (full-width) chose country 12.
"""

import ipaddress
import re
from urllib.parse import urlsplit

from django import forms
from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

ASCII_DIGITS = re.compile(r"[0-9]+")
WEB_SCHEMES = ("http", "https")


@deconstructible
class PublicWebAddressValidator:
    """A web address anyone can open: http or https, a valid port, a public host, no password.

    Use it beside Django's URLValidator (which URLField already runs): that one checks the
    address's shape, this one what it points at."""

    messages = {
        "scheme": _("Give a web address that starts with http:// or https://."),
        "port": _("The port number in this address is not valid: use one from 1 to 65535."),
        "host": _(
            "This address points to this computer or a private network; give the address of "
            "a public web page."
        ),
        "credentials": _("Give the address without a user name or password."),
    }

    def __call__(self, value):
        if not value:
            return
        try:
            parts = urlsplit(str(value))
            port = parts.port
        except ValueError:
            raise ValidationError(self.messages["port"], code="invalid_port") from None
        if parts.scheme.lower() not in WEB_SCHEMES:
            raise ValidationError(self.messages["scheme"], code="invalid_scheme")
        if port == 0:
            raise ValidationError(self.messages["port"], code="invalid_port")
        if parts.username is not None or parts.password is not None:
            raise ValidationError(self.messages["credentials"], code="credentials")
        host = (parts.hostname or "").rstrip(".")
        if not is_public_host(host):
            raise ValidationError(self.messages["host"], code="private_host")

    def __eq__(self, other):
        return isinstance(other, PublicWebAddressValidator)


def is_public_host(host):
    """True for a domain name with a dot that is not `localhost`, or a global IP address."""
    if not host:
        return False
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        name = host.lower()
        return "." in name and name != "localhost" and not name.endswith(".localhost")
    return address.is_global


validate_public_web_address = PublicWebAddressValidator()


class IdChoiceField(forms.ModelChoiceField):
    """A choice of one record by its id, accepted in ASCII digits only (not "１２")."""

    def to_python(self, value):
        if (
            value not in self.empty_values
            and not isinstance(value, self.queryset.model)
            and not ASCII_DIGITS.fullmatch(str(value))
        ):
            raise ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": value},
            )
        return super().to_python(value)
