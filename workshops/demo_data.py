"""Demo content for the interactive tools, added to the tool pages that `home/demo_data.py` creates.

The Digital Impact Framework's dimensions are illustrative: written for this demonstration site to
show how the framework works, not the federation's own framework."""

# The tool pages, by slug, and the interactive version each offers.
INTERACTIVE = {
    "digital-impact-framework": "impact_framework",
    "co-governing-algorithmic-systems": "checklist",
    "data-rights-tool": "worksheet",
    "data-lifecycle-at-work": "printable",
}

INTROS = {
    "digital-impact-framework": (
        "Go through the dimensions together as a leadership or department team, and allow about two hours. "
        "On each dimension, choose the level that best describes your union today; the result shows what you "
        "would be doing one level higher. The eight dimensions on this demonstration site are illustrative "
        "examples, written to show how the framework works."
    ),
    "co-governing-algorithmic-systems": (
        "Before a meeting with management, go through the questions and note the answers you expect. During "
        "or after the meeting, record what management said and mark whether the answer is satisfactory or you "
        "need to push for more. Download the PDF to bring to the next meeting, and the CSV file to load your "
        "notes back here and continue."
    ),
    "data-rights-tool": (
        "Work through the four steps in order. Each gives the questions to put to management, tips, guidance "
        "for your legal situation, the limits to set and clauses other unions have won. Download the worksheet "
        "early and log what you learn about each system as you go: it takes time to collect the answers."
    ),
    "data-lifecycle-at-work": (
        "Take this page to meetings: for each phase of the data lifecycle, what to ask management and what to "
        "negotiate."
    ),
}


def dimension(title, description, levels):
    """A dimension's block value: `levels` is five (description, next level) pairs."""
    return {
        "title": title,
        "description": description,
        "levels": [{"description": text, "next_level": nxt} for text, nxt in levels],
    }


DIMENSIONS = [
    dimension(
        "Digital strategy and leadership",
        "Whether the union's leadership treats digital questions as part of its strategy.",
        [
            (
                "Digital matters are left to whoever is interested; the leadership has not discussed them.",
                "The leadership would have discussed where digital tools help or threaten the union's work, and named someone to lead on them.",
            ),
            (
                "The leadership discusses digital tools when a problem arises, and one person looks after them.",
                "You would have a short written plan for the union's digital work, agreed by the leadership, with a budget line.",
            ),
            (
                "A written digital plan with a budget exists, but it is rarely reviewed.",
                "The plan would be reviewed every year against its goals, and each department would report on its part.",
            ),
            (
                "The plan is reviewed every year and departments report on their part of it.",
                "Members and staff would help shape the plan, and digital questions would be part of every major decision.",
            ),
            (
                "Digital questions are part of every major decision, and members and staff help shape the plan.",
                "",
            ),
        ],
    ),
    dimension(
        "Members' data and privacy",
        "How the union looks after the personal data it holds about its members.",
        [
            (
                "Members' data sits in personal spreadsheets, inboxes and phones; nobody knows every place it is held.",
                "You would know where members' data is held and who can see it, written down in a simple register.",
            ),
            (
                "There is a list of where members' data is held, but access to it is not controlled.",
                "Only the people who need members' data would have access to it, and a rule would say how long it is kept.",
            ),
            (
                "Access is limited and there are rules on keeping data, but nobody checks that they are followed.",
                "A named person would check that the rules are followed and keep a record of every data breach.",
            ),
            (
                "A named person checks data protection regularly; breaches are recorded and acted on.",
                "Privacy would be considered before any new tool or process is adopted, and members could easily see and correct what the union holds about them.",
            ),
            (
                "Privacy is designed into every tool and process, and members can see and correct what the union holds about them.",
                "",
            ),
        ],
    ),
    dimension(
        "Choosing digital tools",
        "How the union decides which digital tools and providers to use.",
        [
            (
                "Tools are adopted because they are free or popular, without asking who runs them or what they do with data.",
                "Before adopting a tool you would ask who provides it, where it stores data and what the provider does with that data.",
            ),
            (
                "Someone asks basic questions about a tool's provider and its use of data before it is adopted.",
                "You would use a short checklist covering privacy, security, cost, accessibility and the provider's record on workers' rights.",
            ),
            (
                "A checklist guides the choice of tools, but it is not always used.",
                "Every new tool would go through the checklist and be approved by a named person, with its contract kept on file.",
            ),
            (
                "Every new tool is checked and approved, and contracts and data terms are on file.",
                "You would review existing tools every year, prefer providers that respect workers' rights, and know how to leave each provider.",
            ),
            (
                "Tools are reviewed every year, the union could leave any provider, and it prefers providers that respect workers' rights.",
                "",
            ),
        ],
    ),
    dimension(
        "Digital skills across the union",
        "Whether staff, representatives and members have the digital skills their work needs.",
        [
            (
                "A few people are confident with digital tools; the rest avoid them or rely on those few.",
                "You would have found out who needs which skills, and offered a first basic training.",
            ),
            (
                "Some basic training has been offered, mostly to staff.",
                "A regular training programme would cover staff and elected representatives, including privacy and security.",
            ),
            (
                "Staff and representatives have regular training, including privacy and security.",
                "Digital skills would be part of every role's induction, and people would share what they know with each other.",
            ),
            (
                "Digital skills are part of every induction, and people share what they know.",
                "Members would be trained too, and representatives would use their skills to bargain over technology at work.",
            ),
            (
                "Members, representatives and staff keep building their skills and use them at the bargaining table.",
                "",
            ),
        ],
    ),
    dimension(
        "Organising and campaigning online",
        "How the union uses digital channels to reach, involve and organise members.",
        [
            (
                "The union has little presence online and communicates mainly on paper or in person.",
                "You would have a clear channel for reaching members online, with someone responsible for it.",
            ),
            (
                "The union has a website or social media account that is updated now and then.",
                "Online communication would be planned around campaigns, and members would have ways to respond and take part.",
            ),
            (
                "Campaigns use online channels and members can respond, but the union rarely learns from the results.",
                "You would find out what works, without tracking members invasively, and use it to improve the next campaign.",
            ),
            (
                "Online campaigns are planned, evaluated with respect for members' privacy, and improved.",
                "Members would organise through the union's channels themselves, with tools chosen to protect them from surveillance.",
            ),
            (
                "Members organise through channels the union controls or trusts, and online and in-person organising strengthen each other.",
                "",
            ),
        ],
    ),
    dimension(
        "Security of systems and accounts",
        "How well the union protects its accounts, devices and data from loss and attack.",
        [
            (
                "Passwords are shared and reused, and nobody is responsible for security.",
                "A named person would be responsible for security, and key accounts would use a password manager and two-step login.",
            ),
            (
                "Key accounts have strong passwords and two-step login.",
                "Every account and device would be covered, with regular updates and backups that are tested.",
            ),
            (
                "Devices are kept up to date, and backups exist and are tested.",
                "A written plan would say what to do if an account is taken over or data is lost, and people would know it.",
            ),
            (
                "There is an incident plan and people know what to do.",
                "You would test the plan and check security at least once a year, and help members protect themselves too.",
            ),
            (
                "Security is checked regularly, the incident plan is tested, and the union helps members protect themselves.",
                "",
            ),
        ],
    ),
    dimension(
        "Technology at the bargaining table",
        "Whether the union bargains over the digital systems that manage its members' work.",
        [
            (
                "Technology at work is not on the bargaining agenda.",
                "Representatives would gather information on the digital systems employers use and how they affect members.",
            ),
            (
                "Representatives raise technology issues when members complain.",
                "The union would have demands on data and algorithms, drawing on clauses other unions have won.",
            ),
            (
                "The union has demands on data and algorithms and raises them in some negotiations.",
                "Technology would be on the agenda of every negotiation, and representatives would know where to find model clauses.",
            ),
            (
                "Technology is on the agenda of every negotiation.",
                "You would win rights to co-govern digital systems at work, and share your clauses with other unions.",
            ),
            (
                "The union co-governs the digital systems at work and shares its agreements with other unions.",
                "",
            ),
        ],
    ),
    dimension(
        "Inclusion and access",
        "Whether every member can take part, whatever their devices, connection, skills or language.",
        [
            (
                "Digital services assume every member has a good device, a good connection and the skills to use them.",
                "You would find out which members struggle to use the union's digital services.",
            ),
            (
                "The union knows some members are left out, and keeps paper and telephone routes open for them.",
                "Digital services would work on slow connections, small screens and screen readers, and in members' languages.",
            ),
            (
                "Services work on phones and in several languages, with some accessibility checks.",
                "Members who are often left out would test new services before they are launched.",
            ),
            (
                "Members who are often left out test new services before launch.",
                "The union would campaign for digital inclusion at work and in public services, and no member would be left without a way to take part.",
            ),
            (
                "Every member has a way to take part, and the union campaigns for digital inclusion in public services.",
                "",
            ),
        ],
    ),
]


# The Data Rights Tool's parts, in order: tips, guidance under the GDPR and elsewhere, and hub
# clauses that show how other unions set the limits.
PART_ADDITIONS = [
    {
        "tips": [
            "Start with the systems members talk about: scheduling apps, badge readers, cameras, productivity software, vehicle tracking.",
            "Ask for the information in writing, and note in the worksheet when you asked and when management answered.",
            "Give each system its own row in the worksheet; every later step adds to that row.",
        ],
        "gdpr_guidance": (
            "Workers have the right to be told how their personal data is processed (Articles 13 and 14) and "
            "to get a copy of it (Article 15). Where a system is likely to put workers' rights at high risk, "
            "the employer must carry out a data protection impact assessment (Article 35): ask to see it. "
            "Article 88 lets collective agreements set more specific rules for data at work."
        ),
        "elsewhere_guidance": (
            "Check whether your national data protection or labour law gives workers a right to know how "
            "they are monitored. Where it does not, negotiate one: a register of every system that collects "
            "workers' data, shared with the union before any new system is introduced."
        ),
        "clauses": ["DBH-0043", "DBH-0006", "DBH-0009", "DBH-0050"],
    },
    {
        "tips": [
            "Ask about data from outside the workplace too: social media, data brokers, earlier employers.",
            "Note for each system which kinds of data it uses, such as location, keystrokes, health or biometrics.",
            "Health data, biometrics and union membership need the strongest limits.",
        ],
        "gdpr_guidance": (
            "The employer needs a lawful basis for each use of workers' data (Article 6); consent is rarely "
            "valid at work, because of the imbalance of power. Data must be limited to what is necessary for "
            "a stated purpose (Article 5). Health, biometric and trade union data are special categories with "
            "extra protection (Article 9)."
        ),
        "elsewhere_guidance": (
            "Find out whether any law limits what an employer may collect. If none does, bargain for limits in "
            "the agreement itself: a list of allowed sources and purposes, and a ban on everything else."
        ),
        "clauses": ["DBH-0017", "DBH-0018", "DBH-0041", "DBH-0045"],
    },
    {
        "tips": [
            "A system that only recommends can still decide in practice if managers always follow it: ask how often they depart from it.",
            "Ask what data trains or feeds each model, and how its mistakes are found and corrected.",
            "Collect members' experiences of decisions they could not understand or challenge.",
        ],
        "gdpr_guidance": (
            "Workers have the right not to be subject to a decision based solely on automated processing that "
            "significantly affects them (Article 22), and to meaningful information about the logic involved "
            "(Articles 13 to 15). They can object to profiling based on the employer's legitimate interests "
            "(Article 21)."
        ),
        "elsewhere_guidance": (
            "Few laws regulate automated decisions at work, though some data protection laws give a right to "
            "have them reviewed, as Brazil's does. Negotiate human review of every significant decision, an "
            "explanation on request and regular checks for bias."
        ),
        "clauses": ["DBH-0046", "DBH-0032", "DBH-0033", "DBH-0061"],
    },
    {
        "tips": [
            "Ask for the list of every provider and subcontractor that handles workers' data, and the countries where they hold it.",
            "Check what happens to the data when a contract with a provider ends.",
            "Outsourced payroll, HR and IT providers often hold the most data about workers.",
        ],
        "gdpr_guidance": (
            "The employer remains responsible for the processors that handle data on its behalf, under a "
            "written contract (Article 28). Transfers outside the EU and EEA need safeguards (Chapter V). "
            "Workers' rights to access, correct and erase their data apply to data held by processors too."
        ),
        "elsewhere_guidance": (
            "Ask which country's law governs the data where it is stored. Negotiate a ban on selling or reusing "
            "workers' data, its deletion or return when a contract ends, and consultation before any data "
            "processing is outsourced."
        ),
        "clauses": ["DBH-0019", "DBH-0028", "DBH-0042"],
    },
]
