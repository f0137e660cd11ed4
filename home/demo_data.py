"""Demo content for the "Our Digital Future" site.

Data only: plain Python constants that a seeding command can turn into Wagtail
pages, snippets and StreamField blocks. Nothing here touches the database.

The facts, names, figures and structure come from the project's own source
documents (the overview page in Russian and Arabic, the facilitator's guide
"Teach Forward!", the summary-and-reflections report and the 2019 report
"Digitalization and public services: a labour perspective"). Every sentence
is written afresh for the site; titles, names, short labels and figures are
kept as facts.

Conventions
-----------
* Rich-text values are small HTML fragments using only <p>, <ul>, <ol>, <li>,
  <strong>, <em> and <a href="/en/..."> (internal links only).
* Plain-text values are plain strings.
* Workshop bodies are lists of ``(block_type, value)`` tuples; block types are
  "heading", "paragraph", "definition", "quote", "example", "steps" and
  "callout".

Constants
---------
LICENCE_LINE, HOME, HOME_TRANSLATIONS, PROJECT, PROJECT_TRANSLATIONS,
WORKSHOPS, TOOLS, REGIONS, PUBLICATIONS.
"""

# ---------------------------------------------------------------------------
# Licence
# ---------------------------------------------------------------------------

LICENCE_LINE = (
    "Published by Public Services International with support from the "
    "Friedrich-Ebert-Stiftung under a Creative Commons "
    "Attribution-NonCommercial-NoDerivatives 4.0 licence (CC BY-NC-ND 4.0). "
    "Attribute as: “Teach Forward! A Facilitator’s Guide to Our Digital "
    "Future, Public Services International, 2023”."
)


# ---------------------------------------------------------------------------
# Home page
# ---------------------------------------------------------------------------

HOME = {
    "title": "Our Digital Future",
    "intro": (
        "<p><strong>Our Digital Future</strong> was a three-year project "
        "(2020–2023) of Public Services International, the global federation "
        "of public-service trade unions. It set out to give union members, "
        "representatives and leaders in every region the knowledge, tools and "
        "confidence to reshape how public services and public-service work "
        "are being digitalised.</p>"
        "<p>More than 500 union representatives took part in the training. "
        "The project leaves behind a six-workshop course that anyone can "
        "facilitate, five practical tools and guides, a searchable hub of "
        "real bargaining clauses, and regional training material in English, "
        "French, Spanish and Portuguese.</p>"
    ),
    "audiences": [
        {
            "title": "Digital Rights Organisers",
            "text": (
                "Union experts nominated to be the go-to people on digital "
                "change for their union and region. They form regional hubs "
                "that keep building capacity, swap good practice and help "
                "other affiliates plan their own digital transformation."
            ),
        },
        {
            "title": "Union leaders",
            "text": (
                "The people who set a union's strategic direction. The "
                "leaders' track builds a shared grounding in data rights and "
                "the co-governance of algorithms, and offers tools for "
                "steering the union's own digital transformation."
            ),
        },
        {
            "title": "Bargaining officers, shop stewards and union staff",
            "text": (
                "Those who raise issues with management and negotiate at the "
                "workplace, together with the union staff who advise them. "
                "Their track turns digital rights into concrete demands and "
                "clauses for the bargaining table."
            ),
        },
    ],
    "course_blurb": (
        "Six workshops of 90 to 120 minutes, one per meeting, that take a "
        "group from the basics of data and algorithms to bargaining over "
        "them. Speaking notes, slides and exercises are ready to download."
    ),
    "tools_blurb": (
        "Five guides and interactive tools for mapping workplace data, "
        "asserting data rights, questioning management about algorithms and "
        "planning your union's digital transformation."
    ),
    "hub_blurb": (
        "A free, public and searchable collection of real collective "
        "agreement clauses, union guidance and framework agreements on "
        "digitalisation, ready to adapt for your own negotiations."
    ),
    "regions_blurb": (
        "Slides, recordings and training reports from the regional "
        "workshops, sorted by region, language and audience, with the "
        "contact details of each region's coordinators."
    ),
}


HOME_TRANSLATIONS = {
    "fr": {
        "title": "Notre avenir numérique",
        "intro": (
            "<p><strong>Notre avenir numérique</strong> (Our Digital Future) "
            "est un projet de trois ans (2020–2023) de l’Internationale des "
            "Services Publics, la fédération mondiale des syndicats des "
            "services publics. Il visait à donner aux membres, aux "
            "représentant·e·s et aux dirigeant·e·s syndicaux de toutes les "
            "régions les connaissances, les outils et l’assurance nécessaires "
            "pour infléchir la numérisation des services publics et du "
            "travail.</p>"
            "<p>Plus de 500 représentant·e·s syndicaux ont été formé·e·s. Le "
            "projet laisse un cycle de six ateliers que chacun peut animer, "
            "cinq outils et guides pratiques, une base de données de clauses "
            "de négociation réelles et des supports de formation régionaux "
            "en anglais, français, espagnol et portugais.</p>"
        ),
        "audiences": [
            {
                "title": "Organisateurs et organisatrices des droits numériques",
                "text": (
                    "Des spécialistes désigné·e·s par leur syndicat pour "
                    "servir de référence sur les transformations numériques "
                    "dans leur organisation et leur région. Ensemble, ils "
                    "forment des pôles régionaux qui renforcent les "
                    "capacités, diffusent les bonnes pratiques et "
                    "accompagnent les affiliés."
                ),
            },
            {
                "title": "Dirigeant·e·s syndicaux",
                "text": (
                    "Celles et ceux qui fixent le cap stratégique du "
                    "syndicat. Leur parcours pose des bases communes sur les "
                    "droits relatifs aux données et la cogouvernance des "
                    "algorithmes, et propose des outils pour piloter la "
                    "transformation numérique du syndicat."
                ),
            },
            {
                "title": "Négociateurs, délégué·e·s et personnel syndical",
                "text": (
                    "Les personnes qui portent les revendications face à la "
                    "direction et négocient sur le lieu de travail, ainsi que "
                    "le personnel syndical qui les conseille. Leur parcours "
                    "transforme les droits numériques en revendications et "
                    "en clauses concrètes."
                ),
            },
        ],
        "course_blurb": (
            "Six ateliers de 90 à 120 minutes, un par réunion, pour passer "
            "des notions de base sur les données et les algorithmes à la "
            "négociation. Notes d’animation, diapositives et exercices sont "
            "prêts à télécharger."
        ),
        "tools_blurb": (
            "Cinq guides et outils interactifs pour cartographier les "
            "données au travail, faire valoir les droits sur les données, "
            "interroger la direction sur ses algorithmes et planifier la "
            "transformation numérique du syndicat."
        ),
        "hub_blurb": (
            "Une base gratuite, publique et consultable de clauses de "
            "conventions collectives, d’orientations syndicales et "
            "d’accords-cadres sur le numérique, à adapter à vos propres "
            "négociations."
        ),
        "regions_blurb": (
            "Diapositives, enregistrements et rapports des ateliers "
            "régionaux, classés par région, langue et public, avec les "
            "coordonnées des coordinateurs et coordinatrices de chaque "
            "région."
        ),
    },
    "es": {
        "title": "Nuestro futuro digital",
        "intro": (
            "<p><strong>Nuestro futuro digital</strong> (Our Digital Future) "
            "fue un proyecto de tres años (2020–2023) de la Internacional de "
            "Servicios Públicos, la federación mundial de sindicatos de los "
            "servicios públicos. Su objetivo era que afiliadas y afiliados, "
            "representantes y dirigentes de todas las regiones contaran con "
            "los conocimientos, las herramientas y la seguridad necesarios "
            "para reorientar la digitalización de los servicios públicos y "
            "del trabajo.</p>"
            "<p>Más de 500 representantes sindicales participaron en la "
            "formación. El proyecto deja un curso de seis talleres que "
            "cualquiera puede impartir, cinco herramientas y guías prácticas, "
            "una base de datos de cláusulas de negociación reales y "
            "materiales regionales en inglés, francés, español y "
            "portugués.</p>"
        ),
        "audiences": [
            {
                "title": "Organizadores y organizadoras de derechos digitales",
                "text": (
                    "Especialistas designados por su sindicato como "
                    "referentes sobre el cambio digital en su organización y "
                    "su región. Forman centros regionales que siguen "
                    "desarrollando capacidades, intercambian buenas prácticas "
                    "y apoyan a otras afiliadas."
                ),
            },
            {
                "title": "Dirigentes sindicales",
                "text": (
                    "Quienes definen el rumbo estratégico del sindicato. Su "
                    "itinerario ofrece una base común sobre los derechos "
                    "relativos a los datos y la cogobernanza de los "
                    "algoritmos, además de herramientas para conducir la "
                    "transformación digital del propio sindicato."
                ),
            },
            {
                "title": "Negociadores, delegados y personal sindical",
                "text": (
                    "Las personas que plantean los problemas a la dirección y "
                    "negocian en el lugar de trabajo, junto con el personal "
                    "sindical que las asesora. Su itinerario convierte los "
                    "derechos digitales en demandas y cláusulas concretas."
                ),
            },
        ],
        "course_blurb": (
            "Seis talleres de 90 a 120 minutos, uno por reunión, que llevan "
            "al grupo desde lo básico sobre datos y algoritmos hasta la "
            "negociación. Notas para la persona facilitadora, diapositivas y "
            "ejercicios listos para descargar."
        ),
        "tools_blurb": (
            "Cinco guías y herramientas interactivas para mapear los datos "
            "en el trabajo, ejercer los derechos sobre ellos, interrogar a "
            "la dirección sobre sus algoritmos y planificar la "
            "transformación digital del sindicato."
        ),
        "hub_blurb": (
            "Una base de datos gratuita, pública y con buscador de cláusulas "
            "de convenios colectivos, orientaciones sindicales y acuerdos "
            "marco sobre digitalización, para adaptarlas a sus propias "
            "negociaciones."
        ),
        "regions_blurb": (
            "Diapositivas, grabaciones e informes de los talleres "
            "regionales, ordenados por región, idioma y público, con los "
            "datos de contacto de las personas coordinadoras de cada región."
        ),
    },
}


# ---------------------------------------------------------------------------
# About the project (overview page)
# ---------------------------------------------------------------------------

PROJECT = {
    "title": "About the project",
    "slug": "about",
    "intro": (
        "<p>If unions are ready to help shape it, the digital transformation "
        "of the state could mean more and better jobs, higher-quality public "
        "services and real democratic control over the data we all generate. "
        "Left alone, it is being steered mainly by private technology "
        "interests, with little oversight and at the expense of public "
        "accountability.</p>"
        "<p>Governments under budget pressure, and keen to attract foreign "
        "investment, have long looked to digital solutions for public "
        "services. The COVID-19 pandemic sped this up and brought new worries "
        "for workers: more surveillance and monitoring, and new forms of "
        "remote work. Our Digital Future answers with a deliberate, "
        "region-by-region strategy: it gives affiliates practical tools and "
        "concrete recommendations to defend workers' rights and public "
        "services for all, and it sits at the centre of PSI's work to build "
        "its members' digital capacity.</p>"
    ),
    "goals": [
        "Build the protections, rights and workplace power that let unions "
        "shape digitalisation processes proactively rather than react to them.",
        "Influence policy so that digitalising public services aims at better "
        "access, quality and effectiveness, not simply at cutting costs.",
        "Bargain collectively over how digital technology is used and "
        "governed, and win a central role in designing that governance.",
        "Know which tools and methods help workers and their unions govern "
        "digital systems.",
    ],
    "topics": [
        "What are data and artificial intelligence, and why do they matter?",
        "How is digitalisation changing public services and workplaces?",
        "What rights do workers have over data and AI, and what needs to "
        "improve or change?",
        "Collective bargaining over the governance of algorithmic systems: "
        "what should the model look like and what must be negotiated to curb "
        "bias, discrimination and opaque decisions?",
        "How can we use collective bargaining to defend and extend our digital "
        "rights?",
        "How can unions support each other within and across regions, avoid "
        "duplicating effort, share good and bad experiences and help one "
        "another towards a strong, sustainable digital transition?",
        "Which coalitions should unions build or join to anticipate and limit "
        "harm to public services and their workers, and to lead progressive, "
        "public-interest digital policy?",
    ],
    "audiences": [
        {
            "name": "Digital Rights Organisers",
            "description": (
                "Self-sustaining regional hubs made up of key affiliates, PSI "
                "head-office representatives and regional staff. Trained to "
                "drive virtual union centres of expertise, they support "
                "affiliates with ongoing capacity building, good-practice "
                "exchange and new information material, and work with the "
                "project leads to prepare and follow up every regional "
                "training. They also contribute to PSI's model bargaining "
                "texts and models for co-governing algorithmic systems."
            ),
            "format": "3 workshops of 3 hours",
        },
        {
            "name": "Union leaders",
            "description": (
                "Leaders drive strategic change; without training aimed at "
                "them, a union's capacity and focus are unlikely to shift. "
                "These modules build a common base of knowledge on negotiating "
                "stronger data rights for workers and co-governing "
                "algorithmic systems, and give leaders tools for their "
                "union's own digital and strategic transformation."
            ),
            "format": "2 workshops of 3 hours",
        },
        {
            "name": "Shop stewards and union staff",
            "description": (
                "Workplace representatives see change first, can raise it and "
                "then negotiate with management, while union staff advise and "
                "back them. This track is tailored to each region and trains "
                "early adopters among representatives; rolling it out to all "
                "stewards remains the job of the member unions themselves."
            ),
            "format": "2 workshops of 3 hours",
        },
    ],
    "timeline": [
        {
            "when": "2020",
            "what": "The three-year project starts, funded by the "
            "Friedrich-Ebert-Stiftung.",
        },
        {
            "when": "2021",
            "what": "Digital Rights Organisers are trained first and become "
            "the regional expert hubs that can support unions along the way.",
        },
        {
            "when": "Early 2022",
            "what": "Union leaders are trained, so that all leaders taking "
            "part are on board in time for PSI's World Congress.",
        },
        {
            "when": "Late 2022 – early 2023",
            "what": "Staff representatives and the union officers who support "
            "them are trained to give workplace bargaining fresh momentum.",
        },
        {
            "when": "2023",
            "what": "With more than 500 affiliate representatives trained, "
            "the lessons are gathered in the facilitator's guide “Teach "
            "Forward!” so unions can keep the training going.",
        },
    ],
    "contacts_intro": (
        "PSI has set up a coordination group of head-office staff, regional "
        "secretaries and regional coordinators. The regional coordinators are "
        "the first point of contact for affiliates in their region and anchor "
        "its hub of Digital Rights Organisers."
    ),
    "contacts": [
        {
            "region": "Africa & MENA",
            "people": [
                {
                    "name": "Daniel Oberko",
                    "role": "Regional coordinator",
                    "organisation": "PSI",
                    "email": "daniel.oberko@world-psi.org",
                },
            ],
        },
        {
            "region": "Americas",
            "people": [
                {
                    "name": "Steve Porter",
                    "role": "Regional coordinator",
                    "organisation": "PSI",
                    "email": "steve.porter@world-psi.org",
                },
                {
                    "name": "Gabriel Casnati",
                    "role": "Regional coordinator",
                    "organisation": "PSI",
                    "email": "gabriel.casnati@world-psi.org",
                },
            ],
        },
        {
            "region": "Asia-Pacific",
            "people": [
                {
                    "name": "Susana Barria",
                    "role": "Regional coordinator",
                    "organisation": "PSI",
                    "email": "susana.barria@world-psi.org",
                },
            ],
        },
        {
            "region": "Europe",
            "people": [
                {
                    "name": "Richard Pond",
                    "role": "Contact for EPSU",
                    "organisation": "EPSU (European Federation of Public "
                    "Service Unions)",
                    "email": "rpond@epsu.org",
                },
                {
                    "name": "Daniel Bertossa",
                    "role": "Contact for PSI",
                    "organisation": "PSI",
                    "email": "daniel.bertossa@world-psi.org",
                },
            ],
        },
        {
            "region": "Global",
            "people": [
                {
                    "name": "Daniel Bertossa",
                    "role": "Global contact",
                    "organisation": "PSI",
                    "email": "daniel.bertossa@world-psi.org",
                },
                {
                    "name": "Christina J. Colclough",
                    "role": "Global contact",
                    "organisation": "The Why Not Lab",
                    "email": "christina@thewhynotlab.com",
                },
            ],
        },
    ],
}


# Russian and Arabic versions of the overview page. Same structure and order as
# PROJECT; region labels are translated (contacts are in the same order as in
# PROJECT, so they can be matched by position), e-mail addresses are unchanged
# and names keep the Latin spelling used by the source pages.
PROJECT_TRANSLATIONS = {
    "ru": {
        "title": "О проекте",
        "slug": "about",
        "intro": (
            "<p>Если профсоюзы готовы участвовать в цифровой трансформации "
            "государства, она может принести больше достойных рабочих мест, "
            "более качественные общественные услуги и настоящий "
            "демократический контроль над данными, которые мы все создаём. "
            "Без их участия этот процесс направляют прежде всего частные "
            "технологические компании — при слабом надзоре и в ущерб "
            "общественной подотчётности.</p>"
            "<p>Правительства, испытывающие давление на бюджет и стремящиеся "
            "привлечь иностранные инвестиции, давно ищут цифровые решения "
            "для государственных услуг. Пандемия COVID-19 ускорила этот "
            "процесс и поставила перед работниками новые проблемы: усиление "
            "слежки и контроля, новые формы удалённой работы. Проект «Наше "
            "цифровое будущее» отвечает на это продуманной стратегией для "
            "каждого региона: он даёт членским организациям практические "
            "инструменты и конкретные рекомендации для защиты прав "
            "работников и общественных услуг для всех и занимает центральное "
            "место в работе ИОО по укреплению цифрового потенциала членских "
            "организаций.</p>"
        ),
        "goals": [
            "Добиться защиты, прав и влияния на рабочем месте, которые "
            "позволяют профсоюзам заранее формировать процессы цифровизации, "
            "а не только реагировать на них.",
            "Влиять на политику так, чтобы цифровизация общественных услуг "
            "была нацелена на доступность, качество и эффективность, а не "
            "просто на сокращение расходов.",
            "Вести коллективные переговоры об использовании цифровых "
            "технологий и управлении ими и добиться ключевой роли в "
            "построении этой системы управления.",
            "Знать, какие инструменты и методы помогают работникам и "
            "профсоюзам управлять цифровыми системами.",
        ],
        "topics": [
            "Что такое данные и искусственный интеллект и почему они важны?",
            "Как цифровизация меняет общественные услуги и рабочие места?",
            "Какие права есть у работников в отношении данных и ИИ и что "
            "нужно улучшить или изменить?",
            "Коллективные переговоры об управлении алгоритмическими "
            "системами: какой должна быть эта модель и что необходимо "
            "согласовать, чтобы ограничить предвзятость, дискриминацию и "
            "непрозрачность решений?",
            "Как использовать коллективные переговоры для защиты и "
            "расширения наших цифровых прав?",
            "Как профсоюзам поддерживать друг друга внутри регионов и между "
            "ними, не дублировать усилия, обмениваться удачным и неудачным "
            "опытом и помогать друг другу на пути к прочной и устойчивой "
            "цифровой трансформации?",
            "Какие коалиции профсоюзам следует создавать или к каким "
            "присоединяться, чтобы предвидеть и ограничивать вред для "
            "общественных услуг и их работников и стать лидерами "
            "прогрессивной цифровой политики в общественных интересах?",
        ],
        "audiences": [
            {
                "name": "Цифровые кураторы (Digital Rights Organisers)",
                "description": (
                    "Самостоятельные региональные центры, в которые входят "
                    "ключевые членские организации, представители головного "
                    "офиса ИОО и региональные сотрудники. Их готовят к роли "
                    "движущей силы виртуальных профсоюзных центров "
                    "компетенций: они помогают членским организациям "
                    "постоянно наращивать потенциал, обмениваться передовым "
                    "опытом и готовить новые информационные материалы, а "
                    "вместе с руководителями проекта готовят и сопровождают "
                    "каждое региональное обучение. Кроме того, они участвуют "
                    "в разработке типовых текстов ИОО для коллективных "
                    "переговоров и моделей совместного управления "
                    "алгоритмическими системами."
                ),
                "format": "3 семинара по 3 часа",
            },
            {
                "name": "Профсоюзные лидеры",
                "description": (
                    "Именно лидеры задают стратегические перемены; без "
                    "обучения, рассчитанного на них, возможности и "
                    "приоритеты профсоюза вряд ли изменятся. Модули "
                    "формируют общую базу знаний о переговорах за более "
                    "сильные права работников на данные и о совместном "
                    "управлении алгоритмическими системами, а также дают "
                    "лидерам инструменты для цифровой и стратегической "
                    "трансформации их профсоюзов."
                ),
                "format": "2 семинара по 3 часа",
            },
            {
                "name": "Профсоюзные представители и сотрудники профсоюза",
                "description": (
                    "Представители на рабочих местах первыми замечают "
                    "перемены, могут поднять вопрос и затем вести переговоры "
                    "с руководством, а сотрудники профсоюза консультируют и "
                    "поддерживают их. Курс адаптирован к каждому региону и "
                    "готовит первопроходцев среди представителей; обучение "
                    "всех представителей остаётся задачей самих членских "
                    "профсоюзов."
                ),
                "format": "2 семинара по 3 часа",
            },
        ],
        "timeline": [
            {
                "when": "2020",
                "what": "Старт трёхлетнего проекта при финансовой поддержке "
                "Фонда Фридриха Эберта.",
            },
            {
                "when": "2021",
                "what": "Первыми обучение проходят цифровые кураторы: они "
                "становятся региональными экспертными центрами и "
                "поддерживают профсоюзы на всём протяжении проекта.",
            },
            {
                "when": "Начало 2022 года",
                "what": "Обучение профсоюзных лидеров, чтобы ко Всемирному "
                "конгрессу ИОО все участвующие лидеры были вовлечены в "
                "процесс.",
            },
            {
                "when": "Конец 2022 – начало 2023 года",
                "what": "Обучение представителей персонала и поддерживающих "
                "их сотрудников профсоюза, чтобы придать переговорам на "
                "рабочих местах новый импульс.",
            },
            {
                "when": "2023",
                "what": "Обучено более 500 представителей членских "
                "организаций; опыт обобщён в руководстве для ведущих "
                "«Teach Forward!», чтобы профсоюзы могли продолжать обучение "
                "самостоятельно.",
            },
        ],
        "contacts_intro": (
            "ИОО создал координационную группу из сотрудников головного "
            "офиса, региональных секретарей и региональных координаторов. "
            "Региональные координаторы — первое контактное лицо для членских "
            "организаций своего региона и опора регионального центра "
            "цифровых кураторов."
        ),
        "contacts": [
            {
                "region": "Африка, Ближний Восток и Северная Африка",
                "people": [
                    {
                        "name": "Daniel Oberko",
                        "role": "Региональный координатор",
                        "organisation": "ИОО",
                        "email": "daniel.oberko@world-psi.org",
                    },
                ],
            },
            {
                "region": "Америка",
                "people": [
                    {
                        "name": "Steve Porter",
                        "role": "Региональный координатор",
                        "organisation": "ИОО",
                        "email": "steve.porter@world-psi.org",
                    },
                    {
                        "name": "Gabriel Casnati",
                        "role": "Региональный координатор",
                        "organisation": "ИОО",
                        "email": "gabriel.casnati@world-psi.org",
                    },
                ],
            },
            {
                "region": "Азиатско-Тихоокеанский регион",
                "people": [
                    {
                        "name": "Susana Barria",
                        "role": "Региональный координатор",
                        "organisation": "ИОО",
                        "email": "susana.barria@world-psi.org",
                    },
                ],
            },
            {
                "region": "Европа",
                "people": [
                    {
                        "name": "Richard Pond",
                        "role": "Контактное лицо от EPSU",
                        "organisation": "EPSU (Европейская федерация "
                        "профсоюзов общественного обслуживания)",
                        "email": "rpond@epsu.org",
                    },
                    {
                        "name": "Daniel Bertossa",
                        "role": "Контактное лицо от ИОО",
                        "organisation": "ИОО",
                        "email": "daniel.bertossa@world-psi.org",
                    },
                ],
            },
            {
                "region": "Глобальный уровень",
                "people": [
                    {
                        "name": "Daniel Bertossa",
                        "role": "Контактное лицо на глобальном уровне",
                        "organisation": "ИОО",
                        "email": "daniel.bertossa@world-psi.org",
                    },
                    {
                        "name": "Christina J. Colclough",
                        "role": "Контактное лицо на глобальном уровне",
                        "organisation": "The Why Not Lab",
                        "email": "christina@thewhynotlab.com",
                    },
                ],
            },
        ],
    },
    "ar": {
        "title": "عن المشروع",
        "slug": "about",
        "intro": (
            "<p>إذا كانت النقابات مستعدة للمشاركة في توجيه التحوّل الرقمي "
            "للدولة، فبإمكان هذا التحوّل أن يوفّر وظائف أكثر وأفضل، وخدمات "
            "عامة أعلى جودة، ورقابة ديمقراطية حقيقية على البيانات التي "
            "ننتجها جميعًا. أما إذا تُرك على حاله، فإن شركات التكنولوجيا "
            "الخاصة هي التي توجّهه في الغالب، مع قدر ضئيل من الرقابة وعلى "
            "حساب المساءلة العامة.</p>"
            "<p>منذ مدة طويلة تتّجه الحكومات، تحت ضغط الميزانيات وسعيًا إلى "
            "جذب الاستثمار الأجنبي، إلى الحلول الرقمية لتقديم الخدمات "
            "العامة. وقد سرّعت جائحة كوفيد-19 هذا المسار وأثارت مخاوف جديدة "
            "لدى العمال، منها تزايد المراقبة والرصد وظهور أشكال جديدة من "
            "العمل عن بُعد. ويستجيب مشروع «مستقبلنا الرقمي» لذلك "
            "باستراتيجية مدروسة لكل منطقة: فهو يزوّد النقابات المنتسبة "
            "بأدوات عملية وتوصيات ملموسة لحماية حقوق العمال والخدمات العامة "
            "للجميع، ويشكّل محور عمل الاتحاد الدولي للخدمات العامة لبناء "
            "القدرات الرقمية لدى نقاباته المنتسبة.</p>"
        ),
        "goals": [
            "بناء الحماية والحقوق والقوة في مكان العمل بما يتيح للنقابات "
            "توجيه عمليات الرقمنة مسبقًا بدلًا من الاكتفاء بردّ الفعل.",
            "التأثير في السياسات كي تهدف رقمنة الخدمات العامة إلى تحسين "
            "الوصول إليها وجودتها وفعاليتها، لا إلى خفض التكاليف فحسب.",
            "التفاوض الجماعي بشأن استخدام التكنولوجيا الرقمية وحوكمتها، "
            "وانتزاع دور محوري في تصميم هذه الحوكمة.",
            "معرفة الأدوات والأساليب التي تساعد العمال ونقاباتهم على حوكمة "
            "الأنظمة الرقمية.",
        ],
        "topics": [
            "ما البيانات وما الذكاء الاصطناعي، ولماذا يهمّاننا؟",
            "كيف تغيّر الرقمنة الخدمات العامة وأماكن العمل؟",
            "ما حقوق العمال في ما يتعلق بالبيانات والذكاء الاصطناعي، وما "
            "الذي ينبغي تحسينه أو تغييره؟",
            "المفاوضة الجماعية بشأن حوكمة الأنظمة الخوارزمية: كيف ينبغي أن "
            "يبدو هذا النموذج، وما الذي يجب التفاوض عليه للحدّ من التحيّز "
            "والتمييز والقرارات غير الشفافة؟",
            "كيف نستخدم المفاوضة الجماعية للدفاع عن حقوقنا الرقمية "
            "وتوسيعها؟",
            "كيف يمكن للنقابات أن تساند بعضها بعضًا داخل المناطق وفي ما "
            "بينها، وأن تتجنّب تكرار الجهود، وتتبادل التجارب الناجحة "
            "والفاشلة، وتتعاون من أجل انتقال رقمي متين ومستدام؟",
            "ما التحالفات التي ينبغي للنقابات أن تبنيها أو تنضمّ إليها "
            "لاستباق الأضرار التي تلحق بالخدمات العامة وعمالها والحدّ منها، "
            "ولتتصدّر الدفع نحو سياسات رقمية تقدّمية تخدم المصلحة العامة؟",
        ],
        "audiences": [
            {
                "name": "منظّمو الحقوق الرقمية",
                "description": (
                    "مراكز إقليمية قائمة بذاتها تضمّ نقابات منتسبة رئيسية "
                    "وممثلين عن المقرّ الرئيسي للاتحاد الدولي للخدمات "
                    "العامة وموظفين إقليميين. يُدرَّب أعضاؤها ليكونوا محرّك "
                    "مراكز خبرة نقابية افتراضية تدعم النقابات المنتسبة في "
                    "بناء القدرات باستمرار وتبادل الممارسات الجيدة وإعداد "
                    "مواد إعلامية جديدة، ويعملون مع قادة المشروع على التحضير "
                    "لكل تدريب إقليمي ومتابعته. كما يسهمون في إعداد نصوص "
                    "نموذجية للمفاوضة الجماعية ونماذج للحوكمة المشتركة "
                    "للأنظمة الخوارزمية."
                ),
                "format": "3 ورش عمل مدة كلّ منها 3 ساعات",
            },
            {
                "name": "القادة النقابيون",
                "description": (
                    "القادة هم من يقودون التغيير الاستراتيجي، ومن دون تدريب "
                    "موجَّه إليهم يصعب أن تتغيّر قدرات النقابة وأولوياتها. "
                    "تبني هذه الوحدات قاعدة معرفية مشتركة حول التفاوض من "
                    "أجل حقوق أقوى للعمال في مجال البيانات وحول الحوكمة "
                    "المشتركة للأنظمة الخوارزمية، وتزوّد القادة بأدوات "
                    "لقيادة التحوّل الرقمي والاستراتيجي في نقاباتهم."
                ),
                "format": "ورشتا عمل مدة كلّ منهما 3 ساعات",
            },
            {
                "name": "ممثّلو النقابات وموظّفوها",
                "description": (
                    "يرى ممثّلو العمال في مكان العمل التغييرات أولًا، "
                    "ويستطيعون إثارتها ثم التفاوض بشأنها مع الإدارة، في حين "
                    "يقدّم موظفو النقابة لهم المشورة والدعم. يُكيَّف هذا "
                    "المسار مع كل منطقة ويستهدف الروّاد الأوائل بين "
                    "الممثّلين، أما تعميم التدريب على جميع الممثّلين فيبقى "
                    "مهمة النقابات المنتسبة نفسها."
                ),
                "format": "ورشتا عمل مدة كلّ منهما 3 ساعات",
            },
        ],
        "timeline": [
            {
                "when": "2020",
                "what": "انطلاق المشروع الممتدّ على ثلاث سنوات بتمويل من "
                "مؤسسة فريدريش إيبرت.",
            },
            {
                "when": "2021",
                "what": "يُدرَّب منظّمو الحقوق الرقمية أولًا ليصبحوا مراكز "
                "خبرة إقليمية قادرة على دعم النقابات طوال المسار.",
            },
            {
                "when": "أوائل 2022",
                "what": "تدريب القادة النقابيين كي يكون جميع المشاركين منهم "
                "منخرطين في العملية مع حلول موعد المؤتمر العالمي للاتحاد "
                "الدولي للخدمات العامة.",
            },
            {
                "when": "أواخر 2022 – أوائل 2023",
                "what": "تدريب ممثّلي الموظفين والعاملين النقابيين الذين "
                "يساندونهم، لإعطاء المفاوضات في أماكن العمل دفعة جديدة.",
            },
            {
                "when": "2023",
                "what": "بعد تدريب أكثر من 500 ممثّل عن النقابات المنتسبة، "
                "جُمعت الدروس في دليل الميسّرين «Teach Forward!» لتواصل "
                "النقابات التدريب بنفسها.",
            },
        ],
        "contacts_intro": (
            "أنشأ الاتحاد الدولي للخدمات العامة مجموعة تنسيق تضمّ موظفين "
            "من المقرّ الرئيسي والأمناء الإقليميين والمنسّقين الإقليميين. "
            "والمنسّقون الإقليميون هم نقطة الاتصال الأولى للنقابات المنتسبة "
            "في مناطقهم، وعليهم يرتكز مركز منظّمي الحقوق الرقمية في كل "
            "منطقة."
        ),
        "contacts": [
            {
                "region": "أفريقيا والشرق الأوسط وشمال أفريقيا",
                "people": [
                    {
                        "name": "Daniel Oberko",
                        "role": "منسّق إقليمي",
                        "organisation": "الاتحاد الدولي للخدمات العامة (PSI)",
                        "email": "daniel.oberko@world-psi.org",
                    },
                ],
            },
            {
                "region": "الأميركيتان",
                "people": [
                    {
                        "name": "Steve Porter",
                        "role": "منسّق إقليمي",
                        "organisation": "الاتحاد الدولي للخدمات العامة (PSI)",
                        "email": "steve.porter@world-psi.org",
                    },
                    {
                        "name": "Gabriel Casnati",
                        "role": "منسّق إقليمي",
                        "organisation": "الاتحاد الدولي للخدمات العامة (PSI)",
                        "email": "gabriel.casnati@world-psi.org",
                    },
                ],
            },
            {
                "region": "آسيا والمحيط الهادئ",
                "people": [
                    {
                        "name": "Susana Barria",
                        "role": "منسّقة إقليمية",
                        "organisation": "الاتحاد الدولي للخدمات العامة (PSI)",
                        "email": "susana.barria@world-psi.org",
                    },
                ],
            },
            {
                "region": "أوروبا",
                "people": [
                    {
                        "name": "Richard Pond",
                        "role": "جهة الاتصال عن EPSU",
                        "organisation": "الاتحاد الأوروبي لنقابات الخدمات "
                        "العامة (EPSU)",
                        "email": "rpond@epsu.org",
                    },
                    {
                        "name": "Daniel Bertossa",
                        "role": "جهة الاتصال عن الاتحاد الدولي للخدمات العامة",
                        "organisation": "الاتحاد الدولي للخدمات العامة (PSI)",
                        "email": "daniel.bertossa@world-psi.org",
                    },
                ],
            },
            {
                "region": "المستوى العالمي",
                "people": [
                    {
                        "name": "Daniel Bertossa",
                        "role": "جهة اتصال على المستوى العالمي",
                        "organisation": "الاتحاد الدولي للخدمات العامة (PSI)",
                        "email": "daniel.bertossa@world-psi.org",
                    },
                    {
                        "name": "Christina J. Colclough",
                        "role": "جهة اتصال على المستوى العالمي",
                        "organisation": "The Why Not Lab",
                        "email": "christina@thewhynotlab.com",
                    },
                ],
            },
        ],
    },
}


# ---------------------------------------------------------------------------
# The course: six workshops (from "Teach Forward!")
# ---------------------------------------------------------------------------

WORKSHOPS = [
    {
        "number": 1,
        "title": "The Fundamentals: Data and Algorithms",
        "slug": "the-fundamentals",
        "strapline": "The basics every negotiator needs before bargaining "
        "over digital technology.",
        "duration_minutes": 90,
        "audience": (
            "Any group of members, representatives or staff starting out on "
            "digitalisation; no prior technical knowledge needed."
        ),
        "summary": (
            "Collective bargaining or policy work on digitalisation starts "
            "with understanding its two core ingredients: data and "
            "algorithms. This session explains how data is extracted and "
            "turned into inferences, why that is a question of power at work, "
            "and what shapes the outcome of any algorithm."
        ),
        "tool": None,
        "body": [
            ("heading", "Data: what it is and who is collecting it"),
            ("definition", {
                "term": "Data",
                "definition": "Any information that can be gathered and kept "
                "— numbers, text, images and more — and then used to make "
                "decisions, solve problems or describe the world.",
            }),
            ("paragraph",
             "<p>Data is drawn from what we do, and from what we do not do, "
             "all day long. A smartphone alone carries <strong>14 "
             "sensors</strong> that apps can switch on to read location, "
             "speed of movement, microphone or camera. Card payments, social "
             "media likes, loyalty cards, e-government services and ordinary "
             "browsing add to the stream. Together they feed profiles that "
             "predict what kind of consumer, voter and worker we are — and "
             "decide what is shown or offered to us.</p>"),
            ("quote", {
                "text": "I have nothing to hide, so why would it matter if "
                "they have my data?",
                "attribution": "A reaction facilitators often hear — use it "
                "to open the discussion",
            }),
            ("callout", {
                "kind": "note",
                "title": "It is not only about you",
                "text": "<p>Predictive analysis pools your data with that of "
                "people who resemble you, and people who do not, to estimate "
                "how each group is likely to behave. These "
                "<em>inferences</em> can shape the work and life chances of "
                "others. Research shows, for example, that a platform's own "
                "ad-delivery algorithm, rather than the employer, often "
                "decides who gets to see a job advert.</p>",
            }),
            ("heading", "Data at work is power"),
            ("paragraph",
             "<p>Workplace monitoring creates information about each "
             "worker: who talks to whom, how many bathroom breaks, time spent "
             "browsing. Employers and their systems turn this into "
             "“facts” that can affect pay, contract renewal and careers. If "
             "workers do not know what is collected, why, where it is kept, "
             "who can see it and whether it is sold, and cannot correct or "
             "block it, they are reduced to numbers in an equation — a "
             "process some call the quantification, or commodification, of "
             "labour.</p>"),
            ("steps", {
                "title": "Questions to put to the group",
                "steps": [
                    "Were you ever asked for permission before these systems "
                    "were introduced, or even told about them?",
                    "Do you know which data is extracted about you and for "
                    "what purposes?",
                    "Could your employer be selling data sets to data "
                    "brokers, and would you be told?",
                    "What does all this mean for your privacy rights at "
                    "work?",
                ],
            }),
            ("heading", "Algorithms: a recipe for the computer"),
            ("definition", {
                "term": "Algorithm",
                "definition": "A set of coded rules telling a computer how "
                "to process data in order to solve a problem or carry out a "
                "task. Sorting, search and machine-learning algorithms are "
                "common types.",
            }),
            ("example", {
                "title": "The tomato-soup algorithm",
                "text": "<p>Picture an algorithm told to make the best "
                "tomato soup: 200 grams of onions, fried, then garlic, then "
                "two tins of tomatoes. Swap the order — fry the tomatoes "
                "instead — and you get a different soup. Use rotten "
                "ingredients and you still get soup, but a terrible one: "
                "<em>garbage in, garbage out</em>. Data that is biased, "
                "incomplete or unrepresentative of your culture produces "
                "equally poor results.</p>",
            }),
            ("steps", {
                "title": "Four things that decide what an algorithm does",
                "steps": [
                    "The purpose of the system.",
                    "The data it uses, and the quality of that data.",
                    "The instructions it follows.",
                    "The order of those instructions.",
                ],
            }),
            ("heading", "An algorithmic system at work: home-care scheduling"),
            ("example", {
                "title": "Automated scheduling for home-care workers",
                "text": "<ul>"
                "<li><strong>Purpose:</strong> raise the number of clients "
                "per worker.</li>"
                "<li><strong>Secondary purpose:</strong> improve client "
                "satisfaction.</li>"
                "<li><strong>Data:</strong> workers' past routes compared "
                "with client locations and satisfaction scores.</li>"
                "<li><strong>Order of instructions:</strong> optimise routes "
                "first, then match client “preferences”.</li>"
                "</ul>"
                "<p>The likely results: heavier caseloads and less time per "
                "client; preferences that work against under-represented "
                "groups of carers; and workers who do not fit those "
                "preferences handed the worst shifts and a larger share of "
                "very ill clients, whose satisfaction scores the system "
                "treats as less important. Discrimination is built in — and "
                "each of the four points above is something a union can "
                "challenge.</p>",
            }),
            ("callout", {
                "kind": "tip",
                "title": "For the facilitator",
                "text": "<p>Use this chapter as speaking notes. The slide "
                "deck also opens with an introduction to the digitalisation "
                "of public services and includes speaker notes. Close by "
                "asking participants where, in their own workplace, they "
                "could step in to stop a system harming workers.</p>",
            }),
        ],
        "materials": [
            {
                "kind": "slides",
                "title": "Workshop 1 slide deck: the fundamentals",
                "language": "en",
                "description": "Slides with speaker notes, including an "
                "introduction to the digitalisation of public services.",
            },
        ],
    },
    {
        "number": 2,
        "title": "The Data Lifecycle at Work",
        "slug": "the-data-lifecycle-at-work",
        "strapline": "Map where workplace data comes from and where it goes, "
        "then turn the gaps into demands.",
        "duration_minutes": 120,
        "audience": (
            "Shop stewards, bargaining officers and policy staff preparing "
            "collective bargaining or policy demands on workers' data."
        ),
        "summary": (
            "The first of two data guides follows workplace data through "
            "four phases: collection, analysis, storage and access, and "
            "off-boarding. At each phase it shows what to ask management and "
            "what collective data rights to negotiate where the law is weak "
            "or silent."
        ),
        "tool": "data-lifecycle-at-work",
        "body": [
            ("heading", "Why negotiate collective data rights?"),
            ("paragraph",
             "<p>Most data protection laws protect workers poorly, if at "
             "all. Unions can close these gaps by bargaining for "
             "<strong>collective</strong> data rights that cover the whole "
             "journey of the data: a say over its sources, the purposes and "
             "the inferences drawn from it, the jurisdiction where it is "
             "kept, the third parties who can reach it, and what finally "
             "happens to it — including whether it is sold, and to "
             "whom.</p>"),
            ("callout", {
                "kind": "note",
                "title": "Inside and outside the GDPR",
                "text": "<p>The first slides in the deck are written for "
                "workers covered by the EU's General Data Protection "
                "Regulation. Outside the EU, skip them — or use them to "
                "compare: which of these rights do your members have, and "
                "what would it take to win them?</p>",
            }),
            ("heading", "Collection and analysis"),
            ("paragraph",
             "<p><strong>Collection</strong> covers the internal and "
             "external tools that gather data, where the data comes from, "
             "and whether stewards and workers were told about the tools "
             "and could object. Much of this extraction is invisible, so "
             "bargain for a clear right to know which tools are used, what "
             "they were trained on and which sources they draw from.</p>"),
            ("definition", {
                "term": "Inference",
                "definition": "A profile, score or statistical probability "
                "derived from data — used, for example, to set schedules, "
                "link pay to performance metrics, or decide who is hired, "
                "promoted or dismissed.",
            }),
            ("paragraph",
             "<p>In the <strong>analysis</strong> phase the focus moves to "
             "inferences. Workers need insight into them and the right to "
             "correct, block or delete them; without that, there is little "
             "check on algorithmic management or data-driven bias. Together "
             "with collection, this is where to agree the purposes of data "
             "use — and the red lines it must not cross.</p>"),
            ("example", {
                "title": "A US union puts location data off limits",
                "text": "<p>A union in the United States agreed with the "
                "employer that drivers' location data, gathered to keep them "
                "safe, may not be used when their performance is "
                "evaluated.</p>",
            }),
            ("heading", "Storage, access and off-boarding"),
            ("paragraph",
             "<p>Where data is stored decides which law applies to it, so "
             "ask management about the <strong>jurisdiction</strong>. Ask "
             "too who else can reach it: if payroll has been outsourced to "
             "a private firm, negotiate what that firm may do with the data "
             "— may it reuse it for other purposes, or sell it, alone or "
             "combined with other data sets?</p>"),
            ("paragraph",
             "<p><strong>Off-boarding</strong> is how data leaves the "
             "employer's systems, by being shared or deleted. Unions should "
             "win the right to know what is off-boarded and to whom, to "
             "object or block it, and as a minimum to have data sets and "
             "inferences deleted once their original purpose is met.</p>"),
            ("example", {
                "title": "An Irish union stops the sale of workers' data",
                "text": "<p>A union in Ireland secured an agreement that the "
                "employer may not sell any data set containing workers' "
                "personal data.</p>",
            }),
            ("heading", "Running the exercise"),
            ("steps", {
                "title": "Group work with the lifecycle guide",
                "steps": [
                    "Introduce the four phases using the text above and the "
                    "slide deck; show the introductory video.",
                    "Split participants into small groups and give each a "
                    "digital system from their own workplaces, or a "
                    "scenario from the exercise slides.",
                    "For each phase, list what the group knows, what it "
                    "needs to ask management and which right it would "
                    "negotiate.",
                    "Bring the groups back together and compare their "
                    "answers with the possible responses in the "
                    "facilitator's guide.",
                    "Agree one or two demands participants could take to "
                    "their next meeting with management.",
                ],
            }),
            ("callout", {
                "kind": "tip",
                "title": "Frame the goal positively",
                "text": "<p>These rights would prevent the worst harms to "
                "workers, and they also open the way to technology that is "
                "designed and used to benefit workers and employers "
                "alike.</p>",
            }),
        ],
        "materials": [
            {
                "kind": "facilitator_guide",
                "title": "Workshop 2 facilitator's guide",
                "language": "en",
                "description": "Step-by-step notes with possible answers to "
                "the exercise to discuss with participants.",
            },
            {
                "kind": "video",
                "title": "Introduction to the Data Lifecycle at Work",
                "language": "en",
                "description": "Short video presenting the guide and its "
                "four phases.",
            },
            {
                "kind": "slides",
                "title": "Workshop 2 slide deck: the data lifecycle",
                "language": "en",
                "description": "Slides with speaking notes; the opening "
                "slides cover workers' rights under the GDPR.",
            },
            {
                "kind": "exercise_slides",
                "title": "Exercise: using the data lifecycle",
                "language": "en",
                "description": "Slides for the group exercise on mapping a "
                "workplace system through the lifecycle.",
            },
            {
                "kind": "reading",
                "title": "Background reading: data at work",
                "language": "en",
                "description": "Additional information on how data is "
                "gathered and used in workplaces.",
            },
        ],
    },
    {
        "number": 3,
        "title": "The Data Rights Tool",
        "slug": "the-data-rights-tool",
        "strapline": "An interactive tool that brings your data rights to "
        "you while you map the technology at work.",
        "duration_minutes": 90,
        "audience": (
            "Mainly union policy and legal staff, and shop stewards who want "
            "to use data rights to dissect workplace technology and build "
            "bargaining or policy responses."
        ),
        "summary": (
            "A specialised, shorter session that introduces the online Data "
            "Rights Tool so participants can complete it afterwards. The "
            "tool walks through four parts — systems, data sources, "
            "automated decisions and third-party access — and helps users "
            "set limits at each step, with a worksheet to log findings."
        ),
        "tool": "data-rights-tool",
        "body": [
            ("heading", "Who the session is for"),
            ("paragraph",
             "<p>This is the second of the project's data tools and the most "
             "detailed. Rather than expecting users to know every article "
             "of their data protection law, it presents the relevant rights "
             "step by step. Because it takes time to complete, the workshop "
             "only introduces it; participants then work through it on "
             "their own.</p>"),
            ("callout", {
                "kind": "note",
                "title": "Useful everywhere, not only under the GDPR",
                "text": "<p>The tool is tailored to workers covered by the "
                "GDPR and is more general for the rest of the world. That "
                "makes it no less relevant: workers' digital rights are "
                "thin in most countries, and the tool is full of ideas for "
                "filling legal gaps through negotiation.</p>",
            }),
            ("heading", "The four parts of the tool"),
            ("steps", {
                "title": "What the tool takes you through",
                "steps": [
                    "Tools and systems: find out which are in use and set "
                    "clear limits on invasive ones.",
                    "Data sources: map where data comes from and limit what "
                    "management may extract.",
                    "Automated decisions and profiling: map them and set "
                    "limits on the analyses and profiling workers accept.",
                    "Third-party access: establish who else can reach "
                    "workers' data and limit what they may do with it.",
                ],
            }),
            ("definition", {
                "term": "Automated decision-making",
                "definition": "A decision about a person taken wholly or "
                "partly by a digital system on the basis of data, for "
                "example allocating shifts or flagging performance.",
            }),
            ("definition", {
                "term": "Worksheet",
                "definition": "The spreadsheet template that comes with the "
                "tool, used to log, step by step, what you learn about each "
                "digital tool and system in a workplace.",
            }),
            ("heading", "Working through the tool"),
            ("paragraph",
             "<p>As users progress they receive tips, ideas and ready-made "
             "clauses. They are asked to check which rights their local data "
             "protection rules provide: where a right exists, the tool "
             "encourages them to use it; where it does not, it suggests how "
             "to close the gap in negotiations with management.</p>"),
            ("steps", {
                "title": "Live walk-through in the workshop",
                "steps": [
                    "Show the introductory video on the Data Rights Tool.",
                    "Ask everyone to open the tool and choose their "
                    "language in the top right corner.",
                    "When the tool asks for it, open the worksheet and save "
                    "a copy to your own device; show the short worksheet "
                    "video (English only).",
                    "Go through the parts in order, pausing to log one "
                    "real workplace system in the worksheet.",
                    "Use the terminology factsheet whenever a legal or "
                    "technical term needs explaining.",
                ],
            }),
            ("callout", {
                "kind": "warning",
                "title": "Allow plenty of time",
                "text": "<p>The tool is detailed. Gathering information from "
                "management, mapping which legal rights apply and spotting "
                "where to push for stronger data rights will take longer "
                "than the workshop itself. Recommend working through it in "
                "order until users know it well.</p>",
            }),
            ("heading", "After the workshop"),
            ("paragraph",
             "<p>Agree who will complete the tool for which workplace, what "
             "information must be requested from management, and when the "
             "group will meet again to turn the completed worksheet into "
             "bargaining or policy demands.</p>"),
        ],
        "materials": [
            {
                "kind": "facilitator_guide",
                "title": "Workshop 3 facilitator's guide",
                "language": "en",
                "description": "A step-by-step guide to running the session "
                "with the tool.",
            },
            {
                "kind": "video",
                "title": "Introduction to the Data Rights Tool",
                "language": "en",
                "description": "Short video presenting the tool and its four "
                "parts.",
            },
            {
                "kind": "worksheet",
                "title": "Data Rights Tool worksheet",
                "language": "en",
                "description": "Spreadsheet template for logging "
                "information on workplace tools and systems.",
            },
            {
                "kind": "video",
                "title": "How to use the worksheet",
                "language": "en",
                "description": "Short video explaining the spreadsheet "
                "(English only).",
            },
            {
                "kind": "factsheet",
                "title": "Key terminology factsheet: Negotiating Data Rights",
                "language": "en",
                "description": "Plain-language definitions of the legal and "
                "technical terms used in the tool.",
            },
        ],
    },
    {
        "number": 4,
        "title": "Co-governing Algorithmic Systems",
        "slug": "co-governing-algorithmic-systems",
        "strapline": "Seven themes and 19 questions to hold management "
        "accountable, responsible and liable for its digital tools.",
        "duration_minutes": 120,
        "audience": (
            "Shop stewards, bargaining officers and union staff preparing to "
            "question management about the algorithmic systems it uses to "
            "manage workers or that workers use to serve the public."
        ),
        "summary": (
            "Building on workers' data rights, this session is about "
            "co-determination over algorithmic management. It introduces "
            "the project's guide of seven themes and 19 questions and "
            "practises putting them to management and judging the answers."
        ),
        "tool": "co-governing-algorithmic-systems",
        "body": [
            ("heading", "From data rights to co-determination"),
            ("paragraph",
             "<p>Recall from workshop 1 how data and algorithms combine, "
             "and the harm they can do when nobody governs them properly. "
             "This session asks how workers and their union can make "
             "management transparent, responsible and liable for the "
             "automated systems it deploys, and win co-determination and "
             "governance rights over them.</p>"),
            ("definition", {
                "term": "Algorithmic system",
                "definition": "Any system that takes data in and produces "
                "predictions, probabilities or comparisons — in effect, "
                "judgements. It covers AI, machine learning and deep "
                "learning, but also simpler analysis run in spreadsheets or "
                "data tools.",
            }),
            ("heading", "Why public services need co-governance"),
            ("paragraph",
             "<p>Many systems used to manage public-service workers are "
             "private products that public employers license or buy. That "
             "raises pressing questions:</p>"
             "<ul>"
             "<li>Who set the system's purpose, its instructions and the "
             "data it uses?</li>"
             "<li>Does the public service or the vendor control the system "
             "and decide on changes?</li>"
             "<li>How does the contract between developer and deployer "
             "affect workers' rights and their ability to demand "
             "changes?</li>"
             "<li>How can workers' and representatives' experience be built "
             "into governing the technology?</li>"
             "</ul>"),
            ("heading", "The seven themes"),
            ("steps", {
                "title": "The guide's themes, in order",
                "steps": [
                    "Transparency and procurement contracts — which systems "
                    "exist, and who controls them and their data.",
                    "Responsibility — which manager or department answers "
                    "for each system.",
                    "Right of redress — challenging decisions based wholly "
                    "or partly on a system.",
                    "Data protection and rights — knowing, and co-deciding, "
                    "what happens to data.",
                    "Harms and benefits — the assessments and audits behind "
                    "a system, and the remedies.",
                    "Adjustments — who may change the algorithm when harm "
                    "is found.",
                    "Co-governance — joint mechanisms, skills and training "
                    "to govern systems together.",
                ],
            }),
            ("callout", {
                "kind": "note",
                "title": "Not exhaustive, but essential",
                "text": "<p>The 19 questions do not cover everything, and "
                "handling management's replies takes practice. They are, "
                "however, the most important questions to start with.</p>",
            }),
            ("heading", "Using the guide with management"),
            ("steps", {
                "title": "Preparing and holding the meeting",
                "steps": [
                    "Before approaching management, go through the "
                    "questions and note how you expect it to answer.",
                    "When calling the meeting, ask for the relevant managers "
                    "to attend — for example HR, IT, the data protection "
                    "officer and department heads.",
                    "Expect management to need time: digital systems blur "
                    "who is responsible for what.",
                    "Check each answer: is it satisfactory? If not, press "
                    "for more detail.",
                ],
            }),
            ("steps", {
                "title": "Group exercise",
                "steps": [
                    "Introduce the guide with the text above, the video and "
                    "the slide deck.",
                    "In groups, work through the scenario on the exercise "
                    "slides and choose the questions to put to management.",
                    "Role-play management's replies and decide which need "
                    "follow-up.",
                    "Compare results with the possible responses in the "
                    "facilitator's guide and discuss them together.",
                ],
            }),
            ("callout", {
                "kind": "tip",
                "title": "Skills on both sides",
                "text": "<p>Do not assume management understands the impact "
                "of the systems it deploys. Co-governance needs extra "
                "training for workers' representatives and managers alike — "
                "make that a demand too.</p>",
            }),
        ],
        "materials": [
            {
                "kind": "facilitator_guide",
                "title": "Workshop 4 facilitator's guide",
                "language": "en",
                "description": "Session notes with possible answers to the "
                "exercise to discuss with participants.",
            },
            {
                "kind": "slides",
                "title": "Slide deck: the co-governance guide and its 19 "
                "questions",
                "language": "en",
                "description": "Slides introducing the seven themes and the "
                "19 questions.",
            },
            {
                "kind": "exercise_slides",
                "title": "Workshop 4 exercise slides",
                "language": "en",
                "description": "Scenario slides for the group work.",
            },
        ],
    },
    {
        "number": 5,
        "title": "The Digital Bargaining Hub",
        "slug": "the-digital-bargaining-hub",
        "strapline": "Find, adapt and share real bargaining language on "
        "digitalisation.",
        "duration_minutes": 120,
        "audience": (
            "Union negotiators and members of bargaining teams, and the "
            "staff who prepare their claims."
        ),
        "summary": (
            "After four workshops on understanding and questioning digital "
            "technology, this one is about bargaining language. Participants "
            "learn to use PSI's Digital Bargaining Hub, the first free, "
            "public and searchable database of real clauses, union guidance "
            "and framework agreements on digitalisation, and apply it to "
            "scenarios."
        ),
        "tool": "digital-bargaining-hub",
        "body": [
            ("heading", "A world first for negotiators"),
            ("paragraph",
             "<p>Workshop 4 began drafting concrete clauses; this session "
             "goes further. The hub gathers real-world collective agreement "
             "clauses, union guidance and framework agreements so that "
             "negotiators can find wording to bring to the table and "
             "strengthen workers' rights in a period of rapid technological "
             "change. It is online only, with the language chosen above the "
             "title.</p>"),
            ("heading", "Finding your way around"),
            ("definition", {
                "term": "Themes",
                "definition": "Clauses are sorted into 8 themes, listed on "
                "the left of the screen.",
            }),
            ("definition", {
                "term": "Report view",
                "definition": "For each theme, a short summary, why it "
                "matters, and a handful of highlighted clauses from the "
                "database.",
            }),
            ("definition", {
                "term": "Database view",
                "definition": "The full collection of clauses, ready to "
                "browse.",
            }),
            ("definition", {
                "term": "Search",
                "definition": "Filter by theme, clause type, union, country, "
                "sector and more to get a list of matching clauses.",
            }),
            ("example", {
                "title": "What a search can turn up",
                "text": "<p>A search for “technological change” in public "
                "administration might bring up a clause like the one in "
                "Québec's public service collective agreement (2015–2020): "
                "where new machinery, equipment or tools significantly "
                "change jobs, a joint industrial relations committee is set "
                "up in the department concerned, within 30 days of the "
                "agreement taking effect, to identify problems and "
                "solutions.</p>",
            }),
            ("heading", "Running the session"),
            ("paragraph",
             "<p>This workshop is about doing rather than listening. Book "
             "<strong>two hours</strong>: the more time participants have to "
             "explore the hub and answer the scenario questions, the better "
             "the session works.</p>"),
            ("steps", {
                "title": "Session plan",
                "steps": [
                    "Show the how-to video and open the hub together.",
                    "Tour the themes in report view, then switch to database "
                    "view.",
                    "Practise filtering by country, sector and clause type.",
                    "In groups, answer the scenario questions by finding "
                    "clauses that fit, and adapt one to your own context.",
                    "Report back and compare with the possible answers in "
                    "the facilitator's guide.",
                ],
            }),
            ("callout", {
                "kind": "tip",
                "title": "Read the speaker notes",
                "text": "<p>The slide deck carries speaker notes that walk "
                "you through each step — check them before the session.</p>",
            }),
            ("heading", "Keeping the hub alive"),
            ("paragraph",
             "<p>Users can upload their own clauses. Encourage participants "
             "to contribute agreements their unions have won, so that the "
             "database stays current and represents unions from every "
             "region.</p>"),
        ],
        "materials": [
            {
                "kind": "facilitator_guide",
                "title": "Workshop 5 facilitator's guide",
                "language": "en",
                "description": "How to run the session and group work, with "
                "possible answers to the scenarios.",
            },
            {
                "kind": "slides",
                "title": "Workshop 5 slide deck: the Digital Bargaining Hub",
                "language": "en",
                "description": "Slides with speaker notes for a hands-on tour "
                "of the hub.",
            },
        ],
    },
    {
        "number": 6,
        "title": "The Digital Impact Framework",
        "slug": "the-digital-impact-framework",
        "strapline": "An interactive tool to guide your union's own "
        "transformation for the digital age.",
        "duration_minutes": 120,
        "audience": (
            "Union leadership teams, or department teams, that want to use "
            "digital strategies and tools to strengthen campaigning, "
            "organising and power."
        ),
        "summary": (
            "The last workshop turns inwards. The Digital Impact Framework "
            "(DIF) helps a union team assess where it stands, dimension by "
            "dimension, and plan a privacy-preserving, rights-based digital "
            "transformation with its own goals and milestones."
        ),
        "tool": "digital-impact-framework",
        "body": [
            ("heading", "What the framework is for"),
            ("definition", {
                "term": "Digital Impact Framework (DIF)",
                "definition": "An online, interactive self-assessment that "
                "helps unions take informed, critical decisions about "
                "digital tools and build digital awareness across the whole "
                "organisation.",
            }),
            ("paragraph",
             "<p>The DIF draws on existing digital and data maturity "
             "frameworks and on the UK TUC's digital health check. It is "
             "meant for the leadership or department team as a group: its "
             "value lies in the discussion it prompts.</p>"),
            ("heading", "What it does — and does not — do"),
            ("paragraph",
             "<p>The framework does not recommend particular tools or draft "
             "policies and visions for you. Instead, for each dimension, it "
             "describes what your union would be doing if its score were "
             "higher. Deciding how to get there — goals, milestones, "
             "timelines and who is responsible — is up to the team.</p>"),
            ("callout", {
                "kind": "note",
                "title": "Start with the video",
                "text": "<p>Open the meeting with the introductory video. It "
                "explains how to use the DIF and why it leaves the choice of "
                "tools and policies to you.</p>",
            }),
            ("heading", "Running the session"),
            ("steps", {
                "title": "What the team does",
                "steps": [
                    "Open the tool (language choice top right) and, on each "
                    "dimension, pick the one of five levels closest to where "
                    "the union is today.",
                    "For every dimension, discuss why you are at that level "
                    "and what it would take to climb one or two levels.",
                    "When finished, download the PDF and date it.",
                    "Choose one or two dimensions to work on over the coming "
                    "months.",
                    "Set goals and milestones, and appoint a person "
                    "responsible for the work.",
                    "Meet again regularly to review progress.",
                    "Once the milestones are reached, retake the framework "
                    "and see how progress on one dimension affects the "
                    "others.",
                    "Pick new dimensions, download and date the new PDF, "
                    "and repeat from step 4.",
                ],
            }),
            ("callout", {
                "kind": "tip",
                "title": "Do it together",
                "text": "<p>Reserve a two-hour slot and make sure the whole "
                "leadership or department team goes through the framework "
                "together, rather than one person filling it in.</p>",
            }),
            ("heading", "After the session"),
            ("paragraph",
             "<p>The dated PDFs become the union's record of progress. "
             "Comparing them over time shows which efforts are paying off "
             "and where to focus next.</p>"),
        ],
        "materials": [
            {
                "kind": "facilitator_guide",
                "title": "Workshop 6 facilitator's guide: the DIF",
                "language": "en",
                "description": "Session notes with possible answers to the "
                "group discussions.",
            },
            {
                "kind": "video",
                "title": "Introduction to the Digital Impact Framework",
                "language": "en",
                "description": "Short video on how to use the DIF.",
            },
            {
                "kind": "exercise_slides",
                "title": "Workshop 6 exercise slides: group discussions",
                "language": "en",
                "description": "Slides to structure the team's discussion of "
                "each dimension.",
            },
        ],
    },
]
