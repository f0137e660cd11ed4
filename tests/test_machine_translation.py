"""Machine translation in the translation editor is off unless an environment variable names a
service (LibreTranslate or DeepL)."""

from ourdigitalfuture.settings.base import machine_translator


def test_machine_translation_is_off_by_default(monkeypatch):
    monkeypatch.delenv("LIBRETRANSLATE_URL", raising=False)
    monkeypatch.delenv("DEEPL_AUTH_KEY", raising=False)
    assert machine_translator() is None


def test_libretranslate_is_configured_from_the_environment(monkeypatch):
    monkeypatch.setenv("LIBRETRANSLATE_URL", "http://127.0.0.1:5000")
    monkeypatch.setenv("LIBRETRANSLATE_API_KEY", "secret")
    config = machine_translator()
    assert config["CLASS"].endswith("libretranslate.LibreTranslator")
    assert config["OPTIONS"] == {"LIBRETRANSLATE_URL": "http://127.0.0.1:5000", "API_KEY": "secret"}


def test_deepl_is_configured_from_the_environment(monkeypatch):
    monkeypatch.delenv("LIBRETRANSLATE_URL", raising=False)
    monkeypatch.setenv("DEEPL_AUTH_KEY", "abc:fx")
    config = machine_translator()
    assert config["CLASS"].endswith("deepl.DeepLTranslator")
    assert config["OPTIONS"] == {"AUTH_KEY": "abc:fx"}
