"""Demo data for the Digital Bargaining Hub of the "Our Digital Future" site.

Plain data only: this module defines constants that a loader (written
elsewhere) turns into hub pages, snippets and clause records. It holds

* SECTORS, REGIONS, COUNTRIES - reference lists used to tag unions and clauses;
* UNIONS - the unions interviewed for the 2019 report "Digitalization and public
  services: a labour perspective" (annex 1), one record per distinct union;
  UNION_ANNEX keeps the annex's 20 interview rows as listed;
* THEMES - the hub's 8 themes and 28 sub-themes (report-view texts);
* CLAUSES - demo clauses: collective agreement clauses, framework agreements,
  union guidance, model clauses and legislation on digitalisation;
* CLAUSE_TRANSLATIONS, THEME_TRANSLATIONS, HUB, HUB_TRANSLATIONS - translated
  and hub-level texts;
* RELEVANCE_SET - queries with the clauses expected in the top 5 results, for
  testing keyword search in several languages.

Clause texts are paraphrased renderings written for this demo, not verbatim
quotations of the sources named in "source_title". Clauses drawn from the
report's examples follow the facts it gives; clauses citing a named law
summarise that provision; the remaining clauses are illustrative, with
generic details (placeholders in square brackets mark figures that
negotiators would fill in).
"""

SECTORS = [
    {"slug": "central-government", "name": "Central government"},
    {"slug": "local-regional-government", "name": "Local and regional government"},
    {"slug": "utilities", "name": "Utilities — energy, water, waste"},
    {"slug": "health-social-services", "name": "Health and social services"},
    {"slug": "education-culture", "name": "Education and culture"},
    {"slug": "emergency-services", "name": "Emergency services"},
    {"slug": "public-services-general", "name": "Public services in general"},
]

REGIONS = [
    "africa-mena",
    "asia-pacific",
    "europe",
    "north-america-caribbean",
    "latin-america",
]

COUNTRIES = [
    {"code": "AR", "name": "Argentina", "region": "latin-america"},
    {"code": "AT", "name": "Austria", "region": "europe"},
    {"code": "BE", "name": "Belgium", "region": "europe"},
    {"code": "BF", "name": "Burkina Faso", "region": "africa-mena"},
    {"code": "BR", "name": "Brazil", "region": "latin-america"},
    {"code": "CA", "name": "Canada", "region": "north-america-caribbean"},
    {"code": "CL", "name": "Chile", "region": "latin-america"},
    {"code": "DE", "name": "Germany", "region": "europe"},
    {"code": "DK", "name": "Denmark", "region": "europe"},
    {"code": "ES", "name": "Spain", "region": "europe"},
    {"code": "FR", "name": "France", "region": "europe"},
    {"code": "GB", "name": "United Kingdom", "region": "europe"},
    {"code": "IE", "name": "Ireland", "region": "europe"},
    {"code": "IN", "name": "India", "region": "asia-pacific"},
    {"code": "IT", "name": "Italy", "region": "europe"},
    {"code": "KR", "name": "South Korea", "region": "asia-pacific"},
    {"code": "NO", "name": "Norway", "region": "europe"},
    {"code": "PH", "name": "Philippines", "region": "asia-pacific"},
    {"code": "PT", "name": "Portugal", "region": "europe"},
    {"code": "SG", "name": "Singapore", "region": "asia-pacific"},
    {"code": "US", "name": "United States", "region": "north-america-caribbean"},
    {"code": "ZA", "name": "South Africa", "region": "africa-mena"},
]

# The report's annex lists 20 interviews, but two unions appear twice
# (HK Kommunal: Haderslev council and national perspective; ver.di: local and
# regional government and the water section). UNIONS therefore has one record
# per distinct union (18), merging the sectors; UNION_ANNEX keeps all 20 rows.
UNIONS = [
    {
        "name": "Confederación de Trabajadores Municipales",
        "acronym": "CTM",
        "country": "AR",
        "sectors": ["local-regional-government"],
    },
    {
        "name": "Asociación del Personal Legislativo",
        "acronym": "APL",
        "country": "AR",
        "sectors": ["central-government"],
    },
    {
        "name": "Younion – Die Daseinsgewerkschaft",
        "acronym": "Younion",
        "country": "AT",
        "sectors": ["public-services-general"],
    },
    {
        "name": "Confederação Nacional dos Trabalhadores em Seguridade Social da CUT",
        "acronym": "CNTSS",
        "country": "BR",
        "sectors": ["health-social-services"],
    },
    {
        "name": "Syndicat de la fonction publique et parapublique du Québec",
        "acronym": "SFPQ",
        "country": "CA",
        "sectors": ["local-regional-government"],
    },
    {
        "name": "HK Kommunal",
        "acronym": "HK Kommunal",
        "country": "DK",
        "sectors": ["local-regional-government"],
    },
    {
        "name": "Fédération CFDT Santé-Sociaux",
        "acronym": "CFDT Santé-Sociaux",
        "country": "FR",
        "sectors": ["health-social-services"],
    },
    {
        "name": "Fédération nationale des mines et de l'énergie CGT",
        "acronym": "FNME-CGT",
        "country": "FR",
        "sectors": ["utilities"],
    },
    {
        "name": "ver.di – Vereinte Dienstleistungsgewerkschaft",
        "acronym": "ver.di",
        "country": "DE",
        "sectors": ["local-regional-government", "public-services-general", "utilities"],
    },
    {
        "name": "Nagpur Municipal Corporation Employees Union",
        "acronym": "NMCEU",
        "country": "IN",
        "sectors": ["local-regional-government"],
    },
    {
        "name": "Fagforbundet – Norwegian Union of Municipal and General Employees",
        "acronym": "Fagforbundet",
        "country": "NO",
        "sectors": ["local-regional-government", "central-government"],
    },
    {
        "name": "Amalgamated Union of Public Employees",
        "acronym": "AUPE",
        "country": "SG",
        "sectors": ["central-government"],
    },
    {
        "name": "Korean Health and Medical Workers' Union",
        "acronym": "KHMU",
        "country": "KR",
        "sectors": ["central-government", "health-social-services"],
    },
    {
        "name": "Federación de Servicios a la Ciudadanía de CCOO",
        "acronym": "FSC-CCOO",
        "country": "ES",
        "sectors": ["central-government", "utilities", "local-regional-government"],
    },
    {
        "name": "UNISON",
        "acronym": "UNISON",
        "country": "GB",
        "sectors": ["public-services-general", "health-social-services"],
    },
    {
        "name": "Unite the Union",
        "acronym": "UNITE",
        "country": "GB",
        "sectors": ["public-services-general"],
    },
    {
        "name": "American Federation of Teachers",
        "acronym": "AFT",
        "country": "US",
        "sectors": ["education-culture"],
    },
    {
        "name": "Syndicat des Médecins du Burkina",
        "acronym": "SYMEB",
        "country": "BF",
        "sectors": ["health-social-services"],
    },
]

# Annex 1 of the 2019 report as listed: number, union (acronym as in UNIONS),
# country and the sector wording of the annex. In the source layout the AFT row
# has no sector and the sector text printed after the Burkina Faso row reads
# like a multi-sector description; it is reproduced here as printed.
UNION_ANNEX = [
    {
        "number": 1,
        "union": "CTM",
        "country": "AR",
        "sector_as_listed": "Local and regional government",
    },
    {"number": 2, "union": "APL", "country": "AR", "sector_as_listed": "Central government"},
    {
        "number": 3,
        "union": "Younion",
        "country": "AT",
        "sector_as_listed": "Public services in general",
    },
    {
        "number": 4,
        "union": "CNTSS",
        "country": "BR",
        "sector_as_listed": "Social services / health",
    },
    {
        "number": 5,
        "union": "SFPQ",
        "country": "CA",
        "sector_as_listed": "Regional administration (Québec)",
    },
    {
        "number": 6,
        "union": "HK Kommunal",
        "country": "DK",
        "sector_as_listed": "Local and regional government (Haderslev council)",
    },
    {
        "number": 7,
        "union": "HK Kommunal",
        "country": "DK",
        "sector_as_listed": "Local and regional government (national perspective)",
    },
    {
        "number": 8,
        "union": "CFDT Santé-Sociaux",
        "country": "FR",
        "sector_as_listed": "Health care",
    },
    {"number": 9, "union": "FNME-CGT", "country": "FR", "sector_as_listed": "Energy"},
    {
        "number": 10,
        "union": "ver.di",
        "country": "DE",
        "sector_as_listed": "Local and regional government / public services in general",
    },
    {"number": 11, "union": "ver.di", "country": "DE", "sector_as_listed": "Water section"},
    {
        "number": 12,
        "union": "NMCEU",
        "country": "IN",
        "sector_as_listed": "Local and regional government / smart cities",
    },
    {
        "number": 13,
        "union": "Fagforbundet",
        "country": "NO",
        "sector_as_listed": "Municipal and central government",
    },
    {
        "number": 14,
        "union": "AUPE",
        "country": "SG",
        "sector_as_listed": "Public administration / civil servants",
    },
    {
        "number": 15,
        "union": "KHMU",
        "country": "KR",
        "sector_as_listed": "Public administration / health",
    },
    {
        "number": 16,
        "union": "FSC-CCOO",
        "country": "ES",
        "sector_as_listed": "Central administration, water and sanitation, local and regional government",
    },
    {
        "number": 17,
        "union": "UNISON",
        "country": "GB",
        "sector_as_listed": "Public services in general, focus on health care and women workers",
    },
    {
        "number": 18,
        "union": "UNITE",
        "country": "GB",
        "sector_as_listed": "Public services in general",
    },
    {"number": 19, "union": "AFT", "country": "US", "sector_as_listed": ""},
    {
        "number": 20,
        "union": "SYMEB",
        "country": "BF",
        "sector_as_listed": "Central, federal and local administration, health and social services, emergency services",
    },
]

THEMES = [
    {
        "number": 1,
        "title": "Introducing new technology and co-governance",
        "slug": "new-technology-co-governance",
        "summary": (
            "How digital systems enter public workplaces: information before purchase, "
            "consultation, joint bodies and impact assessments. The theme also covers what "
            "happens to jobs when tasks are automated."
        ),
        "why_it_matters": (
            "<p>Digital projects in public services are often decided at the top, justified by "
            "savings and bought from private vendors whose contracts limit what the public employer "
            "can later change. When staff are brought in only after a system has been chosen, most of "
            "the chance to shape its purpose, its data and its effects on jobs has already gone.</p>"
            "<p>Experience points the other way. The UK's national programme for electronic health "
            "records, launched in 2002 and first budgeted at £6.2 billion, was abandoned in 2011 "
            "after a centralised rollout that never met the needs of clinical staff. Projects that "
            "involve workers from the start tend to be more effective and better accepted.</p>"
        ),
        "how_unions_respond": (
            "<p>Unions are making technology a standing subject of bargaining rather than a "
            "management prerogative:</p>"
            "<ul>"
            "<li>notice and consultation before procurement, not after a system goes live;</li>"
            "<li>joint committees, steering groups and union technology representatives, with "
            "funding for independent expertise;</li>"
            "<li>impact assessments covering jobs, workload, skills and service quality;</li>"
            "<li>job security guarantees and a share of productivity gains, for example shorter "
            "hours without loss of pay.</li>"
            "</ul>"
        ),
        "subthemes": [
            {
                "title": "Information and consultation before introduction",
                "slug": "information-and-consultation",
                "commentary": (
                    "Clauses that oblige the employer to tell the union about planned systems early "
                    "enough to influence them. The strongest versions tie the trigger to the "
                    "procurement decision and list what information must be shared."
                ),
            },
            {
                "title": "Joint committees and technology representatives",
                "slug": "joint-technology-committees",
                "commentary": (
                    "Standing joint bodies, steering committees and specialised union "
                    "representatives that oversee digital change. They give co-governance a "
                    "permanent home instead of a series of ad hoc meetings."
                ),
            },
            {
                "title": "Impact assessment and procurement",
                "slug": "impact-assessment",
                "commentary": (
                    "Requirements to assess a system's effects on workers, service users and public "
                    "capacity before deciding to use it. This includes scrutiny of vendor contracts "
                    "and of claims that a system will save money."
                ),
            },
            {
                "title": "Employment security and sharing the gains",
                "slug": "employment-security",
                "commentary": (
                    "Commitments that automation will not lead to compulsory redundancies, that "
                    "affected staff will be redeployed and that productivity gains will be shared. "
                    "Some agreements turn the time saved into shorter working hours."
                ),
            },
        ],
    },
    {
        "number": 2,
        "title": "Surveillance and monitoring",
        "slug": "surveillance-monitoring",
        "summary": (
            "Electronic monitoring of workers through cameras, location tracking, call and keystroke "
            "data, access logs and wearable devices. Clauses limit what may be monitored and why, and "
            "how the results may be used."
        ),
        "why_it_matters": (
            "<p>Digital tools give managers an unprecedented view of workers' movements, pace, breaks "
            "and communications. In a survey of 6,600 public service employees commissioned by ver.di "
            "in Germany, 47% reported that digitalisation had brought more surveillance and control by "
            "management.</p>"
            "<p>Monitoring introduced for safety or service reasons easily drifts into performance "
            "control and discipline. It adds to stress, erodes trust and can expose union activity to "
            "the employer.</p>"
        ),
        "how_unions_respond": (
            "<ul>"
            "<li>Require a stated, legitimate purpose for each monitoring tool and rule out covert "
            "monitoring.</li>"
            "<li>Keep safety data apart from performance management: location data gathered to "
            "protect workers should not be used to rate them.</li>"
            "<li>Give representatives a say over the introduction of monitoring and access to logs "
            "showing who viewed the data.</li>"
            "<li>Make sure workers can see and answer any monitoring evidence before it is used "
            "against them.</li>"
            "</ul>"
        ),
        "subthemes": [
            {
                "title": "Limits on electronic monitoring",
                "slug": "limits-on-monitoring",
                "commentary": (
                    "General rules on when monitoring is allowed, covering purpose, proportionality, "
                    "prior notice and the involvement of representatives. Many build on national laws "
                    "that already require consultation or co-determination."
                ),
            },
            {
                "title": "Location tracking and GPS",
                "slug": "location-tracking",
                "commentary": (
                    "Clauses on vehicle telematics, phone location services, GPS watches and "
                    "lone-worker devices. They usually confine tracking to working hours and to "
                    "safety or dispatch purposes."
                ),
            },
            {
                "title": "Cameras, biometrics and wearables",
                "slug": "cameras-and-biometrics",
                "commentary": (
                    "Rules for body-worn cameras, recording of work, biometric attendance systems and "
                    "wearable devices. The emphasis is on a narrow purpose, control by the wearer and "
                    "short retention periods."
                ),
            },
            {
                "title": "Monitoring data in evaluation and discipline",
                "slug": "monitoring-and-discipline",
                "commentary": (
                    "Language that stops monitoring data from being used to evaluate, rank or "
                    "discipline workers, or that sets fair procedures where it is used. This is where "
                    "monitoring often does the most harm."
                ),
            },
        ],
    },
    {
        "number": 3,
        "title": "Algorithmic management and artificial intelligence",
        "slug": "algorithmic-management-ai",
        "summary": (
            "Systems that set schedules, allocate work, score performance or make decisions about "
            "staff and service users. Clauses demand transparency, human review, checks for bias and "
            "the right to challenge outcomes."
        ),
        "why_it_matters": (
            "<p>An algorithm is a set of instructions applied to data, and what it produces depends on "
            "its purpose, the quality of the data and the order of its steps. When those choices are "
            "hidden, nobody can tell why a roster, a rating or a refusal came out as it did.</p>"
            "<p>In public services many of these systems are licensed from private vendors, so "
            "neither managers nor workers may know what is inside them. A home-care scheduling tool "
            "built to raise the number of clients per worker can intensify work and, by following "
            "client 'preferences', discriminate against some groups of staff.</p>"
        ),
        "how_unions_respond": (
            "<ul>"
            "<li>Demand a register of algorithmic systems and an explanation of their main "
            "parameters.</li>"
            "<li>Insist on human review of decisions that affect workers or service users, with a "
            "right to contest them.</li>"
            "<li>Negotiate regular joint audits for bias and discrimination.</li>"
            "<li>Secure the right to have harmful systems adjusted, including systems supplied by a "
            "third-party vendor.</li>"
            "</ul>"
        ),
        "subthemes": [
            {
                "title": "Transparency and explanation",
                "slug": "algorithmic-transparency",
                "commentary": (
                    "Rights to know which algorithmic systems are in use, for what purpose and on "
                    "what logic. Without this information representatives cannot assess a system, let "
                    "alone negotiate over it."
                ),
            },
            {
                "title": "Human review and the right of redress",
                "slug": "human-in-the-loop",
                "commentary": (
                    "Guarantees that significant decisions are not left to machines alone and that "
                    "people can contest automated outcomes. The European social partners call this "
                    "keeping humans in control."
                ),
            },
            {
                "title": "Bias, discrimination and audits",
                "slug": "bias-and-discrimination",
                "commentary": (
                    "Obligations to test systems for discriminatory effects before and during use. "
                    "Biased data produce biased results, so audits need worker input and regular "
                    "repetition."
                ),
            },
            {
                "title": "Automated scheduling and work allocation",
                "slug": "automated-scheduling",
                "commentary": (
                    "Clauses on software that builds rosters, routes and task lists. They protect "
                    "minimum times, the planning of leave and the power of a person to override the "
                    "system."
                ),
            },
        ],
    },
    {
        "number": 4,
        "title": "Working time and the right to disconnect",
        "slug": "working-time-right-to-disconnect",
        "summary": (
            "The spill-over of work into rest time through phones, e-mail and remote working. Clauses "
            "establish a right to disconnect, fair conditions for telework and protection against "
            "digital work intensification."
        ),
        "why_it_matters": (
            "<p>Smartphones and remote access make it tempting to expect staff to be available at all "
            "hours. An 'always on' culture is linked to sleep problems, stress and burnout, and "
            "telework can quietly shift office costs and health risks onto workers.</p>"
            "<p>Legislators have started to respond. France's 2016 labour law reform and Italy's 2017 "
            "law on agile work were early examples; Spain, Portugal, Belgium, Ireland, Ontario and "
            "several Latin American countries have since adopted their own rules.</p>"
        ),
        "how_unions_respond": (
            "<ul>"
            "<li>Define the hours when workers need not answer calls or messages, with no penalty for "
            "disconnecting.</li>"
            "<li>Configure systems to hold back out-of-hours messages and train managers to respect "
            "rest periods.</li>"
            "<li>Guarantee teleworkers equal rights, proper equipment and compensation for their "
            "costs.</li>"
            "<li>Turn technology gains into shorter working time rather than heavier workloads.</li>"
            "</ul>"
        ),
        "subthemes": [
            {
                "title": "Right to disconnect",
                "slug": "right-to-disconnect",
                "commentary": (
                    "Rights not to respond to work communications outside working hours, with "
                    "protection from retaliation. Good clauses also place duties on managers and on "
                    "system settings, not only on individual workers."
                ),
            },
            {
                "title": "Telework and remote work",
                "slug": "telework-and-remote-work",
                "commentary": (
                    "Conditions for work done at home or elsewhere with digital tools: equipment, "
                    "costs, contact hours and equal treatment. The collective rights of remote "
                    "workers belong here too."
                ),
            },
            {
                "title": "Workload and work intensity",
                "slug": "workload-and-work-intensity",
                "commentary": (
                    "Measures that stop digital tools from raising the pace and volume of work. Some "
                    "agreements convert time saved by technology into shorter hours without loss of "
                    "pay."
                ),
            },
        ],
    },
    {
        "number": 5,
        "title": "Data rights and data protection",
        "slug": "data-rights-data-protection",
        "summary": (
            "Workers' data through its whole lifecycle: collection, analysis, storage, access by "
            "third parties and deletion. Clauses fill the gaps that data protection law leaves for "
            "workers."
        ),
        "why_it_matters": (
            "<p>Data gathered at work is information about workers, and whoever controls it holds "
            "power. Many data protection laws give workers only weak rights, and few say anything "
            "about inferences: the profiles and predictions drawn from the data.</p>"
            "<p>Public services carry an extra risk because payroll, health and case-management "
            "systems are often run by private contractors. When a Norwegian regional health authority "
            "outsourced its ICT operations, contracted staff abroad were wrongly given access to "
            "sensitive information about almost 3 million people, despite repeated warnings from the "
            "union.</p>"
        ),
        "how_unions_respond": (
            "<ul>"
            "<li>Limit the data that may be collected and tie every data set to a stated purpose.</li>"
            "<li>Secure access to personal data and inferences, with rights to correct and delete "
            "them.</li>"
            "<li>Ban the sale of workers' data and control what contractors may do with it.</li>"
            "<li>Agree retention periods and what happens to data when systems or suppliers "
            "change.</li>"
            "</ul>"
        ),
        "subthemes": [
            {
                "title": "Data collection and purpose limitation",
                "slug": "data-collection-limits",
                "commentary": (
                    "Clauses that specify which data may be gathered, from which sources and for "
                    "which purposes. They draw red lines around uses that workers have not agreed "
                    "to."
                ),
            },
            {
                "title": "Access, correction and deletion",
                "slug": "access-and-rectification",
                "commentary": (
                    "Rights for workers to see the data and profiles held about them and to have "
                    "them corrected or removed. Collective access through representatives makes "
                    "these individual rights stronger."
                ),
            },
            {
                "title": "Third parties, outsourcing and sale of data",
                "slug": "third-party-access",
                "commentary": (
                    "Controls on vendors, contractors and data brokers who handle workers' data. "
                    "Clauses cover repurposing, combining data sets and outright sale."
                ),
            },
            {
                "title": "Storage, retention and off-boarding",
                "slug": "data-storage-retention",
                "commentary": (
                    "Rules on where data is stored and under which jurisdiction, how long it is kept "
                    "and how it is deleted or handed on. This last stage of the data lifecycle is the "
                    "one most often forgotten."
                ),
            },
        ],
    },
    {
        "number": 6,
        "title": "Health and safety",
        "slug": "health-and-safety",
        "summary": (
            "The physical and psychosocial risks of digital work, and technology used to protect "
            "workers. Clauses require risk assessment, joint oversight and safeguards so that safety "
            "devices do not turn into surveillance."
        ),
        "why_it_matters": (
            "<p>Digitalisation can take people out of dangerous tasks and help them summon help in an "
            "emergency. It can also bring a faster pace, constant multitasking, isolation, eye strain, "
            "musculoskeletal problems from mobile devices and stress linked to permanent "
            "connectivity and monitoring.</p>"
            "<p>In the ver.di survey of German public service employees, 59% reported more stress and "
            "time pressure because of digitalisation.</p>"
        ),
        "how_unions_respond": (
            "<ul>"
            "<li>Make every digital change subject to joint risk assessment before and after "
            "implementation.</li>"
            "<li>Treat psychosocial risks, including stress caused by monitoring and targets, as "
            "workplace hazards.</li>"
            "<li>Secure suitable equipment and ergonomic conditions, including for mobile and remote "
            "work.</li>"
            "<li>Keep safety technology such as alarms and cameras strictly apart from performance "
            "control.</li>"
            "</ul>"
        ),
        "subthemes": [
            {
                "title": "Psychosocial risks, stress and burnout",
                "slug": "psychosocial-risks",
                "commentary": (
                    "Clauses that tackle stress, burnout and isolation caused by digital work pace, "
                    "targets and monitoring. Joint bodies and repeated risk assessments give these "
                    "risks the same weight as physical hazards."
                ),
            },
            {
                "title": "Ergonomics, screens and equipment",
                "slug": "ergonomics-and-equipment",
                "commentary": (
                    "Provisions on suitable devices, screens, battery life and workstation set-up, "
                    "including at home. Phones and tablets are less ergonomic than desktop equipment "
                    "and can cause musculoskeletal problems."
                ),
            },
            {
                "title": "Technology for worker safety",
                "slug": "safety-technology",
                "commentary": (
                    "Rules for alarms, cameras and tracking used to protect workers in risky jobs. "
                    "The key safeguard is that safety data is used for safety and nothing else."
                ),
            },
        ],
    },
    {
        "number": 7,
        "title": "Skills and training",
        "slug": "skills-and-training",
        "summary": (
            "The right to learn the skills that digital change demands, in paid time and at the "
            "employer's expense. Clauses also cover retraining and redeployment for workers whose "
            "tasks are automated."
        ),
        "why_it_matters": (
            "<p>Digital tools make jobs more complex and shorten the gap between one system and the "
            "next, yet employers often expect new skills without providing training. Women and "
            "part-time workers in low-paid roles, who hold many of the jobs most exposed to "
            "automation, are also the least likely to be trained.</p>"
            "<p>Workers in essential services also need to keep full command of manual procedures so "
            "that services can continue when digital systems fail.</p>"
        ),
        "how_unions_respond": (
            "<ul>"
            "<li>Win an individual entitlement to paid training in working time, as AUPE did in "
            "Singapore.</li>"
            "<li>Make a training plan a required part of every technology project.</li>"
            "<li>Recognise new skills in grading and pay.</li>"
            "<li>Take part in anticipating skill needs and designing courses.</li>"
            "</ul>"
        ),
        "subthemes": [
            {
                "title": "Paid training in working time",
                "slug": "training-in-working-time",
                "commentary": (
                    "Entitlements to training during paid hours and at the employer's cost. Training "
                    "in working time is the key to equal access, especially for workers with care "
                    "responsibilities."
                ),
            },
            {
                "title": "Reskilling and redeployment",
                "slug": "reskilling-and-redeployment",
                "commentary": (
                    "Commitments to retrain and redeploy workers whose tasks are automated instead "
                    "of dismissing them. This is the core of a fair digital transition."
                ),
            },
            {
                "title": "Digital competence and skills anticipation",
                "slug": "digital-competence",
                "commentary": (
                    "Joint work to build digital competence across the workforce and to anticipate "
                    "future needs. Peer roles such as 'digital agents' help colleagues learn on the "
                    "job."
                ),
            },
        ],
    },
    {
        "number": 8,
        "title": "Union communication, organisation and representation",
        "slug": "union-communication-representation",
        "summary": (
            "The rights unions need to organise and represent workers in digital workplaces. Clauses "
            "provide access to digital channels, resources for representatives and protection from "
            "surveillance of union activity."
        ),
        "why_it_matters": (
            "<p>As work moves onto screens and into homes, the notice board, the staff room and the "
            "face-to-face meeting lose their place. Unions need equivalent digital channels to reach "
            "members, including those who telework.</p>"
            "<p>Some employers now use analytics to detect organising, and representatives face a "
            "knowledge gap when assessing complex systems supplied by vendors. Bargaining over "
            "digitalisation is only realistic if representatives have time, training and expert "
            "help.</p>"
        ),
        "how_unions_respond": (
            "<ul>"
            "<li>Secure union access to the intranet, e-mail and videoconferencing, including for "
            "remote workers.</li>"
            "<li>Negotiate protected time, training and paid expert advice for representatives who "
            "deal with technology.</li>"
            "<li>Ban the use of monitoring tools to identify or track union activity.</li>"
            "<li>Build privacy and security into the union's own digital tools as well.</li>"
            "</ul>"
        ),
        "subthemes": [
            {
                "title": "Union access to digital channels",
                "slug": "union-access-to-digital-channels",
                "commentary": (
                    "Rights to use the employer's intranet, e-mail and videoconference tools for "
                    "union information and meetings. They keep teleworkers within reach of their "
                    "union."
                ),
            },
            {
                "title": "Time, training and expertise for representatives",
                "slug": "facilities-for-representatives",
                "commentary": (
                    "Paid time, training and access to independent experts for representatives who "
                    "assess digital systems. They help close the knowledge gap with management and "
                    "vendors."
                ),
            },
            {
                "title": "Protection of union activity from digital surveillance",
                "slug": "protection-of-union-activity",
                "commentary": (
                    "Bans on using monitoring and analytics to identify or profile union members and "
                    "their activity. Confidential union communication is a precondition for freedom "
                    "of association."
                ),
            },
        ],
    },
]

CLAUSES = [
    # ------------------------------------------------------------------
    # Drawn from the examples in the 2019 report (seed 004) and the
    # facilitator's guide (seed 002).
    # ------------------------------------------------------------------
    {
        "identifier": "DBH-0001",
        "title": "New Technology Subcommittee with dedicated funding",
        "text": (
            "A New Technology Subcommittee shall be set up as a standing part of the joint negotiating "
            "machinery, with equal numbers of employer and union members. The Employer shall inform the "
            "Subcommittee in writing of any plan to introduce, extend or modify a digital system before "
            "a purchasing decision is taken, and shall consult it on the system's purpose, its effects "
            "on staffing and the timetable. No new technology shall be implemented until the "
            "Subcommittee has had a reasonable opportunity to reach agreement on the terms of its "
            "introduction. The Employer shall give the Subcommittee adequate funding, including the "
            "cost of independent technical advice chosen by the union side."
        ),
        "commentary": (
            "This structure is the backbone of the draft agreement UNITE published in 2017 to equip its "
            "shop stewards: technology change becomes a bargaining issue with its own forum. Fight "
            "hardest for the 'before purchase' trigger, because options shrink once a vendor contract "
            "is signed. The funding clause lets the union side buy expertise it would otherwise lack."
        ),
        "themes": [1],
        "subthemes": ["joint-technology-committees", "information-and-consultation"],
        "clause_type": "model_clause",
        "unions": ["UNITE"],
        "country": "GB",
        "sectors": ["public-services-general"],
        "year": 2017,
        "source_title": "Draft New Technology Agreement (Unite the Union)",
        "source_url": "",
        "original_language": "en",
        "keywords": ["new technology", "subcommittee", "consultation", "procurement", "funding"],
    },
    {
        "identifier": "DBH-0002",
        "title": "New Technology Representatives with paid time and training",
        "text": (
            "The union may appoint New Technology Representatives in every workplace where digital "
            "systems are used or planned. The Employer shall grant each representative paid time off "
            "to carry out the role, access to the technical documentation of the systems concerned and "
            "at least [five] days of paid training a year on data, algorithms and technology "
            "assessment. New Technology Representatives may raise concerns directly with the New "
            "Technology Subcommittee and shall suffer no detriment for doing so."
        ),
        "commentary": (
            "A dedicated shop-floor role spreads technical knowledge through the union instead of "
            "leaving it with a few officials. The training entitlement is what makes the role "
            "effective, so negotiators should resist vague wording such as 'reasonable training'. The "
            "clause can be adapted to existing health and safety or equality representative "
            "structures."
        ),
        "themes": [1, 8],
        "subthemes": ["joint-technology-committees", "facilities-for-representatives"],
        "clause_type": "model_clause",
        "unions": ["UNITE"],
        "country": "GB",
        "sectors": ["public-services-general"],
        "year": 2017,
        "source_title": "Draft New Technology Agreement (Unite the Union)",
        "source_url": "",
        "original_language": "en",
        "keywords": ["technology representatives", "facility time", "training", "shop stewards"],
    },
    {
        "identifier": "DBH-0003",
        "title": "Sharing the gains of new technology: shorter hours and job security",
        "text": (
            "Productivity gains arising from new technology shall be shared with the workforce, with "
            "priority given to a reduction in working hours without loss of pay. No employee shall be "
            "made compulsorily redundant as a result of the introduction of new technology. Where tasks "
            "are automated, the employees affected shall be offered suitable alternative work at no "
            "less than their current grade, with any retraining paid for by the Employer."
        ),
        "commentary": (
            "Employers usually present technology as a way to cut costs; this clause puts the question "
            "of who benefits on the table. Shorter hours without loss of pay is one of the founding "
            "principles of UNITE's draft agreement. Where a full no-redundancy pledge is out of reach, "
            "negotiators can aim for redeployment and pay protection for a fixed period."
        ),
        "themes": [1, 4],
        "subthemes": ["employment-security", "workload-and-work-intensity"],
        "clause_type": "model_clause",
        "unions": ["UNITE"],
        "country": "GB",
        "sectors": ["public-services-general"],
        "year": 2017,
        "source_title": "Draft New Technology Agreement (Unite the Union)",
        "source_url": "",
        "original_language": "en",
        "keywords": ["productivity gains", "working hours", "redundancy", "redeployment"],
    },
    {
        "identifier": "DBH-0004",
        "title": "Training as an integral part of technological change",
        "text": (
            "Every plan to introduce new technology shall include a training plan agreed with the "
            "union before implementation begins. Training shall take place in working time, be paid at "
            "the normal rate and be open to all affected staff, including part-time workers and those "
            "returning from leave. Where employees acquire and use new skills as a result, the grading "
            "of their posts shall be reviewed and their pay adjusted accordingly."
        ),
        "commentary": (
            "Training is often the first budget line cut from digital projects, leaving staff to learn "
            "systems on the job under pressure. Making the training plan a precondition for go-live "
            "gives the union leverage. The pay review wording reflects the principle that newly "
            "acquired skills should be rewarded."
        ),
        "themes": [7],
        "subthemes": ["training-in-working-time", "reskilling-and-redeployment"],
        "clause_type": "model_clause",
        "unions": ["UNITE"],
        "country": "GB",
        "sectors": ["public-services-general"],
        "year": 2017,
        "source_title": "Draft New Technology Agreement (Unite the Union)",
        "source_url": "",
        "original_language": "en",
        "keywords": ["training plan", "working time", "grading", "part-time workers"],
    },
    {
        "identifier": "DBH-0005",
        "title": "Prior assessment of health, safety and surveillance risks",
        "text": (
            "Before any new technology is introduced, the Employer shall carry out a joint risk "
            "assessment with the union covering physical and psychosocial hazards, workload, screen "
            "time and the potential for monitoring staff. The assessment shall be shared with union "
            "safety representatives before the system goes live and repeated within [six] months of "
            "implementation. Where the assessment shows that the system can monitor individual "
            "workers, that function shall be disabled unless its use has been agreed in writing."
        ),
        "commentary": (
            "Many systems arrive with monitoring features switched on by default. Requiring them to be "
            "switched off unless agreed reverses the burden. The follow-up assessment matters because "
            "the real effects of a system often appear only after months of use."
        ),
        "themes": [6, 2],
        "subthemes": ["psychosocial-risks", "limits-on-monitoring"],
        "clause_type": "model_clause",
        "unions": ["UNITE"],
        "country": "GB",
        "sectors": ["public-services-general"],
        "year": 2017,
        "source_title": "Draft New Technology Agreement (Unite the Union)",
        "source_url": "",
        "original_language": "en",
        "keywords": ["risk assessment", "psychosocial", "surveillance", "health and safety"],
    },
    {
        "identifier": "DBH-0006",
        "title": "Branch checklist for agreeing limits on workplace monitoring",
        "text": (
            "Branches should seek a written policy that lists every monitoring system in use, what it "
            "records and why. The policy should require monitoring to be proportionate, staff to be "
            "told before any new form of monitoring starts, and covert monitoring to be ruled out "
            "except where a criminal offence is reasonably suspected and a senior manager has approved "
            "it. Information obtained through monitoring should not be used in disciplinary "
            "proceedings unless the employee has seen it and has been able to respond with a union "
            "representative present."
        ),
        "commentary": (
            "UNISON prepared this kind of guidance so that local branches can turn general concerns "
            "about surveillance into concrete policy demands. The checklist format works well as a "
            "starting point for a first meeting with management. Branches can add sector-specific "
            "items, such as call recording in contact centres or tracking in community care."
        ),
        "themes": [2],
        "subthemes": ["limits-on-monitoring", "monitoring-and-discipline"],
        "clause_type": "union_guidance",
        "unions": ["UNISON"],
        "country": "GB",
        "sectors": ["public-services-general", "health-social-services"],
        "year": 2018,
        "source_title": "Bargaining on monitoring and surveillance workplace policies (UNISON guide for branches)",
        "source_url": "",
        "original_language": "en",
        "keywords": ["monitoring policy", "covert monitoring", "disciplinary", "proportionality"],
    },
    {
        "identifier": "DBH-0007",
        "title": "Staff council participation in e-government projects",
        "text": (
            "Before introducing an e-government procedure, the administration shall give the staff "
            "council full information on the planned workflows, the software, the data to be processed "
            "and the expected effects on jobs and qualifications. The staff council shall be involved "
            "from the design stage and may nominate members to the project group. The introduction of "
            "e-government shall not lead to dismissals or downgrading, and employees whose tasks change "
            "shall be offered qualification measures in working time. Citizens shall continue to be "
            "able to reach the service in person and by telephone."
        ),
        "commentary": (
            "ver.di offers this kind of model text to staff and works councils facing e-government "
            "programmes, which the union criticises for being driven by technology rather than by "
            "better public services. The last sentence links workers' interests with those of service "
            "users who cannot or will not go online. Councils can attach a list of the systems covered "
            "as an annex."
        ),
        "themes": [1],
        "subthemes": ["information-and-consultation", "impact-assessment"],
        "clause_type": "model_clause",
        "unions": ["ver.di"],
        "country": "DE",
        "sectors": ["local-regional-government", "public-services-general"],
        "year": 2018,
        "source_title": "Model agreement on e-government (ver.di)",
        "source_url": "",
        "original_language": "de",
        "keywords": ["e-government", "staff council", "project group", "service access"],
    },
    {
        "identifier": "DBH-0008",
        "title": "Mobile devices: no duty to be reachable and no location tracking",
        "text": (
            "Employees issued with a service smartphone or tablet are not obliged to be reachable "
            "outside their agreed working hours, and no disadvantage may arise from not answering "
            "calls or messages during that time. Location services, including GPS, shall be switched "
            "off by default on service devices and may be activated only by the user or, in an "
            "emergency, with the user's knowledge. Location data shall not be used to monitor the "
            "whereabouts, behaviour or performance of employees."
        ),
        "commentary": (
            "Framework agreements of this kind help works councils set ground rules once for all mobile "
            "devices instead of negotiating app by app. The clause combines a right to disconnect with "
            "a ban on tracking, the two main risks of handing staff a phone. Check that device "
            "management software cannot override the settings agreed."
        ),
        "themes": [4, 2],
        "subthemes": ["right-to-disconnect", "location-tracking"],
        "clause_type": "framework_agreement",
        "unions": ["ver.di"],
        "country": "DE",
        "sectors": ["local-regional-government", "public-services-general"],
        "year": 2018,
        "source_title": "IT framework agreement on mobile devices (ver.di model for works councils)",
        "source_url": "",
        "original_language": "de",
        "keywords": ["smartphones", "tablets", "reachability", "gps", "location services"],
    },
    {
        "identifier": "DBH-0009",
        "title": "IT systems may not be used for performance or behaviour control",
        "text": (
            "IT systems covered by this framework agreement shall not be used to monitor the behaviour "
            "or performance of employees. Log files and usage data may be evaluated only for system "
            "security and troubleshooting, as specified for each system in the annex. Any evaluation "
            "relating to identifiable persons requires the prior consent of the works council, which "
            "may inspect the system documentation and the results. Data obtained in breach of this "
            "agreement may not be used to justify any personnel measure."
        ),
        "commentary": (
            "In Germany monitoring technology is subject to co-determination, and framework agreements "
            "turn that right into standing rules. The ban on using unlawfully obtained data is an "
            "important deterrent. Outside Germany the same wording can be proposed as a negotiated "
            "limit even where the law is weaker."
        ),
        "themes": [2, 5],
        "subthemes": ["monitoring-and-discipline", "data-collection-limits"],
        "clause_type": "framework_agreement",
        "unions": ["ver.di"],
        "country": "DE",
        "sectors": ["local-regional-government", "public-services-general"],
        "year": 2018,
        "source_title": "IT framework agreement (ver.di model for works councils)",
        "source_url": "",
        "original_language": "de",
        "keywords": ["log files", "performance control", "works council", "usage data"],
    },
    {
        "identifier": "DBH-0010",
        "title": "Tripartite cooperation on digitalisation in municipalities",
        "text": (
            "The parties shall pursue the digitalisation of municipal services through tripartite "
            "cooperation at local level between the municipal administration, elected politicians and "
            "the trade unions representing employees. Each participating municipality shall designate "
            "representatives of all three parties, who shall take part together in the programme's "
            "national conferences and regional workshops. Decisions on how digital solutions are "
            "introduced in services shall be prepared together with employee representatives from the "
            "earliest stage."
        ),
        "commentary": (
            "Agreed in September 2017 between Fagforbundet, the Ministry of Local Government and "
            "Modernisation and KS, the municipal employers' association, this programme brought in more "
            "than 70 municipalities and ran until the end of 2019. Its strength is that unions sit "
            "beside managers and politicians from the start. Unions elsewhere can use it as a model for "
            "national or regional digitalisation programmes."
        ),
        "themes": [1],
        "subthemes": ["joint-technology-committees", "information-and-consultation"],
        "clause_type": "framework_agreement",
        "unions": ["Fagforbundet"],
        "country": "NO",
        "sectors": ["local-regional-government"],
        "year": 2017,
        "source_title": "National tripartite cooperation agreement on digitalisation in the municipal sector (Fagforbundet, KS and the Ministry of Local Government and Modernisation)",
        "source_url": "",
        "original_language": "no",
        "keywords": ["tripartite", "municipalities", "cooperation", "local politicians"],
    },
    {
        "identifier": "DBH-0011",
        "title": "Building digital competence and sharing experience between municipalities",
        "text": (
            "The programme shall help participating municipalities build the digital competence of "
            "employees, managers and elected representatives. The Ministry shall finance the programme "
            "for its agreed duration. The parties shall maintain a shared website where participating "
            "municipalities publish examples of good practice and the difficulties they have met, so "
            "that others can learn from them."
        ),
        "commentary": (
            "The Norwegian programme treated competence as a shared need of workers, managers and "
            "politicians, not only of front-line staff. Publishing difficulties as well as successes "
            "is unusual and valuable. Negotiators can ask for public funding of joint training as part "
            "of any national digital strategy."
        ),
        "themes": [7, 1],
        "subthemes": ["digital-competence"],
        "clause_type": "framework_agreement",
        "unions": ["Fagforbundet"],
        "country": "NO",
        "sectors": ["local-regional-government"],
        "year": 2017,
        "source_title": "National tripartite cooperation agreement on digitalisation in the municipal sector (Fagforbundet, KS and the Ministry of Local Government and Modernisation)",
        "source_url": "",
        "original_language": "no",
        "keywords": ["digital competence", "good practice", "municipal sector", "funding"],
    },
    {
        "identifier": "DBH-0012",
        "title": "Joint body on innovation in central government",
        "text": (
            "A joint body on innovation (Organismo paritetico per l'innovazione) shall be established "
            "in each administration, made up of representatives of the administration and of the "
            "signatory trade unions. The body shall be the forum for participatory dialogue on "
            "organisational and technological projects, including the introduction of digital tools, "
            "and on measures for work-life balance and wellbeing at work. In particular, it shall "
            "examine measures to prevent work-related stress and burnout and may submit proposals to "
            "the administration."
        ),
        "commentary": (
            "Negotiated in 2018 by the public-sector federation FP CGIL and the other signatory unions, "
            "this agreement creates a permanent joint forum in which the health effects of digital "
            "tools can be raised. Linking innovation to stress and burnout prevention is its most "
            "useful feature. Negotiators should check that such bodies meet regularly and receive "
            "information early enough to matter."
        ),
        "themes": [1, 6],
        "subthemes": ["joint-technology-committees", "psychosocial-risks"],
        "clause_type": "agreement_clause",
        "unions": [],
        "country": "IT",
        "sectors": ["central-government"],
        "year": 2018,
        "source_title": "National collective agreement for the central functions sector 2016–2018 (CCNL Comparto Funzioni Centrali)",
        "source_url": "",
        "original_language": "it",
        "keywords": ["joint body", "innovation", "burnout", "work-life balance"],
    },
    {
        "identifier": "DBH-0013",
        "title": "Definition of technological change",
        "text": (
            "For the purposes of this agreement, a technological change is an operational change "
            "resulting from the introduction, or the increased use, of machinery, equipment or tools "
            "that significantly alters the work or the employment of employees. The Employer shall "
            "notify the union in writing of any planned technological change, stating its nature, the "
            "departments and job classes affected and the expected timetable."
        ),
        "commentary": (
            "A broad definition decides whether a new system triggers the agreement's protections at "
            "all. This one covers both new tools and the extended use of existing ones, which catches "
            "gradual roll-outs. Negotiators should make sure that software and data systems are "
            "clearly included in 'equipment or tools'."
        ),
        "themes": [1],
        "subthemes": ["information-and-consultation"],
        "clause_type": "agreement_clause",
        "unions": ["SFPQ"],
        "country": "CA",
        "sectors": ["local-regional-government"],
        "year": 2015,
        "source_title": "Convention collective des fonctionnaires 2015–2020 (Québec)",
        "source_url": "",
        "original_language": "fr",
        "keywords": ["technological change", "definition", "notice", "equipment"],
    },
    {
        "identifier": "DBH-0014",
        "title": "Joint labour-relations committee on technological change within 30 days",
        "text": (
            "Within 30 days of the entry into force of this agreement, a joint labour-relations "
            "committee shall be established in each department affected by a technological change. "
            "The committee shall examine the problems the change may cause for employees, including "
            "its effects on workload, job content and training needs, and shall seek solutions by "
            "mutual agreement. The Employer shall provide the committee with the information it needs "
            "to assess the change."
        ),
        "commentary": (
            "A fixed deadline prevents the committee from being set up only after the system is "
            "running. SFPQ notes that the main difficulty is the knowledge gap between union members "
            "of the committee and management's IT consultants, so pair this clause with a right to "
            "independent expertise and training."
        ),
        "themes": [1],
        "subthemes": ["joint-technology-committees"],
        "clause_type": "agreement_clause",
        "unions": ["SFPQ"],
        "country": "CA",
        "sectors": ["local-regional-government"],
        "year": 2015,
        "source_title": "Convention collective des fonctionnaires 2015–2020 (Québec)",
        "source_url": "",
        "original_language": "fr",
        "keywords": ["joint committee", "30 days", "technological change", "labour relations"],
    },
    {
        "identifier": "DBH-0015",
        "title": "Union seat on the steering committee for digital health and care services",
        "text": (
            "The municipality's steering committee for the digitalisation of health and social "
            "services shall include a permanent seat for the local union representative. The committee "
            "shall be informed of, and shall discuss, all planned digital devices and welfare "
            "technologies before procurement, including their consequences for staffing, work "
            "organisation and employee privacy."
        ),
        "commentary": (
            "Drammen in Norway gave the local union representative a permanent seat on the steering "
            "committee for its health and social services digitalisation. A permanent seat is stronger "
            "than an invitation when management sees fit. The clause can be used in any municipality "
            "that runs a digital programme across several services."
        ),
        "themes": [1],
        "subthemes": ["joint-technology-committees"],
        "clause_type": "agreement_clause",
        "unions": ["Fagforbundet"],
        "country": "NO",
        "sectors": ["health-social-services", "local-regional-government"],
        "year": 2018,
        "source_title": "Local arrangement on the digitalisation of health and social services (Drammen municipality)",
        "source_url": "",
        "original_language": "no",
        "keywords": ["steering committee", "welfare technology", "municipality", "union seat"],
    },
    {
        "identifier": "DBH-0016",
        "title": "Employees appointed as 'digital agents'",
        "text": (
            "In each workplace of the health and social services division, employees shall be "
            "appointed as digital agents, with time for the role set aside within working hours. "
            "Digital agents shall test new digital devices in practice, advise on whether they should "
            "be adopted or dropped, help colleagues to use them and identify training needs. They shall "
            "report practical problems, such as short battery life of mobile devices or concerns about "
            "employee privacy, to management, which shall respond to their recommendations."
        ),
        "commentary": (
            "Drammen's health and social services division had 55 digital agents when the 2019 report "
            "was written. The role gives workers real influence over which devices are used and turns "
            "everyday problems into feedback management must answer. Make sure the role comes with "
            "protected time, or it becomes unpaid extra work."
        ),
        "themes": [7, 6],
        "subthemes": ["digital-competence", "ergonomics-and-equipment"],
        "clause_type": "agreement_clause",
        "unions": ["Fagforbundet"],
        "country": "NO",
        "sectors": ["health-social-services"],
        "year": 2018,
        "source_title": "Local arrangement on the digitalisation of health and social services (Drammen municipality)",
        "source_url": "",
        "original_language": "no",
        "keywords": ["digital agents", "devices", "peer support", "battery"],
    },
    {
        "identifier": "DBH-0017",
        "title": "Rules for disclosing GPS tracking data in childcare services",
        "text": (
            "The Employer shall access, use or disclose GPS tracking data generated by the devices "
            "that workers use in their professional duties only in the following cases: the worker has "
            "repeatedly failed to answer the telephone during scheduled hours; the worker is absent "
            "without explanation; there is a reasonable suspicion that a time record or statement is "
            "false; or there is a credible risk of abuse or neglect of a child in care. The Employer "
            "shall notify the worker and the Union in writing each time the data is accessed, stating "
            "the reason. GPS data shall not be used for any other purpose and shall not be sold or "
            "shared with third parties."
        ),
        "commentary": (
            "AFT negotiated rules of this kind with private providers delivering public services such "
            "as childcare, so that tracking meant to protect workers and children could not be used "
            "maliciously. A closed list of reasons is easier to enforce than a general 'legitimate "
            "interest' test. The written notice requirement lets the union spot misuse quickly."
        ),
        "themes": [2, 5],
        "subthemes": ["location-tracking", "data-collection-limits"],
        "clause_type": "agreement_clause",
        "unions": ["AFT"],
        "country": "US",
        "sectors": ["education-culture", "health-social-services"],
        "year": 2018,
        "source_title": "AFT agreements with childcare service providers on GPS tracking data",
        "source_url": "",
        "original_language": "en",
        "keywords": ["gps", "tracking data", "childcare", "disclosure"],
    },
    {
        "identifier": "DBH-0018",
        "title": "Location data collected for safety may not be used to evaluate drivers",
        "text": (
            "Vehicle location data collected through the telematics system serves driver safety and "
            "emergency response only. The Employer shall not use location data, or any report derived "
            "from it, in performance evaluations, productivity comparisons or disciplinary action "
            "against drivers. Access to the data shall be limited to named safety staff, and the Union "
            "shall receive on request a log of who accessed the data and why."
        ),
        "commentary": (
            "The facilitator's guide cites a US union that won exactly this separation between safety "
            "and performance. It is a clear example of bargaining over the purpose of data rather than "
            "the technology itself. The access log gives the union a simple way to check compliance."
        ),
        "themes": [2, 5],
        "subthemes": ["location-tracking", "monitoring-and-discipline"],
        "clause_type": "agreement_clause",
        "unions": [],
        "country": "US",
        "sectors": ["local-regional-government"],
        "year": 2021,
        "source_title": "Collective agreement clause on drivers' location data (United States)",
        "source_url": "",
        "original_language": "en",
        "keywords": ["drivers", "location data", "telematics", "performance evaluation"],
    },
    {
        "identifier": "DBH-0019",
        "title": "Ban on selling data sets that contain workers' personal data",
        "text": (
            "The Employer shall not sell, license or otherwise transfer for payment any data set that "
            "contains employees' personal data, whether identifiable, pseudonymised or aggregated in a "
            "way that allows individuals to be re-identified. Any sharing of employee data with third "
            "parties beyond what the law requires shall be notified to the Union in advance and limited "
            "to the purpose stated."
        ),
        "commentary": (
            "The facilitator's guide reports that a union in Ireland won a ban on selling data sets "
            "that include workers' personal data. Data brokers pay for workforce data, so the risk is "
            "real even in public services. Covering pseudonymised and aggregated data closes the most "
            "common loophole."
        ),
        "themes": [5],
        "subthemes": ["third-party-access"],
        "clause_type": "agreement_clause",
        "unions": [],
        "country": "IE",
        "sectors": ["public-services-general"],
        "year": 2021,
        "source_title": "Collective agreement clause on employee data sets (Ireland)",
        "source_url": "",
        "original_language": "en",
        "keywords": ["data sets", "sale of data", "data brokers", "personal data"],
    },
    {
        "identifier": "DBH-0020",
        "title": "Four hours of paid digital training every month",
        "text": (
            "Every public officer shall be entitled to four hours of digital skills training each "
            "month, within an annual training plan of 100 hours. The training shall take place during "
            "working time and its cost shall be borne by the Employer. Course content, including data "
            "analytics, coding and digital workplace skills, shall be developed and reviewed with the "
            "participation of the Union."
        ),
        "commentary": (
            "AUPE secured this entitlement as part of Singapore's Smart Nation programme for the public "
            "sector, alongside training for several thousand employees and a mobile learning app. A "
            "monthly individual entitlement is easier to claim and monitor than a general commitment to "
            "training. Negotiators can adapt the hours to local budgets while keeping the principle of "
            "paid working time."
        ),
        "themes": [7],
        "subthemes": ["training-in-working-time", "digital-competence"],
        "clause_type": "agreement_clause",
        "unions": ["AUPE"],
        "country": "SG",
        "sectors": ["central-government"],
        "year": 2018,
        "source_title": "Digital training commitments for public officers under Singapore's Smart Nation programme (AUPE)",
        "source_url": "",
        "original_language": "en",
        "keywords": ["digital training", "100 hours", "data analytics", "coding"],
    },
    {
        "identifier": "DBH-0021",
        "title": "Right to disconnect in annual workplace negotiations (France)",
        "text": (
            "The annual negotiation on equality between women and men and quality of working life "
            "shall cover how employees fully exercise their right to disconnect and the measures the "
            "enterprise puts in place to regulate the use of digital tools, so that rest periods, "
            "leave and personal and family life are respected. Where no agreement is reached, the "
            "employer shall draw up a charter after consulting employee representatives. The charter "
            "shall define how the right to disconnect is exercised and provide for training and "
            "awareness-raising on reasonable use of digital tools for employees and managers."
        ),
        "commentary": (
            "Adopted in 2016 and in force from January 2017, the French provision followed strong union "
            "pressure and a national report on digital transformation in which five union "
            "confederations took part. It makes disconnection a compulsory bargaining topic rather than a fixed "
            "rule, so its value depends on what unions negotiate. Unions can use the charter fallback as "
            "a minimum and push for concrete measures such as server shutdowns."
        ),
        "themes": [4],
        "subthemes": ["right-to-disconnect"],
        "clause_type": "legislation",
        "unions": [],
        "country": "FR",
        "sectors": ["public-services-general"],
        "year": 2016,
        "source_title": "French Labour Code, right to disconnect (introduced by Law No. 2016-1088 of 8 August 2016, the 'El Khomri' law)",
        "source_url": "",
        "original_language": "fr",
        "keywords": ["right to disconnect", "charter", "annual negotiation", "digital tools"],
    },
    {
        "identifier": "DBH-0022",
        "title": "Agile work agreements must secure the right to disconnect (Italy)",
        "text": (
            "The agreement on agile work shall be made in writing and shall govern how work is "
            "performed outside the employer's premises, including the employer's power of direction "
            "and the tools the worker uses. It shall also set the worker's rest periods and the "
            "technical and organisational measures needed to ensure that the worker can disconnect from "
            "the technological equipment used for work."
        ),
        "commentary": (
            "Article 19 of Italy's 2017 law on agile work placed disconnection inside the individual "
            "agile work agreement. Collective agreements in the public sector have since added more "
            "detail, such as time bands when workers cannot be contacted. Unions can press for these "
            "measures to be set collectively rather than left to individual negotiation."
        ),
        "themes": [4],
        "subthemes": ["right-to-disconnect", "telework-and-remote-work"],
        "clause_type": "legislation",
        "unions": [],
        "country": "IT",
        "sectors": ["public-services-general"],
        "year": 2017,
        "source_title": "Law No. 81 of 22 May 2017, Article 19 (agile work)",
        "source_url": "",
        "original_language": "it",
        "keywords": ["agile work", "disconnection", "rest periods", "smart working"],
    },
    {
        "identifier": "DBH-0023",
        "title": "Digitalisation must not become a route to outsourcing",
        "text": (
            "The digitalisation of public services should not be used as a vehicle for outsourcing, "
            "privatisation or public-private partnerships. New information and communication "
            "technology should be introduced only together with the financial and staffing resources "
            "needed to run it, and public bodies should build and keep in-house capacity to operate and "
            "maintain their systems. Claims that automation will reduce costs or administrative burden "
            "should be tested in an independent assessment before decisions are taken."
        ),
        "commentary": (
            "Younion's national board adopted this position, noting that there is no evidence that "
            "digitalisation in itself makes public services cheaper or less bureaucratic. The text is "
            "useful in budget talks and in consultations on digital strategies. Unions can turn the "
            "last sentence into a bargaining demand for a joint cost-benefit review."
        ),
        "themes": [1],
        "subthemes": ["impact-assessment", "employment-security"],
        "clause_type": "union_guidance",
        "unions": ["Younion"],
        "country": "AT",
        "sectors": ["public-services-general"],
        "year": 2018,
        "source_title": "Position paper of the Younion national board on digitalisation",
        "source_url": "",
        "original_language": "de",
        "keywords": [
            "outsourcing",
            "privatisation",
            "public-private partnerships",
            "in-house capacity",
        ],
    },
    {
        "identifier": "DBH-0024",
        "title": "Union participation in municipal technological modernisation",
        "text": (
            "Trade unions should take part in designing and implementing technological modernisation "
            "and digital innovation programmes in municipal services at both national and local level. "
            "Every municipal worker should have the right to training and upskilling so that nobody is "
            "left behind by the changes. Collective bargaining should be the mechanism through which "
            "the terms of this participation and the protection of workers are agreed."
        ),
        "commentary": (
            "In its 2018 paper on the future of work in municipal services, Argentina's CTM recognised "
            "that digital technology can improve both working conditions and service quality, on "
            "condition that workers have a voice. The paper is a good example of a union setting out "
            "its terms before employers do. It can serve as a template for a union's own policy "
            "statement."
        ),
        "themes": [1, 7],
        "subthemes": ["information-and-consultation", "reskilling-and-redeployment"],
        "clause_type": "union_guidance",
        "unions": ["CTM"],
        "country": "AR",
        "sectors": ["local-regional-government"],
        "year": 2018,
        "source_title": "El Futuro del Trabajo en el Sector Servicios Municipales (CTM position paper)",
        "source_url": "",
        "original_language": "es",
        "keywords": ["municipal workers", "modernisation", "upskilling", "collective bargaining"],
    },
    {
        "identifier": "DBH-0025",
        "title": "Institutionalised participation and union monitoring of digital projects",
        "text": (
            "Employee participation in digitalisation projects in the legislative administration "
            "should be institutionalised through collective bargaining, with a standing forum in which "
            "the union receives information on planned projects. The union should be able to monitor "
            "the implementation of each project and report on it, drawing on research by its own "
            "observatory on the future of work."
        ),
        "commentary": (
            "Argentina's APL set up the Observatorio del Futuro del Trabajo to build its own knowledge "
            "about digitalisation and automation. Union research makes demands for participation more "
            "credible. Smaller unions can pool resources with others to run a shared observatory."
        ),
        "themes": [1, 8],
        "subthemes": ["information-and-consultation", "facilities-for-representatives"],
        "clause_type": "union_guidance",
        "unions": ["APL"],
        "country": "AR",
        "sectors": ["central-government"],
        "year": 2019,
        "source_title": "APL proposals on employee participation in digitalisation (Observatorio del Futuro del Trabajo)",
        "source_url": "",
        "original_language": "es",
        "keywords": ["observatory", "future of work", "participation", "legislative staff"],
    },
    {
        "identifier": "DBH-0026",
        "title": "Employee process automation officer in automation projects",
        "text": (
            "When the municipality automates administrative processes with software robots, a union "
            "representative shall be appointed as employee process automation officer and be a full "
            "member of the automation project group. The officer shall be consulted on which tasks are "
            "selected for automation and on how working time released by automation is reallocated. "
            "Employees whose tasks are automated shall be offered new tasks and training for new roles "
            "instead of dismissal."
        ),
        "commentary": (
            "Danish municipalities that handed invoice payment and simple cases to software robots "
            "reported time savings of around 30% on those tasks, with HK Kommunal's representative "
            "inside the project group. Having a worker in the group built trust and reduced fears about "
            "jobs. The clause fits any robotic process automation project."
        ),
        "themes": [1],
        "subthemes": ["employment-security", "joint-technology-committees"],
        "clause_type": "agreement_clause",
        "unions": ["HK Kommunal"],
        "country": "DK",
        "sectors": ["local-regional-government"],
        "year": 2018,
        "source_title": "Municipal automation projects with employee participation (HK Kommunal, Denmark)",
        "source_url": "",
        "original_language": "en",
        "keywords": ["software robots", "automation", "project group", "new roles"],
    },
    {
        "identifier": "DBH-0027",
        "title": "Scheduling and performance systems in government call centres",
        "text": (
            "Automated scheduling systems in call centres should leave room for employees to plan "
            "leave, days off and reduced working weeks, including in the summer and holiday periods, "
            "and a manager should be able to override the system. Data on call duration, breaks and "
            "time between calls should not be used to set individual quantitative targets or to "
            "reprimand employees. The organisation of work in call centres should be reviewed jointly "
            "with the union, taking account of the psychosocial risks of standardised tasks and close "
            "monitoring."
        ),
        "commentary": (
            "SFPQ's 2016 survey of almost 500 Québec public employees found more standardised tasks, "
            "quantitative indicators and close monitoring, and call-centre staff complained above all "
            "about rigid automated schedules. One agency ended up drawing up schedules by hand again "
            "for 700 people. The guidance shows what to ask for before a scheduling system is bought."
        ),
        "themes": [3, 6],
        "subthemes": ["automated-scheduling", "psychosocial-risks"],
        "clause_type": "union_guidance",
        "unions": ["SFPQ"],
        "country": "CA",
        "sectors": ["local-regional-government"],
        "year": 2016,
        "source_title": "SFPQ report on changes in work and service delivery in the era of new public management",
        "source_url": "",
        "original_language": "fr",
        "keywords": ["call centres", "scheduling", "targets", "breaks"],
    },
    {
        "identifier": "DBH-0028",
        "title": "Risk assessment and union consultation before outsourcing data processing",
        "text": (
            "Before a health authority outsources the processing of patient or employee data, or the "
            "operation of its ICT systems, it should carry out a documented risk assessment of "
            "confidentiality, access rights and the jurisdiction where data will be stored or accessed. "
            "Employee representatives should be consulted on the assessment, and their warnings should "
            "be recorded and answered in writing. Contracts should forbid access to sensitive data from "
            "outside the agreed jurisdiction and allow the authority to terminate without penalty if "
            "this is breached."
        ),
        "commentary": (
            "Fagforbundet warned repeatedly against outsourcing the ICT of the South-Eastern Norway "
            "Regional Health Authority; contracted staff abroad later gained access to sensitive "
            "information on almost 3 million people and the deal had to be cancelled at high cost. "
            "Recording union warnings creates accountability. The same approach applies to payroll or "
            "HR outsourcing."
        ),
        "themes": [5],
        "subthemes": ["third-party-access", "data-storage-retention"],
        "clause_type": "union_guidance",
        "unions": ["Fagforbundet"],
        "country": "NO",
        "sectors": ["health-social-services"],
        "year": 2019,
        "source_title": "Fagforbundet lessons from the outsourcing of ICT services at the South-Eastern Norway Regional Health Authority",
        "source_url": "",
        "original_language": "no",
        "keywords": ["outsourcing", "patient data", "jurisdiction", "ict"],
    },
    {
        "identifier": "DBH-0029",
        "title": "Limits on the use of electronic medical record access logs",
        "text": (
            "Access logs from electronic medical record systems should be used to protect patient "
            "confidentiality, not to measure the productivity of health workers. Hospitals should tell "
            "staff and the union which activity data the system records, how long it is kept and who "
            "may view it. Any investigation based on access logs should follow a procedure agreed with "
            "the union, and the worker concerned should be able to see the data and explain it before "
            "any decision is taken."
        ),
        "commentary": (
            "KHMU has criticised South Korea's digital healthcare strategy for serving commercial "
            "interests and driving unnecessary tests. Hospital IT systems also record every action of "
            "staff, which can quietly become a productivity tool. This guidance keeps a legitimate "
            "safeguard for patients from being turned against workers."
        ),
        "themes": [2, 5],
        "subthemes": ["monitoring-and-discipline", "data-collection-limits"],
        "clause_type": "union_guidance",
        "unions": ["KHMU"],
        "country": "KR",
        "sectors": ["health-social-services"],
        "year": 2019,
        "source_title": "KHMU position on digital hospital systems and health workers' data",
        "source_url": "",
        "original_language": "en",
        "keywords": ["electronic medical records", "access logs", "hospitals", "productivity"],
    },
    {
        "identifier": "DBH-0030",
        "title": "Safeguards for online access to medical files",
        "text": (
            "Where medical files and documents are made accessible online, access should be limited to "
            "authorised health professionals according to their role, and every consultation of a file "
            "should be traceable. Health workers should be trained in the new systems and in data "
            "confidentiality before they are required to use them. A paper or offline back-up "
            "procedure should be kept so that care can continue if the system fails."
        ),
        "commentary": (
            "SYMEB reports that putting medical files online in Burkina Faso has improved organisation "
            "and helped fight corruption and theft of medicines. The guidance keeps those benefits while "
            "protecting confidentiality and continuity of care. The back-up requirement matters wherever "
            "power or connectivity is unreliable."
        ),
        "themes": [5, 7],
        "subthemes": ["data-storage-retention", "digital-competence"],
        "clause_type": "union_guidance",
        "unions": ["SYMEB"],
        "country": "BF",
        "sectors": ["health-social-services"],
        "year": 2019,
        "source_title": "SYMEB position on the digitalisation of health services in Burkina Faso",
        "source_url": "",
        "original_language": "fr",
        "keywords": ["medical files", "confidentiality", "back-up", "health workers"],
    },
    # ------------------------------------------------------------------
    # Illustrative clauses attributed to interviewed unions (generic details).
    # ------------------------------------------------------------------
    {
        "identifier": "DBH-0031",
        "title": "Conditions for GPS watches and digital attendance devices",
        "text": (
            "GPS-enabled watches or mobile attendance devices should not be issued to sanitation and "
            "other field workers without prior negotiation with the union. Where agreed, such devices "
            "should record location only during working hours, be used solely to verify attendance and "
            "coordinate work, and never record conversations or track workers during breaks. Workers "
            "should not bear the cost of devices, data plans or charging, and biometric data should not "
            "be collected without a clear legal basis and the worker's informed agreement."
        ),
        "commentary": (
            "Smart city programmes often put tracking devices on the lowest-paid municipal workers "
            "first. This guidance sets conditions a union can demand before devices are handed out. "
            "Pair it with a right to see one's own location records."
        ),
        "themes": [2],
        "subthemes": ["location-tracking", "cameras-and-biometrics"],
        "clause_type": "union_guidance",
        "unions": ["NMCEU"],
        "country": "IN",
        "sectors": ["local-regional-government"],
        "year": 2020,
        "source_title": "Union demands on digital attendance and tracking devices in a smart city (NMCEU)",
        "source_url": "",
        "original_language": "en",
        "keywords": ["gps watches", "sanitation workers", "attendance", "smart city", "biometric"],
    },
    {
        "identifier": "DBH-0032",
        "title": "Human review of automated social security benefit decisions",
        "text": (
            "No social security benefit should be refused, suspended or reduced solely on the basis of "
            "an automated analysis. Every application that an automated system flags for refusal "
            "should be reviewed by a qualified public servant who can overturn the system's result. "
            "Insured persons should keep access to in-person service at agency offices, and the staff "
            "needed for human analysis and face-to-face service should be maintained."
        ),
        "commentary": (
            "Automated benefit systems can wrongly deny people income, and the most vulnerable are the "
            "least able to appeal online. The guidance ties a service-user right to the protection of "
            "skilled jobs. It can be supported with data protection rules on automated decisions where "
            "these exist."
        ),
        "themes": [3],
        "subthemes": ["human-in-the-loop"],
        "clause_type": "union_guidance",
        "unions": ["CNTSS"],
        "country": "BR",
        "sectors": ["health-social-services"],
        "year": 2020,
        "source_title": "CNTSS positions on the digitalisation of social security services",
        "source_url": "",
        "original_language": "pt",
        "keywords": ["social security", "benefits", "automated analysis", "human review"],
    },
    {
        "identifier": "DBH-0033",
        "title": "Guarding against bias in algorithmic home-care scheduling",
        "text": (
            "Before an automated scheduling tool for home-care workers is introduced, management should "
            "disclose its purpose, the data it uses and the order in which the algorithm weighs criteria "
            "such as travel time, number of visits and client preferences. Client preferences should "
            "never be allowed to exclude workers on grounds of sex, age, origin or any other protected "
            "characteristic, and the distribution of shifts and of the heaviest cases should be checked "
            "regularly for unfair patterns. Minimum visit and travel times should be guaranteed by "
            "agreement, and any schedule produced by the algorithm should be open to adjustment by a "
            "human coordinator."
        ),
        "commentary": (
            "This follows the home-care example in the course's first workshop: a tool built to raise "
            "client numbers per worker and to match client 'preferences' can intensify work and "
            "discriminate. Asking about purpose, data and the order of instructions turns an abstract "
            "worry into concrete questions. The guidance can be adapted to any rostering system."
        ),
        "themes": [3, 6],
        "subthemes": ["automated-scheduling", "bias-and-discrimination"],
        "clause_type": "union_guidance",
        "unions": ["CFDT Santé-Sociaux"],
        "country": "FR",
        "sectors": ["health-social-services"],
        "year": 2021,
        "source_title": "Union guidance on digital scheduling in home care (CFDT Santé-Sociaux)",
        "source_url": "",
        "original_language": "fr",
        "keywords": [
            "home care",
            "scheduling",
            "algorithm",
            "client preferences",
            "discrimination",
        ],
    },
    {
        "identifier": "DBH-0034",
        "title": "Limits on geolocation of field technicians' vehicles",
        "text": (
            "Geolocation (GPS) devices fitted to service vehicles may be used only to dispatch "
            "interventions, to locate a technician in an emergency and to manage the fleet. Technicians "
            "shall be able to switch geolocation off outside working hours and during breaks. The system "
            "shall not be used to check speed, to calculate working time where another means exists or "
            "to support disciplinary action. Location data shall be kept for no longer than [two months] "
            "and shall be made available to the technician concerned on request."
        ),
        "commentary": (
            "Energy networks rely on technicians driving between sites, which makes vehicle tracking "
            "tempting for managers. The clause reflects French practice of narrowly limiting "
            "geolocation purposes and letting employees switch it off in their own time. Adapt the "
            "retention period to local law."
        ),
        "themes": [2],
        "subthemes": ["location-tracking", "monitoring-and-discipline"],
        "clause_type": "agreement_clause",
        "unions": ["FNME-CGT"],
        "country": "FR",
        "sectors": ["utilities"],
        "year": 2019,
        "source_title": "Company agreement on vehicle geolocation in energy distribution (France)",
        "source_url": "",
        "original_language": "fr",
        "keywords": ["geolocation", "gps", "vehicles", "technicians", "energy"],
    },
    {
        "identifier": "DBH-0035",
        "title": "Digital disconnection protocol in a public water company",
        "text": (
            "Employees have the right not to answer calls, e-mails or messages about work outside their "
            "working hours and during rest periods, leave or sick leave, except for staff on the agreed "
            "on-call rota that ensures the continuity of water and sanitation services. The company "
            "shall configure its communication tools so that messages sent outside working hours are "
            "delivered at the start of the next working day wherever possible. Exercising the right to "
            "digital disconnection shall not lead to any sanction or unfavourable assessment. The "
            "company and the workers' representatives shall review compliance with this protocol every "
            "year."
        ),
        "commentary": (
            "Essential services need on-call cover, and this clause shows how to protect everyone else "
            "while keeping it. Delayed delivery of messages puts the duty on the system, not on the "
            "worker's willpower. The annual review gives representatives a regular point to raise "
            "problems."
        ),
        "themes": [4],
        "subthemes": ["right-to-disconnect"],
        "clause_type": "agreement_clause",
        "unions": ["FSC-CCOO"],
        "country": "ES",
        "sectors": ["utilities"],
        "year": 2020,
        "source_title": "Digital disconnection protocol, collective agreement of a public water and sanitation company (Spain)",
        "source_url": "",
        "original_language": "es",
        "keywords": ["digital disconnection", "on-call", "water", "messages"],
    },
    {
        "identifier": "DBH-0036",
        "title": "Union communication and participation rights for teleworkers",
        "text": (
            "Teleworking staff shall enjoy the same collective rights as staff working on site. The "
            "administration shall give the unions an electronic notice board on the intranet and the "
            "use of staff's corporate e-mail addresses for union information, and shall allow "
            "teleworkers to attend union meetings and vote in union elections by videoconference during "
            "working time. Union representatives shall be given the technical means they need to "
            "communicate with teleworkers."
        ),
        "commentary": (
            "Telework can isolate workers from their union as effectively as any anti-union policy. "
            "This clause transfers traditional facilities, the notice board and the workplace meeting, "
            "into digital form. Check that the union's use of these channels is not itself monitored by "
            "the employer."
        ),
        "themes": [8, 4],
        "subthemes": ["union-access-to-digital-channels", "telework-and-remote-work"],
        "clause_type": "agreement_clause",
        "unions": ["FSC-CCOO"],
        "country": "ES",
        "sectors": ["central-government"],
        "year": 2021,
        "source_title": "Agreement on telework in a central government department (Spain)",
        "source_url": "",
        "original_language": "es",
        "keywords": ["teleworkers", "union meetings", "intranet", "videoconference"],
    },
    {
        "identifier": "DBH-0037",
        "title": "Body-worn cameras for rescue service staff",
        "text": (
            "Body-worn cameras may be issued to rescue service staff solely to protect them from "
            "violence during operations. Recording shall be started by the wearer and only where a "
            "situation is escalating; continuous or covert recording is excluded. Recordings shall be "
            "stored in encrypted form, deleted after [a short fixed period] unless needed to investigate "
            "an assault, and never used to assess the wearer's performance or conduct. The staff council "
            "shall be involved in choosing the devices and in evaluating the pilot."
        ),
        "commentary": (
            "Emergency workers face rising violence, and cameras can help, but only if they do not "
            "become a means of watching the staff who wear them. Control by the wearer is the central "
            "safeguard. The same structure suits bodycams in other public-facing services."
        ),
        "themes": [6, 2],
        "subthemes": ["safety-technology", "cameras-and-biometrics"],
        "clause_type": "agreement_clause",
        "unions": ["ver.di"],
        "country": "DE",
        "sectors": ["emergency-services"],
        "year": 2021,
        "source_title": "Service agreement on body-worn cameras in rescue services (Germany)",
        "source_url": "",
        "original_language": "de",
        "keywords": ["body-worn cameras", "bodycams", "rescue service", "violence"],
    },
    {
        "identifier": "DBH-0038",
        "title": "Lone-worker devices used for safety only",
        "text": (
            "Lone-worker devices shall be issued to community staff so that they can summon help "
            "quickly. The device's GPS location shall be transmitted only when the worker raises the "
            "alarm or misses an agreed check-in, and the alarm-receiving centre shall not pass location "
            "data to line managers for any other purpose. Data from the devices shall not be used to "
            "monitor attendance, productivity or routes, and staff and safety representatives shall be "
            "consulted on the choice of device."
        ),
        "commentary": (
            "Community nurses, care workers and others who visit homes alone need fast help in an "
            "emergency. The clause gives them that protection without creating a tracking system. "
            "Representatives should check the vendor's default settings and data-sharing terms."
        ),
        "themes": [6, 2],
        "subthemes": ["safety-technology", "location-tracking"],
        "clause_type": "agreement_clause",
        "unions": ["UNISON"],
        "country": "GB",
        "sectors": ["health-social-services"],
        "year": 2019,
        "source_title": "Local agreement on lone-worker devices in community health services (United Kingdom)",
        "source_url": "",
        "original_language": "en",
        "keywords": ["lone worker", "alarm", "gps", "community staff"],
    },
    {
        "identifier": "DBH-0039",
        "title": "Protecting union activity from digital monitoring",
        "text": (
            "The Employer shall not use monitoring software, e-mail scanning, social media monitoring or "
            "any analytics tool to identify, track or profile union members, representatives or union "
            "activity. Communications between employees and their union representatives, including "
            "those carried on the Employer's systems, shall be treated as confidential and excluded from "
            "routine monitoring. Any data collected in breach of this clause shall be deleted and shall "
            "not be relied on in any decision."
        ),
        "commentary": (
            "Tools that flag possible organising from staff messages and social media already exist. "
            "This clause draws a clear line around union activity. It is worth proposing even where "
            "anti-union discrimination law exists, because the law rarely addresses analytics."
        ),
        "themes": [8, 2],
        "subthemes": ["protection-of-union-activity"],
        "clause_type": "model_clause",
        "unions": ["UNISON"],
        "country": "GB",
        "sectors": ["public-services-general"],
        "year": 2020,
        "source_title": "Model clause on the confidentiality of union communications (UNISON bargaining guidance)",
        "source_url": "",
        "original_language": "en",
        "keywords": ["union activity", "confidentiality", "monitoring software", "social media"],
    },
    {
        "identifier": "DBH-0040",
        "title": "Recorded or live-streamed lessons may not be used to evaluate teachers",
        "text": (
            "Teachers shall not be required to record lessons delivered online, and any recording made "
            "shall be used only for students who could not attend. Live-streamed or recorded lessons "
            "shall not be used for the evaluation or discipline of teachers, and administrators shall not "
            "join virtual classes unannounced for evaluation purposes. Teachers shall not be required to "
            "keep their camera on outside scheduled instruction or to answer messages outside the agreed "
            "working day."
        ),
        "commentary": (
            "Remote teaching during the pandemic opened classrooms to new forms of observation. AFT "
            "locals negotiated terms like these so that technology serves students rather than "
            "surveillance. The same principles apply to recorded training sessions or counselling in "
            "other services."
        ),
        "themes": [2, 4],
        "subthemes": ["monitoring-and-discipline", "telework-and-remote-work"],
        "clause_type": "agreement_clause",
        "unions": ["AFT"],
        "country": "US",
        "sectors": ["education-culture"],
        "year": 2020,
        "source_title": "Memorandum of understanding on remote instruction (AFT local, United States)",
        "source_url": "",
        "original_language": "en",
        "keywords": ["teachers", "recorded lessons", "remote instruction", "evaluation"],
    },
    {
        "identifier": "DBH-0041",
        "title": "Employees' right to see and correct their personnel data",
        "text": (
            "Each employee shall have the right to receive, free of charge and within [one month], a "
            "complete copy of the personal data held about them in personnel information systems, "
            "including any scores, classifications or profiles derived from that data. Employees may "
            "require incorrect or incomplete data to be corrected and data held without a valid purpose "
            "to be deleted. The staff representatives shall receive a register of all personnel "
            "information systems, listing the data fields processed and the purpose of each."
        ),
        "commentary": (
            "Access rights are weak unless they reach the inferences, the scores and profiles, and not "
            "just the raw data. The register lets representatives check purposes collectively. Where "
            "data protection law already gives an access right, the clause adds speed, scope and a "
            "collective dimension."
        ),
        "themes": [5],
        "subthemes": ["access-and-rectification", "data-collection-limits"],
        "clause_type": "model_clause",
        "unions": ["Younion"],
        "country": "AT",
        "sectors": ["public-services-general"],
        "year": 2019,
        "source_title": "Model workplace agreement on personnel information systems (Younion)",
        "source_url": "",
        "original_language": "de",
        "keywords": ["personnel data", "access", "profiles", "correction"],
    },
    {
        "identifier": "DBH-0042",
        "title": "Deleting employee data once its purpose is fulfilled",
        "text": (
            "Personal data about employees generated by digital case-handling and automation systems "
            "shall be kept only as long as the purpose for which it was collected requires, according to "
            "a retention schedule agreed with the employee representatives. Once that purpose is "
            "fulfilled, the data and any profiles or inferences derived from it shall be deleted rather "
            "than archived or transferred. Before employee data is migrated to a new system or supplier, "
            "the representatives shall be told what will be transferred, to whom, and what will be "
            "deleted."
        ),
        "commentary": (
            "Data off-boarding is the last stage of the data lifecycle and the one most often ignored. "
            "System migrations are a common moment for data to leak or be repurposed. An agreed "
            "retention schedule turns a general principle into something representatives can check."
        ),
        "themes": [5],
        "subthemes": ["data-storage-retention"],
        "clause_type": "agreement_clause",
        "unions": ["HK Kommunal"],
        "country": "DK",
        "sectors": ["local-regional-government"],
        "year": 2020,
        "source_title": "Local agreement on employee data in digital case handling (Danish municipality)",
        "source_url": "",
        "original_language": "en",
        "keywords": ["retention", "deletion", "inferences", "migration"],
    },
    {
        "identifier": "DBH-0043",
        "title": "Register of algorithmic systems and joint checks for discrimination",
        "text": (
            "The administration shall keep an up-to-date register of the algorithmic and artificial "
            "intelligence systems it uses that affect staff, stating each system's purpose, the data it "
            "uses, the logic of its main parameters and the unit responsible for it. The register and "
            "any changes to it shall be sent to the workers' representatives, who may request a meeting "
            "to examine a system's effects on working conditions. Each system shall be assessed jointly "
            "for discriminatory effects, in particular on grounds of sex, age or disability, before it "
            "is used and at least once a year thereafter."
        ),
        "commentary": (
            "Workers often do not know which algorithmic systems are in their workplace; a register "
            "answers that first question. Building on Spain's 2021 rule on algorithm information for "
            "works councils, this clause adds a joint audit for discrimination. Negotiators can attach "
            "the co-governance guide's questions as the agenda for the annual review."
        ),
        "themes": [3],
        "subthemes": ["algorithmic-transparency", "bias-and-discrimination"],
        "clause_type": "agreement_clause",
        "unions": ["FSC-CCOO"],
        "country": "ES",
        "sectors": ["central-government"],
        "year": 2022,
        "source_title": "Collective agreement clause on algorithmic transparency in a public administration (Spain)",
        "source_url": "",
        "original_language": "es",
        "keywords": ["algorithm register", "artificial intelligence", "discrimination", "audit"],
    },
    {
        "identifier": "DBH-0044",
        "title": "Telework and the right to disconnect in the French civil service",
        "text": (
            "Public employees who telework have the same rights and obligations as colleagues working on "
            "site, including the right to disconnect outside their working hours. Each employer shall "
            "define, after dialogue with staff representatives, the time slots during which teleworkers "
            "can be contacted, and managers shall be trained to respect them. Teleworkers shall receive "
            "a flat-rate allowance towards their costs, and the employer shall provide the equipment "
            "needed to work from home."
        ),
        "commentary": (
            "Signed in July 2021 by the government, employers from the three branches of the French "
            "public service and all the representative unions, this agreement followed the mass telework "
            "of the pandemic. It shows how a right to disconnect can be built into telework rules for "
            "the whole public sector. Negotiators can use it to argue for cost allowances and manager "
            "training."
        ),
        "themes": [4],
        "subthemes": ["telework-and-remote-work", "right-to-disconnect"],
        "clause_type": "framework_agreement",
        "unions": [],
        "country": "FR",
        "sectors": ["central-government", "local-regional-government", "health-social-services"],
        "year": 2021,
        "source_title": "Agreement on the implementation of telework in the French public service (13 July 2021)",
        "source_url": "",
        "original_language": "fr",
        "keywords": ["telework", "civil service", "allowance", "disconnection"],
    },
    # ------------------------------------------------------------------
    # Legislation and international framework agreements (summarised).
    # ------------------------------------------------------------------
    {
        "identifier": "DBH-0045",
        "title": "Processing of workers' personal data in the employment context (GDPR Article 88)",
        "text": (
            "Member States may, by law or by collective agreements, lay down more specific rules to "
            "protect employees' rights and freedoms when their personal data is processed in the "
            "employment context, including for recruitment, performance of the contract, management and "
            "organisation of work, health and safety and termination of employment. Such rules shall "
            "include suitable and specific measures to safeguard the dignity, legitimate interests and "
            "fundamental rights of the people concerned. Particular attention shall be paid to the "
            "transparency of processing, transfers of data within a group of undertakings and monitoring "
            "systems at the workplace."
        ),
        "commentary": (
            "Article 88 expressly recognises collective agreements as a way to set rules on workers' "
            "data, which gives unions in the European Union a legal hook for bargaining. Few unions have "
            "used it fully. It is a useful reference when employers claim that data protection is a "
            "matter for law alone."
        ),
        "themes": [5],
        "subthemes": ["data-collection-limits"],
        "clause_type": "legislation",
        "unions": [],
        "country": "",
        "sectors": ["public-services-general"],
        "year": 2016,
        "source_title": "General Data Protection Regulation (EU) 2016/679, Article 88",
        "source_url": "",
        "original_language": "en",
        "keywords": ["gdpr", "employment context", "collective agreements", "workplace monitoring"],
    },
    {
        "identifier": "DBH-0046",
        "title": "Right not to be subject to solely automated decisions (GDPR Article 22)",
        "text": (
            "A person has the right not to be subject to a decision based solely on automated "
            "processing, including profiling, which produces legal effects concerning them or similarly "
            "significantly affects them. Where such a decision is allowed because it is necessary for a "
            "contract or based on explicit consent, the controller shall put suitable safeguards in "
            "place. These include at least the right to obtain human intervention, to express one's "
            "point of view and to contest the decision."
        ),
        "commentary": (
            "Article 22 is the main legal basis for demanding human review of algorithmic decisions in "
            "Europe, but its limitation to 'solely' automated decisions leaves gaps when a person simply "
            "rubber-stamps a machine's output. Collective agreements can close that gap by requiring "
            "meaningful human review of any decision affecting workers."
        ),
        "themes": [3, 5],
        "subthemes": ["human-in-the-loop", "access-and-rectification"],
        "clause_type": "legislation",
        "unions": [],
        "country": "",
        "sectors": ["public-services-general"],
        "year": 2016,
        "source_title": "General Data Protection Regulation (EU) 2016/679, Article 22",
        "source_url": "",
        "original_language": "en",
        "keywords": ["automated decisions", "profiling", "human intervention", "gdpr"],
    },
    {
        "identifier": "DBH-0047",
        "title": "Artificial intelligence and the 'human in control' principle",
        "text": (
            "The deployment of artificial intelligence systems at work shall follow the principle that "
            "humans remain in control. Such systems should be safe, transparent and explainable and "
            "should not be used in ways that undermine workers' dignity or their individual and "
            "collective rights. Where AI-based procedures are used in human resources decisions such as "
            "recruitment, evaluation, promotion or dismissal, the workers concerned should be able to "
            "request human intervention and verification of the outcome. Workers' representatives "
            "should be involved in preparing the deployment."
        ),
        "commentary": (
            "The European cross-industry social partners signed their framework agreement on "
            "digitalisation in June 2020; it also covers skills, connecting and disconnecting, and "
            "surveillance. It is implemented by national social partners, so its impact depends on "
            "follow-up bargaining. Public service unions can cite it in negotiations with employers who "
            "are members of the signatory organisations."
        ),
        "themes": [3],
        "subthemes": ["human-in-the-loop", "algorithmic-transparency"],
        "clause_type": "framework_agreement",
        "unions": [],
        "country": "",
        "sectors": ["public-services-general"],
        "year": 2020,
        "source_title": "European Social Partners Framework Agreement on Digitalisation (2020)",
        "source_url": "",
        "original_language": "en",
        "keywords": [
            "artificial intelligence",
            "human in control",
            "framework agreement",
            "human resources",
        ],
    },
    {
        "identifier": "DBH-0048",
        "title": "Right to digital disconnection in Spanish data protection law",
        "text": (
            "Workers and public employees have the right to digital disconnection so that, outside their "
            "legal or agreed working time, their rest time, leave and holidays and their personal and "
            "family privacy are respected. How the right is exercised shall reflect the nature and "
            "purpose of the employment relationship and shall be set by collective bargaining or, failing "
            "that, by agreement between the employer and the workers' representatives. After hearing the "
            "representatives, the employer shall draw up an internal policy defining how the right is "
            "exercised, with training and awareness-raising on reasonable use of technological tools to "
            "prevent digital fatigue."
        ),
        "commentary": (
            "Spain placed the right to disconnect in its 2018 data protection law, covering public "
            "employees as well as private-sector workers. Like the French law, it leaves the details to "
            "bargaining, so unions should bring concrete proposals. Its reference to 'digital fatigue' "
            "is helpful when linking disconnection to health and safety."
        ),
        "themes": [4],
        "subthemes": ["right-to-disconnect"],
        "clause_type": "legislation",
        "unions": [],
        "country": "ES",
        "sectors": ["public-services-general"],
        "year": 2018,
        "source_title": "Organic Law 3/2018 on the Protection of Personal Data and Guarantee of Digital Rights (LOPDGDD), Article 88",
        "source_url": "",
        "original_language": "es",
        "keywords": ["digital disconnection", "rest time", "internal policy", "public employees"],
    },
    {
        "identifier": "DBH-0049",
        "title": "Use of geolocation systems at work (Spain)",
        "text": (
            "Employers may process data obtained through geolocation systems, such as GPS, to exercise "
            "the control functions that employment law gives them over workers and public employees, "
            "within its limits. Before doing so, they shall inform workers and, where applicable, their "
            "representatives expressly, clearly and unequivocally of the existence and characteristics "
            "of these devices. They shall also inform them of their rights of access, rectification, "
            "restriction of processing and erasure."
        ),
        "commentary": (
            "Article 90 of Spain's 2018 data protection law accepts geolocation as a control tool but "
            "requires prior information. Information alone is a weak safeguard, so unions use it as a "
            "starting point to negotiate limits on purpose, hours and retention. It pairs well with "
            "clauses on vehicle and device tracking."
        ),
        "themes": [2, 5],
        "subthemes": ["location-tracking"],
        "clause_type": "legislation",
        "unions": [],
        "country": "ES",
        "sectors": ["public-services-general"],
        "year": 2018,
        "source_title": "Organic Law 3/2018 on the Protection of Personal Data and Guarantee of Digital Rights (LOPDGDD), Article 90",
        "source_url": "",
        "original_language": "es",
        "keywords": ["geolocation", "gps", "information duty", "data protection"],
    },
    {
        "identifier": "DBH-0050",
        "title": "Works council right to information on algorithms (Spain)",
        "text": (
            "The works council has the right to be informed by the company of the parameters, rules and "
            "instructions on which algorithms or artificial intelligence systems are based where they "
            "affect decisions that may have an impact on working conditions or on access to and "
            "retention of employment, including profiling. This right applies in every company covered "
            "by the Workers' Statute, not only on digital platforms, and adds to the works council's "
            "existing rights to information and consultation."
        ),
        "commentary": (
            "Introduced by the 2021 'riders' law', this was one of the first national rules giving "
            "worker representatives a general right to information about algorithms. It covers "
            "public-sector staff employed under labour contracts. Representatives can use it to request "
            "the parameters of scheduling, evaluation and recruitment systems."
        ),
        "themes": [3],
        "subthemes": ["algorithmic-transparency"],
        "clause_type": "legislation",
        "unions": [],
        "country": "ES",
        "sectors": ["public-services-general"],
        "year": 2021,
        "source_title": "Law 12/2021 of 28 September (the 'riders' law'), amending Article 64(4)(d) of the Workers' Statute",
        "source_url": "",
        "original_language": "es",
        "keywords": ["algorithms", "works council", "parameters", "profiling"],
    },
    {
        "identifier": "DBH-0051",
        "title": "Works councils may call on experts to assess artificial intelligence (Germany)",
        "text": (
            "Where the works council has to assess the introduction or use of artificial intelligence to "
            "carry out its tasks, the involvement of an expert is deemed necessary; the details are agreed "
            "with the employer, who bears the cost. The employer shall inform the works council in good time, with the necessary "
            "documents, about planned work procedures and processes, including the use of artificial "
            "intelligence. Guidelines for the selection of personnel remain subject to the works "
            "council's co-determination where they are drawn up using artificial intelligence."
        ),
        "commentary": (
            "The 2021 Works Council Modernisation Act addressed the knowledge gap between "
            "representatives and management head on: an expert on AI no longer needs to be argued for. "
            "Unions elsewhere can demand the same right by agreement. Note that German public "
            "administrations have separate staff representation laws."
        ),
        "themes": [3, 8],
        "subthemes": ["algorithmic-transparency", "facilities-for-representatives"],
        "clause_type": "legislation",
        "unions": [],
        "country": "DE",
        "sectors": ["public-services-general"],
        "year": 2021,
        "source_title": "Works Council Modernisation Act 2021 (Betriebsrätemodernisierungsgesetz), amending sections 80, 90 and 95 of the Works Constitution Act",
        "source_url": "",
        "original_language": "de",
        "keywords": ["artificial intelligence", "works council", "expert", "co-determination"],
    },
    {
        "identifier": "DBH-0052",
        "title": "Co-determination on monitoring technology and mobile work (Germany)",
        "text": (
            "The works council has a right of co-determination over the introduction and use of "
            "technical devices designed to monitor the behaviour or performance of employees. Since 2021 "
            "it also has a right of co-determination over the arrangements for mobile work performed "
            "using information and communication technology. Where the parties cannot agree, the "
            "conciliation committee decides."
        ),
        "commentary": (
            "Courts have read 'designed to monitor' broadly, so almost any system that can record "
            "individual behaviour or performance is covered. This right explains why German unions can "
            "negotiate detailed IT agreements. Elsewhere, unions can propose a negotiated equivalent: no "
            "monitoring-capable system without agreement."
        ),
        "themes": [2, 4],
        "subthemes": ["limits-on-monitoring", "telework-and-remote-work"],
        "clause_type": "legislation",
        "unions": [],
        "country": "DE",
        "sectors": ["public-services-general"],
        "year": 2021,
        "source_title": "Works Constitution Act, section 87(1) nos. 6 and 14 (as amended in 2021)",
        "source_url": "",
        "original_language": "de",
        "keywords": ["co-determination", "monitoring", "mobile work", "works council"],
    },
    {
        "identifier": "DBH-0053",
        "title": "Control measures must be justified and discussed with representatives (Norway)",
        "text": (
            "An employer may only implement control measures affecting employees where there is an "
            "objective reason based on the undertaking's activities and the measure does not place a "
            "disproportionate burden on the employees. The employer shall discuss the need for, design, "
            "implementation and major changes of control measures with the employees' elected "
            "representatives as early as possible. Before a measure is introduced, the employees "
            "concerned shall be informed of its purpose, practical consequences and expected duration, "
            "and the measure shall be evaluated regularly."
        ),
        "commentary": (
            "Norway's rules combine a proportionality test with early discussion with elected "
            "representatives. The requirement to evaluate measures regularly helps unions reopen "
            "monitoring that has outlived its purpose. It is a good model for unions pressing for "
            "legislation."
        ),
        "themes": [2, 1],
        "subthemes": ["limits-on-monitoring", "information-and-consultation"],
        "clause_type": "legislation",
        "unions": [],
        "country": "NO",
        "sectors": ["public-services-general"],
        "year": 2005,
        "source_title": "Working Environment Act 2005 (Arbeidsmiljøloven), Chapter 9: Control measures in the undertaking",
        "source_url": "",
        "original_language": "no",
        "keywords": [
            "control measures",
            "proportionality",
            "elected representatives",
            "evaluation",
        ],
    },
    {
        "identifier": "DBH-0054",
        "title": "Written policy on disconnecting from work (Ontario)",
        "text": (
            "Employers that employ 25 or more employees on 1 January of a year shall have a written "
            "policy for all employees on disconnecting from work. The policy shall include the date it "
            "was prepared and the date of any changes, and employees shall receive a copy within 30 days "
            "of its preparation or change. Disconnecting from work means not engaging in work-related "
            "communications, including e-mails, telephone calls, video calls or other messages, so as to "
            "be free from the performance of work."
        ),
        "commentary": (
            "Ontario's 2021 law requires a policy but does not fix its content, so the practical value "
            "depends on what unions negotiate. Unions can use the legal requirement to open talks and "
            "insist that the policy sets real limits. The definition of 'disconnecting from work' is a "
            "useful drafting model."
        ),
        "themes": [4],
        "subthemes": ["right-to-disconnect"],
        "clause_type": "legislation",
        "unions": [],
        "country": "CA",
        "sectors": ["public-services-general"],
        "year": 2021,
        "source_title": "Working for Workers Act, 2021 (Ontario), amending the Employment Standards Act, 2000: disconnecting from work",
        "source_url": "",
        "original_language": "en",
        "keywords": ["disconnecting from work", "written policy", "ontario", "e-mails"],
    },
    {
        "identifier": "DBH-0055",
        "title": "Written policy on electronic monitoring of employees (Ontario)",
        "text": (
            "Employers with 25 or more employees shall have a written policy on the electronic monitoring "
            "of employees. The policy shall state whether the employer monitors employees electronically "
            "and, if so, describe how and in what circumstances it does so and the purposes for which "
            "information obtained through electronic monitoring may be used. Employees shall receive a "
            "copy of the policy within 30 days."
        ),
        "commentary": (
            "Transparency rules like Ontario's 2022 requirement are a first step: they oblige employers "
            "to disclose monitoring but do not limit it. Unions can compare the written policy with "
            "actual practice and bargain over the gap. Ask for the policy to be extended to monitoring "
            "by contractors and vendors."
        ),
        "themes": [2, 5],
        "subthemes": ["limits-on-monitoring", "data-collection-limits"],
        "clause_type": "legislation",
        "unions": [],
        "country": "CA",
        "sectors": ["public-services-general"],
        "year": 2022,
        "source_title": "Working for Workers Act, 2022 (Ontario): written policy on electronic monitoring",
        "source_url": "",
        "original_language": "en",
        "keywords": ["electronic monitoring", "written policy", "transparency", "ontario"],
    },
    {
        "identifier": "DBH-0056",
        "title": "Employer's duty not to contact workers during rest periods (Portugal)",
        "text": (
            "The employer has a duty to refrain from contacting the worker during the rest period, except "
            "in cases of force majeure. Any less favourable treatment of a worker, in particular in "
            "working conditions or career progression, because they exercised the right to rest is "
            "considered discriminatory. For teleworkers, the employer shall also pay the additional "
            "expenses that the worker shows are a direct result of acquiring or using the equipment and "
            "systems needed for telework, including higher energy and internet costs."
        ),
        "commentary": (
            "Portugal's 2021 reform places the obligation on the employer rather than giving workers a "
            "right they must assert. The rule on telework expenses addresses the shift of costs onto "
            "workers highlighted in the 2019 report. Unions can negotiate flat-rate allowances to avoid "
            "disputes over proving individual costs."
        ),
        "themes": [4],
        "subthemes": ["right-to-disconnect", "telework-and-remote-work"],
        "clause_type": "legislation",
        "unions": [],
        "country": "PT",
        "sectors": ["public-services-general"],
        "year": 2021,
        "source_title": "Law No. 83/2021 of 6 December (Portugal), amending the Labour Code on telework",
        "source_url": "",
        "original_language": "pt",
        "keywords": ["rest period", "force majeure", "telework expenses", "contact"],
    },
    {
        "identifier": "DBH-0057",
        "title": "Right to disconnect for federal civil servants (Belgium)",
        "text": (
            "Members of staff of the federal public service have the right to disconnect: they cannot be "
            "required to be reachable outside their normal working hours, except in exceptional and "
            "unforeseen circumstances that call for action which cannot wait until the next working "
            "period. Staff who do not respond to work communications outside working hours shall suffer "
            "no adverse consequences. Managers shall respect this right in how they organise work and "
            "plan meetings and communications."
        ),
        "commentary": (
            "Belgium introduced a right to disconnect for federal civil servants in 2022, ahead of its "
            "rules for the private sector. The narrow exception for exceptional and unforeseen "
            "circumstances is a useful drafting model. Unions can build on it by agreeing concrete "
            "measures in each department."
        ),
        "themes": [4],
        "subthemes": ["right-to-disconnect"],
        "clause_type": "legislation",
        "unions": [],
        "country": "BE",
        "sectors": ["central-government"],
        "year": 2022,
        "source_title": "Belgian federal civil service rules on telework and the right to disconnect (in force February 2022)",
        "source_url": "",
        "original_language": "fr",
        "keywords": [
            "federal civil service",
            "reachable",
            "working hours",
            "exceptional circumstances",
        ],
    },
    {
        "identifier": "DBH-0058",
        "title": "Code of practice on the right to disconnect (Ireland)",
        "text": (
            "Employees have the right not to have to routinely perform work outside their normal working "
            "hours, the right not to be penalised for refusing to attend to work matters outside those "
            "hours, and a duty to respect colleagues' right to disconnect, for example by not routinely "
            "e-mailing or calling outside normal working hours. Employers should develop a right to "
            "disconnect policy in consultation with employees or their trade union, setting out normal "
            "working hours, expectations on out-of-hours contact and how concerns can be raised. "
            "Occasional legitimate contact outside normal hours, such as in an emergency or to fill a "
            "shift at short notice, is recognised."
        ),
        "commentary": (
            "Ireland's 2021 code is not a law in itself, but it can be taken into account in employment "
            "disputes. The duty to respect colleagues' right to disconnect usefully shifts attention "
            "from individual willpower to workplace culture. Unions can use the consultation requirement "
            "to negotiate the policy's content."
        ),
        "themes": [4, 6],
        "subthemes": ["right-to-disconnect", "psychosocial-risks"],
        "clause_type": "legislation",
        "unions": [],
        "country": "IE",
        "sectors": ["public-services-general"],
        "year": 2021,
        "source_title": "Workplace Relations Commission Code of Practice for Employers and Employees on the Right to Disconnect (Ireland, 2021)",
        "source_url": "",
        "original_language": "en",
        "keywords": ["right to disconnect", "code of practice", "out-of-hours", "policy"],
    },
    {
        "identifier": "DBH-0059",
        "title": "Teleworkers' right to disconnect and care responsibilities (Argentina)",
        "text": (
            "A person working under a telework arrangement has the right not to be contacted and to "
            "disconnect from digital devices and information and communication technologies outside "
            "their working day and during leave. They may not be penalised for exercising this right, "
            "and the employer may not require work or send communications by any means outside the "
            "working day. Teleworkers who care for children under 13, people with disabilities or older "
            "dependants have the right to working hours compatible with those responsibilities and to "
            "interrupt their working day."
        ),
        "commentary": (
            "Argentina's 2020 telework law, adopted during the pandemic, combines disconnection with "
            "rights for carers, who are mostly women. The ban on sending communications goes further "
            "than many European rules. Unions elsewhere can borrow the wording for telework agreements."
        ),
        "themes": [4],
        "subthemes": ["right-to-disconnect", "telework-and-remote-work"],
        "clause_type": "legislation",
        "unions": [],
        "country": "AR",
        "sectors": ["public-services-general"],
        "year": 2020,
        "source_title": "Law No. 27,555 on the legal regime of telework contracts (Argentina, 2020)",
        "source_url": "",
        "original_language": "es",
        "keywords": ["telework", "disconnect", "care responsibilities", "working day"],
    },
    {
        "identifier": "DBH-0060",
        "title": "Twelve continuous hours of disconnection for remote workers (Chile)",
        "text": (
            "Where workers doing remote work or telework organise their own working hours or are exempt "
            "from working time limits, the employer shall respect their right to disconnect by "
            "guaranteeing a period of at least twelve continuous hours in every twenty-four during which "
            "they are not obliged to answer communications, orders or other requests. The employer may "
            "not send communications or orders on rest days, permitted leave or annual holidays."
        ),
        "commentary": (
            "Chile's 2020 law addresses a common loophole: workers with flexible hours who are "
            "effectively never off duty. A fixed minimum period is easy to check and enforce. "
            "Negotiators can aim higher than the legal twelve hours."
        ),
        "themes": [4],
        "subthemes": ["right-to-disconnect", "telework-and-remote-work"],
        "clause_type": "legislation",
        "unions": [],
        "country": "CL",
        "sectors": ["public-services-general"],
        "year": 2020,
        "source_title": "Law No. 21,220 amending the Labour Code on distance work and telework (Chile, 2020)",
        "source_url": "",
        "original_language": "es",
        "keywords": ["twelve hours", "disconnection", "remote work", "rest days"],
    },
    {
        "identifier": "DBH-0061",
        "title": "Right to review of automated decisions (Brazil)",
        "text": (
            "The data subject has the right to request review of decisions taken solely on the basis of "
            "automated processing of personal data that affect their interests, including decisions "
            "intended to define their personal, professional, consumer or credit profile or aspects of "
            "their personality. When requested, the controller shall provide clear and adequate "
            "information on the criteria and procedures used for the automated decision, subject to "
            "commercial and industrial secrecy."
        ),
        "commentary": (
            "Brazil's general data protection law applies to public bodies as well as private companies, "
            "and its reference to professional profiles makes it relevant at work. Trade secrecy can "
            "limit explanations, so unions should negotiate disclosure to representatives under "
            "confidentiality. The clause works well alongside demands for human review."
        ),
        "themes": [3, 5],
        "subthemes": ["human-in-the-loop", "access-and-rectification"],
        "clause_type": "legislation",
        "unions": [],
        "country": "BR",
        "sectors": ["public-services-general"],
        "year": 2018,
        "source_title": "General Data Protection Law (LGPD), Law No. 13,709/2018, Article 20 (Brazil)",
        "source_url": "",
        "original_language": "pt",
        "keywords": ["automated decisions", "review", "profile", "lgpd"],
    },
    {
        "identifier": "DBH-0062",
        "title": "Fair treatment of telecommuting employees (Philippines)",
        "text": (
            "An employer offering a telecommuting programme shall treat telecommuting employees the same "
            "as comparable employees working at the employer's premises, including on rest periods, "
            "holidays, and access to training and career development. Telecommuting employees shall "
            "have the same workload and performance standards as comparable workers on site and the "
            "same collective rights, including access to workers' representatives. The employer shall be "
            "responsible for taking measures to protect the data used and processed by telecommuting "
            "employees for professional purposes."
        ),
        "commentary": (
            "The Philippines adopted its Telecommuting Act in 2018, before the pandemic made remote work "
            "widespread. The equal workload standard protects against hidden intensification of work at "
            "home. Collective rights for remote workers are easy to overlook and worth spelling out in "
            "agreements."
        ),
        "themes": [4, 8],
        "subthemes": ["telework-and-remote-work", "union-access-to-digital-channels"],
        "clause_type": "legislation",
        "unions": [],
        "country": "PH",
        "sectors": ["public-services-general"],
        "year": 2018,
        "source_title": "Telecommuting Act, Republic Act No. 11165 (Philippines, 2018)",
        "source_url": "",
        "original_language": "en",
        "keywords": ["telecommuting", "equal treatment", "workload", "collective rights"],
    },
    {
        "identifier": "DBH-0063",
        "title": "Bias audits for automated employment decision tools (New York City)",
        "text": (
            "An employer or employment agency may not use an automated employment decision tool to "
            "screen candidates or employees for hiring or promotion unless the tool has undergone an "
            "independent bias audit within the year before its use and a summary of the results has been "
            "made publicly available. Candidates and employees who live in the city shall be notified "
            "that such a tool will be used and which job qualifications and characteristics it will "
            "assess. The notice shall allow them to request an alternative selection process or an "
            "accommodation."
        ),
        "commentary": (
            "New York City's 2021 law was one of the first to require bias audits of hiring algorithms. "
            "Critics note that audits depend on the data available and that the scope is narrow. Unions "
            "can go further by demanding joint audits covering all workforce decisions, not just hiring "
            "and promotion."
        ),
        "themes": [3],
        "subthemes": ["bias-and-discrimination"],
        "clause_type": "legislation",
        "unions": [],
        "country": "US",
        "sectors": ["public-services-general"],
        "year": 2021,
        "source_title": "New York City Local Law 144 of 2021 on automated employment decision tools",
        "source_url": "",
        "original_language": "en",
        "keywords": ["bias audit", "hiring", "automated employment decision tools", "promotion"],
    },
    {
        "identifier": "DBH-0064",
        "title": "Algorithmic impact assessment before automated decisions in government (Canada)",
        "text": (
            "Before producing any automated decision system, federal institutions shall complete an "
            "algorithmic impact assessment and publish the results. They shall test data and models for "
            "unintended bias before production, monitor outcomes on an ongoing basis and give affected "
            "people a meaningful explanation of how and why a decision was made. Decisions with a higher "
            "impact level require human intervention, and clients shall be offered ways to challenge "
            "administrative decisions."
        ),
        "commentary": (
            "Canada's Treasury Board directive from 2019 applies to decisions about members of the "
            "public rather than staff, but it shows what public-sector governance of algorithms can "
            "look like. Public service unions can ask for the same assessment when systems affect their "
            "members. Front-line workers also carry the consequences when automated decisions about "
            "service users go wrong."
        ),
        "themes": [3, 1],
        "subthemes": ["bias-and-discrimination", "impact-assessment"],
        "clause_type": "legislation",
        "unions": [],
        "country": "CA",
        "sectors": ["central-government"],
        "year": 2019,
        "source_title": "Directive on Automated Decision-Making (Treasury Board of Canada, 2019)",
        "source_url": "",
        "original_language": "en",
        "keywords": [
            "algorithmic impact assessment",
            "automated decision system",
            "bias",
            "government",
        ],
    },
    {
        "identifier": "DBH-0065",
        "title": "Decisions based solely on automated processing (South Africa)",
        "text": (
            "A data subject may not be subject to a decision that has legal consequences for them, or "
            "affects them to a substantial degree, if it is based solely on automated processing of "
            "personal information intended to profile them, including their performance at work, "
            "creditworthiness, reliability, location, health, personal preferences or conduct. Where "
            "such a decision is permitted, the responsible party must give the data subject an "
            "opportunity to make representations about it. The responsible party must also provide "
            "sufficient information about the underlying logic of the automated processing."
        ),
        "commentary": (
            "South Africa's data protection act names performance at work explicitly, which makes it "
            "directly usable against automated management decisions. The right to information on the "
            "underlying logic is a strong basis for transparency demands. Unions can ask employers to "
            "show how they comply."
        ),
        "themes": [3, 5],
        "subthemes": ["human-in-the-loop", "access-and-rectification"],
        "clause_type": "legislation",
        "unions": [],
        "country": "ZA",
        "sectors": ["public-services-general"],
        "year": 2013,
        "source_title": "Protection of Personal Information Act, 2013 (POPIA), section 71",
        "source_url": "",
        "original_language": "en",
        "keywords": ["automated processing", "profiling", "performance at work", "popia"],
    },
    {
        "identifier": "DBH-0066",
        "title": "Union access to the employer's intranet and e-mail (France)",
        "text": (
            "A company agreement may set out the conditions under which union publications and leaflets "
            "are made available on the company intranet or sent through employees' work e-mail. In the "
            "absence of an agreement, union sections may make their publications and leaflets available "
            "on the company intranet where one exists. The use of these tools must be compatible with "
            "the proper functioning of the network, must not disrupt work and must respect employees' "
            "freedom to accept or refuse a union message."
        ),
        "commentary": (
            "The 2016 French labour reform gave unions a default right to use the intranet where no "
            "agreement exists. Digital channels are now the main way to reach dispersed and remote "
            "workers. Unions can bargain for more, such as mailing lists and videoconference rooms."
        ),
        "themes": [8],
        "subthemes": ["union-access-to-digital-channels"],
        "clause_type": "legislation",
        "unions": [],
        "country": "FR",
        "sectors": ["public-services-general"],
        "year": 2016,
        "source_title": "French Labour Code, Article L. 2142-6 (as amended by Law No. 2016-1088 of 8 August 2016)",
        "source_url": "",
        "original_language": "fr",
        "keywords": ["union publications", "intranet", "e-mail", "leaflets"],
    },
]

# Translations of clause title, text and commentary, keyed by identifier and
# language code. Where the clause's original language is the same as the
# translation language (for example French for the Québec agreement), the entry
# is the version shown to readers of that language, not an official text.
CLAUSE_TRANSLATIONS = {
    "DBH-0001": {
        "fr": {
            "title": "Sous-comité des nouvelles technologies doté d'un financement propre",
            "text": (
                "Un sous-comité des nouvelles technologies est créé comme organe permanent des instances "
                "paritaires de négociation, avec un nombre égal de membres représentant l'employeur et le "
                "syndicat. L'employeur informe le sous-comité par écrit de tout projet d'introduction, "
                "d'extension ou de modification d'un système numérique avant toute décision d'achat, et le "
                "consulte sur la finalité du système, ses effets sur les effectifs et le calendrier. Aucune "
                "nouvelle technologie n'est mise en œuvre tant que le sous-comité n'a pas eu une "
                "possibilité raisonnable de parvenir à un accord sur les conditions de son introduction. "
                "L'employeur dote le sous-comité d'un financement suffisant, y compris pour couvrir le coût "
                "d'une expertise technique indépendante choisie par la partie syndicale."
            ),
            "commentary": (
                "Cette structure est la pierre angulaire du projet d'accord publié en 2017 par UNITE pour "
                "outiller ses délégués : le changement technologique devient un objet de négociation doté "
                "de sa propre instance. Battez-vous avant tout pour le déclencheur « avant l'achat », car "
                "les marges de manœuvre se réduisent une fois le contrat signé avec le fournisseur. La "
                "clause de financement permet à la partie syndicale de s'offrir une expertise qui lui "
                "ferait sinon défaut."
            ),
        },
        "es": {
            "title": "Subcomité de nuevas tecnologías con financiación propia",
            "text": (
                "Se creará un Subcomité de Nuevas Tecnologías como parte permanente de los órganos "
                "paritarios de negociación, con igual número de miembros de la parte empleadora y de la "
                "parte sindical. El empleador informará por escrito al Subcomité de todo proyecto de "
                "introducir, ampliar o modificar un sistema digital antes de adoptar cualquier decisión de "
                "compra, y le consultará sobre la finalidad del sistema, sus efectos en la plantilla y el "
                "calendario. No se implantará ninguna nueva tecnología hasta que el Subcomité haya tenido "
                "una oportunidad razonable de llegar a un acuerdo sobre las condiciones de su introducción. "
                "El empleador dotará al Subcomité de financiación suficiente, incluido el coste del "
                "asesoramiento técnico independiente elegido por la parte sindical."
            ),
            "commentary": (
                "Esta estructura es la columna vertebral del proyecto de acuerdo que UNITE publicó en 2017 "
                "para apoyar a sus delegados: el cambio tecnológico se convierte en materia de negociación "
                "con su propio foro. Hay que luchar sobre todo por el requisito de informar «antes de la "
                "compra», porque el margen de maniobra se reduce una vez firmado el contrato con el "
                "proveedor. La cláusula de financiación permite a la parte sindical contratar la pericia de "
                "la que de otro modo carecería."
            ),
        },
    },
    "DBH-0013": {
        "fr": {
            "title": "Définition du changement technologique",
            "text": (
                "Aux fins de la présente convention, un changement technologique est un changement "
                "opérationnel découlant de l'introduction, ou de l'utilisation accrue, de machines, "
                "d'équipements ou d'outils qui modifie de façon importante le travail ou l'emploi des "
                "fonctionnaires. L'employeur avise le syndicat par écrit de tout changement technologique "
                "prévu, en précisant sa nature, les ministères et les catégories d'emplois visés ainsi que "
                "le calendrier prévu."
            ),
            "commentary": (
                "Une définition large détermine si un nouveau système déclenche ou non les protections de "
                "la convention. Celle-ci vise à la fois les nouveaux outils et l'utilisation accrue "
                "d'outils existants, ce qui couvre les déploiements progressifs. Les négociateurs doivent "
                "s'assurer que les logiciels et les systèmes de données sont clairement inclus dans les "
                "« équipements ou outils »."
            ),
        },
    },
    "DBH-0014": {
        "fr": {
            "title": "Comité paritaire de relations du travail sur le changement technologique dans les 30 jours",
            "text": (
                "Dans les 30 jours suivant l'entrée en vigueur de la présente convention, un comité "
                "paritaire de relations du travail est constitué dans chaque ministère touché par un "
                "changement technologique. Le comité examine les problèmes que le changement peut poser aux "
                "fonctionnaires, notamment ses effets sur la charge de travail, le contenu des emplois et "
                "les besoins de formation, et recherche des solutions d'un commun accord. L'employeur "
                "fournit au comité l'information nécessaire pour évaluer le changement."
            ),
            "commentary": (
                "Un délai fixe empêche que le comité ne soit formé qu'une fois le système en service. Le "
                "SFPQ souligne que la principale difficulté tient à l'écart de connaissances entre les "
                "membres syndicaux du comité et les consultants en informatique de la direction ; associez "
                "donc cette clause à un droit à l'expertise indépendante et à la formation."
            ),
        },
    },
    "DBH-0017": {
        "fr": {
            "title": "Règles de divulgation des données de suivi GPS dans les services de garde d'enfants",
            "text": (
                "L'employeur ne peut consulter, utiliser ou divulguer les données de suivi GPS générées par "
                "les appareils que les travailleuses et travailleurs utilisent dans l'exercice de leurs "
                "fonctions que dans les cas suivants : la personne n'a pas répondu au téléphone à plusieurs "
                "reprises pendant ses heures prévues ; elle est absente sans explication ; il existe un "
                "soupçon raisonnable qu'un relevé de temps ou une déclaration soit faux ; ou il existe un "
                "risque crédible de maltraitance ou de négligence envers un enfant gardé. L'employeur "
                "informe par écrit la personne concernée et le syndicat de chaque consultation des données, "
                "en indiquant le motif. Les données GPS ne peuvent servir à aucune autre fin et ne peuvent "
                "être ni vendues ni communiquées à des tiers."
            ),
            "commentary": (
                "L'AFT a négocié des règles de ce type avec des prestataires privés assurant des services "
                "publics comme la garde d'enfants, afin que le suivi destiné à protéger le personnel et les "
                "enfants ne puisse être détourné de façon malveillante. Une liste fermée de motifs est plus "
                "facile à faire respecter qu'un critère général d'« intérêt légitime ». L'obligation de "
                "notification écrite permet au syndicat de repérer rapidement les abus."
            ),
        },
        "es": {
            "title": "Normas sobre la divulgación de datos de seguimiento GPS en los servicios de cuidado infantil",
            "text": (
                "El empleador solo podrá consultar, utilizar o divulgar los datos de seguimiento GPS "
                "generados por los dispositivos que el personal utiliza en el ejercicio de sus funciones en "
                "los siguientes casos: la persona trabajadora no ha contestado reiteradamente al teléfono "
                "durante su horario previsto; se ausenta sin explicación; existe una sospecha razonable de "
                "que un registro horario o una declaración es falso; o existe un riesgo creíble de maltrato "
                "o desatención de un niño o una niña bajo cuidado. El empleador notificará por escrito a la "
                "persona trabajadora y al sindicato cada acceso a los datos, indicando el motivo. Los datos "
                "GPS no podrán utilizarse para ningún otro fin ni venderse o cederse a terceros."
            ),
            "commentary": (
                "La AFT negoció normas de este tipo con proveedores privados que prestan servicios públicos "
                "como el cuidado infantil, para que un seguimiento pensado para proteger al personal y a los "
                "niños no pudiera usarse de forma malintencionada. Una lista cerrada de motivos es más fácil "
                "de hacer cumplir que un criterio general de «interés legítimo». La obligación de notificar "
                "por escrito permite al sindicato detectar rápidamente los abusos."
            ),
        },
        "ru": {
            "title": "Правила раскрытия данных GPS-отслеживания в службах по уходу за детьми",
            "text": (
                "Работодатель вправе просматривать, использовать или раскрывать данные GPS-отслеживания, "
                "создаваемые устройствами, которыми работники пользуются при исполнении своих обязанностей, "
                "только в следующих случаях: работник неоднократно не отвечал на телефонные звонки в рабочее "
                "время по графику; работник отсутствует без объяснения причин; есть обоснованное подозрение, "
                "что учёт рабочего времени или заявление не соответствует действительности; либо существует "
                "реальный риск жестокого обращения с ребёнком, находящимся под присмотром, или ненадлежащего "
                "ухода за ним. При каждом обращении к данным работодатель письменно уведомляет работника и "
                "профсоюз с указанием причины. Данные GPS не могут использоваться ни для каких иных целей и "
                "не могут продаваться или передаваться третьим лицам."
            ),
            "commentary": (
                "AFT добилась подобных правил в соглашениях с частными организациями, оказывающими "
                "общественные услуги, например по уходу за детьми, чтобы отслеживание, призванное защищать "
                "работников и детей, нельзя было использовать во вред. Закрытый перечень оснований легче "
                "контролировать, чем общий критерий «законного интереса». Требование письменного "
                "уведомления позволяет профсоюзу быстро выявлять злоупотребления."
            ),
        },
        "ar": {
            "title": "قواعد الإفصاح عن بيانات التتبع بنظام GPS في خدمات رعاية الأطفال",
            "text": (
                "لا يجوز لصاحب العمل الاطلاع على بيانات التتبع بنظام GPS التي تولدها الأجهزة التي يستخدمها "
                "العاملون في أداء مهامهم أو استخدامها أو الإفصاح عنها إلا في الحالات التالية: إذا تكرر عدم "
                "رد العامل على الهاتف خلال ساعات عمله المقررة؛ أو إذا تغيب دون تفسير؛ أو إذا وُجد اشتباه "
                "معقول في عدم صحة سجل الوقت أو إفادة ما؛ أو إذا وُجد خطر جدي بتعرض طفل في الرعاية للإساءة أو "
                "الإهمال. ويُخطر صاحب العمل العامل والنقابة كتابيًا في كل مرة يتم فيها الاطلاع على البيانات، "
                "مع بيان السبب. ولا يجوز استخدام بيانات GPS لأي غرض آخر، ولا بيعها أو مشاركتها مع أطراف ثالثة."
            ),
            "commentary": (
                "تفاوض الاتحاد الأمريكي للمعلمين (AFT) على قواعد من هذا النوع مع مقدمي خدمات من القطاع الخاص "
                "يقدمون خدمات عامة مثل رعاية الأطفال، حتى لا يُستخدم التتبع الهادف إلى حماية العاملين والأطفال "
                "بصورة كيدية. ويسهل إنفاذ قائمة مغلقة من الأسباب أكثر من معيار عام قائم على «المصلحة المشروعة». "
                "ويتيح شرط الإخطار الكتابي للنقابة اكتشاف إساءة الاستخدام بسرعة."
            ),
        },
    },
    "DBH-0021": {
        "fr": {
            "title": "Le droit à la déconnexion dans la négociation annuelle (France)",
            "text": (
                "La négociation annuelle sur l'égalité professionnelle entre les femmes et les hommes et la "
                "qualité de vie au travail porte sur les modalités du plein exercice par les salariés de "
                "leur droit à la déconnexion et sur les dispositifs mis en place par l'entreprise pour "
                "réguler l'utilisation des outils numériques, afin de garantir le respect des temps de repos "
                "et de congé ainsi que de la vie personnelle et familiale. À défaut d'accord, l'employeur "
                "élabore une charte après consultation des représentants du personnel. Cette charte définit "
                "les modalités d'exercice du droit à la déconnexion et prévoit des actions de formation et "
                "de sensibilisation à un usage raisonnable des outils numériques, destinées aux salariés et "
                "à l'encadrement."
            ),
            "commentary": (
                "Adoptée en 2016 et en vigueur depuis janvier 2017, la disposition française est le fruit "
                "d'une forte pression syndicale et d'un rapport national sur la transformation numérique "
                "auquel cinq confédérations syndicales avaient participé. Elle fait de la déconnexion un "
                "thème obligatoire de négociation plutôt qu'une règle figée : sa portée dépend donc de ce que "
                "les syndicats obtiennent. La charte prévue à défaut d'accord peut servir de socle minimal, à "
                "partir duquel réclamer des mesures concrètes comme la coupure des serveurs."
            ),
        },
    },
    "DBH-0024": {
        "es": {
            "title": "Participación sindical en la modernización tecnológica municipal",
            "text": (
                "Los sindicatos deberían participar en el diseño y la aplicación de los programas de "
                "modernización tecnológica e innovación digital de los servicios municipales, tanto a nivel "
                "nacional como local. Toda persona trabajadora municipal debería tener derecho a la "
                "capacitación y a la actualización de sus competencias para que nadie quede atrás con los "
                "cambios. La negociación colectiva debería ser el mecanismo para acordar las condiciones de "
                "esa participación y la protección de los trabajadores."
            ),
            "commentary": (
                "En su documento de 2018 sobre el futuro del trabajo en los servicios municipales, la CTM de "
                "Argentina reconoció que la tecnología digital puede mejorar tanto las condiciones de "
                "trabajo como la calidad del servicio, siempre que los trabajadores tengan voz. Es un buen "
                "ejemplo de un sindicato que fija sus condiciones antes de que lo hagan los empleadores. "
                "Puede servir de modelo para la declaración de política de cualquier sindicato."
            ),
        },
    },
    "DBH-0027": {
        "fr": {
            "title": "Systèmes de planification et de performance dans les centres d'appels gouvernementaux",
            "text": (
                "Les systèmes de planification automatisée des centres d'appels devraient permettre au "
                "personnel de planifier ses congés, ses journées de repos et ses semaines de travail "
                "réduites, y compris pendant l'été et les périodes de fêtes, et un gestionnaire devrait "
                "pouvoir passer outre au système. Les données sur la durée des appels, les pauses et le "
                "temps entre les appels ne devraient pas servir à fixer des cibles quantitatives "
                "individuelles ni à réprimander le personnel. L'organisation du travail dans les centres "
                "d'appels devrait être revue conjointement avec le syndicat, en tenant compte des risques "
                "psychosociaux liés à la standardisation des tâches et à la surveillance étroite."
            ),
            "commentary": (
                "L'enquête menée en 2016 par le SFPQ auprès de près de 500 employés de la fonction publique "
                "québécoise a révélé une standardisation des tâches, des indicateurs quantitatifs et une "
                "surveillance serrée ; dans les centres d'appels, la rigidité des horaires automatisés était "
                "la principale plainte. Un organisme a fini par refaire à la main les horaires de 700 "
                "personnes. Ces orientations indiquent ce qu'il faut exiger avant l'achat d'un système de "
                "planification."
            ),
        },
    },
    "DBH-0032": {
        "pt": {
            "title": "Revisão humana das decisões automatizadas sobre benefícios previdenciários",
            "text": (
                "Nenhum benefício da seguridade social deveria ser negado, suspenso ou reduzido apenas com "
                "base numa análise automatizada. Todo requerimento que um sistema automatizado indique para "
                "indeferimento deveria ser revisto por um servidor público qualificado, com poder para "
                "reverter o resultado do sistema. Os segurados deveriam manter o acesso ao atendimento "
                "presencial nas agências, e o quadro de pessoal necessário para a análise humana e o "
                "atendimento presencial deveria ser mantido."
            ),
            "commentary": (
                "Os sistemas automatizados de concessão de benefícios podem negar renda indevidamente, e as "
                "pessoas mais vulneráveis são as que têm menos condições de recorrer pela internet. A "
                "orientação liga um direito dos usuários à proteção de empregos qualificados. Pode ser "
                "reforçada com as regras de proteção de dados sobre decisões automatizadas, onde existirem."
            ),
        },
    },
    "DBH-0033": {
        "fr": {
            "title": "Prévenir les biais dans la planification algorithmique de l'aide à domicile",
            "text": (
                "Avant l'introduction d'un outil de planification automatisée pour les intervenantes et "
                "intervenants à domicile, la direction devrait communiquer sa finalité, les données qu'il "
                "utilise et l'ordre dans lequel l'algorithme pondère des critères tels que le temps de "
                "trajet, le nombre de visites et les préférences des bénéficiaires. Les préférences des "
                "bénéficiaires ne devraient jamais permettre d'écarter des salariés en raison de leur sexe, "
                "de leur âge, de leur origine ou de toute autre caractéristique protégée, et la répartition "
                "des interventions et des situations les plus lourdes devrait être vérifiée régulièrement "
                "pour déceler des schémas inéquitables. Des durées minimales de visite et de trajet "
                "devraient être garanties par accord, et tout planning produit par l'algorithme devrait "
                "pouvoir être ajusté par une coordinatrice ou un coordinateur humain."
            ),
            "commentary": (
                "Ces orientations reprennent l'exemple de l'aide à domicile présenté dans le premier atelier "
                "de la formation : un outil conçu pour augmenter le nombre de bénéficiaires par salarié et "
                "pour suivre les « préférences » des bénéficiaires peut intensifier le travail et produire "
                "des discriminations. Interroger la finalité, les données et l'ordre des instructions "
                "transforme une inquiétude abstraite en questions concrètes. Le texte peut être adapté à "
                "tout système de gestion des plannings."
            ),
        },
    },
    "DBH-0034": {
        "fr": {
            "title": "Limites à la géolocalisation des véhicules des techniciens d'intervention",
            "text": (
                "Les dispositifs de géolocalisation (GPS) installés dans les véhicules de service ne peuvent "
                "être utilisés que pour répartir les interventions, localiser un technicien en cas d'urgence "
                "et gérer la flotte. Les techniciens doivent pouvoir désactiver la géolocalisation en dehors "
                "du temps de travail et pendant les pauses. Le dispositif ne peut servir ni à contrôler la "
                "vitesse, ni à calculer le temps de travail lorsqu'un autre moyen existe, ni à fonder une "
                "sanction disciplinaire. Les données de localisation sont conservées au maximum [deux mois] "
                "et communiquées au technicien concerné à sa demande."
            ),
            "commentary": (
                "Les réseaux d'énergie reposent sur des techniciens qui se déplacent d'un site à l'autre, ce "
                "qui rend le suivi des véhicules tentant pour l'encadrement. La clause s'inspire de la "
                "pratique française consistant à limiter strictement les finalités de la géolocalisation et "
                "à permettre aux salariés de la désactiver en dehors du travail. Adaptez la durée de "
                "conservation au droit local."
            ),
        },
    },
    "DBH-0035": {
        "es": {
            "title": "Protocolo de desconexión digital en una empresa pública de aguas",
            "text": (
                "Las personas trabajadoras tienen derecho a no responder llamadas, correos electrónicos o "
                "mensajes relacionados con el trabajo fuera de su horario laboral y durante los descansos, "
                "permisos, vacaciones o bajas por enfermedad, salvo el personal incluido en el turno de "
                "guardia acordado para garantizar la continuidad de los servicios de agua y saneamiento. La "
                "empresa configurará sus herramientas de comunicación para que los mensajes enviados fuera "
                "del horario laboral se entreguen al inicio de la siguiente jornada siempre que sea posible. "
                "El ejercicio del derecho a la desconexión digital no dará lugar a sanciones ni a "
                "valoraciones desfavorables. La empresa y la representación de los trabajadores revisarán "
                "cada año el cumplimiento de este protocolo."
            ),
            "commentary": (
                "Los servicios esenciales necesitan guardias, y esta cláusula muestra cómo proteger a todas "
                "las demás personas sin renunciar a ellas. La entrega diferida de los mensajes traslada la "
                "responsabilidad al sistema y no a la fuerza de voluntad de cada trabajador. La revisión "
                "anual da a la representación un momento fijo para plantear problemas."
            ),
        },
    },
    "DBH-0043": {
        "es": {
            "title": "Registro de sistemas algorítmicos y control conjunto de la discriminación",
            "text": (
                "La Administración mantendrá un registro actualizado de los sistemas algorítmicos y de "
                "inteligencia artificial que utiliza y que afectan al personal, en el que constarán la "
                "finalidad de cada sistema, los datos que utiliza, la lógica de sus principales parámetros y "
                "la unidad responsable. El registro y sus modificaciones se remitirán a la representación de "
                "los trabajadores, que podrá solicitar una reunión para examinar los efectos de un sistema "
                "sobre las condiciones de trabajo. Cada sistema se evaluará conjuntamente para detectar "
                "efectos discriminatorios, en particular por razón de sexo, edad o discapacidad, antes de su "
                "utilización y, como mínimo, una vez al año a partir de entonces."
            ),
            "commentary": (
                "A menudo el personal no sabe qué sistemas algorítmicos se utilizan en su lugar de trabajo; "
                "un registro responde a esa primera pregunta. Partiendo de la norma española de 2021 sobre "
                "información algorítmica a los comités de empresa, esta cláusula añade una auditoría "
                "conjunta de la discriminación. Quienes negocian pueden usar las preguntas de la guía de "
                "cogobernanza como orden del día de la revisión anual."
            ),
        },
    },
    "DBH-0046": {
        "fr": {
            "title": "Droit de ne pas faire l'objet d'une décision entièrement automatisée (RGPD, article 22)",
            "text": (
                "Toute personne a le droit de ne pas faire l'objet d'une décision fondée exclusivement sur "
                "un traitement automatisé, y compris le profilage, produisant des effets juridiques la "
                "concernant ou l'affectant de manière significative de façon similaire. Lorsqu'une telle "
                "décision est autorisée parce qu'elle est nécessaire à un contrat ou fondée sur le "
                "consentement explicite, le responsable du traitement met en œuvre des garanties "
                "appropriées. Celles-ci comprennent au minimum le droit d'obtenir une intervention humaine, "
                "d'exprimer son point de vue et de contester la décision."
            ),
            "commentary": (
                "L'article 22 est la principale base juridique en Europe pour exiger un contrôle humain des "
                "décisions algorithmiques, mais sa limitation aux décisions « exclusivement » automatisées "
                "laisse des failles lorsqu'une personne se contente d'entériner le résultat de la machine. "
                "Les conventions collectives peuvent combler ce vide en exigeant un véritable examen humain "
                "de toute décision touchant les travailleurs."
            ),
        },
        "es": {
            "title": "Derecho a no ser objeto de decisiones exclusivamente automatizadas (RGPD, artículo 22)",
            "text": (
                "Toda persona tiene derecho a no ser objeto de una decisión basada únicamente en el "
                "tratamiento automatizado, incluida la elaboración de perfiles, que produzca efectos "
                "jurídicos en ella o la afecte significativamente de modo similar. Cuando tal decisión esté "
                "permitida por ser necesaria para un contrato o basarse en el consentimiento explícito, el "
                "responsable del tratamiento adoptará las garantías adecuadas. Estas incluirán como mínimo "
                "el derecho a obtener intervención humana, a expresar el propio punto de vista y a impugnar "
                "la decisión."
            ),
            "commentary": (
                "El artículo 22 es la principal base jurídica en Europa para exigir la revisión humana de "
                "las decisiones algorítmicas, pero al limitarse a las decisiones «únicamente» automatizadas "
                "deja lagunas cuando una persona se limita a validar el resultado de la máquina. Los "
                "convenios colectivos pueden cerrar esa laguna exigiendo una revisión humana real de toda "
                "decisión que afecte a los trabajadores."
            ),
        },
        "ru": {
            "title": "Право не подвергаться решениям, принятым исключительно автоматически (GDPR, статья 22)",
            "text": (
                "Каждый человек имеет право не подвергаться решению, основанному исключительно на "
                "автоматизированной обработке, включая профилирование, которое влечёт для него юридические "
                "последствия или аналогичным образом существенно на него влияет. Если такое решение "
                "допускается, поскольку оно необходимо для исполнения договора или основано на явно "
                "выраженном согласии, контролёр обязан принять надлежащие меры защиты. Они включают как "
                "минимум право на вмешательство человека, право выразить свою точку зрения и право оспорить "
                "решение."
            ),
            "commentary": (
                "Статья 22 — основная правовая база в Европе для требования человеческой проверки "
                "алгоритмических решений, однако её ограничение решениями, принятыми «исключительно» "
                "автоматически, оставляет пробелы, когда человек лишь формально утверждает результат работы "
                "машины. Коллективные договоры могут закрыть этот пробел, требуя реальной проверки человеком "
                "любого решения, затрагивающего работников."
            ),
        },
        "ar": {
            "title": "الحق في عدم الخضوع لقرارات آلية بالكامل (اللائحة العامة لحماية البيانات، المادة 22)",
            "text": (
                "لكل شخص الحق في ألا يخضع لقرار يستند حصرًا إلى المعالجة الآلية، بما في ذلك التنميط، إذا كان "
                "هذا القرار يرتب عليه آثارًا قانونية أو يؤثر فيه تأثيرًا كبيرًا مماثلًا. وحيثما يُسمح بمثل هذا "
                "القرار لكونه ضروريًا لتنفيذ عقد أو قائمًا على موافقة صريحة، يتعين على المسؤول عن المعالجة اتخاذ "
                "ضمانات مناسبة. وتشمل هذه الضمانات على الأقل الحق في الحصول على تدخل بشري، والتعبير عن وجهة "
                "النظر، والطعن في القرار."
            ),
            "commentary": (
                "تمثل المادة 22 الأساس القانوني الرئيسي في أوروبا للمطالبة بمراجعة بشرية للقرارات الخوارزمية، "
                "غير أن اقتصارها على القرارات الآلية «حصرًا» يترك ثغرات عندما يكتفي شخص بالمصادقة الشكلية على "
                "نتيجة الآلة. ويمكن للاتفاقيات الجماعية سد هذه الثغرة باشتراط مراجعة بشرية حقيقية لأي قرار يمس "
                "العمال."
            ),
        },
    },
    "DBH-0047": {
        "fr": {
            "title": "Intelligence artificielle et principe du « contrôle humain »",
            "text": (
                "Le déploiement de systèmes d'intelligence artificielle au travail respecte le principe selon "
                "lequel l'humain garde le contrôle. Ces systèmes devraient être sûrs, transparents et "
                "explicables et ne devraient pas être utilisés d'une manière qui porte atteinte à la dignité "
                "des travailleurs ou à leurs droits individuels et collectifs. Lorsque des procédures fondées "
                "sur l'IA sont utilisées pour des décisions de ressources humaines telles que le recrutement, "
                "l'évaluation, la promotion ou le licenciement, les travailleurs concernés devraient pouvoir "
                "demander une intervention humaine et une vérification du résultat. Les représentants des "
                "travailleurs devraient être associés à la préparation du déploiement."
            ),
            "commentary": (
                "Les partenaires sociaux européens interprofessionnels ont signé leur accord-cadre sur la "
                "numérisation en juin 2020 ; il traite aussi des compétences, des modalités de connexion et "
                "de déconnexion et de la surveillance. Sa mise en œuvre revient aux partenaires sociaux "
                "nationaux : son effet dépend donc de la négociation qui suit. Les syndicats des services "
                "publics peuvent l'invoquer face aux employeurs membres des organisations signataires."
            ),
        },
        "es": {
            "title": "Inteligencia artificial y principio de «control humano»",
            "text": (
                "La implantación de sistemas de inteligencia artificial en el trabajo respetará el principio "
                "de que las personas mantienen el control. Estos sistemas deberían ser seguros, "
                "transparentes y explicables, y no deberían utilizarse de forma que menoscabe la dignidad de "
                "los trabajadores ni sus derechos individuales y colectivos. Cuando se utilicen "
                "procedimientos basados en IA en decisiones de recursos humanos como la contratación, la "
                "evaluación, la promoción o el despido, las personas afectadas deberían poder solicitar la "
                "intervención humana y la verificación del resultado. La representación de los trabajadores "
                "debería participar en la preparación de la implantación."
            ),
            "commentary": (
                "Los interlocutores sociales europeos intersectoriales firmaron su acuerdo marco sobre "
                "digitalización en junio de 2020; también aborda las competencias, las modalidades de "
                "conexión y desconexión y la vigilancia. Su aplicación corresponde a los interlocutores "
                "sociales nacionales, por lo que su efecto depende de la negociación posterior. Los "
                "sindicatos de servicios públicos pueden invocarlo ante empleadores afiliados a las "
                "organizaciones firmantes."
            ),
        },
    },
    "DBH-0048": {
        "es": {
            "title": "Derecho a la desconexión digital en la ley española de protección de datos",
            "text": (
                "Las personas trabajadoras y los empleados públicos tienen derecho a la desconexión digital "
                "para que, fuera de su tiempo de trabajo legal o pactado, se respeten su tiempo de descanso, "
                "permisos y vacaciones y su intimidad personal y familiar. La forma de ejercer este derecho "
                "tendrá en cuenta la naturaleza y el objeto de la relación laboral y se fijará en la "
                "negociación colectiva o, a falta de ella, mediante acuerdo entre el empleador y la "
                "representación de los trabajadores. Tras oír a dicha representación, el empleador "
                "elaborará una política interna que defina cómo se ejerce el derecho e incluya formación y "
                "sensibilización sobre el uso razonable de las herramientas tecnológicas para prevenir la "
                "fatiga informática."
            ),
            "commentary": (
                "España incorporó el derecho a la desconexión en su ley de protección de datos de 2018, que "
                "abarca tanto al personal del sector público como al del sector privado. Al igual que la ley "
                "francesa, deja los detalles a la negociación, por lo que los sindicatos deben llevar "
                "propuestas concretas. Su referencia a la «fatiga informática» resulta útil para vincular la "
                "desconexión con la salud laboral."
            ),
        },
    },
    "DBH-0049": {
        "es": {
            "title": "Uso de sistemas de geolocalización en el trabajo (España)",
            "text": (
                "Los empleadores podrán tratar los datos obtenidos mediante sistemas de geolocalización, como "
                "el GPS, para ejercer las funciones de control que la legislación laboral les reconoce sobre "
                "los trabajadores y los empleados públicos, dentro de sus límites. Antes de hacerlo, deberán "
                "informar de forma expresa, clara e inequívoca a los trabajadores y, en su caso, a sus "
                "representantes, de la existencia y las características de estos dispositivos. También "
                "deberán informarles de sus derechos de acceso, rectificación, limitación del tratamiento y "
                "supresión."
            ),
            "commentary": (
                "El artículo 90 de la ley española de protección de datos de 2018 admite la geolocalización "
                "como herramienta de control, pero exige información previa. La información por sí sola es "
                "una garantía débil, por lo que los sindicatos la utilizan como punto de partida para "
                "negociar límites de finalidad, horario y conservación. Combina bien con cláusulas sobre el "
                "seguimiento de vehículos y dispositivos."
            ),
        },
    },
    "DBH-0050": {
        "es": {
            "title": "Derecho del comité de empresa a la información sobre algoritmos (España)",
            "text": (
                "El comité de empresa tiene derecho a que la empresa le informe de los parámetros, reglas e "
                "instrucciones en los que se basan los algoritmos o sistemas de inteligencia artificial "
                "cuando afectan a decisiones que pueden incidir en las condiciones de trabajo o en el acceso "
                "al empleo y su mantenimiento, incluida la elaboración de perfiles. Este derecho se aplica en "
                "toda empresa sujeta al Estatuto de los Trabajadores, no solo en las plataformas digitales, y "
                "se suma a los derechos de información y consulta que ya tiene el comité."
            ),
            "commentary": (
                "Introducido por la «ley rider» de 2021, fue una de las primeras normas nacionales que "
                "otorgó a la representación de los trabajadores un derecho general a la información sobre "
                "algoritmos. Alcanza al personal laboral del sector público. La representación puede "
                "utilizarlo para pedir los parámetros de los sistemas de planificación de turnos, evaluación "
                "y selección."
            ),
        },
    },
    "DBH-0056": {
        "pt": {
            "title": "Dever do empregador de não contactar o trabalhador no período de descanso (Portugal)",
            "text": (
                "O empregador tem o dever de se abster de contactar o trabalhador no período de descanso, "
                "salvo em situações de força maior. Qualquer tratamento menos favorável de um trabalhador, "
                "nomeadamente quanto a condições de trabalho e progressão na carreira, por ter exercido o "
                "direito ao descanso é considerado discriminatório. No teletrabalho, o empregador deve ainda "
                "pagar as despesas adicionais que o trabalhador comprove serem consequência direta da "
                "aquisição ou utilização dos equipamentos e sistemas necessários ao teletrabalho, incluindo o "
                "aumento dos custos de energia e de internet."
            ),
            "commentary": (
                "A reforma portuguesa de 2021 coloca a obrigação do lado do empregador, em vez de atribuir "
                "ao trabalhador um direito que ele próprio teria de fazer valer. A regra sobre as despesas do "
                "teletrabalho responde à transferência de custos para os trabalhadores apontada no relatório "
                "de 2019. Os sindicatos podem negociar valores fixos para evitar litígios sobre a prova de "
                "custos individuais."
            ),
        },
    },
    "DBH-0057": {
        "fr": {
            "title": "Droit à la déconnexion des agents fédéraux (Belgique)",
            "text": (
                "Les membres du personnel de la fonction publique fédérale ont droit à la déconnexion : ils "
                "ne peuvent être tenus d'être joignables en dehors de leurs heures de travail normales, sauf "
                "circonstances exceptionnelles et imprévues nécessitant une action qui ne peut attendre la "
                "période de travail suivante. Les membres du personnel qui ne répondent pas aux "
                "communications professionnelles en dehors des heures de travail ne subissent aucune "
                "conséquence défavorable. Les responsables respectent ce droit dans l'organisation du travail "
                "et dans la planification des réunions et des communications."
            ),
            "commentary": (
                "La Belgique a instauré en 2022 un droit à la déconnexion pour les agents de la fonction "
                "publique fédérale, avant de légiférer pour le secteur privé. L'exception étroite, limitée aux "
                "circonstances exceptionnelles et imprévues, constitue un bon modèle de rédaction. Les "
                "syndicats peuvent s'en servir pour convenir de mesures concrètes dans chaque service."
            ),
        },
    },
    "DBH-0059": {
        "es": {
            "title": "Derecho a la desconexión de quienes teletrabajan y tareas de cuidado (Argentina)",
            "text": (
                "La persona que trabaja en la modalidad de teletrabajo tiene derecho a no ser contactada y a "
                "desconectarse de los dispositivos digitales y de las tecnologías de la información y la "
                "comunicación fuera de su jornada laboral y durante sus licencias. No puede ser sancionada "
                "por ejercer este derecho, y el empleador no puede exigirle tareas ni enviarle "
                "comunicaciones por ningún medio fuera de la jornada. Quienes teletrabajan y tienen a su "
                "cargo el cuidado de menores de 13 años, personas con discapacidad o personas mayores tienen "
                "derecho a horarios compatibles con esas tareas y a interrumpir su jornada."
            ),
            "commentary": (
                "La ley argentina de teletrabajo de 2020, adoptada durante la pandemia, combina la "
                "desconexión con derechos para las personas cuidadoras, en su mayoría mujeres. La "
                "prohibición de enviar comunicaciones va más allá que muchas normas europeas. Los sindicatos "
                "de otros países pueden tomar esta redacción para sus acuerdos de teletrabajo."
            ),
        },
    },
    "DBH-0060": {
        "es": {
            "title": "Doce horas continuas de desconexión para el trabajo a distancia (Chile)",
            "text": (
                "Cuando las personas que trabajan a distancia o teletrabajan distribuyen libremente su "
                "jornada o están excluidas de la limitación de jornada, el empleador respetará su derecho a "
                "desconexión garantizando un periodo de al menos doce horas continuas en cada periodo de "
                "veinticuatro horas durante el cual no estarán obligadas a responder comunicaciones, órdenes "
                "u otros requerimientos. El empleador no podrá enviar comunicaciones ni dar órdenes en los "
                "días de descanso, permisos o feriado anual."
            ),
            "commentary": (
                "La ley chilena de 2020 aborda una laguna frecuente: las personas con horario flexible que en "
                "la práctica nunca dejan de estar disponibles. Un periodo mínimo fijo es fácil de comprobar y "
                "de exigir. Quienes negocian pueden aspirar a más de las doce horas legales."
            ),
        },
    },
    "DBH-0061": {
        "pt": {
            "title": "Direito à revisão de decisões automatizadas (Brasil)",
            "text": (
                "O titular dos dados tem direito a solicitar a revisão de decisões tomadas unicamente com "
                "base em tratamento automatizado de dados pessoais que afetem os seus interesses, incluindo "
                "decisões destinadas a definir o seu perfil pessoal, profissional, de consumo e de crédito ou "
                "aspetos da sua personalidade. Sempre que solicitado, o controlador deve fornecer informações "
                "claras e adequadas sobre os critérios e os procedimentos utilizados na decisão "
                "automatizada, observados os segredos comercial e industrial."
            ),
            "commentary": (
                "A lei geral de proteção de dados do Brasil aplica-se tanto aos órgãos públicos como às "
                "empresas privadas, e a referência ao perfil profissional torna-a relevante no trabalho. O "
                "segredo comercial pode limitar as explicações, por isso os sindicatos devem negociar a "
                "divulgação aos representantes sob confidencialidade. A cláusula combina bem com "
                "reivindicações de revisão humana."
            ),
        },
    },
    "DBH-0066": {
        "fr": {
            "title": "Accès syndical à l'intranet et à la messagerie de l'entreprise (France)",
            "text": (
                "Un accord d'entreprise peut définir les conditions dans lesquelles les publications et "
                "tracts syndicaux sont mis à disposition sur l'intranet de l'entreprise ou diffusés sur la "
                "messagerie électronique professionnelle des salariés. À défaut d'accord, les sections "
                "syndicales peuvent mettre leurs publications et tracts à disposition sur l'intranet de "
                "l'entreprise lorsqu'il existe. L'utilisation de ces outils doit être compatible avec le bon "
                "fonctionnement du réseau, ne pas entraver l'accomplissement du travail et préserver la "
                "liberté des salariés d'accepter ou de refuser un message syndical."
            ),
            "commentary": (
                "La réforme du travail de 2016 a donné aux syndicats un droit d'accès à l'intranet par "
                "défaut lorsqu'aucun accord n'existe. Les canaux numériques sont désormais le principal moyen "
                "de joindre les salariés dispersés ou à distance. Les syndicats peuvent négocier davantage, "
                "par exemple des listes de diffusion et des salles de visioconférence."
            ),
        },
    },
}

THEME_TRANSLATIONS = {
    "fr": {
        1: {
            "title": "Introduction des nouvelles technologies et cogouvernance",
            "summary": (
                "Comment les systèmes numériques entrent dans les lieux de travail publics : information "
                "avant l'achat, consultation, organes paritaires et études d'impact. Le thème couvre aussi "
                "le sort des emplois lorsque des tâches sont automatisées."
            ),
            "why_it_matters": (
                "<p>Dans les services publics, les projets numériques sont souvent décidés au sommet, "
                "justifiés par des économies et achetés auprès de fournisseurs privés dont les contrats "
                "limitent ce que l'employeur public pourra modifier ensuite. Lorsque le personnel n'est "
                "associé qu'une fois le système choisi, l'essentiel de la possibilité d'en orienter la "
                "finalité, les données et les effets sur l'emploi a déjà disparu.</p>"
                "<p>L'expérience montre l'inverse. Le programme national britannique de dossiers de santé "
                "électroniques, lancé en 2002 avec un budget initial de 6,2 milliards de livres, a été "
                "abandonné en 2011 après un déploiement centralisé qui n'a jamais répondu aux besoins du "
                "personnel soignant. Les projets qui associent le personnel dès le départ sont généralement "
                "plus efficaces et mieux acceptés.</p>"
            ),
            "how_unions_respond": (
                "<p>Les syndicats font de la technologie un objet permanent de négociation plutôt qu'une "
                "prérogative de la direction :</p>"
                "<ul>"
                "<li>information et consultation avant l'achat, et non après la mise en service ;</li>"
                "<li>comités paritaires, comités de pilotage et représentants syndicaux spécialisés dans la "
                "technologie, avec un financement pour une expertise indépendante ;</li>"
                "<li>études d'impact portant sur l'emploi, la charge de travail, les compétences et la "
                "qualité du service ;</li>"
                "<li>garanties d'emploi et partage des gains de productivité, par exemple une réduction du "
                "temps de travail sans perte de salaire.</li>"
                "</ul>"
            ),
            "subthemes": {
                "information-and-consultation": {
                    "title": "Information et consultation avant l'introduction",
                    "commentary": (
                        "Clauses obligeant l'employeur à informer le syndicat des systèmes prévus assez tôt "
                        "pour pouvoir les influencer. Les versions les plus fortes lient cette obligation à "
                        "la décision d'achat et énumèrent les informations à communiquer."
                    ),
                },
                "joint-technology-committees": {
                    "title": "Comités paritaires et représentants pour la technologie",
                    "commentary": (
                        "Organes paritaires permanents, comités de pilotage et représentants syndicaux "
                        "spécialisés qui encadrent le changement numérique. Ils offrent à la cogouvernance un "
                        "lieu permanent plutôt qu'une succession de réunions ponctuelles."
                    ),
                },
                "impact-assessment": {
                    "title": "Études d'impact et marchés publics",
                    "commentary": (
                        "Exigences d'évaluer les effets d'un système sur le personnel, les usagers et les "
                        "capacités publiques avant de décider de l'utiliser. Cela inclut l'examen des "
                        "contrats avec les fournisseurs et des promesses d'économies."
                    ),
                },
                "employment-security": {
                    "title": "Sécurité de l'emploi et partage des gains",
                    "commentary": (
                        "Engagements selon lesquels l'automatisation n'entraînera pas de licenciements "
                        "contraints, le personnel concerné sera réaffecté et les gains de productivité "
                        "seront partagés. Certains accords transforment le temps gagné en réduction du temps "
                        "de travail."
                    ),
                },
            },
        },
        2: {
            "title": "Surveillance et contrôle",
            "summary": (
                "La surveillance électronique du personnel par caméras, géolocalisation, données d'appels et "
                "de frappe, journaux d'accès et objets connectés. Les clauses limitent ce qui peut être "
                "surveillé et pour quelles raisons, ainsi que l'usage qui peut être fait des résultats."
            ),
            "why_it_matters": (
                "<p>Les outils numériques donnent à l'encadrement une vision sans précédent des "
                "déplacements, du rythme, des pauses et des communications du personnel. Dans une enquête "
                "réalisée pour ver.di auprès de 6 600 agents publics en Allemagne, 47 % ont déclaré que la "
                "surveillance et le contrôle exercés par la direction avaient augmenté avec la "
                "numérisation.</p>"
                "<p>Une surveillance introduite pour des raisons de sécurité ou de service glisse facilement "
                "vers le contrôle des performances et la discipline. Elle accroît le stress, mine la "
                "confiance et peut exposer l'activité syndicale à l'employeur.</p>"
            ),
            "how_unions_respond": (
                "<ul>"
                "<li>Exiger une finalité déclarée et légitime pour chaque outil de surveillance et exclure "
                "toute surveillance cachée.</li>"
                "<li>Séparer les données de sécurité de la gestion des performances : des données de "
                "localisation recueillies pour protéger le personnel ne doivent pas servir à "
                "l'évaluer.</li>"
                "<li>Donner aux représentants un droit de regard sur l'introduction de la surveillance et "
                "l'accès aux journaux indiquant qui a consulté les données.</li>"
                "<li>Garantir que les salariés puissent voir et contester tout élément issu de la "
                "surveillance avant qu'il ne soit utilisé contre eux.</li>"
                "</ul>"
            ),
            "subthemes": {
                "limits-on-monitoring": {
                    "title": "Limites à la surveillance électronique",
                    "commentary": (
                        "Règles générales sur les conditions dans lesquelles la surveillance est permise : "
                        "finalité, proportionnalité, information préalable et participation des "
                        "représentants. Beaucoup s'appuient sur des lois nationales qui imposent déjà la "
                        "consultation ou la codécision."
                    ),
                },
                "location-tracking": {
                    "title": "Géolocalisation et GPS",
                    "commentary": (
                        "Clauses sur la télématique des véhicules, la localisation des téléphones, les "
                        "montres GPS et les dispositifs pour travailleurs isolés. Elles limitent en général "
                        "le suivi aux heures de travail et à des fins de sécurité ou de répartition des "
                        "interventions."
                    ),
                },
                "cameras-and-biometrics": {
                    "title": "Caméras, biométrie et objets connectés",
                    "commentary": (
                        "Règles applicables aux caméras-piétons, à l'enregistrement du travail, aux "
                        "pointeuses biométriques et aux appareils portés sur soi. L'accent est mis sur une "
                        "finalité étroite, le contrôle par la personne qui porte l'appareil et des durées de "
                        "conservation courtes."
                    ),
                },
                "monitoring-and-discipline": {
                    "title": "Données de surveillance, évaluation et discipline",
                    "commentary": (
                        "Dispositions qui empêchent d'utiliser les données de surveillance pour évaluer, "
                        "classer ou sanctionner le personnel, ou qui fixent des procédures équitables "
                        "lorsqu'elles sont utilisées. C'est souvent là que la surveillance fait le plus de "
                        "dégâts."
                    ),
                },
            },
        },
        3: {
            "title": "Gestion algorithmique et intelligence artificielle",
            "summary": (
                "Les systèmes qui établissent les plannings, répartissent le travail, notent les "
                "performances ou prennent des décisions concernant le personnel et les usagers. Les clauses "
                "exigent la transparence, un examen humain, le contrôle des biais et le droit de contester "
                "les résultats."
            ),
            "why_it_matters": (
                "<p>Un algorithme est une suite d'instructions appliquées à des données ; ce qu'il produit "
                "dépend de sa finalité, de la qualité des données et de l'ordre de ses étapes. Lorsque ces "
                "choix restent cachés, personne ne peut savoir pourquoi un planning, une note ou un refus a "
                "abouti à tel résultat.</p>"
                "<p>Dans les services publics, beaucoup de ces systèmes sont utilisés sous licence auprès de "
                "fournisseurs privés, si bien que ni l'encadrement ni le personnel ne savent forcément ce "
                "qu'ils contiennent. Un outil de planification de l'aide à domicile conçu pour augmenter le "
                "nombre de bénéficiaires par salarié peut intensifier le travail et, en suivant les "
                "« préférences » des bénéficiaires, discriminer certains groupes de salariés.</p>"
            ),
            "how_unions_respond": (
                "<ul>"
                "<li>Exiger un registre des systèmes algorithmiques et une explication de leurs principaux "
                "paramètres.</li>"
                "<li>Imposer un examen humain des décisions qui touchent le personnel ou les usagers, avec "
                "un droit de contestation.</li>"
                "<li>Négocier des audits conjoints réguliers sur les biais et les discriminations.</li>"
                "<li>Obtenir le droit de faire corriger les systèmes préjudiciables, y compris ceux fournis "
                "par un prestataire extérieur.</li>"
                "</ul>"
            ),
            "subthemes": {
                "algorithmic-transparency": {
                    "title": "Transparence et explication",
                    "commentary": (
                        "Droit de savoir quels systèmes algorithmiques sont utilisés, dans quel but et selon "
                        "quelle logique. Sans ces informations, les représentants ne peuvent pas évaluer un "
                        "système, et encore moins négocier à son sujet."
                    ),
                },
                "human-in-the-loop": {
                    "title": "Examen humain et droit de recours",
                    "commentary": (
                        "Garanties que les décisions importantes ne sont pas laissées aux seules machines et "
                        "que chacun peut contester un résultat automatisé. Les partenaires sociaux européens "
                        "parlent de garder l'humain aux commandes."
                    ),
                },
                "bias-and-discrimination": {
                    "title": "Biais, discriminations et audits",
                    "commentary": (
                        "Obligations de tester les systèmes pour détecter les effets discriminatoires avant "
                        "et pendant leur utilisation. Des données biaisées produisent des résultats biaisés : "
                        "les audits doivent donc associer le personnel et être répétés régulièrement."
                    ),
                },
                "automated-scheduling": {
                    "title": "Planification automatisée et répartition du travail",
                    "commentary": (
                        "Clauses sur les logiciels qui établissent les plannings, les tournées et les listes "
                        "de tâches. Elles protègent les temps minimaux, la planification des congés et la "
                        "possibilité pour une personne de passer outre au système."
                    ),
                },
            },
        },
        4: {
            "title": "Temps de travail et droit à la déconnexion",
            "summary": (
                "Le débordement du travail sur le temps de repos par le téléphone, la messagerie et le "
                "travail à distance. Les clauses instaurent un droit à la déconnexion, des conditions "
                "équitables de télétravail et une protection contre l'intensification numérique du travail."
            ),
            "why_it_matters": (
                "<p>Les smartphones et l'accès à distance incitent à attendre du personnel qu'il soit "
                "joignable à toute heure. Une culture de la connexion permanente est associée aux troubles "
                "du sommeil, au stress et à l'épuisement professionnel, et le télétravail peut discrètement "
                "reporter sur les salariés des frais de bureau et des risques pour la santé.</p>"
                "<p>Les législateurs ont commencé à réagir. La réforme française du droit du travail de 2016 "
                "et la loi italienne de 2017 sur le travail agile ont fait figure de précurseurs ; "
                "l'Espagne, le Portugal, la Belgique, l'Irlande, l'Ontario et plusieurs pays d'Amérique "
                "latine ont depuis adopté leurs propres règles.</p>"
            ),
            "how_unions_respond": (
                "<ul>"
                "<li>Définir les plages pendant lesquelles le personnel n'a pas à répondre aux appels ni aux "
                "messages, sans sanction en cas de déconnexion.</li>"
                "<li>Paramétrer les systèmes pour retenir les messages envoyés hors des heures de travail et "
                "former l'encadrement au respect des temps de repos.</li>"
                "<li>Garantir aux télétravailleurs l'égalité des droits, un équipement adéquat et la prise "
                "en charge de leurs frais.</li>"
                "<li>Traduire les gains technologiques en réduction du temps de travail plutôt qu'en "
                "alourdissement de la charge.</li>"
                "</ul>"
            ),
            "subthemes": {
                "right-to-disconnect": {
                    "title": "Droit à la déconnexion",
                    "commentary": (
                        "Droit de ne pas répondre aux communications professionnelles en dehors des heures "
                        "de travail, avec une protection contre les représailles. Les bonnes clauses imposent "
                        "aussi des obligations à l'encadrement et au paramétrage des systèmes, et pas "
                        "seulement aux individus."
                    ),
                },
                "telework-and-remote-work": {
                    "title": "Télétravail et travail à distance",
                    "commentary": (
                        "Conditions du travail effectué à domicile ou ailleurs avec des outils numériques : "
                        "équipement, frais, plages de joignabilité et égalité de traitement. Les droits "
                        "collectifs des télétravailleurs en font aussi partie."
                    ),
                },
                "workload-and-work-intensity": {
                    "title": "Charge et intensité du travail",
                    "commentary": (
                        "Mesures empêchant les outils numériques d'accroître le rythme et le volume de "
                        "travail. Certains accords convertissent le temps gagné grâce à la technologie en "
                        "réduction d'horaires sans perte de salaire."
                    ),
                },
            },
        },
        5: {
            "title": "Droits sur les données et protection des données",
            "summary": (
                "Les données du personnel tout au long de leur cycle de vie : collecte, analyse, stockage, "
                "accès par des tiers et suppression. Les clauses comblent les lacunes que le droit de la "
                "protection des données laisse pour les travailleurs."
            ),
            "why_it_matters": (
                "<p>Les données recueillies au travail sont des informations sur les travailleurs, et celui "
                "qui les contrôle détient du pouvoir. Beaucoup de lois sur la protection des données "
                "n'accordent aux travailleurs que des droits limités, et rares sont celles qui traitent des "
                "inférences, c'est-à-dire des profils et des prédictions tirés de ces données.</p>"
                "<p>Les services publics présentent un risque supplémentaire, car les systèmes de paie, de "
                "santé et de gestion des dossiers sont souvent exploités par des prestataires privés. "
                "Lorsqu'une autorité régionale de santé norvégienne a externalisé ses services "
                "informatiques, du personnel sous-traitant à l'étranger a obtenu à tort l'accès à des "
                "informations sensibles concernant près de 3 millions de personnes, malgré les mises en "
                "garde répétées du syndicat.</p>"
            ),
            "how_unions_respond": (
                "<ul>"
                "<li>Limiter les données pouvant être collectées et rattacher chaque jeu de données à une "
                "finalité déclarée.</li>"
                "<li>Obtenir l'accès aux données personnelles et aux inférences, avec un droit de les faire "
                "rectifier et supprimer.</li>"
                "<li>Interdire la vente des données du personnel et encadrer ce que les prestataires peuvent "
                "en faire.</li>"
                "<li>Convenir des durées de conservation et du sort des données lors d'un changement de "
                "système ou de fournisseur.</li>"
                "</ul>"
            ),
            "subthemes": {
                "data-collection-limits": {
                    "title": "Collecte des données et limitation des finalités",
                    "commentary": (
                        "Clauses précisant quelles données peuvent être recueillies, à partir de quelles "
                        "sources et à quelles fins. Elles tracent des lignes rouges autour des usages que le "
                        "personnel n'a pas acceptés."
                    ),
                },
                "access-and-rectification": {
                    "title": "Accès, rectification et effacement",
                    "commentary": (
                        "Droit des travailleurs de consulter les données et profils les concernant et de les "
                        "faire corriger ou supprimer. L'accès collectif par l'intermédiaire des représentants "
                        "renforce ces droits individuels."
                    ),
                },
                "third-party-access": {
                    "title": "Tiers, externalisation et vente de données",
                    "commentary": (
                        "Contrôle des fournisseurs, sous-traitants et courtiers en données qui traitent les "
                        "données du personnel. Les clauses portent sur la réutilisation, le croisement de "
                        "jeux de données et la vente pure et simple."
                    ),
                },
                "data-storage-retention": {
                    "title": "Stockage, conservation et sortie des données",
                    "commentary": (
                        "Règles sur le lieu de stockage et la juridiction applicable, la durée de "
                        "conservation et la manière dont les données sont supprimées ou transmises. Cette "
                        "dernière étape du cycle de vie des données est la plus souvent oubliée."
                    ),
                },
            },
        },
        6: {
            "title": "Santé et sécurité",
            "summary": (
                "Les risques physiques et psychosociaux du travail numérique, et les technologies utilisées "
                "pour protéger le personnel. Les clauses exigent une évaluation des risques, un suivi "
                "paritaire et des garanties pour que les dispositifs de sécurité ne deviennent pas des "
                "outils de surveillance."
            ),
            "why_it_matters": (
                "<p>La numérisation peut soustraire des personnes à des tâches dangereuses et leur permettre "
                "d'appeler rapidement à l'aide en cas d'urgence. Elle peut aussi entraîner une accélération "
                "du rythme, un travail multitâche permanent, l'isolement, la fatigue visuelle, des troubles "
                "musculosquelettiques liés aux appareils mobiles et un stress dû à la connexion et à la "
                "surveillance permanentes.</p>"
                "<p>Dans l'enquête de ver.di auprès des agents publics allemands, 59 % ont fait état d'une "
                "hausse du stress et de la pression temporelle due à la numérisation.</p>"
            ),
            "how_unions_respond": (
                "<ul>"
                "<li>Soumettre chaque changement numérique à une évaluation conjointe des risques avant et "
                "après sa mise en œuvre.</li>"
                "<li>Traiter les risques psychosociaux, y compris le stress lié à la surveillance et aux "
                "objectifs chiffrés, comme des risques professionnels.</li>"
                "<li>Obtenir un équipement adapté et des conditions ergonomiques, y compris pour le travail "
                "mobile et à distance.</li>"
                "<li>Séparer strictement les technologies de sécurité, comme les alarmes et les caméras, du "
                "contrôle des performances.</li>"
                "</ul>"
            ),
            "subthemes": {
                "psychosocial-risks": {
                    "title": "Risques psychosociaux, stress et épuisement",
                    "commentary": (
                        "Clauses qui s'attaquent au stress, à l'épuisement et à l'isolement causés par le "
                        "rythme numérique, les objectifs chiffrés et la surveillance. Les organes paritaires "
                        "et les évaluations répétées donnent à ces risques le même poids qu'aux dangers "
                        "physiques."
                    ),
                },
                "ergonomics-and-equipment": {
                    "title": "Ergonomie, écrans et équipement",
                    "commentary": (
                        "Dispositions sur des appareils, écrans, batteries et postes de travail adaptés, y "
                        "compris à domicile. Les téléphones et tablettes sont moins ergonomiques que les "
                        "postes fixes et peuvent provoquer des troubles musculosquelettiques."
                    ),
                },
                "safety-technology": {
                    "title": "Technologies au service de la sécurité du personnel",
                    "commentary": (
                        "Règles applicables aux alarmes, caméras et dispositifs de localisation utilisés pour "
                        "protéger le personnel exposé à des risques. La garantie essentielle : les données de "
                        "sécurité ne servent qu'à la sécurité."
                    ),
                },
            },
        },
        7: {
            "title": "Compétences et formation",
            "summary": (
                "Le droit d'acquérir les compétences qu'exige le changement numérique, pendant le temps de "
                "travail rémunéré et aux frais de l'employeur. Les clauses couvrent aussi la reconversion et "
                "la réaffectation du personnel dont les tâches sont automatisées."
            ),
            "why_it_matters": (
                "<p>Les outils numériques rendent les emplois plus complexes et raccourcissent l'intervalle "
                "entre deux systèmes, mais les employeurs attendent souvent de nouvelles compétences sans "
                "offrir de formation. Les femmes et le personnel à temps partiel occupant des postes mal "
                "rémunérés, qui détiennent beaucoup des emplois les plus exposés à l'automatisation, sont "
                "aussi les moins susceptibles d'être formés.</p>"
                "<p>Dans les services essentiels, le personnel doit également garder la pleine maîtrise des "
                "procédures manuelles pour que le service puisse continuer en cas de panne des systèmes "
                "numériques.</p>"
            ),
            "how_unions_respond": (
                "<ul>"
                "<li>Obtenir un droit individuel à la formation rémunérée pendant le temps de travail, comme "
                "l'a fait l'AUPE à Singapour.</li>"
                "<li>Faire d'un plan de formation un élément obligatoire de tout projet technologique.</li>"
                "<li>Reconnaître les nouvelles compétences dans la classification et la rémunération.</li>"
                "<li>Participer à l'anticipation des besoins en compétences et à la conception des "
                "formations.</li>"
                "</ul>"
            ),
            "subthemes": {
                "training-in-working-time": {
                    "title": "Formation rémunérée pendant le temps de travail",
                    "commentary": (
                        "Droits à la formation pendant les heures rémunérées et aux frais de l'employeur. La "
                        "formation sur le temps de travail est la clé de l'égalité d'accès, en particulier "
                        "pour les personnes ayant des responsabilités familiales."
                    ),
                },
                "reskilling-and-redeployment": {
                    "title": "Reconversion et réaffectation",
                    "commentary": (
                        "Engagements à former et réaffecter le personnel dont les tâches sont automatisées "
                        "plutôt qu'à le licencier. C'est le cœur d'une transition numérique juste."
                    ),
                },
                "digital-competence": {
                    "title": "Compétences numériques et anticipation des besoins",
                    "commentary": (
                        "Travail conjoint pour développer les compétences numériques de l'ensemble du "
                        "personnel et anticiper les besoins futurs. Des rôles de pairs comme les « agents "
                        "numériques » aident les collègues à apprendre sur le terrain."
                    ),
                },
            },
        },
        8: {
            "title": "Communication, organisation et représentation syndicales",
            "summary": (
                "Les droits dont les syndicats ont besoin pour organiser et représenter le personnel dans "
                "des lieux de travail numérisés. Les clauses prévoient l'accès aux canaux numériques, des "
                "moyens pour les représentants et une protection contre la surveillance de l'activité "
                "syndicale."
            ),
            "why_it_matters": (
                "<p>À mesure que le travail passe sur les écrans et entre dans les foyers, le panneau "
                "d'affichage, la salle du personnel et la réunion en présentiel perdent leur place. Les "
                "syndicats ont besoin de canaux numériques équivalents pour joindre leurs membres, y compris "
                "ceux qui télétravaillent.</p>"
                "<p>Certains employeurs utilisent désormais des outils d'analyse pour repérer "
                "l'organisation syndicale, et les représentants sont confrontés à un déficit de "
                "connaissances face à des systèmes complexes fournis par des prestataires. Négocier sur la "
                "numérisation n'est réaliste que si les représentants disposent de temps, de formation et "
                "d'une expertise.</p>"
            ),
            "how_unions_respond": (
                "<ul>"
                "<li>Obtenir pour le syndicat l'accès à l'intranet, à la messagerie et à la "
                "visioconférence, y compris pour joindre le personnel à distance.</li>"
                "<li>Négocier du temps protégé, de la formation et une expertise rémunérée pour les "
                "représentants qui traitent des questions technologiques.</li>"
                "<li>Interdire l'utilisation d'outils de surveillance pour identifier ou suivre l'activité "
                "syndicale.</li>"
                "<li>Intégrer aussi la confidentialité et la sécurité dans les propres outils numériques du "
                "syndicat.</li>"
                "</ul>"
            ),
            "subthemes": {
                "union-access-to-digital-channels": {
                    "title": "Accès syndical aux canaux numériques",
                    "commentary": (
                        "Droit d'utiliser l'intranet, la messagerie et les outils de visioconférence de "
                        "l'employeur pour l'information et les réunions syndicales. Ces droits gardent les "
                        "télétravailleurs à portée de leur syndicat."
                    ),
                },
                "facilities-for-representatives": {
                    "title": "Temps, formation et expertise pour les représentants",
                    "commentary": (
                        "Temps rémunéré, formation et accès à des experts indépendants pour les "
                        "représentants qui évaluent les systèmes numériques. Ils aident à combler l'écart de "
                        "connaissances avec la direction et les fournisseurs."
                    ),
                },
                "protection-of-union-activity": {
                    "title": "Protection de l'activité syndicale contre la surveillance numérique",
                    "commentary": (
                        "Interdiction d'utiliser la surveillance et l'analyse de données pour identifier ou "
                        "profiler les syndiqués et leur activité. La confidentialité des communications "
                        "syndicales est une condition de la liberté syndicale."
                    ),
                },
            },
        },
    },
    "es": {
        1: {
            "title": "Introducción de nuevas tecnologías y cogobernanza",
            "summary": (
                "Cómo llegan los sistemas digitales a los lugares de trabajo públicos: información antes de "
                "la compra, consulta, órganos paritarios y evaluaciones de impacto. El tema también aborda "
                "qué ocurre con el empleo cuando se automatizan tareas."
            ),
            "why_it_matters": (
                "<p>En los servicios públicos, los proyectos digitales suelen decidirse en la cúpula, "
                "justificarse por el ahorro y comprarse a proveedores privados cuyos contratos limitan lo que "
                "el empleador público podrá cambiar después. Cuando se incorpora al personal solo después de "
                "elegir el sistema, la mayor parte de la oportunidad de influir en su finalidad, sus datos y "
                "sus efectos sobre el empleo ya se ha perdido.</p>"
                "<p>La experiencia apunta en sentido contrario. El programa nacional británico de historias "
                "clínicas electrónicas, lanzado en 2002 con un presupuesto inicial de 6.200 millones de "
                "libras, se abandonó en 2011 tras un despliegue centralizado que nunca respondió a las "
                "necesidades del personal sanitario. Los proyectos que implican al personal desde el "
                "principio suelen ser más eficaces y mejor aceptados.</p>"
            ),
            "how_unions_respond": (
                "<p>Los sindicatos están convirtiendo la tecnología en materia permanente de negociación y no "
                "en una prerrogativa de la dirección:</p>"
                "<ul>"
                "<li>información y consulta antes de la compra, no después de la puesta en marcha;</li>"
                "<li>comités paritarios, comités de dirección y delegados sindicales especializados en "
                "tecnología, con financiación para asesoramiento independiente;</li>"
                "<li>evaluaciones de impacto sobre el empleo, la carga de trabajo, las competencias y la "
                "calidad del servicio;</li>"
                "<li>garantías de empleo y reparto de las ganancias de productividad, por ejemplo una "
                "jornada más corta sin pérdida salarial.</li>"
                "</ul>"
            ),
            "subthemes": {
                "information-and-consultation": {
                    "title": "Información y consulta previas a la introducción",
                    "commentary": (
                        "Cláusulas que obligan al empleador a informar al sindicato de los sistemas previstos "
                        "con antelación suficiente para poder influir en ellos. Las versiones más sólidas "
                        "vinculan esa obligación a la decisión de compra y enumeran la información que debe "
                        "facilitarse."
                    ),
                },
                "joint-technology-committees": {
                    "title": "Comités paritarios y delegados de tecnología",
                    "commentary": (
                        "Órganos paritarios permanentes, comités de dirección y delegados sindicales "
                        "especializados que supervisan el cambio digital. Dan a la cogobernanza un espacio "
                        "estable en lugar de una serie de reuniones improvisadas."
                    ),
                },
                "impact-assessment": {
                    "title": "Evaluación de impacto y contratación pública",
                    "commentary": (
                        "Requisitos de evaluar los efectos de un sistema sobre el personal, las personas "
                        "usuarias y la capacidad pública antes de decidir su uso. Incluye el examen de los "
                        "contratos con proveedores y de las promesas de ahorro."
                    ),
                },
                "employment-security": {
                    "title": "Seguridad en el empleo y reparto de las ganancias",
                    "commentary": (
                        "Compromisos de que la automatización no provocará despidos forzosos, de que el "
                        "personal afectado será reubicado y de que se compartirán las ganancias de "
                        "productividad. Algunos acuerdos convierten el tiempo ahorrado en jornadas más "
                        "cortas."
                    ),
                },
            },
        },
        2: {
            "title": "Vigilancia y control",
            "summary": (
                "El control electrónico del personal mediante cámaras, geolocalización, datos de llamadas y "
                "pulsaciones, registros de acceso y dispositivos portátiles. Las cláusulas limitan qué se "
                "puede controlar y con qué fin, y cómo pueden utilizarse los resultados."
            ),
            "why_it_matters": (
                "<p>Las herramientas digitales ofrecen a la dirección una visión sin precedentes de los "
                "desplazamientos, el ritmo, las pausas y las comunicaciones del personal. En una encuesta "
                "encargada por ver.di a 6.600 empleados públicos en Alemania, el 47 % afirmó que la "
                "vigilancia y el control de la dirección habían aumentado con la digitalización.</p>"
                "<p>Un control introducido por motivos de seguridad o de servicio deriva fácilmente hacia el "
                "control del rendimiento y la disciplina. Aumenta el estrés, erosiona la confianza y puede "
                "exponer la actividad sindical al empleador.</p>"
            ),
            "how_unions_respond": (
                "<ul>"
                "<li>Exigir una finalidad declarada y legítima para cada herramienta de control y excluir la "
                "vigilancia encubierta.</li>"
                "<li>Separar los datos de seguridad de la gestión del rendimiento: los datos de localización "
                "recogidos para proteger al personal no deben servir para evaluarlo.</li>"
                "<li>Dar a la representación voz en la introducción del control y acceso a los registros de "
                "quién ha consultado los datos.</li>"
                "<li>Garantizar que las personas puedan ver y rebatir cualquier prueba derivada del control "
                "antes de que se use en su contra.</li>"
                "</ul>"
            ),
            "subthemes": {
                "limits-on-monitoring": {
                    "title": "Límites al control electrónico",
                    "commentary": (
                        "Normas generales sobre cuándo se permite el control: finalidad, proporcionalidad, "
                        "aviso previo y participación de la representación. Muchas se apoyan en leyes "
                        "nacionales que ya exigen consulta o codecisión."
                    ),
                },
                "location-tracking": {
                    "title": "Geolocalización y GPS",
                    "commentary": (
                        "Cláusulas sobre telemática de vehículos, localización de teléfonos, relojes GPS y "
                        "dispositivos para trabajo en solitario. Suelen limitar el seguimiento a la jornada "
                        "laboral y a fines de seguridad o de asignación de tareas."
                    ),
                },
                "cameras-and-biometrics": {
                    "title": "Cámaras, biometría y dispositivos portátiles",
                    "commentary": (
                        "Normas para cámaras corporales, grabación del trabajo, sistemas biométricos de "
                        "fichaje y dispositivos que se llevan puestos. Se centran en una finalidad estricta, "
                        "el control por parte de quien lleva el dispositivo y plazos de conservación cortos."
                    ),
                },
                "monitoring-and-discipline": {
                    "title": "Datos de control en la evaluación y la disciplina",
                    "commentary": (
                        "Redacciones que impiden usar los datos de control para evaluar, clasificar o "
                        "sancionar al personal, o que establecen procedimientos justos cuando se usan. Aquí "
                        "es donde el control suele causar más daño."
                    ),
                },
            },
        },
        3: {
            "title": "Gestión algorítmica e inteligencia artificial",
            "summary": (
                "Sistemas que elaboran turnos, asignan tareas, puntúan el rendimiento o toman decisiones "
                "sobre el personal y las personas usuarias. Las cláusulas exigen transparencia, revisión "
                "humana, controles de sesgo y el derecho a impugnar los resultados."
            ),
            "why_it_matters": (
                "<p>Un algoritmo es un conjunto de instrucciones aplicadas a datos, y lo que produce depende "
                "de su finalidad, de la calidad de los datos y del orden de sus pasos. Cuando esas decisiones "
                "permanecen ocultas, nadie puede saber por qué un cuadrante, una calificación o una "
                "denegación salió como salió.</p>"
                "<p>En los servicios públicos muchos de estos sistemas se usan bajo licencia de proveedores "
                "privados, de modo que ni la dirección ni el personal saben necesariamente qué contienen. "
                "Una herramienta de planificación de la ayuda a domicilio diseñada para aumentar el número de "
                "personas atendidas por trabajadora puede intensificar el trabajo y, al seguir las "
                "«preferencias» de la clientela, discriminar a algunos grupos de personal.</p>"
            ),
            "how_unions_respond": (
                "<ul>"
                "<li>Exigir un registro de los sistemas algorítmicos y una explicación de sus principales "
                "parámetros.</li>"
                "<li>Insistir en la revisión humana de las decisiones que afectan al personal o a las "
                "personas usuarias, con derecho a impugnarlas.</li>"
                "<li>Negociar auditorías conjuntas periódicas sobre sesgos y discriminación.</li>"
                "<li>Conseguir el derecho a que se corrijan los sistemas perjudiciales, incluidos los "
                "suministrados por un proveedor externo.</li>"
                "</ul>"
            ),
            "subthemes": {
                "algorithmic-transparency": {
                    "title": "Transparencia y explicación",
                    "commentary": (
                        "Derecho a saber qué sistemas algorítmicos se usan, con qué finalidad y con qué "
                        "lógica. Sin esta información, la representación no puede evaluar un sistema y mucho "
                        "menos negociar sobre él."
                    ),
                },
                "human-in-the-loop": {
                    "title": "Revisión humana y derecho a reclamar",
                    "commentary": (
                        "Garantías de que las decisiones importantes no quedan solo en manos de máquinas y de "
                        "que se pueden impugnar los resultados automatizados. Los interlocutores sociales "
                        "europeos lo llaman mantener el control humano."
                    ),
                },
                "bias-and-discrimination": {
                    "title": "Sesgos, discriminación y auditorías",
                    "commentary": (
                        "Obligaciones de comprobar los efectos discriminatorios de los sistemas antes y "
                        "durante su uso. Datos sesgados producen resultados sesgados, por lo que las "
                        "auditorías necesitan la participación del personal y deben repetirse con "
                        "regularidad."
                    ),
                },
                "automated-scheduling": {
                    "title": "Planificación automatizada y asignación de tareas",
                    "commentary": (
                        "Cláusulas sobre el software que elabora cuadrantes, rutas y listas de tareas. "
                        "Protegen los tiempos mínimos, la planificación de las vacaciones y la posibilidad de "
                        "que una persona corrija el sistema."
                    ),
                },
            },
        },
        4: {
            "title": "Tiempo de trabajo y derecho a la desconexión",
            "summary": (
                "La invasión del tiempo de descanso por el trabajo a través del teléfono, el correo "
                "electrónico y el trabajo a distancia. Las cláusulas establecen el derecho a la desconexión, "
                "condiciones justas para el teletrabajo y protección frente a la intensificación digital del "
                "trabajo."
            ),
            "why_it_matters": (
                "<p>Los teléfonos inteligentes y el acceso remoto hacen tentador esperar que el personal esté "
                "disponible a cualquier hora. La cultura de la conexión permanente se asocia a trastornos del "
                "sueño, estrés y agotamiento, y el teletrabajo puede trasladar discretamente a las personas "
                "trabajadoras costes de oficina y riesgos para la salud.</p>"
                "<p>Los legisladores han empezado a reaccionar. La reforma laboral francesa de 2016 y la ley "
                "italiana de 2017 sobre el trabajo ágil fueron pioneras; desde entonces, España, Portugal, "
                "Bélgica, Irlanda, Ontario y varios países de América Latina han adoptado sus propias "
                "normas.</p>"
            ),
            "how_unions_respond": (
                "<ul>"
                "<li>Definir las horas en que no hay obligación de responder llamadas ni mensajes, sin "
                "sanción por desconectarse.</li>"
                "<li>Configurar los sistemas para retener los mensajes fuera de horario y formar a la "
                "dirección para respetar los descansos.</li>"
                "<li>Garantizar a quienes teletrabajan igualdad de derechos, equipos adecuados y "
                "compensación de gastos.</li>"
                "<li>Convertir las ganancias tecnológicas en reducción de jornada y no en más carga de "
                "trabajo.</li>"
                "</ul>"
            ),
            "subthemes": {
                "right-to-disconnect": {
                    "title": "Derecho a la desconexión",
                    "commentary": (
                        "Derecho a no responder comunicaciones de trabajo fuera de la jornada, con protección "
                        "frente a represalias. Las buenas cláusulas imponen también obligaciones a la "
                        "dirección y a la configuración de los sistemas, no solo a cada persona."
                    ),
                },
                "telework-and-remote-work": {
                    "title": "Teletrabajo y trabajo a distancia",
                    "commentary": (
                        "Condiciones del trabajo realizado en casa o en otro lugar con herramientas "
                        "digitales: equipos, gastos, horarios de contacto e igualdad de trato. Los derechos "
                        "colectivos de quienes teletrabajan también forman parte de este apartado."
                    ),
                },
                "workload-and-work-intensity": {
                    "title": "Carga e intensidad del trabajo",
                    "commentary": (
                        "Medidas que impiden que las herramientas digitales aumenten el ritmo y el volumen de "
                        "trabajo. Algunos acuerdos convierten el tiempo ahorrado por la tecnología en "
                        "jornadas más cortas sin pérdida salarial."
                    ),
                },
            },
        },
        5: {
            "title": "Derechos sobre los datos y protección de datos",
            "summary": (
                "Los datos del personal a lo largo de todo su ciclo de vida: recogida, análisis, "
                "almacenamiento, acceso por terceros y supresión. Las cláusulas cubren las lagunas que la "
                "legislación de protección de datos deja a los trabajadores."
            ),
            "why_it_matters": (
                "<p>Los datos recogidos en el trabajo son información sobre las personas trabajadoras, y "
                "quien los controla tiene poder. Muchas leyes de protección de datos solo conceden a los "
                "trabajadores derechos débiles, y pocas dicen algo sobre las inferencias: los perfiles y las "
                "predicciones que se extraen de los datos.</p>"
                "<p>Los servicios públicos añaden un riesgo adicional, porque los sistemas de nóminas, "
                "sanidad y gestión de expedientes suelen estar en manos de contratistas privados. Cuando una "
                "autoridad sanitaria regional noruega externalizó sus servicios informáticos, personal "
                "subcontratado en el extranjero obtuvo indebidamente acceso a información sensible de casi "
                "3 millones de personas, pese a las reiteradas advertencias del sindicato.</p>"
            ),
            "how_unions_respond": (
                "<ul>"
                "<li>Limitar los datos que se pueden recoger y vincular cada conjunto de datos a una "
                "finalidad declarada.</li>"
                "<li>Conseguir acceso a los datos personales y a las inferencias, con derecho a rectificarlos "
                "y suprimirlos.</li>"
                "<li>Prohibir la venta de los datos del personal y controlar lo que los contratistas pueden "
                "hacer con ellos.</li>"
                "<li>Acordar plazos de conservación y el destino de los datos cuando cambian los sistemas o "
                "los proveedores.</li>"
                "</ul>"
            ),
            "subthemes": {
                "data-collection-limits": {
                    "title": "Recogida de datos y limitación de la finalidad",
                    "commentary": (
                        "Cláusulas que especifican qué datos pueden recogerse, de qué fuentes y con qué "
                        "fines. Trazan líneas rojas en torno a los usos que el personal no ha aceptado."
                    ),
                },
                "access-and-rectification": {
                    "title": "Acceso, rectificación y supresión",
                    "commentary": (
                        "Derecho de las personas trabajadoras a ver los datos y perfiles que se guardan sobre "
                        "ellas y a que se corrijan o eliminen. El acceso colectivo a través de la "
                        "representación refuerza estos derechos individuales."
                    ),
                },
                "third-party-access": {
                    "title": "Terceros, externalización y venta de datos",
                    "commentary": (
                        "Controles sobre proveedores, contratistas e intermediarios de datos que manejan "
                        "datos del personal. Las cláusulas abarcan la reutilización, la combinación de "
                        "conjuntos de datos y la venta directa."
                    ),
                },
                "data-storage-retention": {
                    "title": "Almacenamiento, conservación y baja de los datos",
                    "commentary": (
                        "Normas sobre dónde se almacenan los datos y bajo qué jurisdicción, cuánto tiempo se "
                        "conservan y cómo se suprimen o transfieren. Esta última etapa del ciclo de vida de "
                        "los datos es la que más se olvida."
                    ),
                },
            },
        },
        6: {
            "title": "Salud y seguridad",
            "summary": (
                "Los riesgos físicos y psicosociales del trabajo digital y las tecnologías usadas para "
                "proteger al personal. Las cláusulas exigen evaluación de riesgos, supervisión paritaria y "
                "garantías para que los dispositivos de seguridad no se conviertan en vigilancia."
            ),
            "why_it_matters": (
                "<p>La digitalización puede apartar a las personas de tareas peligrosas y ayudarlas a pedir "
                "auxilio en una emergencia. También puede traer un ritmo más rápido, multitarea constante, "
                "aislamiento, fatiga visual, trastornos musculoesqueléticos por los dispositivos móviles y "
                "estrés ligado a la conexión y el control permanentes.</p>"
                "<p>En la encuesta de ver.di al personal público alemán, el 59 % señaló un aumento del estrés "
                "y de la presión de tiempo a causa de la digitalización.</p>"
            ),
            "how_unions_respond": (
                "<ul>"
                "<li>Someter todo cambio digital a una evaluación conjunta de riesgos antes y después de su "
                "aplicación.</li>"
                "<li>Tratar los riesgos psicosociales, incluido el estrés causado por el control y los "
                "objetivos, como riesgos laborales.</li>"
                "<li>Conseguir equipos adecuados y condiciones ergonómicas, también para el trabajo móvil y a "
                "distancia.</li>"
                "<li>Mantener las tecnologías de seguridad, como alarmas y cámaras, estrictamente separadas "
                "del control del rendimiento.</li>"
                "</ul>"
            ),
            "subthemes": {
                "psychosocial-risks": {
                    "title": "Riesgos psicosociales, estrés y agotamiento",
                    "commentary": (
                        "Cláusulas que abordan el estrés, el agotamiento y el aislamiento causados por el "
                        "ritmo digital, los objetivos y el control. Los órganos paritarios y las evaluaciones "
                        "periódicas dan a estos riesgos el mismo peso que a los peligros físicos."
                    ),
                },
                "ergonomics-and-equipment": {
                    "title": "Ergonomía, pantallas y equipos",
                    "commentary": (
                        "Disposiciones sobre dispositivos, pantallas, autonomía de batería y puestos de "
                        "trabajo adecuados, también en casa. Los teléfonos y tabletas son menos ergonómicos "
                        "que los equipos de escritorio y pueden causar trastornos musculoesqueléticos."
                    ),
                },
                "safety-technology": {
                    "title": "Tecnología para la seguridad del personal",
                    "commentary": (
                        "Normas para alarmas, cámaras y sistemas de localización usados para proteger a "
                        "quienes tienen trabajos de riesgo. La garantía clave es que los datos de seguridad "
                        "se usen solo para la seguridad."
                    ),
                },
            },
        },
        7: {
            "title": "Competencias y formación",
            "summary": (
                "El derecho a adquirir las competencias que exige el cambio digital, en tiempo de trabajo "
                "remunerado y a cargo del empleador. Las cláusulas también abarcan la recualificación y la "
                "reubicación del personal cuyas tareas se automatizan."
            ),
            "why_it_matters": (
                "<p>Las herramientas digitales hacen los empleos más complejos y acortan el intervalo entre "
                "un sistema y el siguiente, pero los empleadores a menudo esperan nuevas competencias sin "
                "ofrecer formación. Las mujeres y el personal a tiempo parcial en puestos mal pagados, que "
                "ocupan muchos de los empleos más expuestos a la automatización, son también quienes menos "
                "formación reciben.</p>"
                "<p>En los servicios esenciales, el personal debe además conservar el pleno dominio de los "
                "procedimientos manuales para que el servicio continúe si fallan los sistemas "
                "digitales.</p>"
            ),
            "how_unions_respond": (
                "<ul>"
                "<li>Conseguir un derecho individual a formación remunerada en horario laboral, como logró "
                "AUPE en Singapur.</li>"
                "<li>Hacer del plan de formación un requisito de todo proyecto tecnológico.</li>"
                "<li>Reconocer las nuevas competencias en la clasificación profesional y el salario.</li>"
                "<li>Participar en la anticipación de las necesidades de competencias y en el diseño de los "
                "cursos.</li>"
                "</ul>"
            ),
            "subthemes": {
                "training-in-working-time": {
                    "title": "Formación remunerada en horario laboral",
                    "commentary": (
                        "Derechos a formarse durante las horas pagadas y a cargo del empleador. La formación "
                        "en horario laboral es clave para la igualdad de acceso, sobre todo para quienes "
                        "tienen responsabilidades de cuidado."
                    ),
                },
                "reskilling-and-redeployment": {
                    "title": "Recualificación y reubicación",
                    "commentary": (
                        "Compromisos de recualificar y reubicar al personal cuyas tareas se automatizan en "
                        "lugar de despedirlo. Es el núcleo de una transición digital justa."
                    ),
                },
                "digital-competence": {
                    "title": "Competencia digital y anticipación de necesidades",
                    "commentary": (
                        "Trabajo conjunto para desarrollar la competencia digital de toda la plantilla y "
                        "anticipar necesidades futuras. Figuras de apoyo entre pares como los «agentes "
                        "digitales» ayudan a aprender en el propio puesto."
                    ),
                },
            },
        },
        8: {
            "title": "Comunicación, organización y representación sindical",
            "summary": (
                "Los derechos que necesitan los sindicatos para organizar y representar al personal en "
                "lugares de trabajo digitalizados. Las cláusulas garantizan el acceso a canales digitales, "
                "recursos para la representación y protección frente a la vigilancia de la actividad "
                "sindical."
            ),
            "why_it_matters": (
                "<p>A medida que el trabajo se traslada a las pantallas y a los hogares, el tablón de "
                "anuncios, la sala de descanso y la reunión presencial pierden su lugar. Los sindicatos "
                "necesitan canales digitales equivalentes para llegar a la afiliación, incluida la que "
                "teletrabaja.</p>"
                "<p>Algunos empleadores ya usan herramientas analíticas para detectar la organización "
                "sindical, y la representación se enfrenta a una brecha de conocimientos al evaluar sistemas "
                "complejos suministrados por proveedores. Negociar sobre la digitalización solo es realista "
                "si la representación cuenta con tiempo, formación y asesoramiento experto.</p>"
            ),
            "how_unions_respond": (
                "<ul>"
                "<li>Conseguir acceso sindical a la intranet, el correo electrónico y la videoconferencia, "
                "también para llegar al personal a distancia.</li>"
                "<li>Negociar tiempo protegido, formación y asesoramiento experto pagado para quienes se "
                "ocupan de la tecnología en la representación.</li>"
                "<li>Prohibir el uso de herramientas de control para identificar o seguir la actividad "
                "sindical.</li>"
                "<li>Incorporar también la privacidad y la seguridad en las herramientas digitales del "
                "propio sindicato.</li>"
                "</ul>"
            ),
            "subthemes": {
                "union-access-to-digital-channels": {
                    "title": "Acceso sindical a los canales digitales",
                    "commentary": (
                        "Derecho a usar la intranet, el correo electrónico y las herramientas de "
                        "videoconferencia del empleador para la información y las reuniones sindicales. "
                        "Mantienen a quienes teletrabajan al alcance de su sindicato."
                    ),
                },
                "facilities-for-representatives": {
                    "title": "Tiempo, formación y asesoramiento para la representación",
                    "commentary": (
                        "Tiempo remunerado, formación y acceso a especialistas independientes para quienes "
                        "evalúan sistemas digitales en la representación. Ayudan a cerrar la brecha de "
                        "conocimientos con la dirección y los proveedores."
                    ),
                },
                "protection-of-union-activity": {
                    "title": "Protección de la actividad sindical frente a la vigilancia digital",
                    "commentary": (
                        "Prohibiciones de usar el control y la analítica para identificar o perfilar a la "
                        "afiliación y su actividad. La confidencialidad de las comunicaciones sindicales es "
                        "condición de la libertad sindical."
                    ),
                },
            },
        },
    },
}

HUB = {
    "title": "Digital Bargaining Hub",
    "intro": (
        "<p>The Digital Bargaining Hub is a free, public and searchable collection of real collective "
        "bargaining clauses, union guidance, framework agreements and legislation on the digitalisation "
        "of work and public services. It was created within the Our Digital Future project so that "
        "negotiators can find wording to take to the bargaining table and adapt to their own "
        "situation.</p>"
        "<p>Clauses are organised into 8 themes and 28 sub-themes, from surveillance and algorithmic "
        "management to data rights and the right to disconnect. Each clause comes with a short "
        "commentary on why it matters and how it can be used. The hub is available in English, French "
        "and Spanish.</p>"
    ),
    "ways_in": [
        {
            "title": "Themes and report view",
            "text": (
                "Start from one of the 8 themes for a short summary, an explanation of why the issue "
                "matters, an overview of how unions respond and a handful of highlighted clauses."
            ),
        },
        {
            "title": "Database view",
            "text": (
                "Browse the whole collection and narrow it down by theme, clause type, union, country or "
                "sector."
            ),
        },
        {
            "title": "Keyword search",
            "text": (
                "Search the text of clauses and commentaries for words such as 'GPS', 'data' or "
                "'algorithm', in English, French or Spanish."
            ),
        },
        {
            "title": "Contribute a clause",
            "text": (
                "Share clauses from your own agreements, guidance or campaigns so that the hub stays up to "
                "date and reflects unions in every region."
            ),
        },
    ],
    "how_to_contribute": (
        "<p>The hub grows through contributions from unions. If your union has negotiated a clause, "
        "issued guidance or won a policy on digitalisation, share it so that others can learn from "
        "it.</p>"
        "<ul>"
        "<li>Send the wording of the clause, in its original language if possible, with the name and year "
        "of the agreement or document it comes from.</li>"
        "<li>Tell us the union, country and sector concerned, and the theme it fits best.</li>"
        "<li>Add a few lines on why the clause matters and how it has worked in practice.</li>"
        "<li>Remove any personal data and confirm that the text may be published.</li>"
        "</ul>"
        "<p>Each submission is reviewed before publication, and we may contact you with questions.</p>"
    ),
}

HUB_TRANSLATIONS = {
    "fr": {
        "title": "Plateforme de négociation numérique",
        "intro": (
            "<p>La Plateforme de négociation numérique est un recueil gratuit, public et consultable de "
            "clauses réelles de conventions collectives, d'orientations syndicales, d'accords-cadres et de "
            "textes législatifs sur la numérisation du travail et des services publics. Elle a été créée "
            "dans le cadre du projet Notre avenir numérique pour que les négociateurs y trouvent des "
            "formulations à porter à la table des négociations et à adapter à leur propre situation.</p>"
            "<p>Les clauses sont classées en 8 thèmes et 28 sous-thèmes, de la surveillance et de la "
            "gestion algorithmique aux droits sur les données et au droit à la déconnexion. Chaque clause "
            "est accompagnée d'un bref commentaire expliquant son intérêt et la manière de l'utiliser. La "
            "plateforme est disponible en anglais, en français et en espagnol.</p>"
        ),
        "ways_in": [
            {
                "title": "Thèmes et vue rapport",
                "text": (
                    "Partez de l'un des 8 thèmes pour lire un bref résumé, une explication des enjeux, un "
                    "aperçu des réponses syndicales et une sélection de clauses mises en avant."
                ),
            },
            {
                "title": "Vue base de données",
                "text": (
                    "Parcourez l'ensemble du recueil et affinez-le par thème, type de clause, syndicat, pays "
                    "ou secteur."
                ),
            },
            {
                "title": "Recherche par mot-clé",
                "text": (
                    "Cherchez dans le texte des clauses et des commentaires des mots comme « GPS », "
                    "« données » ou « algorithme », en anglais, en français ou en espagnol."
                ),
            },
            {
                "title": "Proposer une clause",
                "text": (
                    "Partagez des clauses tirées de vos propres accords, orientations ou campagnes pour que "
                    "la plateforme reste à jour et reflète les syndicats de toutes les régions."
                ),
            },
        ],
        "how_to_contribute": (
            "<p>La plateforme s'enrichit grâce aux contributions des syndicats. Si votre syndicat a négocié "
            "une clause, publié des orientations ou obtenu une avancée politique sur la numérisation, "
            "partagez-la pour que d'autres puissent s'en inspirer.</p>"
            "<ul>"
            "<li>Envoyez le texte de la clause, si possible dans sa langue d'origine, avec le nom et "
            "l'année de l'accord ou du document dont elle provient.</li>"
            "<li>Indiquez le syndicat, le pays et le secteur concernés, ainsi que le thème qui lui "
            "correspond le mieux.</li>"
            "<li>Ajoutez quelques lignes sur l'intérêt de la clause et sur son application dans la "
            "pratique.</li>"
            "<li>Retirez toute donnée personnelle et confirmez que le texte peut être publié.</li>"
            "</ul>"
            "<p>Chaque contribution est examinée avant publication, et nous pourrons vous contacter pour "
            "vous poser des questions.</p>"
        ),
    },
    "es": {
        "title": "Plataforma de Negociación Digital",
        "intro": (
            "<p>La Plataforma de Negociación Digital es una colección gratuita, pública y con buscador de "
            "cláusulas reales de convenios colectivos, orientaciones sindicales, acuerdos marco y "
            "legislación sobre la digitalización del trabajo y de los servicios públicos. Se creó en el "
            "marco del proyecto Nuestro Futuro Digital para que quienes negocian encuentren redacciones que "
            "llevar a la mesa de negociación y adaptar a su propia situación.</p>"
            "<p>Las cláusulas se organizan en 8 temas y 28 subtemas, desde la vigilancia y la gestión "
            "algorítmica hasta los derechos sobre los datos y el derecho a la desconexión. Cada cláusula va "
            "acompañada de un breve comentario sobre su importancia y su posible uso. La plataforma está "
            "disponible en inglés, francés y español.</p>"
        ),
        "ways_in": [
            {
                "title": "Temas y vista de informe",
                "text": (
                    "Empiece por uno de los 8 temas para leer un breve resumen, una explicación de por qué "
                    "importa, un panorama de las respuestas sindicales y una selección de cláusulas "
                    "destacadas."
                ),
            },
            {
                "title": "Vista de base de datos",
                "text": (
                    "Recorra toda la colección y acótela por tema, tipo de cláusula, sindicato, país o "
                    "sector."
                ),
            },
            {
                "title": "Búsqueda por palabra clave",
                "text": (
                    "Busque en el texto de las cláusulas y los comentarios palabras como «GPS», «datos» o "
                    "«algoritmo», en inglés, francés o español."
                ),
            },
            {
                "title": "Aportar una cláusula",
                "text": (
                    "Comparta cláusulas de sus propios convenios, orientaciones o campañas para que la "
                    "plataforma se mantenga actualizada y refleje a los sindicatos de todas las regiones."
                ),
            },
        ],
        "how_to_contribute": (
            "<p>La plataforma crece gracias a las aportaciones de los sindicatos. Si su sindicato ha "
            "negociado una cláusula, publicado orientaciones o conseguido una política sobre "
            "digitalización, compártala para que otros puedan aprender de ella.</p>"
            "<ul>"
            "<li>Envíe el texto de la cláusula, si es posible en su idioma original, con el nombre y el año "
            "del convenio o documento del que procede.</li>"
            "<li>Indique el sindicato, el país y el sector, así como el tema al que mejor se ajusta.</li>"
            "<li>Añada unas líneas sobre por qué es importante la cláusula y cómo ha funcionado en la "
            "práctica.</li>"
            "<li>Elimine cualquier dato personal y confirme que el texto puede publicarse.</li>"
            "</ul>"
            "<p>Cada aportación se revisa antes de su publicación, y es posible que nos pongamos en contacto "
            "con usted para hacerle preguntas.</p>"
        ),
    },
}

# Search relevance checks: each query should return every listed clause among
# its top 5 results when searching in the given language. Non-English queries
# target the translations in CLAUSE_TRANSLATIONS and deliberately use inflected
# forms that differ from the wording of the text.
RELEVANCE_SET = [
    # English
    {"query": "GPS tracking data childcare", "language": "en", "expect": ["DBH-0017"]},
    {"query": "lone worker alarm device", "language": "en", "expect": ["DBH-0038"]},
    {"query": "body-worn cameras rescue service", "language": "en", "expect": ["DBH-0037"]},
    {"query": "geolocation of technicians' vehicles", "language": "en", "expect": ["DBH-0034"]},
    {"query": "new technology subcommittee funding", "language": "en", "expect": ["DBH-0001"]},
    {
        "query": "new technology representatives paid time off",
        "language": "en",
        "expect": ["DBH-0002"],
    },
    {
        "query": "joint committee within 30 days technological change",
        "language": "en",
        "expect": ["DBH-0014"],
    },
    {"query": "digital agents", "language": "en", "expect": ["DBH-0016"]},
    {"query": "tripartite cooperation municipalities", "language": "en", "expect": ["DBH-0010"]},
    {
        "query": "four hours of digital training every month",
        "language": "en",
        "expect": ["DBH-0020"],
    },
    {
        "query": "selling data sets with employees' personal data",
        "language": "en",
        "expect": ["DBH-0019"],
    },
    {
        "query": "works council information on algorithm parameters",
        "language": "en",
        "expect": ["DBH-0050"],
    },
    {
        "query": "human intervention in automated decisions and profiling",
        "language": "en",
        "expect": ["DBH-0046"],
    },
    {"query": "bias audit of hiring tools", "language": "en", "expect": ["DBH-0063"]},
    {"query": "algorithmic impact assessment", "language": "en", "expect": ["DBH-0064"]},
    {
        "query": "home care scheduling algorithm client preferences",
        "language": "en",
        "expect": ["DBH-0033"],
    },
    {"query": "call centre schedules and breaks", "language": "en", "expect": ["DBH-0027"]},
    {"query": "right to disconnect charter", "language": "en", "expect": ["DBH-0021"]},
    {"query": "twelve continuous hours disconnection", "language": "en", "expect": ["DBH-0060"]},
    {"query": "force majeure telework expenses", "language": "en", "expect": ["DBH-0056"]},
    {"query": "telecommuting employees equal treatment", "language": "en", "expect": ["DBH-0062"]},
    {"query": "electronic monitoring written policy", "language": "en", "expect": ["DBH-0055"]},
    {"query": "control measures disproportionate burden", "language": "en", "expect": ["DBH-0053"]},
    {"query": "union leaflets on the intranet", "language": "en", "expect": ["DBH-0066"]},
    {
        "query": "monitoring software identifying union members",
        "language": "en",
        "expect": ["DBH-0039"],
    },
    {"query": "outsourcing patient data jurisdiction", "language": "en", "expect": ["DBH-0028"]},
    {"query": "medical record access logs", "language": "en", "expect": ["DBH-0029"]},
    {"query": "GPS watches for sanitation workers", "language": "en", "expect": ["DBH-0031"]},
    {
        "query": "social security benefits refused by automated analysis",
        "language": "en",
        "expect": ["DBH-0032"],
    },
    {"query": "e-government staff council", "language": "en", "expect": ["DBH-0007"]},
    {
        "query": "smartphones reachable outside working hours",
        "language": "en",
        "expect": ["DBH-0008"],
    },
    {"query": "log files performance control", "language": "en", "expect": ["DBH-0009"]},
    {"query": "recorded lessons teacher evaluation", "language": "en", "expect": ["DBH-0040"]},
    {"query": "software robots automation project", "language": "en", "expect": ["DBH-0026"]},
    {"query": "retention schedule deleting inferences", "language": "en", "expect": ["DBH-0042"]},
    {"query": "observatory on the future of work", "language": "en", "expect": ["DBH-0025"]},
    {
        "query": "privatisation and public-private partnerships",
        "language": "en",
        "expect": ["DBH-0023"],
    },
    {"query": "burnout joint body innovation", "language": "en", "expect": ["DBH-0012"]},
    {
        "query": "register of algorithmic systems discrimination",
        "language": "en",
        "expect": ["DBH-0043"],
    },
    {
        "query": "humans in control of artificial intelligence",
        "language": "en",
        "expect": ["DBH-0047"],
    },
    {
        "query": "expert on artificial intelligence for the works council",
        "language": "en",
        "expect": ["DBH-0051"],
    },
    {
        "query": "drivers' location data in performance evaluations",
        "language": "en",
        "expect": ["DBH-0018"],
    },
    # French
    {"query": "géolocalisations des véhicules", "language": "fr", "expect": ["DBH-0034"]},
    {"query": "droits à la déconnexion et chartes", "language": "fr", "expect": ["DBH-0021"]},
    {"query": "algorithmes de planification à domicile", "language": "fr", "expect": ["DBH-0033"]},
    {
        "query": "décisions automatisées et intervention humaine",
        "language": "fr",
        "expect": ["DBH-0046"],
    },
    {
        "query": "comités paritaires changements technologiques",
        "language": "fr",
        "expect": ["DBH-0014"],
    },
    {"query": "donnée GPS garde des enfants", "language": "fr", "expect": ["DBH-0017"]},
    {"query": "tract syndical intranet", "language": "fr", "expect": ["DBH-0066"]},
    {"query": "centres d'appels horaire automatisé", "language": "fr", "expect": ["DBH-0027"]},
    # Spanish
    {
        "query": "desconexiones digitales y fatiga informática",
        "language": "es",
        "expect": ["DBH-0048"],
    },
    {
        "query": "parámetros del algoritmo comité de empresa",
        "language": "es",
        "expect": ["DBH-0050"],
    },
    {"query": "geolocalización GPS empleados", "language": "es", "expect": ["DBH-0049"]},
    {
        "query": "registro de sistemas algorítmicos discriminatorios",
        "language": "es",
        "expect": ["DBH-0043"],
    },
    {"query": "teletrabajadora con tareas de cuidado", "language": "es", "expect": ["DBH-0059"]},
    {"query": "doce horas de desconexión", "language": "es", "expect": ["DBH-0060"]},
    {"query": "guardias de agua y saneamiento", "language": "es", "expect": ["DBH-0035"]},
    {"query": "modernización tecnológica municipal", "language": "es", "expect": ["DBH-0024"]},
    {"query": "dato GPS cuidado infantil", "language": "es", "expect": ["DBH-0017"]},
    # Portuguese
    {
        "query": "revisão humana de benefícios previdenciários",
        "language": "pt",
        "expect": ["DBH-0032"],
    },
    {"query": "perfil profissional titular dos dados", "language": "pt", "expect": ["DBH-0061"]},
    {
        "query": "despesas do teletrabalho energia internet",
        "language": "pt",
        "expect": ["DBH-0056"],
    },
    # Russian
    {"query": "вмешательство человека и профилирование", "language": "ru", "expect": ["DBH-0046"]},
    {"query": "данные GPS уход за детьми", "language": "ru", "expect": ["DBH-0017"]},
    # Arabic
    {"query": "تدخل بشري في المعالجة الآلية", "language": "ar", "expect": ["DBH-0046"]},
    {"query": "بيانات التتبع GPS رعاية الأطفال", "language": "ar", "expect": ["DBH-0017"]},
]
