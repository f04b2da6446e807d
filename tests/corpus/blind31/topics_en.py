# ruff: noqa: E501
"""Planned processings of the two English-writing senders: C (university), G (logistics)."""

from __future__ import annotations

from model import Person, Proc, Risk, Topic

# --- C: Nordkyst University -----------------------------------------------------------------

C_TEEN = Topic(
    key="c_teen",
    title="SAFE-TEEN: machine-learning detection of self-harm signals in adolescents' public social media posts",
    short="SAFE-TEEN (self-harm signals in public social media posts)",
    summary="SAFE-TEEN is a four-year research project funded by the Research Council of Norway. It will collect public posts from Norwegian-language accounts on three social media platforms, train a model to recognise language associated with self-harm and suicidal ideation, and study how such signals develop over time. We expect to collect posts from 150,000–250,000 accounts, a large share of them held by people aged 13–19. No one will be contacted, and no results will be used about any individual.",
    chapters=(
        (
            "2 Data collection",
            "Posts are collected through the platforms' research APIs for the period 2022–2028. We collect the text, the time stamp, a pseudonymised account ID and the account's self-reported age where available. Images and videos are not collected. Accounts are selected by Norwegian language and by hashtags and terms from a list drawn up with clinicians.",
        ),
        ("3 Storage and computing", "{storage}"),
        (
            "4 Who has access",
            "Access is limited to the six members of the project team, who sign a confidentiality agreement, and only through the secure research platform. Annotators (four clinical psychologists) see single posts without account IDs.",
        ),
        (
            "5 Sharing and publication",
            "No raw data will be shared. The trained model will not be published; only aggregated findings and the code without weights. Quotes will not be used in publications.",
        ),
    ),
    storage="All data are stored and processed on the secure research platform operated for the university by {org}, which acts as our processor. Account IDs are replaced by keyed hashes on arrival, and the key is held by the university's IT department. Data will be deleted at the end of the project (31 December 2030). Contact at {org}: {person}, {title}, tel. {phone}, {email}.",
    necessity="Suicide is among the leading causes of death among young people in Norway, and clinicians know little about how self-harm is talked about online. Surveys and interviews reach few of the young people most at risk and are coloured by what they are willing to report. Public posts show language as it is actually used. We considered recruiting participants with consent, but a consent-based sample would be small and skewed, and recruiting minors at risk raises its own ethical problems. We have restricted collection to text, to Norwegian-language accounts and to a fixed period, and the project will not identify or contact anyone.",
    balancing="The processing is necessary for a task carried out in the public interest (Article 6(1)(e)), research as laid down in section 8 of the Personal Data Act, and Article 9(2)(j) for data concerning health. The project has been approved by the Regional Committee for Medical and Health Research Ethics (REK Nord, ref. 2026/41877). We have weighed the research interest against the intrusion for young people who do not know their posts are being collected, and who may have written in a vulnerable moment. We consider the processing proportionate because it is confined to public posts, to text, and to pseudonymised data on a secure platform, with no individual use of the results; but the scale and the age of the data subjects mean that the intrusion remains considerable.",
    rights="Individual information is not given, because it would be impossible without identifying the account holders (Article 14(5)(b)). Instead the project will publish information on its website and through youth organisations, and anyone can ask to have their account excluded using a form that requires no login.",
    risks=(
        Risk(
            "Re-identification of a young person from quotes or rare phrases",
            "Publication of examples; linkage through search engines",
            "Medium",
            "Very high – exposure of self-harm",
            "No quotes; minimum cell sizes; review before publication",
        ),
        Risk(
            "Breach exposing posts linked to accounts",
            "Attack on the research platform",
            "Low",
            "Very high",
            "Keyed hashes; key held separately; platform certified to ISO 27001",
        ),
        Risk(
            "Function creep: the model is used to screen individuals",
            "Requests from platforms, schools or health services",
            "Medium",
            "High",
            "Model weights not published or shared; agreement with the funder",
        ),
        Risk(
            "Young people feel watched and change how they seek help online",
            "Public knowledge of the project",
            "Low",
            "High",
            "Communication through youth organisations; no individual follow-up",
        ),
        Risk(
            "Annotators are harmed by distressing content",
            "Reading many posts on self-harm",
            "High",
            "Medium",
            "Supervision and limits on daily annotation",
        ),
    ),
    not_taken="We considered informing each account holder by direct message. We have not done so because it would mean identifying and contacting minors about self-harm, which the ethics committee advised against. We also considered excluding accounts with a self-reported age under 16, but this would remove the group the project is mainly about.",
    residual="Despite these measures, we consider the risk to the young people whose posts are collected to remain high, mainly because of the sensitivity of the topic and the absence of individual information.",
    proc=Proc(
        "Arktisk Datasenter AS",
        "operator of the secure research platform",
        "org. no. 914 552 630, Tromsø",
        Person("Vegard Moen", "Service Manager", "+47 77 60 31 18", "vegard.moen@arktiskdata.no"),
    ),
)

C_CLASS = Topic(
    key="c_class",
    title="CLASSMIND: multimodal learning analytics in primary school classrooms",
    short="CLASSMIND (classroom video, audio and eye tracking)",
    summary="CLASSMIND will study how pupils in grades 5–7 pay attention and collaborate during mathematics lessons. In twelve classrooms in three municipalities, lessons will be recorded with room cameras and microphones for eight weeks, and about 60 pupils will also wear eye-tracking glasses in selected lessons. Some 280 pupils and 20 teachers are involved.",
    chapters=(
        (
            "2 Recruitment and consent",
            "Schools are recruited through the municipalities. Parents receive written information and give consent for their children; pupils are asked in age-appropriate language and can refuse at any time. Pupils without consent are seated outside the cameras' field of view and do not wear eye trackers.",
        ),
        (
            "3 Recording in the classroom",
            "Two cameras and four microphones record the whole lesson. Eye-tracking glasses record what the pupil looks at, pupil dilation and a video from the pupil's perspective. Recordings are made in up to 16 lessons per class.",
        ),
        (
            "4 Storage and analysis",
            "Recordings are transferred daily from the school to the university's secure storage. {storage} Faces in the room video are detected and tracked to link attention to seating; they are not matched against any register.",
        ),
        (
            "5 Access and sharing",
            "Only the eight project researchers have access to raw recordings. De-identified feature data (gaze patterns, speaking time) may be shared with the partner university in Tampere under a data sharing agreement. Video will never be shared.",
        ),
    ),
    storage="The eye-tracking data are processed in the analysis software of {org} in Finland, which acts as our processor, and returned to us; {org} deletes them after processing. Contact at {org}: {person}, {title}, {phone}, {email}. Raw video is deleted three years after the end of the project.",
    necessity="Research on attention in classrooms has mostly used questionnaires or an adult observer in the room, which changes the situation. Multimodal recording is the only way to study attention and collaboration as they happen. We considered recording only audio, or only eye tracking, but neither allows us to study interaction between pupils. We have limited recording to mathematics lessons and to eight weeks.",
    balancing="The legal basis is Article 6(1)(e) and section 8 of the Personal Data Act for research, with consent from parents as an ethical safeguard rather than as the legal basis. Eye-tracking data can reveal health information, such as reading difficulties or ADHD, and may thus be special category data (Article 9(2)(j)). We have weighed the value of the research against the intrusion of recording children in a setting they cannot leave, and consider it proportionate because of the time limit, the right to refuse, and strict access control.",
    rights="Parents and pupils receive information in writing and at a meeting at school. Pupils can withdraw at any time, including during a lesson, and data already collected will then be deleted where possible. A contact person at each school passes on questions.",
    risks=(
        Risk(
            "Pupils who do not take part are recorded",
            "Seating mistakes",
            "Medium",
            "Medium",
            "Seating plan checked before each lesson; affected segments deleted",
        ),
        Risk(
            "Recordings reveal information about health or family",
            "Pupils talk about private matters",
            "Medium",
            "High",
            "Transcripts pseudonymised; sensitive segments deleted",
        ),
        Risk(
            "Teachers are evaluated on the basis of the data",
            "Municipalities ask for results per class",
            "Low",
            "High",
            "No results reported per teacher or class",
        ),
        Risk(
            "Eye-tracking data transferred outside the EEA",
            "Sub-processors of the vendor",
            "Low",
            "Medium",
            "Agreement limiting processing to the EU",
        ),
    ),
    not_taken="We considered blurring all faces in the room video at source, but this would make it impossible to link gaze and speech to pupils.",
    residual="Because the data subjects are children recorded over eight weeks, we consider the residual risk to be high.",
    proc=Proc(
        "Gazewise Oy",
        "vendor of the eye-tracking analysis software",
        "Business ID 2984417-3, Espoo",
        Person(
            "Juha Lehtinen",
            "Research Partnerships Lead",
            "+358 9 4245 6610",
            "juha.lehtinen@gazewise.fi",
        ),
    ),
)

C_MIND = Topic(
    key="c_mind",
    title="ARCTIC-MIND: smartphone passive sensing to predict depressive relapse in students",
    short="ARCTIC-MIND (passive smartphone sensing)",
    summary="ARCTIC-MIND will follow, for twelve months, 400 students who have been treated for depression at the student health service. An app on their phones will collect passive data – location, physical activity, screen use, the frequency of calls and messages (not their content) and typing speed – and short weekly questionnaires. The aim is to develop a model that predicts relapse early.",
    chapters=(
        (
            "2 The app and what it collects",
            "The app runs in the background and collects GPS location every 10 minutes, step counts, screen on/off, the number and duration of calls and messages, and keyboard timing (not what is typed). Participants answer the PHQ-9 questionnaire every week.",
        ),
        ("3 Transfer and storage", "{storage}"),
        (
            "4 Analysis and access",
            "Data are analysed in the university's secure environment by the project group (five researchers). Location is converted into features (time at home, number of places visited) within the app before upload; raw coordinates are kept only for a validation subsample of 50 participants who have given separate consent.",
        ),
        (
            "5 Feedback to participants",
            "Participants do not receive predictions during the study. If the weekly questionnaire shows severe symptoms or suicidal thoughts, the participant is contacted by a clinician the same day, as agreed in the consent.",
        ),
    ),
    storage="The app and the data collection platform are provided by {org} in the United Kingdom, which acts as our processor; data are transferred under the UK adequacy decision and held in the UK for up to 30 days before transfer to the university. Contact at {org}: {person}, {title}, tel. {phone}, email {email}.",
    necessity="Relapse after depression is common, and early signs are often missed because follow-up appointments are months apart. Passive sensing has shown promise in small studies but needs larger and longer samples. We considered questionnaires alone, but they depend on participants answering when they are at their worst. We have reduced location data to features on the phone for all but a small validation group.",
    balancing="The legal basis is consent under Article 6(1)(a) and explicit consent under Article 9(2)(a) for health data, and the project is approved by REK (ref. 2026/50210). Continuous tracking of students with a history of depression is a strong intrusion, and participants may feel obliged to take part because they are recruited through their health service. We have therefore separated recruitment from treatment: the invitation comes from the research team, and treatment is not affected by refusal. We consider the intrusion proportionate given the potential benefit and the safeguards.",
    rights="Participants can pause data collection at any time in the app, withdraw, and have their data deleted. They can see a summary of their own data on request.",
    risks=(
        Risk(
            "Location data reveal sensitive places",
            "Raw GPS kept for the validation group",
            "Medium",
            "High",
            "Separate consent; coordinates deleted after validation",
        ),
        Risk(
            "A participant in crisis is not followed up",
            "Questionnaire not read in time",
            "Low",
            "Very high",
            "Automatic alert to the on-call clinician",
        ),
        Risk(
            "Data breach at the vendor",
            "Attack on the platform",
            "Low",
            "High",
            "Encryption; 30-day limit; audit",
        ),
        Risk(
            "Participants feel pressure to continue",
            "Relationship with the health service",
            "Medium",
            "Medium",
            "Independent recruitment; easy withdrawal",
        ),
    ),
    not_taken="We considered doing all analysis on the phone (federated learning), but the method is not mature enough for our research questions.",
    residual="We consider the residual risk to be high given the vulnerability of the group and the continuous nature of the data.",
    proc=Proc(
        "Sensa Research Ltd",
        "provider of the app and collection platform",
        "Company no. 10977342, London",
        Person(
            "Priya Nair",
            "Head of Research Operations",
            "+44 20 3966 2417",
            "priya.nair@sensaresearch.co.uk",
        ),
    ),
)

C_GEN = Topic(
    key="c_gen",
    title="GENWORK: linking biobank genotypes with national registry data on sick leave and disability",
    short="GENWORK (biobank genotypes and registry linkage)",
    summary="GENWORK will link genotype data for about 45,000 participants in the Nordkyst Health Study biobank with registry data from NAV on sick leave, disability benefit and work assessment allowance for 1995–2026, and with education and income data from Statistics Norway.",
    chapters=(
        (
            "2 Data sources",
            "Genotype data (about 650,000 markers per person) from the biobank; NAV registry data on periods of sick leave with diagnosis codes, disability benefit and work assessment allowance; Statistics Norway data on education and income. Participants consented to the biobank in 2006–2008 under a broad consent for health research.",
        ),
        (
            "3 Linkage",
            "Linkage is performed by Statistics Norway using national identity numbers. The project receives a file with a project-specific ID; the key is held by Statistics Norway.",
        ),
        ("4 Storage and analysis", "{storage}"),
        (
            "5 Results",
            "Results will be published as aggregated statistics (genetic correlations, polygenic scores at group level). No individual results will be returned.",
        ),
    ),
    storage_plain="Data are stored and analysed in a secure environment approved for sensitive data. Only the four researchers in the project have access. Data will be deleted by the end of 2031.",
    legal_bare="Legal basis: Article 6(1)(e) and Article 9(2)(j) GDPR, cf. section 8 of the Personal Data Act and the Health Research Act.",
    risks=(
        Risk(
            "Re-identification from genotype data",
            "Genotypes are unique to each person",
            "Medium",
            "Very high",
            "Only pseudonymised data; no genotype data leave the secure environment",
        ),
        Risk(
            "Results used to discriminate against groups in working life",
            "Misinterpretation of polygenic scores",
            "Low",
            "High",
            "Careful communication; no individual scores",
        ),
        Risk(
            "Linkage goes beyond what participants consented to",
            "Broad consent from 2006",
            "High",
            "High",
            "REK assessment; information on the study website",
        ),
        Risk(
            "Data breach",
            "Attack on the secure environment",
            "Low",
            "Very high",
            "Certified environment; access logging",
        ),
    ),
    not_taken="We considered asking all participants for new consent, but many have moved or died, and the response rate would make the results unreliable.",
    residual="We consider the residual risk high because the linkage combines genetic data with detailed social and health data.",
)

# --- G: NordHaul Logistics AS ---------------------------------------------------------------

G_CAM = Topic(
    key="g_cam",
    title="In-cab driver monitoring cameras with AI fatigue and distraction detection",
    short="in-cab driver monitoring cameras",
    summary="NordHaul Logistics AS operates 310 heavy goods vehicles from nine terminals in Norway, with about 420 employed drivers and 60 drivers from subcontractors. We plan to install a dual-facing camera in every cab, with one lens facing the road and one facing the driver. An AI model in the unit detects signs of fatigue (eye closure, yawning), phone use, smoking and a missing seat belt, and alerts the driver in real time.",
    chapters=(
        (
            "Camera unit",
            "The unit is mounted on the windscreen. The road-facing camera records continuously to a loop memory of 48 hours. The driver-facing camera is analysed in the unit; video is stored only when an event is detected (10 seconds before and after). Audio is not recorded.",
        ),
        (
            "Event detection and in-cab alerts",
            "When the model detects an event, the unit gives an audible alert to the driver. Clips of the event are uploaded to the cloud platform together with speed, position and G-force.",
        ),
        (
            "Review by the safety team",
            "Two safety coaches review uploaded clips within 48 hours. They decide whether to coach the driver and discuss the clip with the driver in a one-to-one meeting. Clips are not shown to other drivers.",
        ),
        ("Cloud platform and retention", "{storage}"),
        (
            "Reporting",
            "Terminal managers receive monthly statistics per terminal. Driver-level scores are not shown to managers; only the safety coaches see them.",
        ),
    ),
    storage="The cloud platform is operated by {org} in Dublin, our processor, with data stored in the EU. Event clips are deleted after 90 days unless linked to an accident or an insurance claim. Our contact at {org} is {person}, {title}, {phone}, {email}.",
    necessity="Fatigue is a factor in about one in five serious accidents involving heavy vehicles in Norway. In 2025 we had 14 collisions, two with serious injuries, and in at least five the investigation pointed to distraction or fatigue. Training and rest-time management based on the tachograph have not been enough. We considered wristbands that measure sleep and rejected them as more intrusive. We have chosen a system where driver-facing video is stored only when an event occurs, not continuously, and where there is no live view.",
    balancing="Our legal basis is Article 6(1)(f), a legitimate interest in road safety and in the safety of our drivers, together with our duties under the Working Environment Act. We have weighed this against the drivers' interest in not being monitored in what is, for long-haul drivers, also their living space during breaks. To limit the intrusion, the driver-facing camera is switched off when the vehicle is parked and the driver is on a break, clips are reviewed only by the safety team, and the data are not used for disciplinary purposes except in cases of gross negligence, as agreed with the union. The system has been discussed with employee representatives under chapter 9 of the Working Environment Act.",
    rights="Drivers receive written information, a session at each terminal and a copy of the agreement with the union. They can see all their own clips in the driver app and comment on them. Subcontractor drivers are informed by their employer and by a sticker in the cab.",
    risks=(
        Risk(
            "Drivers feel constantly watched",
            "Driver-facing camera during work",
            "High",
            "High",
            "No live view; camera off during breaks; clips only on events",
        ),
        Risk(
            "Clips are used in disciplinary cases",
            "Managers request clips",
            "Medium",
            "High",
            "Agreement with the union; access only for safety coaches",
        ),
        Risk(
            "False fatigue detections",
            "Sunglasses, glare, darker skin tones",
            "Medium",
            "Medium",
            "Clips reviewed by people before any follow-up",
        ),
        Risk(
            "Clips of private activities during breaks",
            "Camera not switched off",
            "Low",
            "High",
            "Automatic switch-off when the parking brake is on; monthly test",
        ),
        Risk(
            "Transfer to the vendor's US parent company",
            "Support access",
            "Low",
            "Medium",
            "Support from the EU only; contractual restrictions",
        ),
    ),
    not_taken="We considered a system with no stored driver-facing video at all, giving only in-cab alerts. We decided against it because coaching depends on seeing the situation, but we will evaluate it after a year.",
    residual="We still consider the risk to drivers' privacy high, because the camera monitors them throughout every working day.",
    proc=Proc(
        "RoadSight Ltd",
        "provider of the camera units and cloud platform",
        "Company no. 612874, Dublin",
        Person(
            "Conor Walsh", "Customer Success Manager", "+353 1 443 8120", "conor.walsh@roadsight.ie"
        ),
    ),
)

G_ALCO = Topic(
    key="g_alco",
    title="Alcohol interlocks with driver photo identification in all vehicles",
    short="alcohol interlocks with photo identification",
    summary="The request concerns alcohol interlocks with a camera in all our trucks.",
    necessity="Two of our drivers were stopped by the police with alcohol in their blood in 2025, one of them after a near-collision with a school bus. Random testing at terminals catches few, since most drivers start from home or from customers' premises. An interlock without identification can be circumvented by asking someone else to blow. We considered random testing only, and interlocks without a camera, and have concluded that the camera is necessary for the interlock to work.",
    balancing="The legal basis is Article 6(1)(c) and (f), together with section 9-4 of the Working Environment Act on control measures involving medical examinations. Breath alcohol results are health data (Article 9(2)(b)). Testing every time the vehicle starts is a significant intrusion; we have weighed it against the risk of serious accidents and consider it proportionate because only failed tests are reported to the company and passed tests are deleted after 24 hours.",
    rights="Drivers receive written information and training, and the scheme has been agreed with the union. Drivers can see their own test history in the app.",
    risks=(
        Risk(
            "A failed test is wrongly attributed to the driver",
            "Another person blows while the driver is in the photo",
            "Low",
            "High",
            "Photo taken during the test; manual review of failed tests",
        ),
        Risk(
            "Test results are used beyond safety purposes",
            "HR uses the history in other cases",
            "Low",
            "High",
            "Agreement with the union; access only for the HSE manager",
        ),
        Risk(
            "Mouthwash or medication gives a false positive",
            "Low thresholds",
            "Medium",
            "Medium",
            "Retest after 15 minutes; no report on a first failed test",
        ),
        Risk(
            "Photos of drivers are stored too long",
            "Vendor retention",
            "Low",
            "Medium",
            "Photos of passed tests deleted after 24 hours",
        ),
    ),
    not_taken="We considered reporting all results to the company for statistics, but chose not to.",
    residual="We consider the residual risk to drivers high because every start of the vehicle involves a health test and a photo.",
    proc=Proc(
        "BlowSafe Nordic AB",
        "supplier of the interlocks and the reporting service",
        "org. no. 556877-3120, Gothenburg",
        Person(
            "Erik Nyström", "Key Account Manager", "+46 31 701 55 20", "erik.nystrom@blowsafe.se"
        ),
    ),
)

G_WAREHOUSE = Topic(
    key="g_warehouse",
    title="Wearable scanners with performance tracking in the Gardermoen warehouse",
    short="wearable scanners in the Gardermoen warehouse",
    summary="Our warehouse at Gardermoen employs 180 warehouse workers and 40–60 temporary workers. We plan to replace handheld scanners with ring scanners and wrist units that guide picking. The system measures pick rate, idle time and walking routes for each worker and gives real-time feedback on the wrist unit.",
    chapters=(
        (
            "Ring scanner and wrist unit",
            "The worker logs on at the start of the shift. The wrist unit shows the next order line and confirms each scan. It records the time of every scan and every pause longer than three minutes.",
        ),
        (
            "Indoor positioning",
            "Beacons in the ceiling determine which aisle the worker is in. Positions are recorded every 30 seconds. Positioning is switched off in break rooms and toilets.",
        ),
        (
            "Performance dashboard",
            "Team leaders see each worker's pick rate for the current shift compared with the target. Workers see their own rate on the wrist unit.",
        ),
        ("Storage and retention", "{storage}"),
    ),
    storage="The platform is provided by {org} in Hamburg, our processor. Scan data and positions are deleted after 60 days, aggregated performance data after 12 months. Contact at {org}: {person}, {title}, {phone}, {email}.",
    necessity="Customer volumes have doubled since 2022, and our picking error rate is three times the group's target. Handheld scanners slow workers down and cause strain injuries. The wrist units are primarily a working tool; the performance tracking comes with the platform. We have switched off several features – ranking lists, individual productivity history beyond 60 days and positioning during breaks – to limit the monitoring.",
    balancing="Our legal basis is Article 6(1)(f) and chapter 9 of the Working Environment Act. Continuous measurement of pick rate and position can create stress and is a form of control of employees. We have weighed this against efficiency and accuracy, and consider the processing proportionate with the features switched off, the short retention, and the agreement with employee representatives that the data will not be used for individual performance sanctions.",
    rights="Workers are informed at onboarding and on posters in the warehouse. They can see their own data on the wrist unit and request a full copy. Temporary workers receive the same information through the staffing agency.",
    risks=(
        Risk(
            "Workers are pressured by the real-time pick rate",
            "Target shown on the wrist unit",
            "High",
            "High",
            "Target hidden by default; no ranking lists",
        ),
        Risk(
            "Data are used in dismissal cases",
            "Managers use the history",
            "Medium",
            "High",
            "Agreement with the union; 60-day retention",
        ),
        Risk(
            "Positions reveal toilet visits and breaks",
            "Beacons near toilets",
            "Medium",
            "Medium",
            "Positioning off in break areas",
        ),
        Risk(
            "Temporary workers are not informed",
            "The agency does not pass information on",
            "Medium",
            "Medium",
            "Information at the first shift from the team leader",
        ),
    ),
    not_taken="We considered disabling individual pick rates entirely and showing only team rates, but the operations department decided against it.",
    residual="We consider the residual risk high, given the intensity of the monitoring and the position of temporary workers.",
    proc=Proc(
        "Pickbeat GmbH",
        "provider of the wearables platform",
        "HRB 167233, Hamburg",
        Person("Lukas Brandt", "Customer Success Lead", "+49 40 6094 2215", "l.brandt@pickbeat.de"),
    ),
)

G_FINGER = Topic(
    key="g_finger",
    title="Fingerprint-based time and attendance at our terminals",
    short="fingerprint time and attendance",
    summary="We plan to replace access cards for clocking in and out at our nine terminals with fingerprint readers. About 500 employees and temporary workers will use the system. The readers will also control access to the terminal buildings.",
    chapters=(
        (
            "Enrolment",
            "An employee places a finger on the reader three times at enrolment. A template is created and stored on the reader; the fingerprint image is not stored.",
        ),
        (
            "Clocking in and access",
            "When the employee places a finger on the reader, the template is compared locally, and the clock-in time is sent to the payroll system with the employee number.",
        ),
        ("Storage", "{storage}"),
    ),
    storage_own="We do not use a processor: the readers are bought, installed and operated by our own IT department, and templates are stored only on the readers at each terminal, encrypted. Clock-in data are stored in our payroll system, which we run on our own servers. Templates are deleted when employment ends.",
    necessity="Buddy punching – colleagues clocking in for each other – has been documented at three terminals and has led to disputes about overtime pay. Access cards are lent out. We considered PIN codes and photos at clock-in; PIN codes are also shared, and photos would require manual checks. Fingerprints are the least intrusive method that solves the problem. Employees who do not wish to use fingerprints can use a card combined with a photo check.",
    balancing="Biometric data used to identify employees require an exception under Article 9(2). We rely on Article 9(2)(b), obligations in employment law, for working-time records, and we recognise that it is uncertain whether this covers biometrics in the absence of a specific legal provision; the alternative, explicit consent under Article 9(2)(a), is difficult in an employment relationship. The balance of interests under Article 6(1)(f) favours the processing in our assessment because templates remain on the reader and alternatives are offered, but the uncertainty about the legal basis is one reason for this request.",
    rights="Employees receive information and can choose a card with a photo check instead. They can ask for their template to be deleted at any time.",
    risks=(
        Risk(
            "Templates are stolen from a reader",
            "Physical theft",
            "Low",
            "High",
            "Encrypted storage; tamper detection",
        ),
        Risk(
            "Employees feel pressured to enrol",
            "The alternative is seen as cumbersome",
            "Medium",
            "Medium",
            "Alternative equally quick",
        ),
        Risk(
            "Clock-in data are used to monitor employees beyond pay",
            "Managers analyse patterns",
            "Medium",
            "Medium",
            "Agreement with the union",
        ),
        Risk(
            "Readers fail for some employees",
            "Worn fingerprints",
            "Medium",
            "Low",
            "Alternative available",
        ),
    ),
    not_taken="We considered storing templates on a smart card held by the employee, but the readers we have chosen do not support it.",
    residual="Because of the uncertainty about the legal basis and the biometric nature of the data, we consider the residual risk high.",
)
