# ruff: noqa: E501
"""Sender J: Hollowpine Games AS, an Oslo game studio with many young players (en).

Habits: informal English; DPIAs written in Confluence and exported to PDF, with plain-English
question headings («What are we doing?»); contacts in the mail signature plus a line for the
external DPO; management approval as a written board resolution signed electronically (BankID
e-signing print); the privacy lead forwards internal threads.
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import Label, message, to_pdf, txt, when

FROM = "Priya Nair <priya.nair@hollowpine.com>"
SIGN = txt(
    """
    Cheers,
    Priya

    Priya Nair
    Privacy Lead / Head of Trust & Safety
    Hollowpine Games AS – Akersgata 55, 0180 Oslo – org. no. 926 118 490
    +47 925 13 870 | priya.nair@hollowpine.com
    Our DPO: Ola Brekken, Brekken Privacy AS, +47 413 55 092, ola@brekkenprivacy.no
    """
)
TOPICS = {
    "c019": "voice_chat_moderation",
    "c039": "facial_age_estimation",
    "c059": "offer_personalisation_minors",
    "c020": "parental_dashboard",
    "c040": "vr_eye_tracking",
    "c060": "kernel_anticheat",
}


def confluence(title: str, body: str) -> bytes:
    return to_pdf(
        f"""
# {title}

Hollowpine Games AS · Confluence › Trust & Safety › DPIAs · Owner: Priya Nair

{body}
""",
        title=title,
    )


def resolution(date: str, title: str, text: str) -> bytes:
    return to_pdf(
        f"""
# Written board resolution

Hollowpine Games AS (org. no. 926 118 490)

Date: {date}

## {title}

{text}

This resolution is adopted by written procedure in accordance with the Norwegian Private Limited Liability Companies Act § 6-20.

| Board member | Signed
| Ingrid Hjelle (Chair) | Signed electronically with BankID, {date}
| Mikkel Strand (CEO and board member) | Signed electronically with BankID, {date}
| Jonathan Reyes | Signed electronically with BankID, {date}

Document signed via Signeringsportalen. Verification ID: HP-{date.replace(" ", "")}-RES
""",
        title="Written board resolution",
    )


def c019() -> tuple[EmailMessage, Label]:
    doc = confluence(
        "DPIA – AI moderation of voice chat in Lumen Hollow",
        """
# Who to contact

Controller: Hollowpine Games AS. Contact: Priya Nair, +47 925 13 870, priya.nair@hollowpine.com. DPO: Ola Brekken (Brekken Privacy AS), +47 413 55 092, ola@brekkenprivacy.no. Processor: Sonara Safety Inc., EU entity Sonara Safety Ireland Ltd – contact Fiona Walsh, Data Protection Manager, +353 1 901 4420, fiona.walsh@sonara.ai.

# What are we doing?

Lumen Hollow has 3.2 million monthly players; we estimate 35 % are 13–17 (the game is rated 12+). Voice chat in squads is where most grooming and harassment reports come from, and we can't act on reports today because we have no evidence. We will send voice chat audio to Sonara's AI, which listens in near real time and flags likely harassment, hate speech, sexual content directed at minors and grooming patterns. Flagged clips (max 60 seconds, incl. the 30 seconds before) are stored for 30 days and reviewed by our moderators in Oslo. Unflagged audio is discarded within seconds and never stored. Processing in Sonara's EU region (Ireland); support access from the US under SCCs with additional measures.

# Why is it necessary and proportionate?

Legal basis: Art. 6(1)(f) (protecting players, especially children) and our duty under the Digital Services Act to act on illegal content. We tried: (1) text-only moderation – doesn't cover voice; (2) player reports only – no evidence; (3) turning voice chat off for under-18s – tested in one region; players moved to Discord, where we can't protect them at all. What we do to protect players' rights: voice chat is off by default for under-16s and can be switched on only with a parent's approval; everyone is told in-game that voice is moderated (a small icon in the squad UI); moderators never hear unflagged audio; players get a notice and can appeal any sanction; we share clips with police only when there's a child-safety case.

# What could go wrong?

| Risk to players | Likelihood | Severity | What we do | Residual
| Children's voices recorded and stored at a third party | High | High | Only flagged clips kept, 30 days, EU storage | Medium
| False flags (dialects, slang, non-native English) lead to bans | Medium | High | Human review before any ban; appeals | Medium
| US access to audio (support) | Low | High | SCCs, encryption, access logging, no routine access | Medium
| Chilling effect on normal conversation between friends | Medium | Medium | Clear info; no moderation in 1:1 friend calls | Low
| Clips used to train Sonara's models | Low | Medium | Contract: no training on our data | Low

Things we considered but didn't do: voiceprint-based identification of repeat offenders (too intrusive); moderating 1:1 calls between friends (disproportionate).

# Sign-off

Board resolution of 2 November 2026 (attached). The board discussed this DPIA in its meetings on 15 October and 29 October before adopting the resolution.
""",
    )
    res = resolution(
        "2 November 2026",
        "Approval of DPIA – AI moderation of voice chat",
        """The board has reviewed the DPIA (v1.3) presented by the Privacy Lead at the board meetings of 15 and 29 October 2026, including the DPO's advice, feedback from our player council (incl. parents) and from the Norwegian Media Authority's guidance on age ratings. The residual risk for children's voice data and for false flags remains high.

Resolved: The DPIA is approved. The company shall request prior consultation with Datatilsynet before launching AI voice moderation.""",
    )
    body = (
        txt(
            """
        Hi Datatilsynet,

        Hollowpine Games AS would like to request prior consultation under Article 36 for AI moderation of voice chat in our game Lumen Hollow. The DPIA (exported from Confluence) and the signed board resolution are attached.

        Sorry for writing in English – our team works in English. Happy to meet in Norwegian if that's easier.
        """
        )
        + "\n"
        + SIGN
    )
    msg = message(
        "N019",
        FROM,
        "Prior consultation request – AI voice chat moderation (Lumen Hollow)",
        when(11, 4, 17, 2),
        body,
        attachments=[
            ("DPIA - AI moderation of voice chat.pdf", doc),
            ("Board resolution 2026-11-02 signed.pdf", res),
        ],
    )
    return msg, Label(
        "en",
        (
            "game_studio",
            "children",
            "audio_recording",
            "new_technology_ai",
            "third_country_risk",
            "questions_as_headings",
            "dpia_report_pdf",
            "contact_signature",
            "processor_contact_in_dpia_text",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_board_resolution_esigned",
        ),
        "pgp_mime",
        True,
        "used",
        "complete: contacts in signature and DPIA incl. processor Sonara; alternatives tried and player safeguards; risk table with residual and measures not taken; e-signed written board resolution",
    )


def c039() -> tuple[EmailMessage, Label]:
    doc = confluence(
        "DPIA – facial age estimation for chat and marketplace",
        """
# Who to contact

See Priya's e-mail signature. Processor: Agewise Ltd (UK), contact Daniel Okafor, Partnerships, +44 20 4578 2210, daniel.okafor@agewise.io.

# What are we doing?

Players who want to unlock open text chat with strangers or the player-to-player marketplace will have to prove they are 18+. They can choose: (a) BankID via our ID partner (Norway/Nordics only), or (b) facial age estimation – a short selfie video analysed by Agewise Ltd (processor), which returns «likely over 18 / not» and deletes the video immediately. No identity is established; no template is stored. Expected: 400 000 checks/year across Europe; many of those attempting will be under 18.

# Why is it necessary and proportionate?

We need a reliable age gate for features that expose children to contact from adults and to financial risk. Self-declaration is useless (we see 14-year-olds clicking «I'm 18»). Document upload is more intrusive and excludes kids' parents who don't want to share passports with a game studio. Face estimation gives a choice, keeps no identity and no image. Players are told exactly what happens before the camera starts; anyone estimated as under 18 can use BankID or ask for manual review; the result is stored only as «18+ verified: yes/no» and date.

# What could go wrong?

| Risk | Likelihood | Severity | Measures | Residual
| Children scan their faces (biometric processing of minors) | High | Medium | No storage, no identification, instant deletion | Medium
| Estimation less accurate for some skin tones and ages near 18 | Medium | High | Buffer (must estimate 21+), alternatives, manual review | Medium
| Video intercepted or kept by processor | Low | High | Encryption, deletion audited, contract | Low
| Players feel forced into face scan | Medium | Medium | BankID and manual review offered | Low

Not done: document + selfie match (too intrusive for the purpose); estimation for all players at sign-up (disproportionate).

# Sign-off

Pending – the board will review this DPIA at its December meeting.
""",
    )
    body = (
        txt(
            """
        Hi,

        Attached is our DPIA for facial age estimation, and we'd like to request prior consultation on it.

        Heads-up: board sign-off is still pending – the board meets on 8 December, and I'll send the signed resolution right after. Given your 8-week timeline we didn't want to wait.
        """
        )
        + "\n"
        + SIGN
    )
    msg = message(
        "N039",
        FROM,
        "Prior consultation – facial age estimation (board sign-off pending)",
        when(11, 18, 11, 36),
        body,
        attachments=[("DPIA - facial age estimation.pdf", doc)],
    )
    return msg, Label(
        "en",
        (
            "game_studio",
            "children",
            "biometrics",
            "questions_as_headings",
            "dpia_report_pdf",
            "contact_signature",
            "processor_contact_in_dpia_text",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_will_follow",
        ),
        "none",
        True,
        "used",
        "ordinary deferral: the board's sign-off is «pending» until 8 December; contacts and DPIA content present",
        (5,),
    )


def c059() -> tuple[EmailMessage, Label]:
    doc = confluence(
        "DPIA – personalised in-game offers",
        """
# Who to contact

Priya Nair (Privacy Lead), +47 925 13 870, priya.nair@hollowpine.com. DPO: Ola Brekken, +47 413 55 092, ola@brekkenprivacy.no. Processor: Monetiq Ltd.

# What are we doing?

The in-game shop will show personalised bundles based on play style, spending history (amount, frequency, time of day), session length and responses to earlier offers. Monetiq Ltd (processor) runs the recommendation model on our data in the EU. All players, including 13–17-year-olds, who make up about a third of paying players.

# Why is it necessary and proportionate?

Personalised offers are how the game is financed. Following our DPO's advice we've set hard limits for players under 18: no offers based on spending history or time of day; no countdown timers or «last chance» offers; a monthly spending cap that parents can lower; no offers shown after 22:00. Adults can switch personalisation off in settings. Players can see why an offer was shown («Because you play support roles»).

# What could go wrong?

| Risk | Likelihood | Severity | Measures | Residual
| Minors nudged into spending beyond their means | High | High | Under-18 rules above, spending cap | Medium
| Age data wrong (kids registered as adults) | High | Medium | Age assurance for marketplace; behavioural age signals reviewed | High
| Profiles used for other purposes (selling data) | Low | High | Contract, no data sharing | Low

Not done: turning off personalisation entirely for minors (revenue impact; revisit after 6 months of data).

# Sign-off

Written board resolution of 9 November 2026 (attached to Priya's mail).
""",
    )
    res = resolution(
        "9 November 2026",
        "Approval of DPIA – personalised in-game offers",
        """The board discussed the DPIA at its meetings on 15 October and 29 October 2026 with the DPO's advice and input from the player council. The residual risk that minors are nudged into spending remains high.

Resolved: The DPIA is approved, and the company shall request prior consultation with Datatilsynet.""",
    )
    inner = message(
        "N059i",
        FROM,
        "Personalised offers – DPIA + signed resolution for Datatilsynet",
        when(11, 10, 18, 20),
        txt(
            """
            Hi all,

            Resolution is signed by everyone – thanks! Attaching the final DPIA and the signed resolution. I'll send both to Datatilsynet this week as a prior consultation request.

            Priya
            """
        ),
        attachments=[
            ("DPIA - personalised offers.pdf", doc),
            ("Board resolution 2026-11-09 signed.pdf", res),
        ],
        to="board@hollowpine.com",
    )
    body = (
        txt(
            """
        Hello,

        Forwarding our internal mail to the board with everything attached: Hollowpine Games AS requests prior consultation on personalised in-game offers (DPIA + signed board resolution in the forwarded mail).
        """
        )
        + "\n"
        + SIGN
    )
    msg = message(
        "N059",
        FROM,
        "Fwd: Personalised offers – DPIA + signed resolution for Datatilsynet",
        when(11, 12, 9, 30),
        body,
        forwarded=("Personalised offers - DPIA + signed resolution.eml", inner),
    )
    return msg, Label(
        "en",
        (
            "game_studio",
            "children",
            "profiling",
            "forwarded_rfc822",
            "questions_as_headings",
            "dpia_report_pdf",
            "contact_signature",
            "p1_processor_named_no_contact",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_board_resolution_esigned",
        ),
        "none",
        True,
        "used",
        "everything is inside a forwarded internal mail; the processor Monetiq Ltd is named with no contact person, phone or e-mail anywhere",
        (1,),
    )


def c020() -> tuple[EmailMessage, Label]:
    doc = confluence(
        "DPIA – Family Hub (parental dashboard)",
        """
# Who to contact

Priya Nair, +47 925 13 870, priya.nair@hollowpine.com. DPO: Ola Brekken, Brekken Privacy AS, +47 413 55 092, ola@brekkenprivacy.no. Processor: Cloudnest Europe GmbH (hosting), contact Lena Vogt, Customer Privacy, +49 30 2201 8870, lena.vogt@cloudnest.eu.

# What are we doing?

Family Hub lets parents link their account to their child's account (13–17) and see: playtime per day, times of day played, spending, who is on the child's friend list, and chat reports involving the child. Parents can set time limits and spending caps and turn off voice/text chat. Linking requires that the child accepts the invitation in the game. Data hosted by Cloudnest Europe GmbH (processor) in Frankfurt.

# Why is it necessary and proportionate?

Parents and the Consumer Council have asked for tools to control playtime and spending. But teenagers have their own right to privacy (Art. 8 GDPR and the Convention on the Rights of the Child). So we show parents friend lists only as number of friends and whether they're «known from school/club» tagged by the child – not names; we never show chat content; the child sees exactly what the parent sees, and gets a notice every time the parent changes a setting; 16–17-year-olds can unlink after 14 days' notice to the parent. Everything is opt-in.

# What could go wrong?

| Risk to the child | Likelihood | Severity | Measures | Residual
| Over-monitoring by parents harms trust and the child's development | Medium | High | Limited data; child sees same view; notices | Medium
| Wrong adult links to a child (fake parent) | Low | Very high | Child must accept; BankID for the parent; support check | Medium
| Child in a violent home is monitored by abuser | Low | Very high | Child can ask support to unlink confidentially; help links | Medium
| Data breach at host | Low | High | Encryption, EU hosting | Low

Considered, not done: showing chat content to parents (strongly rejected by the player council); automatic linking for under-13s (the game is 12+ but we don't want to process data about under-13s at all).

# Sign-off

Board resolution of 27 October 2026 (attached); the board had the DPIA on its agenda on 24 September and 22 October.
""",
    )
    res = resolution(
        "27 October 2026",
        "Approval of DPIA – Family Hub",
        """The board reviewed the DPIA at its meetings of 24 September and 22 October 2026, including the summary of findings, the DPO's advice, input from the player council and from a parents' focus group, and the Ombudsperson for Children's public guidance. Residual risks for children in violent homes remain high.

Resolved: The DPIA is approved, and Hollowpine shall request prior consultation with Datatilsynet.""",
    )
    body = (
        txt(
            """
        Hi Datatilsynet,

        We're requesting prior consultation for «Family Hub», a parental dashboard in Lumen Hollow. DPIA and signed board resolution attached.
        """
        )
        + "\n"
        + SIGN
    )
    msg = message(
        "N020",
        FROM,
        "Request for prior consultation – Family Hub",
        when(11, 3, 16, 12),
        body,
        attachments=[
            ("DPIA - Family Hub.pdf", doc),
            ("Board resolution 2026-10-27 signed.pdf", res),
        ],
    )
    return msg, Label(
        "en",
        (
            "game_studio",
            "children",
            "questions_as_headings",
            "dpia_report_pdf",
            "contact_signature",
            "processor_contact_in_dpia_text",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_board_resolution_esigned",
        ),
        "none",
        True,
        "used",
        "complete: contacts in DPIA and signature incl. processor; child's own rights weighed with limits; risk table; e-signed board resolution",
    )


def c040() -> tuple[EmailMessage, Label]:
    doc = confluence(
        "DPIA – eye tracking in Lumen Hollow VR",
        """
# Who to contact

Priya Nair, +47 925 13 870, priya.nair@hollowpine.com. DPO: Ola Brekken, +47 413 55 092, ola@brekkenprivacy.no. Processor: Gazeworks Oy (analytics), contact Mikko Laine, +358 50 338 7712, mikko.laine@gazeworks.fi.

# What are we doing?

The VR version of Lumen Hollow (headsets with eye tracking) will use gaze data for foveated rendering (sharper image where you look) and for «eye contact» of avatars in multiplayer. We'd also like to send aggregated gaze heatmaps per level to Gazeworks Oy (processor, Finland) to improve level design. Gaze data can reveal attention, interest, fatigue and possibly health conditions. The VR version is rated 13+.

# Why is it necessary and proportionate?

Foveated rendering happens on the headset and nothing leaves the device. Avatar eye contact sends only a direction vector to other players in the session, not stored. Heatmaps are aggregated per level across at least 500 sessions before leaving our servers; no individual gaze paths are kept. All eye-tracking features are off by default for under-18s and require an explicit opt-in for adults; players can see and delete their contribution.

# What could go wrong?

The risk assessment is being done in a workshop with Gazeworks and our DPO on 3 December. We'll send the risk section and the list of measures after that.

# Sign-off

Board resolution of 16 November 2026 (attached) approves the DPIA as it stands and the request.
""",
    )
    res = resolution(
        "16 November 2026",
        "Eye tracking in Lumen Hollow VR – DPIA and prior consultation",
        """The board reviewed the DPIA draft at its meetings on 29 October and 16 November 2026, with the DPO's advice and the player council's feedback. The board notes that the risk section will be completed after a workshop on 3 December.

Resolved: The DPIA as it stands is approved, and the company shall request prior consultation with Datatilsynet now, sending the risk section when ready.""",
    )
    body = (
        txt(
            """
        Hi,

        Please find attached Hollowpine's DPIA for eye tracking in our VR title, plus the signed board resolution. We're requesting prior consultation.

        The risk section isn't done yet – workshop on 3 Dec – it will follow.
        """
        )
        + "\n"
        + SIGN
    )
    msg = message(
        "N040",
        FROM,
        "Prior consultation – eye tracking in VR (risk section to follow)",
        when(11, 20, 13, 28),
        body,
        attachments=[
            ("DPIA - eye tracking VR.pdf", doc),
            ("Board resolution 2026-11-16 signed.pdf", res),
        ],
    )
    return msg, Label(
        "en",
        (
            "game_studio",
            "children",
            "biometrics",
            "questions_as_headings",
            "dpia_report_pdf",
            "contact_signature",
            "processor_contact_in_dpia_text",
            "part4_will_follow",
            "part5_board_resolution_esigned",
        ),
        "pgp_mime",
        True,
        "used",
        "the risk section is deferred to after a workshop on 3 December; contacts, description, necessity and the board resolution are present",
        (4,),
    )


def c060() -> tuple[EmailMessage, Label]:
    doc = confluence(
        "DPIA – kernel-level anti-cheat",
        """
# Who to contact

Priya Nair, +47 925 13 870, priya.nair@hollowpine.com. DPO: Ola Brekken, +47 413 55 092, ola@brekkenprivacy.no. Processor: Sentinel Play ApS (Copenhagen), contact Rasmus Kjær, Head of Compliance, +45 33 12 48 90, rk@sentinelplay.dk.

# What are we doing?

Cheating is ruining ranked matches. We want to deploy Sentinel Play's anti-cheat driver on PC. It runs at kernel level while the game is running and inspects memory of processes that interact with the game, lists running processes and loaded drivers, and collects hardware identifiers (to enforce bans). Suspicious findings are sent to Sentinel Play ApS (processor) for analysis. About 900 000 PC players, many of them teenagers on family computers.

# Why is it necessary and proportionate?

User-mode anti-cheat is bypassed within days. Kernel-level access is intrusive, so we've limited it: the driver loads only when the game starts and unloads when it closes (no always-on driver); it only inspects processes that open handles to the game; no files, browser history, screenshots or keystrokes are collected; hardware IDs are hashed; ban evidence kept 12 months. Ranked play requires the driver; casual modes don't. Players can see ban evidence summaries and appeal to a human.

# What could go wrong?

| Risk | Likelihood | Severity | Measures | Residual
| Data about other family members' software on shared PC | High | Medium | Only processes touching the game; no file scanning | Medium
| Driver vulnerability exploited by attackers (whole PC compromised) | Low | Very high | Code audits, signed driver, fast patching | Medium
| Wrong bans from false positives | Medium | Medium | Human review, appeals | Low
| Hardware ban hits a new owner of a second-hand PC | Medium | Medium | Bans expire after 12 months; appeal | Low

Not done: always-on driver (more effective, rejected); screenshots on suspicion (too intrusive).

# Sign-off

Board resolution of 23 November 2026 attached (second board review).
""",
    )
    res = resolution(
        "23 November 2026",
        "Approval of DPIA – kernel-level anti-cheat",
        """Board meetings of 5 November and 19 November 2026 reviewed the DPIA, the security audit summary, the DPO's advice and the player council's input. The residual risk that a driver vulnerability compromises players' computers is considered high.

Resolved: The DPIA is approved. The company shall request prior consultation with Datatilsynet.""",
    )
    body = (
        txt(
            """
        Hi Datatilsynet,

        Hollowpine Games AS requests prior consultation on deploying kernel-level anti-cheat in Lumen Hollow (PC). DPIA and board resolution attached.
        """
        )
        + "\n"
        + SIGN
    )
    msg = message(
        "N060",
        FROM,
        "Request for prior consultation – kernel anti-cheat",
        when(11, 27, 10, 45),
        body,
        attachments=[
            ("DPIA - kernel anti-cheat.pdf", doc),
            ("Board resolution 2026-11-23 signed.pdf", res),
        ],
    )
    return msg, Label(
        "en",
        (
            "game_studio",
            "children",
            "device_tracking",
            "questions_as_headings",
            "dpia_report_pdf",
            "contact_signature",
            "processor_contact_in_dpia_text",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_board_resolution_esigned",
        ),
        "none",
        True,
        "used",
        "complete: contacts incl. processor in the DPIA; limits on the driver; risk table with residual risk and measures not taken; e-signed board resolution",
    )
