from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo site's loader: builds the whole demo site from the apps' demo content (the
    `load_demo_content` command) and creates the development administrator (`ensure_dev_admin`).
    Part of the project configuration: it calls every feature app's builder; no app imports it."""

    name = "ourdigitalfuture.demo"
    label = "demo"
    verbose_name = "Demo site"
