"""The demo contacts in the languages of About the project's content: each contact's role and
organisation translated through wagtail-localize (contacts are translatable snippets, and pages
show a contact's translation where there is one), from the people listed in
`home/demo_content/project.json`'s translations. Called by the demo loader after the About page
exists; a second run finds the translations made and changes nothing."""

from wagtail.models import Locale

from ourdigitalfuture.core.demo import read_content
from ourdigitalfuture.core.translation import translate_from_copy

from .models import Contact


def people(groups):
    return [person for group in groups for person in group["people"]]


def translate_contacts(report):
    project = read_content(__package__, "project")
    english_people = people(project["contacts"])
    english = Locale.get_default()
    for code, translation in project.get("translations", {}).items():
        translated_people = people(translation.get("contacts", []))
        if len(translated_people) != len(english_people):
            report.append(f"Warning: the {code} contacts are not listed like the English ones.")
            continue
        for person, translated in zip(english_people, translated_people, strict=True):
            contact = Contact.objects.filter(
                name=person["name"], email=person.get("email", ""), locale=english
            ).first()
            # A person listed twice with two roles is one contact: translate the listing whose
            # English role is the contact's.
            if contact is None or contact.role != person.get("role", ""):
                continue
            copy = Contact(
                role=translated.get("role", ""), organisation=translated.get("organisation", "")
            )
            _target, missing = translate_from_copy(contact, copy, code)
            if missing:
                report.append(f"Warning: contact {contact.name} ({code}) is not fully translated.")
