# ruff: noqa: E501
"""English topics: Havbris Seafood ASA (C) and Skyline Arena Oslo AS (H)."""

from __future__ import annotations

from topic import Proc, Topic

# --- C: Havbris Seafood ASA ------------------------------------------------------------------

TC1 = Topic(
    key="TC1",
    title="Fatigue monitoring with wearable sensors for vessel crew and night-shift processing staff",
    what=(
        "Havbris wants to equip crew on our six well boats and service vessels, and night-shift workers at the Ålesund and Måløy processing plants, with a wristband that measures heart rate, heart-rate variability, skin temperature and movement. An algorithm estimates a fatigue level every 15 minutes. When the level passes a threshold, the wearer gets a vibration alert and the shift leader or the officer on watch gets a notice so the person can be relieved.",
        "About 420 employees are in scope, around a third of them seasonal workers from Poland, Lithuania and Ukraine. The data are health data, and the fatigue level is a new piece of information about each worker that did not exist before.",
    ),
    flow=(
        ("Sources", "the wristband; shift and watch rosters from our HR system"),
        (
            "Recipients",
            "the wearer, the shift leader or officer on watch (alerts only), the HSE department (statistics without names)",
        ),
        ("Retention", "raw sensor data 72 hours; alerts 90 days; anonymised statistics five years"),
        (
            "Security",
            "encrypted transfer from the band to the app and on to Wearwise's platform; role-based access; EU hosting",
        ),
        (
            "Responsibilities",
            "Havbris Seafood ASA is controller; Wearwise Oy is processor and uses Nordic Edge Hosting AS as sub-processor",
        ),
    ),
    need=(
        "We had two serious accidents in 2025 in which fatigue was a contributing cause, one of them a man-overboard incident. Rest-period rules are followed, but fatigue still builds up on long night shifts and in bad weather. Self-reporting does not work: people do not want to be the one who asks to be relieved.",
        "We chose a wristband over cameras because it is less intrusive, and we do not give managers access to raw data or to sleep data. The threshold alert goes to the worker first. The system is not used for performance management, discipline or selection for the next season.",
    ),
    rights=(
        "information in Norwegian, English, Polish, Lithuanian and Ukrainian, and a briefing at the start of each season",
        "workers can see their own data in the app and ask for it to be deleted at the end of a shift",
        "collective agreement with the union representatives before start-up",
        "no use of the data in decisions about employment, pay or rehiring",
    ),
    risks=(
        (
            "Fatigue data used to decide who is rehired next season",
            "Medium",
            "High",
            "contractual and internal ban; HR has no access; audit of access logs",
        ),
        (
            "Health conditions (heart problems, pregnancy) become visible to managers",
            "Medium",
            "High",
            "managers see only alerts; no raw data; the algorithm does not classify conditions",
        ),
        (
            "Seasonal workers feel they cannot refuse",
            "High",
            "Medium",
            "alternative of paired working and fixed breaks; refusal recorded without names",
        ),
        (
            "False alerts relieve the wrong people and cause resentment",
            "Medium",
            "Low",
            "calibration period of four weeks",
        ),
        ("Breach at the processor", "Low", "High", "DPA with audit rights, encryption, EU hosting"),
    ),
    skipped=(
        (
            "Keeping all processing on the wristband without any cloud",
            "the vendor's model cannot run on the band; will be re-evaluated in 2028",
        ),
        (
            "Consent as legal basis",
            "consent would not be free in an employment relationship with seasonal workers",
        ),
    ),
    residual="Even after these measures, the systematic monitoring of health data of employees, many of them in a weak position, leaves a high residual risk.",
    procs=(
        Proc(
            "Wearwise Oy",
            "FI 3120477-8",
            "Tekniikantie 14, 02150 Espoo, Finland",
            "wristbands, app and analytics platform",
            "Mikko Laine",
            "Key Account Manager",
            "+358 40 712 3306",
            "mikko.laine@wearwise.fi",
        ),
        Proc(
            "Nordic Edge Hosting AS",
            "922 406 119",
            "Sandviksbodene 1, 5035 Bergen",
            "sub-processor, hosting",
            "Camilla Vik",
            "Service Delivery Manager",
            "+47 55 70 42 10",
            "camilla.vik@nordicedge.no",
        ),
    ),
)

TC2 = Topic(
    key="TC2",
    title="Random drug and alcohol testing of vessel crew",
    what=(
        "Havbris plans to introduce random drug and alcohol testing of crew on our vessels, in addition to the existing testing after incidents. Each month 10 per cent of crew are drawn at random; samples (breath and urine) are taken on board by the master or a trained officer and sent to an accredited laboratory. Positive results are confirmed by a second analysis and reported to the HSE manager and the company doctor.",
        "About 160 crew members. Results are health data and may reveal medication use.",
    ),
    flow=(
        ("Sources", "the employee (samples), the laboratory (results)"),
        (
            "Recipients",
            "HSE manager and company doctor; the master is told only whether the person is fit for duty",
        ),
        (
            "Retention",
            "negative results six months; positive results in the personnel file for the duration of the follow-up",
        ),
        ("Security", "results sent through the laboratory's secure portal; access for two people"),
        (
            "Responsibilities",
            "Havbris is controller; the analyses are done by NordLab Testing AS as our processor",
        ),
    ),
    need=(
        "The Ship Safety and Security Act requires us to ensure that crew are not under the influence on duty. Testing after incidents alone has not been enough; two near-misses last year involved alcohol.",
        "Random testing applies only to safety-critical positions at sea, not onshore staff, and medication that is prescribed and declared does not lead to a reaction.",
    ),
    rights=(
        "written information and agreement with union representatives",
        "the right to explain a result and to have the B-sample analysed",
        "follow-up through the AKAN programme rather than dismissal at first offence",
    ),
    risks=(
        (
            "Medication use becomes known to managers",
            "Medium",
            "High",
            "only the company doctor sees substances; the master sees fit/unfit",
        ),
        ("Sample mix-up at sea", "Low", "High", "chain-of-custody form and sealed kits"),
        (
            "Selection is not really random",
            "Medium",
            "Medium",
            "draw made by the laboratory's system, not by managers",
        ),
    ),
    skipped=(
        ("Testing of all crew before every trip", "disproportionate and logistically impossible"),
    ),
    residual="Testing of body samples of employees gives a high residual risk.",
)

TC3 = Topic(
    key="TC3",
    title="AI video analytics for hygiene compliance on the processing lines",
    what=(
        "We want to connect the existing cameras over the processing lines in Ålesund to an analytics service that detects hygiene breaches: missing hairnets or beard covers, gloves not changed between stations, and workers who skip the hand-washing station when entering the clean zone. Each breach is logged with a short clip, the station and the time. Shift leaders see a dashboard per shift; clips are blurred except for the person concerned.",
        "About 280 workers across three shifts. The cameras see faces, and the log becomes a record of each person's behaviour at work.",
    ),
    flow=(
        ("Sources", "14 existing cameras; shift rosters"),
        (
            "Recipients",
            "shift leaders; the quality manager; the Norwegian Food Safety Authority only in aggregated form",
        ),
        ("Retention", "clips 14 days; breach log 6 months"),
        (
            "Security",
            "video stays on a local server; only clips of breaches go to Visionline's platform; encrypted",
        ),
        (
            "Responsibilities",
            "Havbris is controller; Visionline AS is processor and uses Datahall Nord AS as sub-processor",
        ),
    ),
    need=(
        "Our customers' audits and the Listeria outbreak at a competitor last year mean we must document hygiene compliance. Manual spot checks cover less than one per cent of the time.",
        "We do not use facial recognition: the person is identified only if the shift leader looks at the clip. The dashboard is used for training and not for warnings, except in repeated serious cases after a conversation.",
    ),
    rights=(
        "information and agreement with the union representatives",
        "workers can see clips of themselves",
        "no use for performance measurement",
    ),
    risks=(
        (
            "The log is used for discipline",
            "Medium",
            "High",
            "written limitation, union veto on changes",
        ),
        (
            "Workers feel constantly watched",
            "High",
            "Medium",
            "evaluation after six months; cameras unchanged, only analysis added",
        ),
        ("Clips leak", "Low", "Medium", "blurring and short retention"),
    ),
    skipped=(
        ("Fully anonymous statistics only", "does not allow corrective training of the individual"),
    ),
    residual="Automated monitoring of behaviour at work gives a high residual risk.",
    procs=(
        Proc(
            "Visionline AS",
            "926 778 401",
            "Brattørkaia 17A, 7010 Trondheim",
            "video analytics",
            "Henrik Solem",
            "Head of Customer Operations",
            "+47 73 99 61 20",
            "henrik.solem@visionline.no",
        ),
        Proc(
            "Datahall Nord AS",
            "918 420 336",
            "Hydrovegen 55, 8626 Mo i Rana",
            "sub-processor, hosting",
            "Eva Strand",
            "Customer Manager",
            "+47 75 13 60 05",
            "eva.strand@datahallnord.no",
        ),
    ),
)

TC4 = Topic(
    key="TC4",
    title="Background checks of seasonal workers recruited abroad",
    what=(
        "Each year Havbris recruits about 350 seasonal workers, mostly through agencies in Poland, Lithuania and Romania. We want a screening vendor to verify identity documents, obtain criminal-record certificates from the home country, check sanctions lists and carry out a search of public social-media profiles for signs of violence or links to organised crime. The vendor sends a traffic-light result and the underlying findings to our HR team.",
        "The checks involve criminal-offence data and information about people in a weak position who depend on the job.",
    ),
    flow=(
        (
            "Sources",
            "the candidate, the recruitment agency, national criminal-record authorities, sanctions lists, public social media",
        ),
        (
            "Recipients",
            "two HR advisers; the recruitment agency learns only whether the candidate is approved",
        ),
        (
            "Retention",
            "results until the end of the season; identity documents five years (immigration rules)",
        ),
        ("Security", "vendor portal with 2FA, encrypted transfer, EU/UK hosting"),
        (
            "Responsibilities",
            "Havbris is controller; Verifica Screening Ltd performs the checks as processor",
        ),
    ),
    need=(
        "We have had cases of identity fraud and two cases of violence in worker housing. We also supply customers who require supply-chain checks against forced labour.",
        "Criminal records are only requested for roles with housing responsibility or access to vessels. The social-media search is limited to public content and to defined risk indicators.",
    ),
    rights=(
        "written information in the candidate's language before the check",
        "candidates see the findings and can comment before a decision",
        "no automated rejection",
    ),
    risks=(
        (
            "Social-media findings are misread or irrelevant",
            "High",
            "Medium",
            "defined indicators; HR review; candidate comment",
        ),
        ("Criminal-record data kept too long", "Medium", "High", "deletion at season end"),
        (
            "Candidates cannot refuse in practice",
            "High",
            "Medium",
            "the check is only for specified roles",
        ),
        ("Transfer to the UK", "Low", "Medium", "adequacy decision; contractual safeguards"),
    ),
    skipped=(("Dropping the social-media search", "customers' supply-chain requirements"),),
    residual="Criminal-offence data and screening of vulnerable workers give a high residual risk.",
    procs=(
        Proc(
            "Verifica Screening Ltd",
            "UK 11834207",
            "40 Bank Street, London E14 5NR, UK",
            "identity and background screening",
            "Rachel Osei",
            "Client Services Director",
            "+44 20 3868 4412",
            "rachel.osei@verificascreening.co.uk",
        ),
    ),
)

# --- H: Skyline Arena Oslo AS ----------------------------------------------------------------

FACEFLOW = Proc(
    "FaceFlow AB",
    "556987-1204",
    "Lindholmspiren 5, 417 56 Göteborg, Sweden",
    "facial recognition gates and matching service",
    "Anders Berg",
    "Nordic Sales Lead",
    "+46 31 760 44 18",
    "anders.berg@faceflow.se",
)

TH1 = Topic(
    key="TH1",
    title="Facial recognition entry for season-ticket holders",
    what=(
        "Skyline Arena wants to offer season-ticket holders for ice hockey and concerts a «walk-through» entry: the fan enrols a selfie in our app, a template is created, and cameras at four dedicated gates match the face against the templates of ticket holders for that event. The gate opens without scanning a ticket. Other visitors use the normal gates.",
        "We have about 7 500 season-ticket holders, some aged 13–17. Cameras at the dedicated gates will also capture people who walk past them.",
    ),
    flow=(
        ("Sources", "the fan (selfie, ticket data), the gate cameras"),
        ("Recipients", "no one sees matches; the system logs gate openings"),
        (
            "Retention",
            "template until the season ticket ends or the fan withdraws; gate log 30 days; non-matched images deleted immediately",
        ),
        ("Security", "templates encrypted and stored by FaceFlow in Sweden; no images kept"),
        ("Responsibilities", "Skyline Arena Oslo AS is controller; FaceFlow AB is processor"),
    ),
    need=(
        "Queues at the main gates exceed 25 minutes at sold-out events, and ticket fraud with season cards is common. The dedicated gates take pressure off the others.",
        "It is strictly opt-in; the normal gates remain available and no one is treated worse for using them. Minors need parental consent.",
    ),
    rights=(
        "separate consent in the app, withdrawable at any time",
        "clear signs at the dedicated gates",
        "deletion of the template on request within 24 hours",
    ),
    risks=(
        (
            "Bystanders are scanned without consent",
            "High",
            "Medium",
            "cameras point into the dedicated lane only; non-matches deleted",
        ),
        ("Templates leak", "Low", "High", "encryption, no images, audit of FaceFlow"),
        (
            "Function creep: police or banned-list matching",
            "Medium",
            "High",
            "contractual and board ban; new DPIA for any change",
        ),
        ("Misidentification lets in the wrong person", "Low", "Low", "steward at the gate"),
    ),
    skipped=(
        (
            "Templates stored only on the fan's phone",
            "the gates cannot match against phone-held templates today",
        ),
    ),
    residual="Biometric identification at large public events leaves a high residual risk.",
    procs=(FACEFLOW,),
)

TH2 = Topic(
    key="TH2",
    title="Shared list of banned supporters across Norwegian arenas",
    what=(
        "Together with four other arenas we want to share a list of people who have been given a stadium ban (quarantine) after violence, pyrotechnics or racist abuse. Each arena adds its own bans with name, date of birth, photo, the incident and the ban period. At entry, stewards check tickets in the ID check against the list.",
        "About 150 people on the list at any time. The list contains information about alleged offences.",
    ),
    flow=(
        ("Sources", "our incident reports, police reports, the other arenas"),
        ("Recipients", "security managers at the five arenas; stewards see only hit/no hit"),
        ("Retention", "until the ban expires plus 6 months"),
        ("Security", "ArenaGuard's platform with 2FA; access logging"),
        (
            "Responsibilities",
            "each arena is controller for its own entries; ArenaGuard Systems B.V. is processor",
        ),
    ),
    need=(
        "Banned people simply move to another arena. The clubs and the league want bans to be effective.",
        "Only bans decided after a hearing are shared; no suspicion-only entries.",
    ),
    rights=(
        "the person is informed of the ban and that it is shared",
        "appeal route to a joint committee",
        "access to one's own entry",
    ),
    risks=(
        ("Wrong person stopped at the gate", "Medium", "Medium", "photo and date of birth check"),
        ("Bans outlive their period", "Low", "High", "automatic deletion"),
        (
            "The list spreads to employers or media",
            "Low",
            "High",
            "access logging and contractual penalties",
        ),
    ),
    skipped=(("Facial recognition against the list", "too intrusive"),),
    residual="Sharing offence-related information across organisations leaves a high residual risk.",
    procs=(
        Proc(
            "ArenaGuard Systems B.V.",
            "KvK 70934412",
            "Stationsplein 45, 3013 AK Rotterdam, Netherlands",
            "platform for the shared list",
            "Joost Verhoeven",
            "Customer Success Lead",
            "+31 10 340 1187",
            "joost.verhoeven@arenaguard.nl",
        ),
    ),
)

TH3 = Topic(
    key="TH3",
    title="Cashless RFID wristbands with movement tracking at summer festivals",
    what=(
        "At the three summer festivals we run in the arena park, every visitor will get an RFID wristband used for entry and payment. Readers at stages, bars and toilets register each wristband that passes, so we can manage crowds and find lost children. We also want to build profiles of which stages and products each visitor prefers, for personalised offers next year.",
        "About 55 000 visitors over three festivals, many aged 16–19. Movement patterns and purchases (especially alcohol) can reveal a lot about a person.",
    ),
    flow=(
        ("Sources", "wristband readers, ticket purchase, the visitor's account if registered"),
        (
            "Recipients",
            "our operations and marketing teams; police on request for serious incidents",
        ),
        ("Retention", "movement data 30 days; profiles 18 months for registered visitors only"),
        ("Security", "TapWave's platform; pseudonymous wristband IDs; encrypted"),
        ("Responsibilities", "Skyline Arena Oslo AS is controller; TapWave Ltd is processor"),
    ),
    need=(
        "Crowd crushes are the biggest safety risk at festivals, and live flow data lets us close areas before it is too late. Lost-child searches took over an hour last year.",
        "Profiling is only for visitors who register and consent; unregistered wristbands are used for safety and payment only.",
    ),
    rights=(
        "separate consent for profiling",
        "unregistered wristbands as the default",
        "deletion on request",
    ),
    risks=(
        (
            "Minors are profiled for alcohol marketing",
            "Medium",
            "High",
            "no profiling under 18; alcohol excluded from profiles",
        ),
        (
            "Police request movement data broadly",
            "Medium",
            "High",
            "only on court order or serious incident",
        ),
        (
            "Re-identification of unregistered wristbands via payment card",
            "Medium",
            "Medium",
            "payment data separated",
        ),
    ),
    skipped=(("No readers at toilets", "needed for crowd safety at the busiest points"),),
    residual="Large-scale tracking of young people leaves a high residual risk.",
    procs=(
        Proc(
            "TapWave Ltd",
            "UK 09877312",
            "12 Hatton Garden, London EC1N 8AN, UK",
            "wristband and reader platform",
            "Priya Raman",
            "Account Director",
            "+44 20 7946 0321",
            "priya.raman@tapwave.co.uk",
        ),
    ),
)

TH4 = Topic(
    key="TH4",
    title="Body-worn cameras for security staff",
    what=(
        "Security staff at events will wear body cameras that they switch on in confrontations.",
    ),
    flow=(),
    need=(
        "Assaults on our stewards have tripled since 2023, and disputes about what happened are hard to resolve. Body cameras have a de-escalating effect in studies from the UK and from Norwegian public transport.",
        "Cameras are switched on only in confrontations, not recording continuously, and stewards announce it. We rejected continuous recording as disproportionate.",
    ),
    rights=(
        "visible marking on the vest",
        "verbal announcement before recording",
        "access for the person filmed",
    ),
    risks=(
        ("Recording of bystanders", "High", "Medium", "short clips, blurring on disclosure"),
        (
            "Recordings used against stewards",
            "Low",
            "Medium",
            "agreement with union representatives",
        ),
        ("Clips leak to social media", "Low", "High", "no download by stewards; encryption"),
    ),
    skipped=(
        (
            "Pre-record buffer of 60 seconds",
            "rejected as it captures situations before the decision to record",
        ),
    ),
    residual="Recording of people in conflict situations leaves a high residual risk.",
    procs=(
        Proc(
            "Bodycam Nordic AS",
            "923 605 770",
            "Ryensvingen 3, 0680 Oslo",
            "cameras and evidence management",
            "Thomas Lie",
            "Sales Manager",
            "+47 916 44 730",
            "thomas.lie@bodycamnordic.no",
        ),
    ),
)

TH5 = Topic(
    key="TH5",
    title="ID scanning for age verification at the arena bars",
    what=(
        "To stop under-age drinking, bar staff will scan the ID document of anyone who looks under 25. The scanner reads the document, checks it against known forgery patterns, compares the photo with a picture taken at the bar and shows green or red. The date of birth, document number and both photos are stored so that repeated attempts with the same fake ID can be detected.",
        "We expect 40 000 scans per season. Document numbers and photos are high-risk identifiers, and the photo comparison is biometric.",
    ),
    flow=(
        ("Sources", "the ID document, the bar camera"),
        ("Recipients", "bar managers; police when a forged document is seized"),
        ("Retention", "green scans 24 hours; red scans 90 days"),
        ("Security", "IDScan's EU cloud; encryption; access for two managers"),
        (
            "Responsibilities",
            "Skyline Arena Oslo AS is controller; IDScan Europe GmbH is processor",
        ),
    ),
    need=(
        "The municipality found sales to minors at two events in 2025, and our licence is at risk. Visual checks of IDs by young bar staff miss most forgeries.",
        "We scan only when a guest looks under 25, and green scans are deleted after 24 hours.",
    ),
    rights=(
        "signs at the bars",
        "guests can choose to show ID manually to a manager",
        "access and deletion on request",
    ),
    risks=(
        (
            "Photo comparison fails more often for some ethnic groups",
            "Medium",
            "Medium",
            "manager overrides; no automatic refusal",
        ),
        ("Database of document numbers misused", "Low", "High", "short retention, access control"),
        ("Guests feel profiled", "Medium", "Low", "clear policy of who is scanned"),
    ),
    skipped=(("No storage at all", "repeated fake-ID attempts could not be detected"),),
    residual="Biometric comparison and storage of identity documents leave a high residual risk.",
    procs=(
        Proc(
            "IDScan Europe GmbH",
            "HRB 224817",
            "Friedrichstraße 68, 10117 Berlin, Germany",
            "ID scanning and verification",
            "Lena Hofmann",
            "Key Account Manager",
            "+49 30 2089 5514",
            "lena.hofmann@idscan-europe.de",
        ),
    ),
)
