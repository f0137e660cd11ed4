"""The site's general models: pages, reusable snippets, shared material lists and site settings."""

from .materials import AUDIENCES, MATERIAL_KINDS, MaterialBase
from .pages import (
    HomePage,
    ProjectContact,
    ProjectPage,
    PublicationIndexPage,
    PublicationPage,
    RegionCoordinator,
    RegionIndexPage,
    RegionMaterial,
    RegionPage,
    StandardPage,
)
from .snippets import Contact, FooterText, SiteSettings

__all__ = [
    "AUDIENCES",
    "MATERIAL_KINDS",
    "Contact",
    "FooterText",
    "HomePage",
    "MaterialBase",
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
