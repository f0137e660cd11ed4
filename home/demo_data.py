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
        "Know which tools and methods help workers and their unions govern digital systems.",
    ],
    "topics": [
        "What are data and artificial intelligence, and why do they matter?",
        "How is digitalisation changing public services and workplaces?",
        "What rights do workers have over data and AI, and what needs to improve or change?",
        "Collective bargaining over the governance of algorithmic systems: "
        "what should the model look like and what must be negotiated to curb "
        "bias, discrimination and opaque decisions?",
        "How can we use collective bargaining to defend and extend our digital rights?",
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
            "what": "The three-year project starts, funded by the Friedrich-Ebert-Stiftung.",
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
                    "organisation": "EPSU (European Federation of Public Service Unions)",
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
            "Какими правами на данные и ИИ уже обладают работники и что "
            "здесь требует улучшения или изменений?",
            "Коллективные переговоры об управлении алгоритмическими "
            "системами: какой должна быть эта модель и что необходимо "
            "согласовать, чтобы ограничить предвзятость, дискриминацию и "
            "непрозрачность решений?",
            "Как использовать коллективные переговоры для защиты и расширения наших цифровых прав?",
            "Как профсоюзам оказывать взаимную поддержку как в своём "
            "регионе, так и за его пределами, не дублировать усилия, "
            "обмениваться удачным и неудачным "
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
                    "сильные права работников на данные и об участии "
                    "работников в управлении алгоритмическими системами; "
                    "кроме того, они дают лидерам инструменты для цифровой и стратегической "
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
                "what": "Старт трёхлетнего проекта при финансовой поддержке Фонда Фридриха Эберта.",
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
            "معرفة الأدوات والأساليب التي تساعد العمال ونقاباتهم على حوكمة الأنظمة الرقمية.",
        ],
        "topics": [
            "ما البيانات وما الذكاء الاصطناعي، ولماذا يهمّاننا؟",
            "كيف تغيّر الرقمنة الخدمات العامة وأماكن العمل؟",
            "ما حقوق العمال في ما يتعلق بالبيانات والذكاء الاصطناعي، وما "
            "الذي ينبغي تحسينه أو تغييره؟",
            "المفاوضة الجماعية بشأن حوكمة الأنظمة الخوارزمية: كيف ينبغي أن "
            "يبدو هذا النموذج، وما الذي يجب التفاوض عليه للحدّ من التحيّز "
            "والتمييز والقرارات غير الشفافة؟",
            "كيف نستخدم المفاوضة الجماعية للدفاع عن حقوقنا الرقمية وتوسيعها؟",
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
                    "بناء القدرات باستمرار وتقاسم التجارب الناجحة وإنتاج "
                    "مواد توعوية جديدة، ويعملون مع قادة المشروع على التحضير "
                    "لكل تدريب إقليمي ومتابعته. كما يشاركون في صياغة نصوص "
                    "نموذجية يُستعان بها على طاولة المفاوضة الجماعية، وأطر "
                    "لإدارة الأنظمة الخوارزمية بصورة مشتركة في أماكن العمل."
                ),
                "format": "3 ورش عمل مدة كلّ منها 3 ساعات",
            },
            {
                "name": "القادة النقابيون",
                "description": (
                    "القادة هم من يقودون التغيير الاستراتيجي، ومن دون تدريب "
                    "موجَّه إليهم يصعب أن تتغيّر قدرات النقابة وأولوياتها. "
                    "تبني هذه الوحدات قاعدة معرفية مشتركة حول التفاوض على "
                    "تعزيز حقوق العمال المتعلقة ببياناتهم وحول إشراكهم في "
                    "حوكمة الأنظمة الخوارزمية، وتزوّد القادة بأدوات "
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
                "what": "انطلاق المشروع الممتدّ على ثلاث سنوات بتمويل من مؤسسة فريدريش إيبرت.",
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
                        "organisation": "الاتحاد الأوروبي لنقابات الخدمات العامة (EPSU)",
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
        "strapline": "The basics every negotiator needs before bargaining over digital technology.",
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
            (
                "definition",
                {
                    "term": "Data",
                    "definition": "Any information that can be gathered and kept "
                    "— numbers, text, images and more — and then used to make "
                    "decisions, solve problems or describe the world.",
                },
            ),
            (
                "paragraph",
                "<p>Data is drawn from what we do, and from what we do not do, "
                "all day long. A smartphone alone carries <strong>14 "
                "sensors</strong> that apps can switch on to read location, "
                "speed of movement, microphone or camera. Card payments, social "
                "media likes, loyalty cards, e-government services and ordinary "
                "browsing add to the stream. Together they feed profiles that "
                "predict what kind of consumer, voter and worker we are — and "
                "decide what is shown or offered to us.</p>",
            ),
            (
                "quote",
                {
                    "text": "I have nothing to hide, so why would it matter if they have my data?",
                    "attribution": "A reaction facilitators often hear — use it "
                    "to open the discussion",
                },
            ),
            (
                "callout",
                {
                    "kind": "note",
                    "title": "It is not only about you",
                    "text": "<p>Predictive analysis pools your data with that of "
                    "people who resemble you, and people who do not, to estimate "
                    "how each group is likely to behave. These "
                    "<em>inferences</em> can shape the work and life chances of "
                    "others. Research shows, for example, that a platform's own "
                    "ad-delivery algorithm, rather than the employer, often "
                    "decides who gets to see a job advert.</p>",
                },
            ),
            ("heading", "Data at work is power"),
            (
                "paragraph",
                "<p>Workplace monitoring creates information about each "
                "worker: who talks to whom, how many bathroom breaks, time spent "
                "browsing. Employers and their systems turn this into "
                "“facts” that can affect pay, contract renewal and careers. If "
                "workers do not know what is collected, why, where it is kept, "
                "who can see it and whether it is sold, and cannot correct or "
                "block it, they are reduced to numbers in an equation — a "
                "process some call the quantification, or commodification, of "
                "labour.</p>",
            ),
            (
                "steps",
                {
                    "title": "Questions to put to the group",
                    "steps": [
                        "Were you ever asked for permission before these systems "
                        "were introduced, or even told about them?",
                        "Do you know which data is extracted about you and for what purposes?",
                        "Could your employer be selling data sets to data "
                        "brokers, and would you be told?",
                        "What does all this mean for your privacy rights at work?",
                    ],
                },
            ),
            ("heading", "Algorithms: a recipe for the computer"),
            (
                "definition",
                {
                    "term": "Algorithm",
                    "definition": "A set of coded rules telling a computer how "
                    "to process data in order to solve a problem or carry out a "
                    "task. Sorting, search and machine-learning algorithms are "
                    "common types.",
                },
            ),
            (
                "example",
                {
                    "title": "The tomato-soup algorithm",
                    "text": "<p>Picture an algorithm told to make the best "
                    "tomato soup: 200 grams of onions, fried, then garlic, then "
                    "two tins of tomatoes. Swap the order — fry the tomatoes "
                    "instead — and you get a different soup. Use rotten "
                    "ingredients and you still get soup, but a terrible one: "
                    "<em>garbage in, garbage out</em>. Data that is biased, "
                    "incomplete or unrepresentative of your culture produces "
                    "equally poor results.</p>",
                },
            ),
            (
                "steps",
                {
                    "title": "Four things that decide what an algorithm does",
                    "steps": [
                        "The purpose of the system.",
                        "The data it uses, and the quality of that data.",
                        "The instructions it follows.",
                        "The order of those instructions.",
                    ],
                },
            ),
            ("heading", "An algorithmic system at work: home-care scheduling"),
            (
                "example",
                {
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
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": "For the facilitator",
                    "text": "<p>Use this chapter as speaking notes. The slide "
                    "deck also starts with an overview of how public services are "
                    "being digitalised, and includes speaker notes. Close by "
                    "asking participants where, in their own workplace, they "
                    "could step in to stop a system harming workers.</p>",
                },
            ),
        ],
        "materials": [
            {
                "kind": "slides",
                "title": "Workshop 1 slide deck: the fundamentals",
                "language": "en",
                "description": "Slides with speaker notes, including an "
                "overview of how public services are being digitalised.",
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
            (
                "paragraph",
                "<p>Most data protection laws protect workers poorly, if at "
                "all. Unions can close these gaps by bargaining for "
                "<strong>collective</strong> data rights that cover the whole "
                "journey of the data: a say over its sources, the purposes and "
                "the inferences drawn from it, the jurisdiction where it is "
                "kept, the third parties who can reach it, and what finally "
                "happens to it — including whether it is sold, and to "
                "whom.</p>",
            ),
            (
                "callout",
                {
                    "kind": "note",
                    "title": "Inside and outside the GDPR",
                    "text": "<p>The first slides in the deck are written for "
                    "workers covered by the EU's General Data Protection "
                    "Regulation. Outside the EU, skip them — or use them to "
                    "compare: which of these rights do your members have, and "
                    "what would it take to win them?</p>",
                },
            ),
            ("heading", "Collection and analysis"),
            (
                "paragraph",
                "<p><strong>Collection</strong> covers the internal and "
                "external tools that gather data, where the data comes from, "
                "and whether stewards and workers were told about the tools "
                "and could object. Much of this extraction is invisible, so "
                "bargain for a clear right to know which tools are used, what "
                "they were trained on and which sources they draw from.</p>",
            ),
            (
                "definition",
                {
                    "term": "Inference",
                    "definition": "A profile, score or statistical probability "
                    "derived from data — used, for example, to set schedules, "
                    "link pay to performance metrics, or decide who is hired, "
                    "promoted or dismissed.",
                },
            ),
            (
                "paragraph",
                "<p>In the <strong>analysis</strong> phase the focus moves to "
                "inferences. Workers need insight into them and the right to "
                "correct, block or delete them; without that, there is little "
                "check on algorithmic management or data-driven bias. Together "
                "with collection, this is where to agree the purposes of data "
                "use — and the red lines it must not cross.</p>",
            ),
            (
                "example",
                {
                    "title": "A US union puts location data off limits",
                    "text": "<p>A union in the United States agreed with the "
                    "employer that drivers' location data, gathered to keep them "
                    "safe, may not be used when their performance is "
                    "evaluated.</p>",
                },
            ),
            ("heading", "Storage, access and off-boarding"),
            (
                "paragraph",
                "<p>Where data is stored decides which law applies to it, so "
                "ask management about the <strong>jurisdiction</strong>. Ask "
                "too who else can reach it: if payroll has been outsourced to "
                "a private firm, negotiate what that firm may do with the data "
                "— may it reuse it for other purposes, or sell it, alone or "
                "combined with other data sets?</p>",
            ),
            (
                "paragraph",
                "<p><strong>Off-boarding</strong> is how data leaves the "
                "employer's systems, by being shared or deleted. Unions should "
                "win the right to know what is off-boarded and to whom, to "
                "object or block it, and as a minimum to have data sets and "
                "inferences deleted once their original purpose is met.</p>",
            ),
            (
                "example",
                {
                    "title": "An Irish union stops the sale of workers' data",
                    "text": "<p>A union in Ireland secured an agreement that the "
                    "employer may not sell any data set containing workers' "
                    "personal data.</p>",
                },
            ),
            ("heading", "Running the exercise"),
            (
                "steps",
                {
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
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": "Frame the goal positively",
                    "text": "<p>These rights would prevent the worst harms to "
                    "workers, and they also open the way to technology that is "
                    "designed and used to benefit workers and employers "
                    "alike.</p>",
                },
            ),
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
                "description": "Short video presenting the guide and its four phases.",
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
        "strapline": "An online tool that sets out the relevant data rights "
        "step by step while you map the technology at work.",
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
            (
                "paragraph",
                "<p>This is the second of the project's data tools and the most "
                "detailed. Rather than expecting users to know every article "
                "of their data protection law, it presents the relevant rights "
                "step by step. Because it takes time to complete, the workshop "
                "only introduces it; participants then work through it on "
                "their own.</p>",
            ),
            (
                "callout",
                {
                    "kind": "note",
                    "title": "Useful everywhere, not only under the GDPR",
                    "text": "<p>The tool is tailored to workers covered by the "
                    "GDPR and is more general for the rest of the world. That "
                    "makes it no less relevant: workers' digital rights are "
                    "thin in most countries, and the tool is full of ideas for "
                    "filling legal gaps through negotiation.</p>",
                },
            ),
            ("heading", "The four parts of the tool"),
            (
                "steps",
                {
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
                },
            ),
            (
                "definition",
                {
                    "term": "Automated decision-making",
                    "definition": "A decision about a person taken wholly or "
                    "partly by a digital system on the basis of data, for "
                    "example allocating shifts or flagging performance.",
                },
            ),
            (
                "definition",
                {
                    "term": "Worksheet",
                    "definition": "The spreadsheet template that comes with the "
                    "tool, used to log, step by step, what you learn about each "
                    "digital tool and system in a workplace.",
                },
            ),
            ("heading", "Working through the tool"),
            (
                "paragraph",
                "<p>As users progress they receive tips, ideas and ready-made "
                "clauses. They are asked to check which rights their local data "
                "protection rules provide: where a right exists, the tool "
                "encourages them to use it; where it does not, it suggests how "
                "to close the gap in negotiations with management.</p>",
            ),
            (
                "steps",
                {
                    "title": "Live walk-through in the workshop",
                    "steps": [
                        "Show the introductory video on the Data Rights Tool.",
                        "Ask everyone to open the tool and choose their "
                        "language in the top right corner.",
                        "When the tool prompts you, open the worksheet and keep "
                        "your own copy of it on your computer; show the short worksheet "
                        "video (English only).",
                        "Go through the parts in order, pausing to log one "
                        "real workplace system in the worksheet.",
                        "Use the terminology factsheet whenever a legal or "
                        "technical term needs explaining.",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Allow plenty of time",
                    "text": "<p>The tool is detailed. Gathering information from "
                    "management, mapping which legal rights apply and spotting "
                    "where to push for stronger data rights will take longer "
                    "than the workshop itself. Recommend working through it in "
                    "order until users know it well.</p>",
                },
            ),
            ("heading", "After the workshop"),
            (
                "paragraph",
                "<p>Agree who will complete the tool for which workplace, what "
                "information must be requested from management, and when the "
                "group will meet again to turn the completed worksheet into "
                "bargaining or policy demands.</p>",
            ),
        ],
        "materials": [
            {
                "kind": "facilitator_guide",
                "title": "Workshop 3 facilitator's guide",
                "language": "en",
                "description": "A step-by-step guide to running the session with the tool.",
            },
            {
                "kind": "video",
                "title": "Introduction to the Data Rights Tool",
                "language": "en",
                "description": "Short video presenting the tool and its four parts.",
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
                "description": "Short video explaining the spreadsheet (English only).",
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
        "strapline": "Seven themes and 19 questions that make management "
        "answer for the digital tools it puts in place.",
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
            (
                "paragraph",
                "<p>Recall from workshop 1 how data and algorithms combine, "
                "and the harm they can do when nobody governs them properly. "
                "This session asks how workers and their union can make "
                "management transparent, responsible and liable for the "
                "automated systems it deploys, and win co-determination and "
                "governance rights over them.</p>",
            ),
            (
                "definition",
                {
                    "term": "Algorithmic system",
                    "definition": "Any system that takes data in and produces "
                    "predictions, probabilities or comparisons — in effect, "
                    "judgements. It covers AI, machine learning and deep "
                    "learning, but also simpler analysis run in spreadsheets or "
                    "data tools.",
                },
            ),
            ("heading", "Why public services need co-governance"),
            (
                "paragraph",
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
                "</ul>",
            ),
            ("heading", "The seven themes"),
            (
                "steps",
                {
                    "title": "The guide's themes, in order",
                    "steps": [
                        "Transparency and procurement contracts — which systems "
                        "exist, and who controls them and their data.",
                        "Responsibility — which manager or department answers for each system.",
                        "Right of redress — challenging decisions based wholly "
                        "or partly on a system.",
                        "Data protection and rights — knowing, and co-deciding, "
                        "what happens to data.",
                        "Harms and benefits — the assessments and audits behind "
                        "a system, and the remedies.",
                        "Adjustments — who may change the algorithm when harm is found.",
                        "Co-governance — joint mechanisms, skills and training "
                        "to govern systems together.",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "note",
                    "title": "Not exhaustive, but essential",
                    "text": "<p>The 19 questions do not cover everything, and "
                    "handling management's replies takes practice. They are, "
                    "however, the most important questions to start with.</p>",
                },
            ),
            ("heading", "Using the guide with management"),
            (
                "steps",
                {
                    "title": "Preparing and holding the meeting",
                    "steps": [
                        "Before approaching management, go through the "
                        "questions and note how you expect it to answer.",
                        "When calling the meeting, ask for the relevant managers "
                        "to attend — for example HR, IT, the data protection "
                        "officer and department heads.",
                        "Expect management to need time: digital systems blur "
                        "who is responsible for what.",
                        "Check each answer: is it satisfactory? If not, press for more detail.",
                    ],
                },
            ),
            (
                "steps",
                {
                    "title": "Group exercise",
                    "steps": [
                        "Introduce the guide with the text above, the video and the slide deck.",
                        "In groups, work through the scenario on the exercise "
                        "slides and choose the questions to put to management.",
                        "Role-play management's replies and decide which need follow-up.",
                        "Compare results with the possible responses in the "
                        "facilitator's guide and discuss them together.",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": "Skills on both sides",
                    "text": "<p>Do not assume management understands the impact "
                    "of the systems it deploys. Co-governance needs extra "
                    "training for workers' representatives and managers alike — "
                    "make that a demand too.</p>",
                },
            ),
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
                "title": "Slide deck: the co-governance guide and its 19 questions",
                "language": "en",
                "description": "Slides introducing the seven themes and the 19 questions.",
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
        "strapline": "Find, adapt and share real bargaining language on digitalisation.",
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
            (
                "paragraph",
                "<p>Workshop 4 began drafting concrete clauses; this session "
                "goes further. The hub gathers real-world collective agreement "
                "clauses, union guidance and framework agreements so that "
                "negotiators can find wording to bring to the table and "
                "strengthen workers' rights in a period of rapid technological "
                "change. It is online only, with the language chosen above the "
                "title.</p>",
            ),
            ("heading", "Finding your way around"),
            (
                "definition",
                {
                    "term": "Themes",
                    "definition": "Clauses are sorted into 8 themes, listed on "
                    "the left of the screen.",
                },
            ),
            (
                "definition",
                {
                    "term": "Report view",
                    "definition": "For each theme, a short summary, why it "
                    "matters, and a handful of highlighted clauses from the "
                    "database.",
                },
            ),
            (
                "definition",
                {
                    "term": "Database view",
                    "definition": "The full collection of clauses, ready to browse.",
                },
            ),
            (
                "definition",
                {
                    "term": "Search",
                    "definition": "Narrow the list by theme, country, sector, union "
                    "or type of clause to see only the clauses that fit.",
                },
            ),
            (
                "example",
                {
                    "title": "What a search can turn up",
                    "text": "<p>A search for “technological change” in public "
                    "administration might bring up a clause like the one in "
                    "Québec's public service collective agreement (2015–2020): "
                    "where new machinery, equipment or tools significantly "
                    "change jobs, a joint industrial relations committee is set "
                    "up in the department concerned, within 30 days of the "
                    "agreement taking effect, to identify problems and "
                    "solutions.</p>",
                },
            ),
            ("heading", "Running the session"),
            (
                "paragraph",
                "<p>This workshop is about doing rather than listening. Book "
                "<strong>two hours</strong>: experience shows that "
                "participants get most out of it when they have plenty of time "
                "to explore the hub and work on the scenarios.</p>",
            ),
            (
                "steps",
                {
                    "title": "Session plan",
                    "steps": [
                        "Show the how-to video and open the hub together.",
                        "Tour the themes in report view, then switch to database view.",
                        "Practise filtering by country, sector and clause type.",
                        "In groups, answer the scenario questions by finding "
                        "clauses that fit, and adapt one to your own context.",
                        "Report back and compare with the possible answers in "
                        "the facilitator's guide.",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": "Read the speaker notes",
                    "text": "<p>The slide deck carries speaker notes that walk "
                    "you through each step — check them before the session.</p>",
                },
            ),
            ("heading", "Keeping the hub alive"),
            (
                "paragraph",
                "<p>Users can upload their own clauses. Encourage participants "
                "to contribute agreements their unions have won, so that the "
                "database stays current and represents unions from every "
                "region.</p>",
            ),
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
                "description": "Slides with speaker notes for a hands-on tour of the hub.",
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
            (
                "definition",
                {
                    "term": "Digital Impact Framework (DIF)",
                    "definition": "An online, interactive self-assessment that "
                    "helps unions take informed, critical decisions about "
                    "digital tools and build digital awareness across the whole "
                    "organisation.",
                },
            ),
            (
                "paragraph",
                "<p>The DIF draws on existing digital and data maturity "
                "frameworks and on the UK TUC's digital health check. It is "
                "meant for the leadership or department team as a group: its "
                "value lies in the discussion it prompts.</p>",
            ),
            ("heading", "What it does — and does not — do"),
            (
                "paragraph",
                "<p>The framework does not recommend particular tools or draft "
                "policies and visions for you. Instead, for each dimension, it "
                "describes what your union would be doing if its score were "
                "higher. Deciding how to get there — goals, milestones, "
                "timelines and who is responsible — is up to the team.</p>",
            ),
            (
                "callout",
                {
                    "kind": "note",
                    "title": "Start with the video",
                    "text": "<p>Open the meeting with the introductory video. It "
                    "explains how to use the DIF and why it leaves the choice of "
                    "tools and policies to you.</p>",
                },
            ),
            ("heading", "Running the session"),
            (
                "steps",
                {
                    "title": "What the team does",
                    "steps": [
                        "Open the tool (language choice top right) and, on each "
                        "dimension, pick the one of five levels closest to where "
                        "the union is today.",
                        "For every dimension, discuss why you are at that level "
                        "and what it would take to climb one or two levels.",
                        "Once every dimension is scored, save the results as a PDF "
                        "and put today's date on it.",
                        "Agree on one or two dimensions to improve in the months ahead.",
                        "Set goals and milestones, and appoint a person responsible for the work.",
                        "Meet again regularly to review progress.",
                        "Once the milestones are reached, retake the framework "
                        "and see how progress on one dimension affects the "
                        "others.",
                        "Pick new dimensions, download and date the new PDF, "
                        "and repeat from step 4.",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": "Do it together",
                    "text": "<p>Reserve a two-hour slot and make sure the whole "
                    "leadership or department team goes through the framework "
                    "together, rather than one person filling it in.</p>",
                },
            ),
            ("heading", "After the session"),
            (
                "paragraph",
                "<p>The dated PDFs become the union's record of progress. "
                "Comparing them over time shows which efforts are paying off "
                "and where to focus next.</p>",
            ),
        ],
        "materials": [
            {
                "kind": "facilitator_guide",
                "title": "Workshop 6 facilitator's guide: the DIF",
                "language": "en",
                "description": "Session notes with possible answers to the group discussions.",
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
                "description": "Slides to structure the team's discussion of each dimension.",
            },
        ],
    },
]


# ---------------------------------------------------------------------------
# Tools and guides
# ---------------------------------------------------------------------------

TOOLS = [
    {
        "slug": "data-lifecycle-at-work",
        "title": "The Data Lifecycle at Work",
        "kind": "guide",
        "summary": (
            "A guide for mapping where management gets workers' data, what "
            "it is used for, who can access it, where it is stored and how "
            "it is off-boarded — and for turning each answer into a "
            "bargaining or policy demand."
        ),
        "why_it_matters": (
            "<p>Data protection law rarely gives workers strong rights over "
            "the data gathered about them. By following data through its "
            "whole lifecycle, unions can see exactly where the gaps are and "
            "negotiate <strong>collective</strong> data rights to fill "
            "them: from a say over data sources to the right to block the "
            "sale of data sets.</p>"
        ),
        "how_to_use": (
            "<p>Take one digital system at a time and work through the four "
            "phases in order. Note what you already know, what you must ask "
            "management, and the right you want to win. Use the results to "
            "draft demands, then test them against the real agreements in "
            "the Digital Bargaining Hub.</p>"
        ),
        "workshop": 2,
        "structure": {
            "type": "phases",
            "items": [
                {
                    "title": "Data collection",
                    "what_to_ask": [
                        "Which internal and external tools collect data about workers?",
                        "What are the sources of that data?",
                        "What were the tools trained on?",
                        "Were shop stewards and workers told about the "
                        "tools before they were introduced?",
                    ],
                    "what_to_negotiate": [
                        "A clear right to know which digital tools are used, "
                        "their training data and their data sources.",
                        "The right to rebut or reject proposed collection tools.",
                        "A say over the sources data may be drawn from.",
                    ],
                },
                {
                    "title": "Data analysis",
                    "what_to_ask": [
                        "Which inferences, profiles or scores are drawn from the data?",
                        "Are they used for schedules, pay, hiring, promotion or dismissal?",
                        "Do they predict behaviour from past patterns, emotions or activity?",
                    ],
                    "what_to_negotiate": [
                        "Access to inferences, with rights to correct, block or delete them.",
                        "Agreed purposes for collecting and analysing data.",
                        "Red lines on what data may never be used for — for "
                        "instance, safety data kept out of performance "
                        "reviews.",
                    ],
                },
                {
                    "title": "Data storage and access",
                    "what_to_ask": [
                        "In which jurisdiction is the data stored, and which law applies?",
                        "Which third parties, such as an outsourced payroll "
                        "provider, can access it?",
                        "May those third parties reuse, combine or sell the data?",
                    ],
                    "what_to_negotiate": [
                        "Limits on third parties repurposing workers' data.",
                        "A ban on selling data, or combining it with other data sets for sale.",
                        "Transparency about where and under which law data is held.",
                    ],
                },
                {
                    "title": "Data off-boarding",
                    "what_to_ask": [
                        "What data leaves the employer's systems, and to whom?",
                        "Is data shared, sold or deleted?",
                        "What happens to data sets and inferences once their "
                        "original purpose is met?",
                    ],
                    "what_to_negotiate": [
                        "The right to know what is off-boarded and to whom.",
                        "The right to object to, or block, off-boarding.",
                        "Deletion of data sets and inferences once their "
                        "original purpose is fulfilled.",
                        "No sale of data sets that contain workers' personal data.",
                    ],
                },
            ],
        },
    },
    {
        "slug": "data-rights-tool",
        "title": "The Data Rights Tool",
        "kind": "interactive",
        "summary": (
            "An advanced online tool, also known as Negotiating Data Rights, "
            "that presents your data rights step by step while you map the "
            "digital technologies in a workplace and decide which limits to "
            "set."
        ),
        "why_it_matters": (
            "<p>Few people know every article of their data protection law. "
            "The tool brings the relevant rights to you, nudges you to use "
            "them where they exist and suggests clauses to negotiate where "
            "they do not. It is tailored to the GDPR but useful anywhere, "
            "because workers' digital rights are weak in most countries.</p>"
        ),
        "how_to_use": (
            "<p>Work through the four parts in order until you know the "
            "tool well. Early on, open the accompanying worksheet and save "
            "a copy: it is a spreadsheet for logging what you learn about "
            "each system. Allow time — you will need information from "
            "management before you can finish.</p>"
        ),
        "workshop": 3,
        "structure": {
            "type": "parts",
            "items": [
                {
                    "title": "Part 1: Tools and systems",
                    "summary": "Find out which digital tools and systems are "
                    "used to manage and monitor work.",
                    "questions": [
                        "Which digital tools and systems are in use, and for what?",
                        "Which of them monitor workers, and how invasively?",
                        "Were workers' representatives informed and "
                        "consulted before they were introduced?",
                        "Who supplies and runs each system?",
                    ],
                    "limits": [
                        "No covert monitoring tools.",
                        "No new system without prior information and consultation.",
                        "Clear bans on specific invasive systems the union identifies.",
                    ],
                },
                {
                    "title": "Part 2: Data sources",
                    "summary": "Map where the systems get their data and "
                    "limit what management may extract.",
                    "questions": [
                        "Which sources feed the systems — devices, apps, "
                        "sensors, HR records, outside sources?",
                        "Which categories of worker data are collected?",
                        "On what legal basis is each category collected?",
                    ],
                    "limits": [
                        "Collect only the data needed for agreed purposes.",
                        "No data from workers' private devices, private lives or social media.",
                    ],
                },
                {
                    "title": "Part 3: Automated decisions and profiling",
                    "summary": "Map decisions and profiles produced by "
                    "systems and agree which analyses are acceptable.",
                    "questions": [
                        "Which decisions about workers are made wholly or partly by a system?",
                        "What profiles or predictions are made about workers?",
                        "Can workers see, question and correct them?",
                        "Is a human able to review and overturn the outcome?",
                    ],
                    "limits": [
                        "No decision on hiring, discipline, pay or dismissal "
                        "taken by a system alone.",
                        "No profiling that workers and their union have not accepted.",
                        "Human review of any contested outcome.",
                    ],
                },
                {
                    "title": "Part 4: Third-party access",
                    "summary": "Establish whether third parties can reach "
                    "workers' data and limit what they may do with it.",
                    "questions": [
                        "Which vendors, contractors or other bodies can access workers' data?",
                        "Where, and under which jurisdiction, do they hold it?",
                        "May they reuse, combine or sell it?",
                    ],
                    "limits": [
                        "No reuse for other purposes.",
                        "No sale of workers' data, alone or combined with other data sets.",
                        "Return or deletion of data when the contract ends.",
                    ],
                },
            ],
        },
    },
    {
        "slug": "co-governing-algorithmic-systems",
        "title": "Co-governing Algorithmic Systems",
        "kind": "guide",
        "summary": (
            "A guide of seven themes and 19 questions to put to management "
            "so that it takes responsibility and liability for the digital "
            "systems it deploys, bought in or built in-house, and uses them "
            "fairly and inclusively."
        ),
        "why_it_matters": (
            "<p>Many workers and stewards do not know which algorithmic "
            "systems operate in their workplace, and managerial "
            "responsibility for them is often unclear. In public services "
            "the systems are frequently licensed from private vendors, so "
            "the procurement contract may decide who can change them. "
            "Asking the right questions is the first step towards "
            "<strong>co-governance</strong>.</p>"
        ),
        "how_to_use": (
            "<p>Prepare by noting how you expect management to answer each "
            "question. Ask for the relevant managers — HR, IT, data "
            "protection, department heads — to attend, and give them time "
            "to respond. Judge whether each reply is satisfactory and press "
            "for more detail when it is not.</p>"
        ),
        "workshop": 4,
        "structure": {
            "type": "themes",
            "items": [
                {
                    "number": 1,
                    "title": "Transparency and procurement contracts",
                    "summary": "Establish which systems exist, where they "
                    "come from and who controls them and their data.",
                    "questions": [
                        "Which algorithmic or automated systems are used in "
                        "our workplace, and what is each one for?",
                        "Was each system developed in-house, or licensed or "
                        "bought from a vendor — and which one?",
                        "What does the contract with the developer or vendor "
                        "allow management to change in the system?",
                        "Who — vendor, employer or both — can access and "
                        "control the data the systems extract?",
                    ],
                },
                {
                    "number": 2,
                    "title": "Responsibility",
                    "summary": "Clarify who in management answers for each system and its effects.",
                    "questions": [
                        "Which manager or department — local or central HR, "
                        "IT or another — is responsible for each system, and "
                        "who should representatives turn to?",
                        "Who carries out impact assessments and oversees the "
                        "system's effects on workers over time?",
                    ],
                },
                {
                    "number": 3,
                    "title": "Right of redress",
                    "summary": "Make sure workers can challenge outcomes "
                    "that rely on these systems.",
                    "questions": [
                        "How can a worker challenge a decision based wholly "
                        "or partly on the system?",
                        "Will a person with the authority to change the "
                        "decision review each challenge, and how fast?",
                    ],
                },
                {
                    "number": 4,
                    "title": "Data protection and rights",
                    "summary": "Know what happens to workers' data, and "
                    "win a say over it and the means to correct it.",
                    "questions": [
                        "What data about workers does the system collect, and for what reasons?",
                        "What happens to the data after extraction — where "
                        "is it kept, who sees it, is it shared or sold, and "
                        "when is it deleted?",
                        "How can workers and their representatives "
                        "co-determine and correct the data and the "
                        "inferences drawn from it?",
                    ],
                },
                {
                    "number": 5,
                    "title": "Harms and benefits",
                    "summary": "Probe the assessments and audits behind a "
                    "system and the remedies for harm.",
                    "questions": [
                        "Which assessments or audits of the system have been "
                        "carried out, and will the union see the results?",
                        "How are intended and unintended harms to workers "
                        "identified once the system is running?",
                        "What remedies are in place if harms are found?",
                    ],
                },
                {
                    "number": 6,
                    "title": "Adjustments",
                    "summary": "Find out who may amend the algorithm when "
                    "harm or other adverse effects appear.",
                    "questions": [
                        "If harms are identified, what right does management "
                        "have to amend the algorithm, especially in a "
                        "third-party system?",
                        "What right will workers and their union have to "
                        "propose or require those amendments?",
                    ],
                },
                {
                    "number": 7,
                    "title": "Co-governance",
                    "summary": "Put joint mechanisms in place and make sure "
                    "both sides have the skills to use them.",
                    "questions": [
                        "What joint mechanism will let workers and "
                        "management govern the system together?",
                        "How will the managers and representatives closest "
                        "to the affected workers take part in it?",
                        "Do management and workers' representatives have "
                        "the skills and knowledge to co-govern the system, "
                        "and what training will be provided?",
                    ],
                },
            ],
        },
    },
    {
        "slug": "digital-bargaining-hub",
        "title": "The Digital Bargaining Hub",
        "kind": "database",
        "summary": (
            "The first free, openly accessible and searchable online "
            "collection of clauses from real collective agreements, together "
            "with union guidance and framework agreements on digitalisation "
            "— around 500 clauses, in English, "
            "French and Spanish."
        ),
        "why_it_matters": (
            "<p>Negotiators rarely have time to draft new wording from "
            "scratch. The hub lets them see how other unions have dealt "
            "with surveillance, data, algorithms, working time or training, "
            "and adapt tested language for their own bargaining table.</p>"
        ),
        "how_to_use": (
            "<p>Start with a theme in report view to understand the issue, "
            "move to the database view to see every clause, and narrow the "
            "list with filters or keywords. When your union wins a new "
            "clause, upload it so others can learn from it.</p>"
        ),
        "workshop": 5,
        "structure": {
            "type": "ways_in",
            "items": [
                {
                    "title": "Themes and report view",
                    "text": "Clauses are grouped into 8 themes, shown on the "
                    "left of the screen. For each theme the report view "
                    "gives a short summary, explains why it matters and "
                    "highlights a few clauses from the database.",
                },
                {
                    "title": "Database view",
                    "text": "Browse the complete collection and filter it by "
                    "theme, clause type, union, country or sector.",
                },
                {
                    "title": "Keyword search",
                    "text": "Type a word such as “GPS”, “data” or "
                    "“algorithm” to get a list of every clause that "
                    "mentions it.",
                },
                {
                    "title": "Contribute your clauses",
                    "text": "Upload clauses your union has negotiated so the "
                    "database stays up to date and represents unions from "
                    "every region.",
                },
            ],
        },
    },
    {
        "slug": "digital-impact-framework",
        "title": "The Digital Impact Framework",
        "kind": "interactive",
        "summary": (
            "An online, interactive self-assessment that helps union "
            "leadership and department teams plan a privacy-preserving, "
            "rights-based digital transformation of their own union."
        ),
        "why_it_matters": (
            "<p>Unions need digital tools to campaign and organise, but "
            "choosing them uncritically can put members' privacy and the "
            "union's independence at risk. Inspired by data maturity "
            "frameworks and the UK TUC's digital health check, the DIF "
            "helps unions decide with care and spread digital awareness "
            "across the organisation.</p>"
        ),
        "how_to_use": (
            "<p>Go through it as a team in a two-hour session. The DIF does "
            "not prescribe tools or policies: for each dimension it shows "
            "what a higher score would look like, and the team decides how "
            "to get there, then measures its progress by retaking the "
            "framework.</p>"
        ),
        "workshop": 6,
        "structure": {
            "type": "steps",
            "items": [
                {
                    "title": "Pick a level for each dimension",
                    "text": "On every dimension, choose the one of five "
                    "levels that best matches the union's current impact.",
                },
                {
                    "title": "Discuss where you stand",
                    "text": "For each dimension, talk through why you are "
                    "at that level and what would lift you one or two levels "
                    "higher.",
                },
                {
                    "title": "Download and date the PDF",
                    "text": "Save the results as a PDF with today's date as your baseline.",
                },
                {
                    "title": "Choose one or two dimensions",
                    "text": "Select the one or two dimensions you will work "
                    "on over the next months.",
                },
                {
                    "title": "Set goals and milestones",
                    "text": "Define project goals and milestones, and name a "
                    "person responsible for overseeing the work.",
                },
                {
                    "title": "Review progress regularly",
                    "text": "Meet as a group at intervals to check how the work is going.",
                },
                {
                    "title": "Retake and compare",
                    "text": "When the milestones are reached, retake the "
                    "framework, compare with the earlier PDF and note how "
                    "gains on one dimension affect others; then choose new "
                    "dimensions and repeat.",
                },
            ],
        },
    },
]


# ---------------------------------------------------------------------------
# Regional materials
# ---------------------------------------------------------------------------
# Audiences: "organiser" (Digital Rights Organisers), "leader" (union
# leaders), "bargaining" (bargaining officers, shop stewards and union staff).


REGIONS = [
    {
        "slug": "africa-mena",
        "title": "Africa & MENA",
        "languages": ["en", "fr"],
        "intro": (
            "Material from the workshops held with affiliates across Africa "
            "and the Middle East and North Africa, in English and French. "
            "Slides, recordings and training reports are sorted by audience "
            "so that participants can share them with colleagues."
        ),
        "coordinators": [
            {
                "name": "Daniel Oberko",
                "role": "Regional coordinator",
                "organisation": "PSI",
                "email": "daniel.oberko@world-psi.org",
            },
        ],
        "materials": [
            {
                "audience": "organiser",
                "language": "en",
                "kind": "slides",
                "title": "Digital Rights Organisers: workshop slides",
            },
            {
                "audience": "organiser",
                "language": "en",
                "kind": "recording",
                "title": "Digital Rights Organisers: session recordings",
            },
            {
                "audience": "organiser",
                "language": "en",
                "kind": "handout",
                "title": "Digital Rights Organisers: training report",
            },
            {
                "audience": "leader",
                "language": "en",
                "kind": "slides",
                "title": "Union leaders: workshop slides",
            },
            {
                "audience": "leader",
                "language": "en",
                "kind": "recording",
                "title": "Union leaders: session recordings",
            },
            {
                "audience": "bargaining",
                "language": "en",
                "kind": "slides",
                "title": "Bargaining officers and staff: workshop slides",
            },
            {
                "audience": "bargaining",
                "language": "en",
                "kind": "recording",
                "title": "Bargaining officers and staff: session recordings",
            },
            {
                "audience": "organiser",
                "language": "fr",
                "kind": "slides",
                "title": "Organisateurs des droits numériques : diapositives des ateliers",
            },
            {
                "audience": "organiser",
                "language": "fr",
                "kind": "recording",
                "title": "Organisateurs des droits numériques : enregistrements des sessions",
            },
            {
                "audience": "organiser",
                "language": "fr",
                "kind": "handout",
                "title": "Organisateurs des droits numériques : rapport de formation",
            },
            {
                "audience": "leader",
                "language": "fr",
                "kind": "slides",
                "title": "Dirigeants syndicaux : diapositives des ateliers",
            },
            {
                "audience": "leader",
                "language": "fr",
                "kind": "recording",
                "title": "Dirigeants syndicaux : enregistrements des sessions",
            },
            {
                "audience": "bargaining",
                "language": "fr",
                "kind": "slides",
                "title": "Négociateurs et personnel syndical : diapositives des ateliers",
            },
            {
                "audience": "bargaining",
                "language": "fr",
                "kind": "recording",
                "title": "Négociateurs et personnel syndical : enregistrements des sessions",
            },
        ],
    },
    {
        "slug": "asia-pacific",
        "title": "Asia-Pacific",
        "languages": ["en"],
        "intro": (
            "Material from the Asia-Pacific workshops, delivered in English "
            "for affiliates across the region. Each audience has its own "
            "slides, recordings and reports to reuse in local training."
        ),
        "coordinators": [
            {
                "name": "Susana Barria",
                "role": "Regional coordinator",
                "organisation": "PSI",
                "email": "susana.barria@world-psi.org",
            },
        ],
        "materials": [
            {
                "audience": "organiser",
                "language": "en",
                "kind": "slides",
                "title": "Digital Rights Organisers: workshop slides",
            },
            {
                "audience": "organiser",
                "language": "en",
                "kind": "recording",
                "title": "Digital Rights Organisers: session recordings",
            },
            {
                "audience": "organiser",
                "language": "en",
                "kind": "handout",
                "title": "Digital Rights Organisers: training report",
            },
            {
                "audience": "leader",
                "language": "en",
                "kind": "slides",
                "title": "Union leaders: workshop slides",
            },
            {
                "audience": "leader",
                "language": "en",
                "kind": "recording",
                "title": "Union leaders: session recordings",
            },
            {
                "audience": "leader",
                "language": "en",
                "kind": "handout",
                "title": "Union leaders: training report",
            },
            {
                "audience": "bargaining",
                "language": "en",
                "kind": "slides",
                "title": "Bargaining officers and staff: workshop slides",
            },
            {
                "audience": "bargaining",
                "language": "en",
                "kind": "recording",
                "title": "Bargaining officers and staff: session recordings",
            },
            {
                "audience": "bargaining",
                "language": "en",
                "kind": "handout",
                "title": "Bargaining officers and staff: training report",
            },
        ],
    },
    {
        "slug": "europe",
        "title": "Europe",
        "languages": ["en", "fr"],
        "intro": (
            "Material from the European workshops, run with the European "
            "Federation of Public Service Unions (EPSU) and available in "
            "English and French. Several sessions look closely at the rights "
            "workers already have under the GDPR and how to build on them."
        ),
        "coordinators": [
            {
                "name": "Richard Pond",
                "role": "Contact for EPSU",
                "organisation": "EPSU (European Federation of Public Service Unions)",
                "email": "rpond@epsu.org",
            },
            {
                "name": "Daniel Bertossa",
                "role": "Contact for PSI",
                "organisation": "PSI",
                "email": "daniel.bertossa@world-psi.org",
            },
        ],
        "materials": [
            {
                "audience": "organiser",
                "language": "en",
                "kind": "handout",
                "title": "Digital Rights Organisers: training material "
                "(Europe, North America and Caribbean, 2021)",
            },
            {
                "audience": "organiser",
                "language": "en",
                "kind": "slides",
                "title": "Digital Rights Organisers: workshop slides",
            },
            {
                "audience": "organiser",
                "language": "en",
                "kind": "recording",
                "title": "Digital Rights Organisers: session recordings",
            },
            {
                "audience": "leader",
                "language": "en",
                "kind": "slides",
                "title": "Union leaders: workshop slides",
            },
            {
                "audience": "leader",
                "language": "en",
                "kind": "recording",
                "title": "Union leaders: session recordings",
            },
            {
                "audience": "bargaining",
                "language": "en",
                "kind": "slides",
                "title": "Bargaining officers and staff: workshop slides",
            },
            {
                "audience": "bargaining",
                "language": "en",
                "kind": "recording",
                "title": "Bargaining officers and staff: session recordings",
            },
            {
                "audience": "organiser",
                "language": "fr",
                "kind": "handout",
                "title": "Organisateurs des droits numériques : supports de "
                "formation (Europe, Amérique du Nord et Caraïbes, 2021)",
            },
            {
                "audience": "organiser",
                "language": "fr",
                "kind": "slides",
                "title": "Organisateurs des droits numériques : diapositives des ateliers",
            },
            {
                "audience": "leader",
                "language": "fr",
                "kind": "slides",
                "title": "Dirigeants syndicaux : diapositives des ateliers",
            },
            {
                "audience": "leader",
                "language": "fr",
                "kind": "recording",
                "title": "Dirigeants syndicaux : enregistrements des sessions",
            },
            {
                "audience": "bargaining",
                "language": "fr",
                "kind": "slides",
                "title": "Négociateurs et personnel syndical : diapositives des ateliers",
            },
        ],
    },
    {
        "slug": "north-america-caribbean",
        "title": "North America & Caribbean",
        "languages": ["en", "fr"],
        "intro": (
            "Material from the workshops for affiliates in North America and "
            "the Caribbean, in English and French. It shares its training "
            "material for Digital Rights Organisers with the European "
            "sessions, alongside region-specific slides and recordings."
        ),
        "coordinators": [
            {
                "name": "Steve Porter",
                "role": "Regional coordinator, Americas",
                "organisation": "PSI",
                "email": "steve.porter@world-psi.org",
            },
            {
                "name": "Gabriel Casnati",
                "role": "Regional coordinator, Americas",
                "organisation": "PSI",
                "email": "gabriel.casnati@world-psi.org",
            },
        ],
        "materials": [
            {
                "audience": "organiser",
                "language": "en",
                "kind": "handout",
                "title": "Digital Rights Organisers: training material "
                "(Europe, North America and Caribbean, 2021)",
            },
            {
                "audience": "organiser",
                "language": "en",
                "kind": "recording",
                "title": "Digital Rights Organisers: session recordings",
            },
            {
                "audience": "leader",
                "language": "en",
                "kind": "slides",
                "title": "Union leaders: workshop slides",
            },
            {
                "audience": "leader",
                "language": "en",
                "kind": "recording",
                "title": "Union leaders: session recordings",
            },
            {
                "audience": "bargaining",
                "language": "en",
                "kind": "slides",
                "title": "Bargaining officers and staff: workshop slides",
            },
            {
                "audience": "bargaining",
                "language": "en",
                "kind": "recording",
                "title": "Bargaining officers and staff: session recordings",
            },
            {
                "audience": "organiser",
                "language": "fr",
                "kind": "handout",
                "title": "Organisateurs des droits numériques : supports de "
                "formation (Europe, Amérique du Nord et Caraïbes, 2021)",
            },
            {
                "audience": "organiser",
                "language": "fr",
                "kind": "recording",
                "title": "Organisateurs des droits numériques : enregistrements des sessions",
            },
            {
                "audience": "leader",
                "language": "fr",
                "kind": "slides",
                "title": "Dirigeants syndicaux : diapositives des ateliers",
            },
            {
                "audience": "bargaining",
                "language": "fr",
                "kind": "slides",
                "title": "Négociateurs et personnel syndical : diapositives des ateliers",
            },
            {
                "audience": "bargaining",
                "language": "fr",
                "kind": "recording",
                "title": "Négociateurs et personnel syndical : enregistrements des sessions",
            },
        ],
    },
    {
        "slug": "latin-america",
        "title": "Latin America",
        "languages": ["es", "pt"],
        "intro": (
            "Material from the Latin American workshops, in Spanish and "
            "Portuguese. Slides, recordings and reports are grouped by "
            "audience so unions can carry the training forward in their own "
            "language."
        ),
        "coordinators": [
            {
                "name": "Steve Porter",
                "role": "Regional coordinator, Americas",
                "organisation": "PSI",
                "email": "steve.porter@world-psi.org",
            },
            {
                "name": "Gabriel Casnati",
                "role": "Regional coordinator, Americas",
                "organisation": "PSI",
                "email": "gabriel.casnati@world-psi.org",
            },
        ],
        "materials": [
            {
                "audience": "organiser",
                "language": "es",
                "kind": "slides",
                "title": "Organizadores de derechos digitales: diapositivas de los talleres",
            },
            {
                "audience": "organiser",
                "language": "es",
                "kind": "recording",
                "title": "Organizadores de derechos digitales: grabaciones de las sesiones",
            },
            {
                "audience": "organiser",
                "language": "es",
                "kind": "handout",
                "title": "Organizadores de derechos digitales: informe de formación",
            },
            {
                "audience": "leader",
                "language": "es",
                "kind": "slides",
                "title": "Dirigentes sindicales: diapositivas de los talleres",
            },
            {
                "audience": "leader",
                "language": "es",
                "kind": "recording",
                "title": "Dirigentes sindicales: grabaciones de las sesiones",
            },
            {
                "audience": "bargaining",
                "language": "es",
                "kind": "slides",
                "title": "Negociadores y personal sindical: diapositivas de los talleres",
            },
            {
                "audience": "bargaining",
                "language": "es",
                "kind": "recording",
                "title": "Negociadores y personal sindical: grabaciones de las sesiones",
            },
            {
                "audience": "organiser",
                "language": "pt",
                "kind": "slides",
                "title": "Organizadores de direitos digitais: slides das oficinas",
            },
            {
                "audience": "organiser",
                "language": "pt",
                "kind": "recording",
                "title": "Organizadores de direitos digitais: gravações das sessões",
            },
            {
                "audience": "leader",
                "language": "pt",
                "kind": "slides",
                "title": "Dirigentes sindicais: slides das oficinas",
            },
            {
                "audience": "leader",
                "language": "pt",
                "kind": "recording",
                "title": "Dirigentes sindicais: gravações das sessões",
            },
            {
                "audience": "bargaining",
                "language": "pt",
                "kind": "slides",
                "title": "Negociadores e equipe sindical: slides das oficinas",
            },
            {
                "audience": "bargaining",
                "language": "pt",
                "kind": "handout",
                "title": "Negociadores e equipe sindical: relatório de formação",
            },
        ],
    },
    {
        "slug": "global",
        "title": "Global",
        "languages": ["en"],
        "intro": (
            "Project-wide material in English for anyone who wants to run "
            "the training in their own union. It includes the Teach Forward! "
            "facilitator's guide, which distils the regional workshops into "
            "a six-session course."
        ),
        "coordinators": [
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
        "materials": [
            {
                "audience": "organiser",
                "language": "en",
                "kind": "facilitator_guide",
                "title": "Teach Forward! A Facilitator’s Guide to Our Digital Future",
            },
            {
                "audience": "organiser",
                "language": "en",
                "kind": "slides",
                "title": "Workshop 1 slide deck: the fundamentals of data and algorithms",
            },
            {
                "audience": "leader",
                "language": "en",
                "kind": "facilitator_guide",
                "title": "Workshop 6 facilitator's guide: the Digital Impact Framework",
            },
            {
                "audience": "leader",
                "language": "en",
                "kind": "recording",
                "title": "Introduction to the Digital Impact Framework",
            },
            {
                "audience": "bargaining",
                "language": "en",
                "kind": "facilitator_guide",
                "title": "Workshop 5 facilitator's guide: the Digital Bargaining Hub",
            },
            {
                "audience": "bargaining",
                "language": "en",
                "kind": "slides",
                "title": "Slide deck: the co-governance guide and its 19 questions",
            },
            {
                "audience": "bargaining",
                "language": "en",
                "kind": "recording",
                "title": "Digital Bargaining Hub: how to use it",
            },
        ],
    },
]


# ---------------------------------------------------------------------------
# Publications
# ---------------------------------------------------------------------------

PUBLICATIONS = [
    {
        "slug": "digitalization-and-public-services-a-labour-perspective",
        "title": "Digitalization and public services: a labour perspective",
        "year": 2019,
        "authors": (
            "Eckhard Voss (Wilke Maack GmbH, Hamburg) and Raquel Rego "
            "(University of Lisbon), for Public Services International with "
            "the support of the Friedrich-Ebert-Stiftung"
        ),
        "summary": (
            "PSI's first global overview of how digital technology is "
            "entering public services, based on a review of all its main "
            "sectors and on interviews with 20 public-service unions across "
            "the continents. It looks at what digitalisation means for "
            "service quality and access, for jobs and working conditions, "
            "and at how unions are responding, and concludes that the "
            "outcome turns on regulation and on whether workers have a say."
        ),
        "key_findings": [
            "How digital technology affects public services turns mostly on "
            "the rules governing its use and on the voice that workers and "
            "unions have when it is designed and introduced.",
            "Used well, digital tools can raise quality and widen access, "
            "support democratic accountability and trust in public "
            "institutions, and improve occupational health and safety.",
            "The same tools can open the door to privatisation, make public "
            "bodies dangerously dependent on private technology providers "
            "and deepen inequalities between service users.",
            "Digitalisation in public services is often driven by private "
            "corporate interests, and corporate-led projects are regularly "
            "linked to abuse of users' data and privacy.",
            "Where cost-cutting is the goal, digitalisation tends to cut "
            "jobs, expand surveillance and performance monitoring, lengthen "
            "working time and pile on tasks.",
            "Projects imposed from the top without impact assessment or the "
            "involvement of workers and users tend to lose effectiveness and "
            "fail, often at great public cost.",
            "Regulation remains patchy and fragmented while corporate digital "
            "agendas are global, so good practice needs to be scaled up and "
            "matched by global rules.",
            "Collective bargaining at local, national and company level is a "
            "critical tool for governing digital technology in public "
            "services.",
        ],
        "sections": [
            {
                "title": "Purpose and method",
                "text": (
                    "<p>PSI made digitalisation a priority in its 2017 "
                    "Congress Programme of Action and commissioned this "
                    "report, with support from the Friedrich-Ebert-Stiftung, "
                    "as a basis for debate among public-service unions. It "
                    "combines desk research with interviews of "
                    "representatives from 20 affiliated unions, carried out "
                    "between late 2018 and early 2019 in English, French, "
                    "Spanish, German, Portuguese and Swedish.</p>"
                    "<p>The report has five chapters:</p>"
                    "<ol>"
                    "<li>an overview and analysis by sector;</li>"
                    "<li>the impact on public service quality and "
                    "effectiveness;</li>"
                    "<li>the impact on employment and working "
                    "conditions;</li>"
                    "<li>union policies and initiatives to shape the "
                    "change;</li>"
                    "<li>conclusions, recommendations and areas for further "
                    "research.</li>"
                    "</ol>"
                ),
            },
            {
                "title": "Central government",
                "text": (
                    "<p>E-government and “digital first” are no longer "
                    "confined to single services: they run across "
                    "ministries, tax, courts, prisons, borders and "
                    "emergency services. The UN E-Government Survey 2018 "
                    "counted <strong>176</strong> countries offering "
                    "digitally archived information, up from 154 in 2016, "
                    "yet deep digital divides remain.</p>"
                    "<ul>"
                    "<li><strong>Singapore</strong> has pursued an integrated "
                    "digital government strategy since the 1980s and plans "
                    "to move most government services to the cloud by "
                    "2023.</li>"
                    "<li><strong>India</strong>'s Aadhaar identity scheme "
                    "(2009) collects iris scans, fingerprints and photos, "
                    "with enrolment outsourced to private firms; since 2016 "
                    "it has been compulsory for most welfare services.</li>"
                    "<li><strong>Denmark</strong>, first in the 2018 UN "
                    "index, set up an Agency for Digitisation in 2011; since "
                    "2014 authorities must communicate with citizens only "
                    "digitally.</li>"
                    "<li><strong>Québec</strong>'s SAGIR payment and "
                    "invoicing system took 12 years instead of five and cost "
                    "750% more than budgeted.</li>"
                    "<li><strong>Kansas</strong> (USA) now accepts social "
                    "benefit claims only online, removing human contact "
                    "altogether.</li>"
                    "</ul>"
                ),
            },
            {
                "title": "Local and regional government",
                "text": (
                    "<p>Most public services are delivered locally, so this "
                    "is where digital services meet the most citizens and "
                    "involve the most workers. “Smart city” projects use "
                    "sensors, cameras and data processing to run lighting, "
                    "waste routes and traffic, predict crime or floods, and "
                    "consult residents online.</p>"
                    "<p>Models differ sharply. India's 100 selected smart "
                    "cities follow a corporate-led, investment-first "
                    "approach that creates “smart enclaves” and pushes "
                    "low-income residents to the periphery. Since 2015, "
                    "<strong>Barcelona</strong> has taken a public-led path: "
                    "remunicipalisation, citizen participation, its own "
                    "tools instead of sold-off infrastructure, and ethical "
                    "digital standards that put residents' digital rights "
                    "first.</p>"
                ),
            },
            {
                "title": "Public utilities",
                "text": (
                    "<p>In energy, water and waste, smart grids, smart "
                    "meters and remote predictive maintenance make public "
                    "authorities dependent on private suppliers, who become "
                    "gatekeepers between authority, utility and users. "
                    "Authorities may end up buying back data that should be "
                    "theirs, paying heavily for routine fixes, or facing "
                    "maintenance algorithms biased towards unnecessary "
                    "work. Leasing pumps or networks instead of owning them "
                    "opens new routes to privatisation, and chatbots are "
                    "replacing customer call centres.</p>"
                    "<p>Germany's <strong>ver.di</strong> asks who a "
                    "“smart pump” notifies when it needs servicing, who "
                    "decides whether to act, what logic the algorithm "
                    "follows and who owns its data. The report stresses "
                    "in-house capacity and a manual back-up for when digital "
                    "systems fail.</p>"
                ),
            },
            {
                "title": "Health and social services",
                "text": (
                    "<p>Electronic records, mobile health, robotic surgery, "
                    "drones and telehealth can support staff and reach "
                    "remote areas. Québec's Carnet Santé gives citizens one "
                    "health platform; Danish municipal nurses send photos "
                    "of ulcers to hospital specialists and welcomed the "
                    "change; in Burkina Faso, digital files help curb "
                    "corruption and medicine theft.</p>"
                    "<p>The risks are serious. Health data on 1.6 million "
                    "patients of London's Royal Free trust, who could be "
                    "identified, was passed to Google-owned DeepMind; IBM's Watson gave "
                    "unsafe cancer-treatment advice; in South Korea, "
                    "digital health policy has been closely tied to "
                    "Samsung's business interests, leading to unnecessary "
                    "tests paid from public insurance; and a 2017 "
                    "cyber-attack halted care in 16 NHS hospitals. Tools "
                    "that help home-care workers plan routes can also be "
                    "used to time and pressure them.</p>"
                ),
            },
            {
                "title": "Education and culture",
                "text": (
                    "<p>Tablets, video tutorials and AI-driven individual "
                    "learning plans can make learning more interactive and "
                    "reach disadvantaged areas. But technology companies "
                    "treat education as “edu-business”, often bypassing "
                    "teachers and public institutions, while teachers face "
                    "heavier workloads with little training. The US union "
                    "<strong>AFT</strong> warns that public education risks "
                    "becoming a product families must buy. A 2017 survey by "
                    "Québec's <strong>CSQ</strong> of 130,000 education "
                    "workers (about 9,000 replies) saw technology as "
                    "potentially positive, provided training and classroom "
                    "rules are set through collective bargaining.</p>"
                ),
            },
            {
                "title": "Security, border and emergency services",
                "text": (
                    "<p>Body cameras, GPS tracking, drones and robots can "
                    "save lives in policing, prisons, firefighting and "
                    "rescue work. Gunshot detection from ShotSpotter was in "
                    "use in 95 cities in the United States and South Africa "
                    "by September 2018; iBorderCtrl, tested in Hungary, "
                    "Greece and Latvia, interviews travellers with a virtual "
                    "border guard; Spain's VeriPol estimates whether a "
                    "police complaint is false. Concerns include "
                    "dehumanised services without analogue back-up, "
                    "dependence on corporate suppliers, data breaches and "
                    "algorithmic bias — failures here can devastate "
                    "lives.</p>"
                ),
            },
            {
                "title": "Quality, efficiency and access",
                "text": (
                    "<p>Where services are scarce, interviewees saw digital "
                    "tools building trust by reducing corruption; where "
                    "welfare systems are strong, they feared machine-made "
                    "decisions would erode it. “Digital only” approaches "
                    "exclude older people, people with disabilities, "
                    "low-income groups, migrants and refugees.</p>"
                    "<ul>"
                    "<li>In <strong>Norway</strong>, outsourcing the South "
                    "Eastern Regional Health Authority's IT, despite union "
                    "warnings, gave contractors abroad access to sensitive "
                    "data on almost 3 million people; the contract was "
                    "cancelled at high cost.</li>"
                    "<li>The UK NHS's national IT programme, launched in "
                    "2002 with a £6.2 billion budget and designed top-down, "
                    "was abandoned in 2011 with losses of several billion "
                    "pounds.</li>"
                    "<li>Québec's Auditor General found the government "
                    "paying 50% more for private IT staff than for its own "
                    "equivalent employees.</li>"
                    "<li>In Denmark, heavy cuts to tax staff in a highly "
                    "automated system were followed by more unpaid tax, "
                    "fraud cases and falling public trust.</li>"
                    "</ul>"
                ),
            },
            {
                "title": "Employment and working conditions",
                "text": (
                    "<p>Digitalisation affects public-service jobs in five "
                    "ways: it creates new roles, destroys routine tasks, "
                    "changes job content and management methods, reduces "
                    "human contact with users, and shifts work towards "
                    "platforms and precarious contracts.</p>"
                    "<p>A ver.di survey of 6,600 public employees in Germany "
                    "found 56% reporting a heavier workload (4% lighter), "
                    "59% more stress and time pressure, and 47% more "
                    "management surveillance. By contrast, Danish "
                    "municipalities that automated simple tasks with worker "
                    "involvement — including a union representative "
                    "appointed as process automation officer — cut time on "
                    "them by around 30% and moved staff to more complex "
                    "work.</p>"
                    "<p>Health and safety risks include faster pace, longer "
                    "hours, isolation, eye strain, burn-out and "
                    "musculoskeletal problems; unions have answered with a "
                    "right to disconnect, written into law in France (2017) "
                    "and Italy (Law 81/2017, art. 19). Digitalisation is not "
                    "gender-neutral: women hold just 13% of ICT jobs, and "
                    "more than 200 million women lack internet access.</p>"
                ),
            },
            {
                "title": "How unions are responding",
                "text": (
                    "<p>Unions act in six main ways: building knowledge and "
                    "research; influencing policy and public opinion; "
                    "producing model agreements and training for stewards; "
                    "negotiating digital clauses; anticipating skill needs; "
                    "and building their own digital tools.</p>"
                    "<ul>"
                    "<li><strong>UNITE</strong> (UK) drafted a New "
                    "Technology Agreement in 2017, with a New Technology "
                    "Subcommittee and New Technology Representatives.</li>"
                    "<li><strong>ver.di</strong> (Germany) produced a model "
                    "agreement on e-government and IT framework agreements "
                    "on mobile devices.</li>"
                    "<li><strong>Fagforbundet</strong> (Norway) signed a "
                    "national tripartite cooperation agreement in 2017 "
                    "involving more than 70 municipalities.</li>"
                    "<li><strong>FP-CGIL</strong> (Italy) secured, in its 2018 "
                    "central government agreement, a joint body of employers "
                    "and unions to deal with innovation and its effects on "
                    "health and well-being.</li>"
                    "<li>Québec's public service agreement (2015–2020) "
                    "provides for a joint industrial relations committee, "
                    "set up within 30 days of the agreement taking effect, "
                    "in departments facing technological change.</li>"
                    "<li>Drammen municipality (Norway) has 55 worker "
                    "“digital agents” and a union seat on its steering "
                    "committee.</li>"
                    "<li><strong>AFT</strong> (USA) negotiated rules on "
                    "when providers may use workers' GPS data.</li>"
                    "<li><strong>AUPE</strong> (Singapore) won 4 hours of "
                    "paid digital training a month within a 100-hour annual "
                    "plan.</li>"
                    "</ul>"
                ),
            },
            {
                "title": "Conclusions",
                "text": (
                    "<p>The core issue is power: who decides whether and how "
                    "digital technology is used, and for whose benefit. "
                    "That power cannot be left to employers and global "
                    "corporations. Workers and their representatives must "
                    "help define the purpose and scope of new technologies "
                    "and take part in impact assessments before and after "
                    "they are introduced, and collective bargaining at every "
                    "level is central to building multi-level governance "
                    "that matches the global reach of corporate digital "
                    "agendas.</p>"
                ),
            },
            {
                "title": "Annex: the 20 union interviews",
                "text": (
                    "<p>Two unions, HK Kommunal and ver.di, were interviewed "
                    "twice from different angles.</p>"
                    "<ol>"
                    "<li>Confederación de Trabajadores Municipales (CTM) — "
                    "Argentina — local and regional government</li>"
                    "<li>Asociación del Personal Legislativo (APL) — "
                    "Argentina — central government</li>"
                    "<li>Younion — Austria — public services in general</li>"
                    "<li>Confederação Nacional dos Trabalhadores em "
                    "Seguridade Social da CUT (CNTSS) — Brazil — social "
                    "services and health</li>"
                    "<li>Syndicat de la fonction publique et parapublique "
                    "du Québec (SFPQ) — Québec, Canada — regional "
                    "administration</li>"
                    "<li>HK Kommunal — Denmark — local government "
                    "(Haderslev council)</li>"
                    "<li>HK Kommunal — Denmark — local government (national "
                    "perspective)</li>"
                    "<li>CFDT Health — France — health care</li>"
                    "<li>CGT FNME — France — energy</li>"
                    "<li>ver.di — Germany — local government and public "
                    "services in general</li>"
                    "<li>ver.di — Germany — water section</li>"
                    "<li>Nagpur Municipal Corporation Employees Union "
                    "(NMCEU) — India — local government and smart "
                    "cities</li>"
                    "<li>Fagforbundet, Norwegian Union of Municipal and "
                    "General Employees — Norway — municipal and central "
                    "government</li>"
                    "<li>Amalgamated Union of Public Employees (AUPE) — "
                    "Singapore — public administration and civil "
                    "service</li>"
                    "<li>Korean Health and Medical Workers' Union (KHMU) — "
                    "South Korea — public administration and health</li>"
                    "<li>FSC-CCOO — Spain — central administration, water "
                    "and sanitation, local government</li>"
                    "<li>UNISON — UK — public services in general, with a "
                    "focus on health care and women workers</li>"
                    "<li>UNITE — UK — public services in general</li>"
                    "<li>American Federation of Teachers (AFT) — USA — "
                    "central, federal and local administration, health and "
                    "social services, emergency services</li>"
                    "<li>Syndicat des Médecins du Burkina (SYMEB) — Burkina "
                    "Faso — health (doctors)</li>"
                    "</ol>"
                ),
            },
        ],
        "licence": "© Public Services International, 2019",
        "how_to_cite": (
            "Voss, E. and Rego, R. (2019). Digitalization and public "
            "services: a labour perspective. Public Services International."
        ),
    },
    {
        "slug": "union-action-guide-summary-and-reflections",
        "title": "Digitalisation: A Union Action Guide for Public Services, "
        "Work and Workers — Summary and reflections",
        "year": 2020,
        "authors": "Public Services International",
        "summary": (
            "The closing summary of PSI's action guide, which sets its work "
            "in a digital context across ten policy areas, from democracy "
            "and tax to health care, skills and unions' own transformation. "
            "Each area ends with questions for further work, and the "
            "concluding reflections argue that unions must build the "
            "knowledge and bargaining power to govern data and algorithms."
        ),
        "key_findings": [
            "Digital technology is neither good nor evil by nature: its "
            "effects on work, rights and privacy depend on the regulation in "
            "place, or missing.",
            "Collective agreements give public-service unions a strong "
            "lever to make workplace technology support wellbeing and "
            "gender equality.",
            "Workers' data rights are weak around the world — not by chance, "
            "but largely through industry lobbying — and must be improved.",
            "Unions need to understand data, algorithms and AI instructions "
            "well enough to demand the right kind of transparency and make "
            "management answer for its systems.",
            "Because data sets carry human bias, diverse and inclusive "
            "labour markets require workers at the governance table.",
            "Unions must protect their own organising: monitoring tools can "
            "flag union activity, and messaging and cloud services owned by "
            "data-hungry platforms expose members; privacy-respecting "
            "alternatives exist.",
            "When public and private bodies work together, the data they "
            "produce should be, as a minimum, under joint control and joint "
            "assessment, or public bodies lose their "
            "autonomy and the practical option of remunicipalisation.",
            "Stronger workers' data rights are a precondition for collective "
            "data rights and for data cooperatives, commons and trusts.",
            "Funding quality public services through the post-COVID-19 "
            "downturn will require new tax regimes and renewed "
            "redistribution of wealth.",
        ],
        "sections": [
            {
                "title": "1. Democracy – the duty, rights and means to govern",
                "text": (
                    "<p>Examines the datafication of social and economic "
                    "life in four steps:</p>"
                    "<ol>"
                    "<li>a critique of the datafied welfare state, which "
                    "shifts from treating social problems as shared to "
                    "assigning “risk” to individuals;</li>"
                    "<li>how public services can both misuse and be misused "
                    "by digital technology, causing discrimination and "
                    "human-rights violations — hence the urgent need for "
                    "governance, transparency and accountability;</li>"
                    "<li>a call for <em>collective</em> data rights, "
                    "illustrated by data collectives and data trusts;</li>"
                    "<li>a critical look at procurement rules governing "
                    "around a trillion dollars of public spending "
                    "worldwide.</li>"
                    "</ol>"
                ),
            },
            {
                "title": "2. Digital trade and tax",
                "text": (
                    "<p>At stake is governments' right and capacity to "
                    "regulate for the benefit of their own citizens, workers "
                    "and local firms, and to pursue their own long-term digital "
                    "industrialisation strategies free from multinational "
                    "corporate interests. The section also makes the case "
                    "for reform of digital taxation.</p>"
                ),
            },
            {
                "title": "3. Digitalisation and development",
                "text": (
                    "<p>Looks at how digital technology spreads in the "
                    "Global South and at <strong>digital "
                    "colonialism</strong>: large tech firms filling gaps in "
                    "public investment with infrastructure that extracts and "
                    "owns user data for profit, with little return to the "
                    "people it comes from. It also shows how the norms, "
                    "values and biases built into tools are exported without "
                    "regard for cultural difference.</p>"
                ),
            },
            {
                "title": "4. Public administration – e-governance",
                "text": (
                    "<p>Reviews the global push for e-government, the "
                    "danger of over-relying on algorithmic systems without "
                    "good governance, and the threats to jobs and of "
                    "amplified bias. It calls for rigorous governance of "
                    "digital systems and of the public–private relations "
                    "around them, involving workers and citizens and "
                    "reflecting workers' demands.</p>"
                ),
            },
            {
                "title": "5. Local and regional government",
                "text": (
                    "<p>Focuses on smart cities and the datafication of "
                    "urban life, and draws four lessons:</p>"
                    "<ol>"
                    "<li>involve citizen groups from the outset;</li>"
                    "<li>frame public–private cooperation firmly in the "
                    "public interest, with democratic control;</li>"
                    "<li>commit to disclosing all information and "
                    "negotiation items;</li>"
                    "<li>remember that a smart city is also a surveillance "
                    "city, with the privacy concerns that brings.</li>"
                    "</ol>"
                    "<p>It then turns to digital public infrastructure and "
                    "what remunicipalisation has taught about governing "
                    "it.</p>"
                ),
            },
            {
                "title": "6. Climate change and climate migration",
                "text": (
                    "<p>Covers just transition policies and technology's "
                    "role in fighting climate change, and warns that digital "
                    "tools used to track climate migration — if private "
                    "data extraction is not tightly governed — can single "
                    "out ethnic, religious or cultural groups and misuse "
                    "digital identities.</p>"
                ),
            },
            {
                "title": "7. Health and social care services",
                "text": (
                    "<p>Weighs the benefits and risks of health technology, "
                    "the gender inequality of care work, the digitalisation "
                    "of social care, changes and risks to jobs, and "
                    "COVID-19 contact-tracing apps — concluding again that "
                    "strong governance is needed to protect workers and "
                    "patients alike.</p>"
                ),
            },
            {
                "title": "8. Work, workers' rights and workplace governance",
                "text": (
                    "<p>Turns to the workplace: workers' data rights, the "
                    "co-governance of algorithmic systems, and the "
                    "conditions employers introducing disruptive technology "
                    "should meet. Unions must respond urgently to prevent "
                    "workers being turned into commodities and losing "
                    "power.</p>"
                ),
            },
            {
                "title": "9. Skills and competencies",
                "text": (
                    "<p>Digital systems are increasingly used to spot and "
                    "fill skills gaps, yet most ignore human competencies. "
                    "Unions should lead campaigns to put those competencies "
                    "at the heart of retraining debates, and the section "
                    "adds to PSI's skills demands that retraining happen in "
                    "working time and count as work — so that everyone, "
                    "including workers with caring duties, has equal "
                    "access.</p>"
                ),
            },
            {
                "title": "10. Digital transformation of trade unions",
                "text": (
                    "<p>Looks inward at unions themselves and presents three "
                    "key tools to support their digital transformation — "
                    "needed if unions are to push back against the private "
                    "sector's growing hold over the labour market.</p>"
                ),
            },
        ],
        "licence": "© Public Services International, 2020",
        "how_to_cite": (
            "Public Services International (2020). Digitalisation: A Union "
            "Action Guide for Public Services, Work and Workers — Summary and "
            "reflections."
        ),
    },
    {
        "slug": "teach-forward",
        "title": "Teach Forward! A Facilitator’s Guide to Our Digital Future",
        "year": 2023,
        "authors": (
            "Public Services International, with the support of the Friedrich-Ebert-Stiftung"
        ),
        "summary": (
            "A facilitator's guide that packages the Our Digital Future "
            "training into six workshops of 90 to 120 minutes. The first "
            "covers the basics of data and algorithms; each of the others "
            "introduces one of the project's tools or guides, with speaking "
            "notes, slides, exercises, videos and facilitator's notes with "
            "possible answers."
        ),
        "key_findings": [
            "More than 500 affiliate representatives were trained across the "
            "regions between 2021 and 2023.",
            "Digitalisation affects traditional union issues — discrimination, "
            "health and safety, working time, work intensity, job security, "
            "training and pay — through new means: data and algorithms.",
            "Automated management systems are among the least regulated uses "
            "of digital technology, and workers' data rights are poorly "
            "defined in most laws.",
            "In public services, many systems come from private vendors "
            "through procurement or privatisation, shifting power to third "
            "parties and blurring labour-management relations.",
            "Unions can help regulate this landscape by sharing good and bad "
            "practice and tabling an alternative that puts privacy and "
            "fundamental rights first.",
            "Run one chapter per meeting, open the tool with participants in "
            "workshops 2–6, and share the guide so that participants can "
            "teach forward in turn.",
        ],
        "sections": [
            {
                "title": "About the guide",
                "text": (
                    "<p>Our Digital Future ran from 2020 to 2023 to give "
                    "union members the knowledge, tools and skills to change "
                    "the course of digitalisation in public services and at "
                    "work. This "
                    "guide gathers what is needed to pass that knowledge on: "
                    "each chapter is one workshop and ends with a list of "
                    "facilitator material to download.</p>"
                ),
            },
            {
                "title": "Why it matters",
                "text": (
                    "<p>The COVID-19 pandemic accelerated the use of "
                    "algorithmic systems in public services, often with "
                    "harmful results for the public and workers. New laws on "
                    "data protection, AI and audits are appearing, but "
                    "automated management remains barely regulated, and "
                    "workers rarely have a right to assess systems, propose "
                    "changes or co-decide their limits. Turning work into "
                    "data points used to predict and score people threatens "
                    "diverse and inclusive labour markets.</p>"
                ),
            },
            {
                "title": "The six workshops",
                "text": (
                    "<ol>"
                    "<li><strong>The fundamentals</strong> — data, "
                    "inferences and algorithms.</li>"
                    "<li><strong>The Data Lifecycle at Work</strong> — "
                    "mapping collection, analysis, storage and access, and "
                    "off-boarding.</li>"
                    "<li><strong>The Data Rights Tool</strong> — an "
                    "interactive tool for mapping systems and setting "
                    "limits.</li>"
                    "<li><strong>Co-governing Algorithmic Systems</strong> — "
                    "seven themes and 19 questions for management.</li>"
                    "<li><strong>The Digital Bargaining Hub</strong> — a "
                    "public database of bargaining clauses.</li>"
                    "<li><strong>The Digital Impact Framework</strong> — "
                    "guiding the union's own digital transformation.</li>"
                    "</ol>"
                ),
            },
            {
                "title": "How to facilitate",
                "text": (
                    "<p>Use the chapter text as speaking notes or as "
                    "pre-reading, and share the slides before each session. "
                    "In workshops 2 to 6, have participants open the tool "
                    "and explore it together. Facilitators should know the risks and "
                    "opportunities of digitalisation well, but need not have "
                    "every answer: promise to follow up, and turn to your PSI "
                    "regional coordinator when you are stuck.</p>"
                ),
            },
            {
                "title": "What the project achieved",
                "text": (
                    "<p>Training began in 2021 with Digital Rights "
                    "Organisers, continued in 2022 with union leaders and "
                    "turned, from late 2022 into 2023, to those responsible "
                    "for bargaining and policy advocacy. Each round produced "
                    "a training report, recordings in the region's languages "
                    "and translated slides, now available by region and "
                    "audience: English and French for North America, Europe "
                    "and the Caribbean; English for Asia-Pacific; Spanish "
                    "and Portuguese for Latin America; English and French "
                    "for Africa and MENA.</p>"
                ),
            },
            {
                "title": "References and further reading",
                "text": (
                    "<ul>"
                    "<li>Bernhardt, A., Kresge, L. and Suleiman, R. (2021). "
                    "<em>Data and Algorithms at Work: The Case for Worker "
                    "Technology Rights</em>. UC Berkeley Labor Center.</li>"
                    "<li>Colclough, C. J. (2022). “Reshaping the "
                    "Digitization of Public Services.” <em>New England "
                    "Journal of Public Policy</em> 34 (1).</li>"
                    "<li>PSI (2022). <em>The Digitalisation of Local Public "
                    "Services and Workplaces</em>.</li>"
                    "<li>PSI (2021). <em>Training Material: Our Digital "
                    "Future</em>.</li>"
                    "<li>PSI (2020). <em>Digitalisation: A Union Action "
                    "Guide for Public Services, Work and Workers</em>.</li>"
                    "<li>PSI (2019). <em>Digitalization and public "
                    "services: a labour perspective</em>, and its "
                    "summary.</li>"
                    "<li>TUC (2022). <em>People Powered Technology: "
                    "Collective Agreements and Digital Management "
                    "Systems</em>.</li>"
                    "<li>Voss, E. and Bertossa, D. (2022). “Collective "
                    "Bargaining and Digitalization: A Global Survey of Union "
                    "Use of Collective Bargaining to Increase Worker Control "
                    "over Digitalization.” <em>New England Journal of "
                    "Public Policy</em> 34 (1), article 10.</li>"
                    "</ul>"
                ),
            },
        ],
        "licence": "CC BY-NC-ND 4.0",
        "how_to_cite": (
            "Teach Forward! A Facilitator’s Guide to Our Digital Future, "
            "Public Services International, 2023"
        ),
    },
]


# The home page in Portuguese, Russian and Arabic, so that every language has a complete home
# page (the French and Spanish ones are above).
HOME_TRANSLATIONS["pt"] = {
    "title": "O Nosso Futuro Digital",
    "intro": (
        "<p><strong>O Nosso Futuro Digital</strong> foi um projeto de três anos "
        "(2020–2023) da Internacional de Serviços Públicos, a federação mundial dos "
        "sindicatos do setor público. O seu objetivo foi dar aos membros, representantes "
        "e dirigentes sindicais de todas as regiões o conhecimento, as ferramentas e a "
        "confiança para influenciar a digitalização dos serviços públicos e do trabalho "
        "no setor público.</p>"
        "<p>Mais de 500 representantes sindicais participaram na formação. O projeto "
        "deixa um curso de seis oficinas que qualquer pessoa pode facilitar, cinco "
        "ferramentas e guias práticos, uma base pesquisável de cláusulas reais de "
        "negociação e materiais de formação regionais em inglês, francês, espanhol e "
        "português.</p>"
    ),
    "audiences": [
        {
            "title": "Organizadores de Direitos Digitais",
            "text": (
                "Especialistas sindicais designados como referência para a mudança digital "
                "no seu sindicato e na sua região. Formam núcleos regionais que continuam a "
                "reforçar capacidades, partilham boas práticas e ajudam outras afiliadas a "
                "planear a sua própria transformação digital."
            ),
        },
        {
            "title": "Dirigentes sindicais",
            "text": (
                "Quem define a orientação estratégica do sindicato. O percurso dos "
                "dirigentes cria uma base comum sobre direitos relativos aos dados e a "
                "cogovernação dos algoritmos, e oferece ferramentas para conduzir a "
                "transformação digital do próprio sindicato."
            ),
        },
        {
            "title": "Negociadores, delegados sindicais e pessoal dos sindicatos",
            "text": (
                "Quem levanta as questões junto da direção e negocia no local de trabalho, "
                "com o pessoal sindical que os apoia. O seu percurso transforma os direitos "
                "digitais em reivindicações e cláusulas concretas para a mesa de negociação."
            ),
        },
    ],
    "course_blurb": (
        "Seis oficinas de 90 a 120 minutos, uma por reunião, que levam um grupo das noções "
        "básicas sobre dados e algoritmos até à negociação sobre eles."
    ),
    "tools_blurb": (
        "Cinco guias e ferramentas interativas para mapear os dados no trabalho, fazer valer "
        "os direitos sobre os dados e questionar a direção sobre os algoritmos."
    ),
    "hub_blurb": (
        "Uma coleção gratuita, pública e pesquisável de cláusulas reais de acordos coletivos "
        "e orientações sindicais sobre a digitalização, pronta a adaptar."
    ),
    "regions_blurb": (
        "Diapositivos, gravações e relatórios das oficinas regionais, por região, língua e "
        "público, com os contactos dos coordenadores de cada região."
    ),
}

HOME_TRANSLATIONS["ru"] = {
    "title": "Наше цифровое будущее",
    "intro": (
        "<p><strong>«Наше цифровое будущее»</strong> — трёхлетний проект (2020–2023) "
        "Интернационала общественного обслуживания, всемирной федерации профсоюзов "
        "работников общественного сектора. Его цель — дать членам профсоюзов, их "
        "представителям и руководителям во всех регионах знания, инструменты и уверенность, "
        "чтобы влиять на цифровизацию общественных услуг и труда в общественном секторе.</p>"
        "<p>Обучение прошли более 500 профсоюзных представителей. После проекта остаются "
        "курс из шести семинаров, который может провести любой ведущий, пять практических "
        "инструментов и руководств, база реальных положений коллективных договоров с "
        "поиском и региональные учебные материалы на английском, французском, испанском и "
        "португальском языках.</p>"
    ),
    "audiences": [
        {
            "title": "Организаторы в области цифровых прав",
            "text": (
                "Профсоюзные специалисты, ставшие опорой своего профсоюза и региона в "
                "вопросах цифровых перемен. Они образуют региональные центры, которые "
                "наращивают потенциал, обмениваются опытом и помогают другим членским "
                "организациям планировать собственную цифровую трансформацию."
            ),
        },
        {
            "title": "Руководители профсоюзов",
            "text": (
                "Те, кто определяет стратегию профсоюза. Программа для руководителей даёт "
                "общее понимание прав на данные и совместного управления алгоритмами, а также "
                "инструменты для цифровой трансформации самого профсоюза."
            ),
        },
        {
            "title": "Участники переговоров, профсоюзные представители и сотрудники",
            "text": (
                "Те, кто поднимает вопросы перед руководством и ведёт переговоры на рабочем "
                "месте, вместе с сотрудниками профсоюза, которые их консультируют. Их программа "
                "превращает цифровые права в конкретные требования и положения договоров."
            ),
        },
    ],
    "course_blurb": (
        "Шесть семинаров по 90–120 минут, по одному на встречу: от основ данных и алгоритмов "
        "до переговоров о них."
    ),
    "tools_blurb": (
        "Пять руководств и интерактивных инструментов: как выявить данные на работе, "
        "отстоять права на данные и задать руководству вопросы об алгоритмах."
    ),
    "hub_blurb": (
        "Бесплатная открытая база реальных положений коллективных договоров и профсоюзных "
        "рекомендаций по цифровизации, которые можно адаптировать для своих переговоров."
    ),
    "regions_blurb": (
        "Презентации, записи и отчёты региональных семинаров по регионам, языкам и "
        "аудиториям, а также контакты региональных координаторов."
    ),
}

HOME_TRANSLATIONS["ar"] = {
    "title": "مستقبلنا الرقمي",
    "intro": (
        "<p><strong>مستقبلنا الرقمي</strong> مشروع امتد ثلاث سنوات (2020–2023) نفّذته "
        "الأممية العامة للخدمات العامة، الاتحاد العالمي لنقابات العاملين في الخدمات العامة. "
        "هدفه أن يمنح أعضاء النقابات وممثليها وقياداتها في كل المناطق المعرفة والأدوات "
        "والثقة اللازمة للتأثير في رقمنة الخدمات العامة والعمل فيها.</p>"
        "<p>شارك في التدريب أكثر من 500 ممثل نقابي. ويترك المشروع دورة من ست ورشات يمكن "
        "لأي ميسّر أن يقودها، وخمس أدوات وأدلة عملية، وقاعدة بيانات قابلة للبحث لبنود "
        "تفاوضية حقيقية، ومواد تدريبية إقليمية بالإنجليزية والفرنسية والإسبانية "
        "والبرتغالية.</p>"
    ),
    "audiences": [
        {
            "title": "منظمو الحقوق الرقمية",
            "text": (
                "خبراء نقابيون يُرجع إليهم في شؤون التحول الرقمي داخل نقاباتهم ومناطقهم. "
                "يشكّلون مراكز إقليمية تواصل بناء القدرات وتتبادل الممارسات الجيدة وتساعد "
                "النقابات الأخرى على التخطيط لتحولها الرقمي."
            ),
        },
        {
            "title": "القيادات النقابية",
            "text": (
                "من يحددون التوجه الاستراتيجي للنقابة. يقدّم لهم المسار فهماً مشتركاً لحقوق "
                "البيانات وللحوكمة المشتركة للخوارزميات، وأدوات لقيادة التحول الرقمي للنقابة "
                "نفسها."
            ),
        },
        {
            "title": "المفاوضون والمندوبون النقابيون وموظفو النقابات",
            "text": (
                "من يطرحون القضايا على الإدارة ويتفاوضون في مكان العمل، ومعهم موظفو النقابة "
                "الذين يقدّمون لهم المشورة. يحوّل مسارهم الحقوق الرقمية إلى مطالب وبنود "
                "ملموسة على طاولة التفاوض."
            ),
        },
    ],
    "course_blurb": (
        "ست ورشات مدة كل منها بين 90 و120 دقيقة، ورشة في كل لقاء، تنتقل بالمجموعة من أساسيات "
        "البيانات والخوارزميات إلى التفاوض بشأنها."
    ),
    "tools_blurb": (
        "خمسة أدلة وأدوات تفاعلية لرصد البيانات في العمل وإعمال الحقوق المتعلقة بها ومساءلة "
        "الإدارة عن الخوارزميات."
    ),
    "hub_blurb": (
        "مجموعة مجانية ومفتوحة وقابلة للبحث من بنود الاتفاقيات الجماعية والتوجيهات النقابية "
        "الحقيقية بشأن الرقمنة، جاهزة للتكييف في مفاوضاتكم."
    ),
    "regions_blurb": (
        "عروض وتسجيلات وتقارير الورشات الإقليمية مصنّفة حسب المنطقة واللغة والجمهور، مع "
        "بيانات الاتصال بمنسقي كل منطقة."
    ),
}


# The licence line in the footer, in each language (the English one is LICENCE_LINE).
LICENCE_LINE_TRANSLATIONS = {
    "fr": (
        "Publié par l'Internationale des Services Publics avec le soutien de la "
        "Friedrich-Ebert-Stiftung sous licence Creative Commons Attribution - Pas d'utilisation "
        "commerciale - Pas de modification 4.0 (CC BY-NC-ND 4.0). Citer : « Teach Forward! A "
        "Facilitator’s Guide to Our Digital Future, Public Services International, 2023 »."
    ),
    "es": (
        "Publicado por la Internacional de Servicios Públicos con el apoyo de la "
        "Friedrich-Ebert-Stiftung bajo licencia Creative Commons Atribución-NoComercial-"
        "SinDerivadas 4.0 (CC BY-NC-ND 4.0). Cítese como: «Teach Forward! A Facilitator’s Guide "
        "to Our Digital Future, Public Services International, 2023»."
    ),
    "pt": (
        "Publicado pela Internacional de Serviços Públicos com o apoio da "
        "Friedrich-Ebert-Stiftung sob a licença Creative Commons Atribuição-NãoComercial-"
        "SemDerivações 4.0 (CC BY-NC-ND 4.0). Citar como: «Teach Forward! A Facilitator’s Guide "
        "to Our Digital Future, Public Services International, 2023»."
    ),
    "ru": (
        "Опубликовано Интернационалом общественного обслуживания при поддержке Фонда Фридриха "
        "Эберта по лицензии Creative Commons «Атрибуция — Некоммерческое использование — Без "
        "производных произведений» 4.0 (CC BY-NC-ND 4.0). Ссылка: «Teach Forward! A "
        "Facilitator’s Guide to Our Digital Future, Public Services International, 2023»."
    ),
    "ar": (
        "نشرته الأممية العامة للخدمات العامة بدعم من مؤسسة فريدريش إيبرت بموجب ترخيص المشاع "
        "الإبداعي: نسب المصنَّف - غير تجاري - منع الاشتقاق 4.0 (CC BY-NC-ND 4.0). يُستشهد به "
        "هكذا: «Teach Forward! A Facilitator’s Guide to Our Digital Future, Public Services "
        "International, 2023»."
    ),
}
