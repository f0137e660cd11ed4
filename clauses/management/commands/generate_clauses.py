"""`manage.py generate_clauses --count N --seed S`: synthetic clauses for volume tests and
benchmarks of the hub's database view, search and open-data export.

Every generated clause is marked: is_synthetic=True, a title starting "[Synthetic]" and the
source "Synthetic clause for volume testing". The content (titles, texts, facets) depends only
on the seed, the count and the taxonomy, so a benchmark can be rebuilt exactly; the text is
assembled from the vocabulary of digitalisation bargaining (GPS, data, algorithms,
surveillance, working time, right to disconnect, training...) so that searching finds them.

Clauses and their facet links are written with bulk_create, which is what makes 100,000
clauses take seconds rather than hours; it also skips the save signals, so the search index
must be rebuilt afterwards with `manage.py update_index`. Generated clauses are live but have
no revision; the admin creates one on the first edit.
"""

import random
import time
import uuid
from collections import defaultdict

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from clauses.management import ProgressBar
from clauses.models import CLAUSE_TYPES, Clause, Country, Sector, SubTheme, Theme, Union
from clauses.models.clause import next_identifier

TITLE_PREFIX = "[Synthetic]"
SOURCE_TITLE = "Synthetic clause for volume testing"

# (phrase used in sentences, short form for titles, keyword)
TECHNOLOGIES = [
    ("GPS tracking of vehicles and mobile devices", "GPS tracking", "gps"),
    ("the scheduling algorithm", "algorithmic scheduling", "algorithm"),
    ("video surveillance in the workplace", "video surveillance", "surveillance"),
    ("keystroke and screen monitoring software", "electronic monitoring", "monitoring"),
    ("biometric time clocks", "biometric time recording", "biometrics"),
    ("the electronic case-management system", "case-management systems", "case management"),
    ("artificial intelligence tools", "artificial intelligence", "artificial intelligence"),
    ("smartphones and laptops issued by the Employer", "employer-issued devices", "devices"),
    ("e-mail and instant messaging platforms", "e-mail and messaging", "e-mail"),
    ("productivity analytics dashboards", "productivity analytics", "data analytics"),
    ("electronic health records", "electronic health records", "health records"),
    ("chatbots answering the public", "chatbots", "chatbot"),
    ("automated decision-making systems", "automated decision-making", "automated decisions"),
    ("cloud platforms run by private vendors", "outsourced cloud platforms", "cloud"),
]
PURPOSES = [
    "monitor the performance of individual workers",
    "take disciplinary action",
    "track workers outside their working time",
    "rank staff by productivity",
    "replace posts without consultation",
    "identify union members or union activity",
]
CONCERNS = [
    "its purpose, the personal data it collects and its effects on jobs",
    "workload and work intensity",
    "health and safety, including stress and isolation",
    "the skills staff will need and the training to acquire them",
    "equality and the risk of algorithmic bias",
    "the quality of the service to the public",
]
LEGITIMATE_USES = [
    "the safety of lone workers",
    "payroll and the recording of working time",
    "service planning agreed with the union",
    "the purposes named in the data protection impact assessment",
]
WHEN = [
    "in the evening, at weekends or during leave",
    "outside their scheduled working time",
    "during sick leave or parental leave",
]
SKILLS = [
    "digital skills",
    "data protection and privacy",
    "the new systems",
    "working alongside artificial intelligence",
    "cyber security",
    "data literacy for union representatives",
]
DECISIONS = ["recruitment", "dismissal", "pay", "shift allocation", "performance ratings"]
PERIODS = ["six months", "year", "quarter"]
ACTIVITIES = [
    "mandatory online training",
    "logging in to and out of work systems",
    "answering work messages",
    "travel between service users recorded by GPS",
]

SENTENCES = [
    "The Employer shall not use {tech} to {purpose}.",
    "Before introducing or changing {tech}, the Employer shall inform and consult the union "
    "on {concern}.",
    "Data collected through {tech} shall be used only for {use} and deleted after {days} days.",
    "Workers have the right to disconnect: {tech} shall not be used to contact them {when}, "
    "and no worker shall suffer any detriment for not replying.",
    "The Employer shall provide at least {hours} hours of paid training a year on {skill}, "
    "during working time.",
    "No decision on {decision} shall be taken by an algorithm alone; a named manager shall "
    "review it and explain it to the worker on request.",
    "A joint committee shall review the effects of {tech} on working time, workload and "
    "health every {period}.",
    "Workers may see the personal data that {tech} holds about them and have errors corrected "
    "within {days} days.",
    "Time spent on {activity} shall count as working time and be paid accordingly.",
    "The union may appoint independent experts, paid for by the Employer, to assess {tech} "
    "before it is introduced.",
]
TITLES = [
    "Limits on {short}",
    "Consultation before introducing {short}",
    "Right to disconnect and {short}",
    "Training on {skill}",
    "Human review of {decision} decisions",
    "Data protection and {short}",
    "Working time and {short}",
    "Joint oversight of {short}",
]
COMMENTARIES = [
    "Negotiators can use this synthetic clause to test how the hub lists and filters "
    "{keyword} clauses.",
    "A generated example about {keyword}; it stands for no real agreement.",
    "Synthetic text on {keyword}, written from a fixed vocabulary for volume testing.",
]
ORIGINAL_LANGUAGES = ["en", "fr", "es", "pt", "de", "it", "no", "da", "ko"]


class Taxonomy:
    """The facets a synthetic clause can take, in a stable order (by number, code or slug, not
    by primary key), so a seed gives the same content in any database."""

    def __init__(self, locale):
        self.themes = list(Theme.objects.filter(locale=locale).order_by("number"))
        subthemes = defaultdict(list)
        for subtheme in SubTheme.objects.filter(locale=locale).order_by(
            "theme__number", "sort_order", "slug"
        ):
            subthemes[subtheme.theme_id].append(subtheme)
        self.subthemes = subthemes
        self.unions = list(Union.objects.order_by("acronym"))
        # The countries the hub's unions are in (every ISO country has a row).
        self.countries = list(
            Country.objects.filter(unions__isnull=False).distinct().order_by("code")
        )
        self.sectors = list(Sector.objects.filter(locale=locale).order_by("slug"))
        missing = [
            name
            for name, rows in (
                ("themes", self.themes),
                ("countries", self.countries),
                ("sectors", self.sectors),
            )
            if not rows
        ]
        if missing:
            raise CommandError(
                f"No {', '.join(missing)} in the {locale.language_code} taxonomy: synthetic "
                "clauses need the hub's taxonomy. Run `manage.py load_demo_content` first."
            )


def synthetic_clause(rng, taxonomy):
    """The fields and facets of one synthetic clause, drawn from `rng` in a fixed order."""
    tech, short, keyword = rng.choice(TECHNOLOGIES)
    slots = {
        "tech": tech,
        "short": short,
        "purpose": rng.choice(PURPOSES),
        "concern": rng.choice(CONCERNS),
        "use": rng.choice(LEGITIMATE_USES),
        "when": rng.choice(WHEN),
        "skill": rng.choice(SKILLS),
        "decision": rng.choice(DECISIONS),
        "period": rng.choice(PERIODS),
        "activity": rng.choice(ACTIVITIES),
        "days": rng.choice([7, 14, 30, 90]),
        "hours": rng.choice([7, 14, 21, 35]),
    }
    sentences = rng.sample(SENTENCES, rng.randint(3, 5))
    text = " ".join(sentence.format(**slots) for sentence in sentences)
    title = f"{TITLE_PREFIX} {rng.choice(TITLES).format(**slots)}"
    commentary = f"<p>{rng.choice(COMMENTARIES).format(keyword=keyword)}</p>"

    themes = rng.sample(taxonomy.themes, min(len(taxonomy.themes), rng.choice([1, 1, 2])))
    subtheme_pool = [s for theme in themes for s in taxonomy.subthemes.get(theme.pk, [])]
    subthemes = rng.sample(subtheme_pool, min(len(subtheme_pool), rng.randint(0, 2)))
    unions = (
        rng.sample(taxonomy.unions, min(len(taxonomy.unions), rng.randint(0, 2)))
        if taxonomy.unions
        else []
    )
    sectors = rng.sample(taxonomy.sectors, min(len(taxonomy.sectors), rng.randint(1, 2)))
    # Mostly the union's own country; some international agreements have none.
    roll = rng.random()
    if unions and roll < 0.7:
        country_id = unions[0].country_id
    elif roll < 0.9:
        country_id = rng.choice(taxonomy.countries).pk
    else:
        country_id = None
    extra_keywords = rng.sample(["data", "training", "working time", "digitalisation"], 2)

    fields = {
        "title": title,
        "text": text,
        "commentary": commentary,
        "clause_type": rng.choice(CLAUSE_TYPES)[0],
        "country_id": country_id,
        "year": rng.randint(2000, 2024),
        "original_language": rng.choice(ORIGINAL_LANGUAGES),
        "keywords": ", ".join([keyword, *extra_keywords]),
    }
    return fields, {"themes": themes, "subthemes": subthemes, "unions": unions, "sectors": sectors}


def through_writer(field_name):
    """The through model of a clause's many-to-many field, and a function making one link."""
    field = Clause._meta.get_field(field_name)
    through = field.remote_field.through
    clause_column, target_column = field.m2m_column_name(), field.m2m_reverse_name()
    return through, lambda clause_id, target_id: through(
        **{clause_column: clause_id, target_column: target_id}
    )


class Command(BaseCommand):
    help = (
        "Create N synthetic clauses (marked as such) for volume tests, reproducibly from a seed. "
        "Needs the hub's taxonomy (load_demo_content). Run update_index afterwards."
    )

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, required=True, help="How many clauses.")
        parser.add_argument("--seed", type=int, default=1, help="Same seed, same clauses.")
        parser.add_argument(
            "--locale", help="Language code of the clauses (default: the default language)."
        )
        parser.add_argument(
            "--batch", type=int, default=5000, help="Clauses written per transaction."
        )

    def handle(self, *args, **options):
        count, seed, batch = options["count"], options["seed"], options["batch"]
        if count < 1 or batch < 1:
            raise CommandError("--count and --batch must be at least 1.")
        if options["locale"]:
            try:
                locale = Locale.objects.get(language_code=options["locale"])
            except Locale.DoesNotExist:
                raise CommandError(f"There is no locale '{options['locale']}'.") from None
        else:
            locale = Locale.get_default()

        started = time.perf_counter()
        # Synthetic clauses reference the source locale's taxonomy, as translated clauses do.
        taxonomy = Taxonomy(Locale.get_default())
        first_number = int(next_identifier()[4:])
        rng = random.Random(seed)
        # Translation keys come from their own generator, seeded with the first number too:
        # the content stays a function of the seed alone, while a second run with the same
        # seed gets new keys instead of colliding with the first run's.
        key_rng = random.Random(f"{seed}:{first_number}")
        links = {
            name: through_writer(name) for name in ("themes", "subthemes", "unions", "sectors")
        }
        now = timezone.now()

        progress = ProgressBar(self.stderr, count)
        for offset in range(0, count, batch):
            clauses, facets = [], []
            for number in range(first_number + offset, first_number + min(offset + batch, count)):
                fields, related = synthetic_clause(rng, taxonomy)
                clauses.append(
                    Clause(
                        identifier=f"DBH-{number:04d}",
                        identifier_number=number,  # bulk_create does not call save()
                        locale_id=locale.pk,
                        translation_key=uuid.UUID(int=key_rng.getrandbits(128), version=4),
                        source_title=SOURCE_TITLE,
                        is_synthetic=True,
                        live=True,
                        has_unpublished_changes=False,
                        first_published_at=now,
                        last_published_at=now,
                        **fields,
                    )
                )
                facets.append(related)
            with transaction.atomic():
                Clause.objects.bulk_create(clauses)
                if any(clause.pk is None for clause in clauses):
                    # Databases that cannot return new keys from a bulk insert.
                    ids = dict(
                        Clause.objects.filter(
                            locale=locale, identifier__in=[c.identifier for c in clauses]
                        ).values_list("identifier", "pk")
                    )
                    for clause in clauses:
                        clause.pk = ids[clause.identifier]
                for name, (through, link) in links.items():
                    through.objects.bulk_create(
                        link(clause.pk, target.pk)
                        for clause, related in zip(clauses, facets, strict=True)
                        for target in related[name]
                    )
            progress.update(offset + len(clauses))
        progress.finish()

        elapsed = time.perf_counter() - started
        last = f"DBH-{first_number + count - 1:04d}"
        self.stdout.write(
            f"Created {count} synthetic clauses (DBH-{first_number:04d} to {last}, "
            f"{locale.language_code}, seed {seed}) in {elapsed:.1f} s "
            f"({count / elapsed:,.0f} clauses/s)."
        )
        self.stdout.write(
            "bulk_create skips the search index: run `manage.py update_index` to make them "
            "searchable."
        )
