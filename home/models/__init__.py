"""The site's general models: pages, reusable snippets, shared material lists and site settings."""

from .pages import HomePage, ProjectContact, ProjectPage, StandardPage
from .publications import PublicationIndexPage, PublicationPage
from .regions import RegionCoordinator, RegionIndexPage, RegionMaterial, RegionPage
from .snippets import Contact, FooterText, SiteSettings

__all__ = [
    "Contact",
    "FooterText",
    "HomePage",
    "ProjectContact",
    "ProjectPage",
    "PublicationIndexPage",
    "PublicationPage",
    "RegionCoordinator",
    "RegionIndexPage",
    "RegionMaterial",
    "RegionPage",
    "SiteSettings",
    "StandardPage",
]
