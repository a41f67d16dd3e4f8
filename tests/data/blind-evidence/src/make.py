"""Write the blind-evidence set: 18 fictional child protection plans and their labels.

Run from anywhere with the repository's virtual environment (python-docx is needed
for the Word plans):

    .venv/bin/python tests/data/blind-evidence/src/make.py

Everything is generated from the data in this file; the output is deterministic
(the .docx zips are rewritten with a fixed timestamp). The script checks the labels
against the guide's structural rules (pairs never both true, an absent part is
"missing", every part's text stands in the rendered plan) and prints the counts of
true labels that the README reports.

Label codes used in the data below:
  OM owner_missing      OV owner_vague       AV action_vague
  DM deadline_missing   DV deadline_vague
  EM evidence_missing   EV evidence_vague
  SR evidence_self_report (PL403)   OO evidence_output_only (PL404)
outcome_not_about_child (PL513) is not coded per action: it is the flag of the
outcome/goal group the action sits under (``bad=True``), false for actions with no
outcome. Plan codes: CM contingency_missing, LM lead_professional_missing,
RM review_date_missing, CV child_voice_missing, CG contingency_vague; the plan's
outcome_not_about_child is derived (any outcome with ``bad=True``).
"""

from __future__ import annotations

import io
import json
import re
import sys
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PLANS_DIR = ROOT / "plans"

ACTION_LABELS = {
    "OM": "owner_missing",
    "OV": "owner_vague",
    "AV": "action_vague",
    "DM": "deadline_missing",
    "DV": "deadline_vague",
    "EM": "evidence_missing",
    "EV": "evidence_vague",
    "SR": "evidence_self_report",
    "OO": "evidence_output_only",
}
ACTION_ORDER = [
    "owner_missing", "owner_vague", "action_vague", "deadline_missing",
    "deadline_vague", "evidence_missing", "evidence_vague",
    "evidence_self_report", "evidence_output_only", "outcome_not_about_child",
]
PLAN_LABELS = {
    "CM": "contingency_missing",
    "LM": "lead_professional_missing",
    "RM": "review_date_missing",
    "CV": "child_voice_missing",
    "CG": "contingency_vague",
}
PLAN_ORDER = [
    "contingency_missing", "lead_professional_missing", "review_date_missing",
    "child_voice_missing", "outcome_not_about_child", "contingency_vague",
]
PLACEHOLDERS = {"-", "N/A", ""}
GOAL = object()  # evidence of a next step with no evidence place: the goal's text


@dataclass
class A:
    """One action: its four parts as written, its true labels, and (for prose) its text."""

    task: str
    owner: str | None
    deadline: str | None
    evidence: object  # str | None | GOAL
    codes: str = ""
    text: str | None = None  # prose layouts: the sentence(s) as they stand


@dataclass
class G:
    """A group of actions under one outcome / goal (outcome None: no outcome)."""

    outcome: str | None
    bad: bool
    actions: list[A] = field(default_factory=list)


# ---------------------------------------------------------------------------
# The plans
# ---------------------------------------------------------------------------

PLANS: list[dict] = []

# b01 - Markdown, one table with an Outcome column (blank under the first row)
PLANS.append(dict(
    id="b01", fmt="md", layout="table5",
    title="Child Protection Plan",
    header=[
        ("Children", "Kai Davies (9) and Poppy Davies (4)"),
        ("Category", "Neglect"),
        ("Initial child protection conference", "10 February 2026"),
        ("Lead social worker", "Hannah Pryce, Eastbrook Children's Services"),
        ("Core group", "Ms Leanne Davies (mum), Hannah Pryce (social worker), Mr Hale "
         "(designated safeguarding lead, Eastbrook Primary), Mrs Khan (breakfast club lead), "
         "PC Dean Marsh (police safeguarding unit), Erin Walsh (family hub worker)"),
    ],
    before=[
        ("What we are worried about", [
            "Kai has been late to school on 31 of the last 40 days and has told staff he had "
            "nothing to eat at home. Poppy has missed her two-year development review twice. "
            "Ms Davies's former partner, Craig Rowe, was arrested at the house in January after "
            "he pushed her into a door while Kai was in the room; he is not allowed to live at "
            "the address but neighbours have seen him there at night.",
        ]),
        ("What is working well", [
            "Ms Davies loves her children and they are warm with her. Kai is doing well in "
            "reading. Ms Davies's sister lives two streets away and collects Poppy from "
            "nursery on Fridays.",
        ]),
    ],
    actions_heading="The plan",
    table_head=["Outcome", "What will be done", "Who", "By when", "How we will know"],
    groups=[
        G("Kai gets to school on time every day and is not hungry", False, [
            A("Take Kai to school for 8.45am every school day", "Ms Davies",
              "every school day from 11 February", "Ms Davies confirms Kai is getting to school on time",
              "SR"),
            A("Give Kai breakfast at the school breakfast club and tell the social worker if he arrives hungry",
              "Mrs Khan (breakfast club lead, Eastbrook Primary)", "every school day",
              "Kai eats breakfast at club on at least 4 days a week, recorded in the club log"),
            A("Check Kai's attendance each Friday and phone the social worker if he has been late more than twice",
              "Mr Hale (DSL, Eastbrook Primary)", "each Friday",
              "Kai's attendance is 95% or more this half term (school register) and he is late no more than once a fortnight"),
        ]),
        G("Mum engages with services", True, [
            A("Continue to engage with services", "Ms Davies", "Ongoing",
              "Mum reports she has attended her appointments", "AV DV SR OO"),
            A("Attend the 8-week parenting group at Eastbrook family hub", "Ms Davies",
              "every Wednesday from 18 February", "Certificate of completion", "OO"),
            A("Go to the budgeting session at the family hub and bring home the food bank voucher",
              "Ms Davies with Erin Walsh (family hub worker)", "24 February 2026", "Session attended", "OO"),
        ]),
        G("Poppy and Kai are kept safe from Craig Rowe", False, [
            A("Keep Craig Rowe out of the house and tell the social worker if he comes to the door",
              "Ms Davies", "from today", "No further incidents reported", "SR"),
            A("Check the police log for any call-out to the address and tell the social worker the next working day",
              "PC Dean Marsh (police safeguarding unit)", "weekly",
              "No further incidents reported to police (police log checked weekly)"),
            A("Visit unannounced and see Kai and Poppy alone", "Hannah Pryce (social worker)",
              "every two weeks", "Visits completed and recorded", "OO"),
            A("Show she can keep the children safe", "Ms Davies", "Throughout the plan",
              "Adequate supervision of the children", "AV DV EV"),
        ]),
    ],
    after=[
        ("What Kai and Poppy have told us", [
            "Kai said the best thing about school is breakfast club 'because there's toast'. He said "
            "he gets scared when Craig comes round at night and he hides under his duvet. Poppy showed "
            "her social worker her doll and said 'Mummy sad'.",
        ]),
        ("Contingency plan", [
            "If Ms Davies lets Craig Rowe into the house again, Hannah Pryce (social worker) will ask "
            "for a legal planning meeting within 2 working days. If Kai misses two school days in a row "
            "without a reason, Mr Hale will phone the social worker that day and she will visit the same day.",
        ]),
        ("Review", ["The review child protection conference will be held on 5 May 2026."]),
    ],
))

# b02 - Markdown, Signs of Safety: safety goals, next steps tables with no evidence column
PLANS.append(dict(
    id="b02", fmt="md", layout="sos_table",
    title="Safety Plan - Okoro family",
    header=[
        ("Children", "Amara Okoro (7) and Tobi Okoro (3)"),
        ("Conference date", "3 March 2026"),
        ("Lead social worker", "Rhys Bennett, Westfield Family Safeguarding Team"),
        ("Safety network", "Mrs Ruth Adebayo (maternal grandmother), Lucy Tran (IDVA), Mrs Iqbal "
         "(learning mentor, St Anne's Primary)"),
    ],
    before=[
        ("Danger statement", [
            "Everyone is worried that Amara and Tobi will be hurt, or frightened again, if Mr Okoro "
            "hits or strangles Ms Okoro in front of them as he did on 14 February, when Amara ran to "
            "a neighbour in her pyjamas to call the police.",
        ]),
        ("What is working well", [
            "Ms Okoro called the police herself and has let Mrs Adebayo stay. Mr Okoro has moved to "
            "his brother's flat and has kept to the bail conditions so far.",
        ]),
    ],
    actions_heading="Safety goals and next steps",
    goal_prefix="Safety goal",
    table_head=["Next step", "Who", "By when"],
    groups=[
        G("Amara and Tobi only see their dad when their grandmother, Mrs Adebayo, is with them, "
          "and there is no more shouting or hitting in front of them", False, [
            A("Supervise every contact between Mr Okoro and the children at her flat",
              "Mrs Adebayo (grandmother)", "every Saturday from 7 March 2026", GOAL),
            A("Stay away from the family home in Elm Road", "Mr Okoro", "from today", GOAL),
            A("Keep an eye on the children", "All agencies", "Ongoing", GOAL, "OV AV DV"),
        ]),
        G("Amara understands that what happened at home was not her fault and says so in her own words",
          False, [
            A("Refer Amara to the Rainbow children's group at Westfield Women's Aid",
              "Rhys Bennett (social worker)", "by 20 March 2026", GOAL),
            A("Run a worry time with Amara using her feelings book",
              "Mrs Iqbal (learning mentor, St Anne's Primary)", "every Tuesday", GOAL),
        ]),
        G("Mr Okoro attends the Caring Dads programme", True, [
            A("A referral will be made to Caring Dads", None, "within 5 working days", GOAL, "OM OO"),
            A("Attend the 17-week Caring Dads programme at the Westfield centre", "Mr Okoro",
              "every Monday from 23 March 2026", GOAL, "OO"),
            A("Dad to prove he has changed", "Mr Okoro", "by the review conference", GOAL, "AV OO"),
        ]),
    ],
    after=[
        ("Amara's three houses", [
            "House of good things: 'Nana's jollof rice and when Tobi laughs.' House of worries: 'When "
            "Daddy shouts at Mummy and Tobi cries.' House of dreams: 'Daddy says sorry and nobody "
            "shouts.' Tobi was seen playing happily with his cars and went to his grandmother for a cuddle.",
        ]),
        ("If things go wrong", [
            "If there are any further incidents, the case will be escalated and other options will be considered.",
        ]),
        ("Next review", ["Review conference: 2 June 2026"]),
    ],
))

# b03 - Markdown prose under outcome headings
PLANS.append(dict(
    id="b03", fmt="md", layout="prose",
    title="Child Protection Plan for Lily and Max Reid",
    header=[
        ("Children", "Lily Reid (11) and Max Reid (6)"),
        ("Conference", "24 February 2026"),
        ("Lead social worker", "Priya Shah (Eastfield Children's Social Care)"),
    ],
    before=[
        ("Why Lily and Max need a plan", [
            "Mr Stuart Reid cares for the children on his own. Since December he has been found drunk "
            "at the school gate twice, and on 9 February Lily, who is 11, rang her grandmother at 11pm "
            "because she could not wake him and Max had been sick. Lily has missed 14 days of school "
            "this term and staff think she is staying home to look after Max.",
        ]),
    ],
    actions_heading=None,
    groups=[
        G("Lily and Max are looked after by a sober adult every evening", False, [
            A("not drink alcohol while he is looking after the children", "Mr Reid", "from today",
              "Dad says he no longer drinks", "SR",
              text="Mr Reid will not drink alcohol while he is looking after the children, from today. "
                   "We will know this is working when Dad says he no longer drinks."),
            A("keep a drink diary and bring it to his Turning Point sessions", "Mr Reid", "every week",
              "Dad says he has not drunk and his PEth blood test in April is negative", "",
              text="Mr Reid will keep a drink diary and bring it to his Turning Point sessions every week. "
                   "We will know this has worked when Dad says he has not drunk and his PEth blood test in April is negative."),
            A("come to the house at 6pm on weekdays, check that Mr Reid is sober and stay the night if he is not",
              "Mrs Jean Reid, the children's grandmother", "from 25 February 2026",
              "the social worker's unannounced evening visits find Mr Reid sober every time", "",
              text="Mrs Jean Reid, the children's grandmother, will come to the house at 6pm on weekdays, "
                   "check that Mr Reid is sober and stay the night if he is not, from 25 February 2026. "
                   "We will know this is working when the social worker's unannounced evening visits find Mr Reid sober every time."),
            A("support dad", "The social worker", None, "Dad is more open", "AV DM EV",
              text="The social worker will support dad. We will know this when Dad is more open."),
        ]),
        G("Lily goes to school every day and does not have to look after Max", False, [
            A("refer Lily to the Eastfield young carers service", "The school nurse, Ms Grant",
              "by 13 March 2026", "Lily has been to her first young carers session", "OO",
              text="The school nurse, Ms Grant, will refer Lily to the Eastfield young carers service by 13 March 2026. "
                   "We will know this when Lily has been to her first young carers session."),
            A("meet Lily and ask how her week at home has been", "Mrs Ahmed, Lily's head of year",
              "every Monday",
              "Lily tells Mrs Ahmed in her own words that she has not had to get Max up or put him to bed, recorded in the pastoral log",
              "",
              text="Mrs Ahmed, Lily's head of year, will meet Lily and ask how her week at home has been, every Monday. "
                   "We will know this is working when Lily tells Mrs Ahmed in her own words that she has not had to get Max up "
                   "or put him to bed, recorded in the pastoral log."),
            A("take Max to school himself every morning", "Mr Reid", "from 2 March 2026",
              "Mr Reid tells the social worker that he does the school run", "SR",
              text="Mr Reid will take Max to school himself every morning from 2 March 2026. "
                   "We will know this when Mr Reid tells the social worker that he does the school run."),
            A("collect Max from after-school club at 5.30pm", "Mr Reid", "every weekday",
              "Mr Reid tells the social worker he collects Max and the club's signing-out sheet shows his signature each day",
              "",
              text="Mr Reid will collect Max from after-school club at 5.30pm every weekday. "
                   "We will know this when Mr Reid tells the social worker he collects Max and the club's signing-out sheet "
                   "shows his signature each day."),
            A("A parenting assessment will be completed", None, "within 6 weeks of conference",
              "the assessment is completed and shared with Mr Reid", "OM OO",
              text="A parenting assessment will be completed within 6 weeks of conference. "
                   "We will know this when the assessment is completed and shared with Mr Reid."),
        ]),
    ],
    after=[
        ("What Lily and Max say", [
            "Lily said she is 'the one who does everything' and that she would like to go to drama club "
            "again. Max said he likes it when Nana makes pancakes and that 'Daddy sleeps on the sofa a lot'.",
        ]),
        ("If the plan is not working", ["If things do not improve, legal advice may be sought."]),
        ("Review", ["The review conference date is to be confirmed."]),
    ],
))

# b04 - Markdown, a What/Who/By when/How we will know table under each outcome heading
PLANS.append(dict(
    id="b04", fmt="md", layout="table4_headed",
    title="Child Protection Plan",
    header=[
        ("Children", "Jayden Price (8) and Mia Price (5)"),
        ("Category", "Neglect"),
        ("Conference date", "26 February 2026"),
        ("Lead social worker", "Tom Hughes, Brookside Safeguarding Team"),
    ],
    before=[
        ("What we are worried about", [
            "Jayden and Mia's attendance is 78% and 81%. They often arrive in dirty uniform and Mia has "
            "had head lice since October. At two visits there was no food in the house other than cereal, "
            "and the back garden and the children's bedroom were full of rubbish bags.",
        ]),
        ("What is working well", [
            "Mr and Ms Price came to conference together and want the children to stay at home. Jayden's "
            "teacher says he is bright and kind to his sister.",
        ]),
    ],
    actions_heading="What needs to change",
    outcome_prefix="Outcome",
    table_head=["What", "Who", "By when", "How we will know"],
    groups=[
        G("Jayden and Mia go to school every day, on time, clean and fed", False, [
            A("Walk both children to school for 8.40am", "Mr Price", "every school day from 2 March 2026",
              "Parents report that the children are going to school every day", "SR"),
            A("Check both children's attendance and phone the parents the same morning if they are absent",
              "Mrs Lowe (attendance officer, Brookside Primary)", "every Friday",
              "Jayden's and Mia's attendance is 95% or more each half term (school register)"),
            A("Wash the children's uniforms twice a week", "Ms Price", "every Sunday and Wednesday",
              "Mum says the uniforms are washed and Jayden's class teacher sees him in a clean uniform on at least four days a week"),
            A("Make better choices", "Mr and Ms Price", "-", "-", "AV DM EM"),
        ]),
        G("The children live in a clean, safe home with food in the cupboards", False, [
            A("Clear the rubbish bags from the back garden and the children's bedroom", "Mr Price",
              "by 13 March 2026", "Garden and bedroom seen clear at an unannounced visit"),
            A("Do a home routines session with Ms Price", "Sam Foley (family support worker, Brookside family hub)",
              "weekly for 8 weeks", "Sessions delivered", "OO"),
            A("Visit unannounced, check the fridge and cupboards and see the children's bedrooms",
              "Tom Hughes (social worker)", "every two weeks",
              "Visits completed and at each one there is food for the next day and the children's beds have clean sheets"),
            A("Refer the family to Brookside food bank", "Sam Foley (family support worker, Brookside family hub)",
              "within 5 working days", "Referral made", "OO"),
            A("Support with budgeting", "Family", "As required", "Adequate food in the house", "OV AV DV EV"),
        ]),
    ],
    after=[
        ("What Jayden and Mia said", [
            "Jayden said he wants 'a clean room like my friend Zac's' and that he gets hungry in the "
            "afternoons. Mia said her head is itchy and she likes it when Daddy does her hair.",
        ]),
        ("Contingency plan", [
            "If either child's attendance falls below 90% in any month, or there is no food in the house at an "
            "unannounced visit, Tom Hughes will call an early core group within 5 working days and ask his "
            "manager for a legal planning meeting.",
        ]),
        ("Review conference", ["21 May 2026, Brookside Children's Centre"]),
    ],
))

# b05 - Markdown, goals with bullets carrying Who / By when / How we will know inline
PLANS.append(dict(
    id="b05", fmt="md", layout="bullets_inline",
    title="Child Protection Plan - Theo Marsh",
    header=[
        ("Child", "Theo Marsh (10 weeks)"),
        ("Parents", "Ms Chloe Marsh and Mr Liam Ford"),
        ("Conference", "5 March 2026"),
        ("Lead social worker", "TBC"),
        ("Health visitor", "Nadia Brooks, Parkside Health Visiting Team"),
    ],
    before=[
        ("What are we worried about?", [
            "Ms Marsh has been very low since Theo was born and told the health visitor she has thoughts of "
            "'just walking out'. Theo has dropped from the 50th to the 9th centile and had a bad nappy rash "
            "at two visits. Mr Ford works nights and is asleep for most of the day.",
        ]),
    ],
    actions_heading="Our goals",
    goal_prefix="Goal",
    groups=[
        G("Theo is fed, clean and gains weight", False, [
            A("Weigh Theo at the Parkside clinic", "Nadia Brooks (health visitor)", "every two weeks",
              "Theo stays on or above the 25th centile on his red book chart"),
            A("Feed Theo every three to four hours and write the feeds on the chart the health visitor gave her",
              "Ms Marsh", "from today", "Ms Marsh says Theo is taking at least six bottles a day", "SR"),
            A("Change Theo's nappy at every feed and use the cream the GP prescribed", "Ms Marsh and Mr Ford",
              "from today",
              "Parents report that Theo's nappy rash has cleared and the health visitor sees clear skin at her next visit"),
        ]),
        G("Mum engages with mental health services", True, [
            A("See her GP about her low mood", "Ms Marsh", "by 6 March 2026", "GP appointment attended", "OO"),
            A("A referral will be made to the perinatal mental health team", "-", "ASAP", "Referral made",
              "OM DV OO"),
            A("Engage with the perinatal team", "Ms Marsh", "Ongoing", "Mum engages well", "AV DV EV"),
        ]),
        G("Family receives support", True, [
            A("Ask his mother, Mrs Ford, to stay two nights a week so Ms Marsh can sleep", "Mr Ford",
              "from 9 March 2026",
              "Mrs Ford's overnight stays are seen written on the fridge calendar at each health visitor visit"),
            A("Offer support as needed", "All agencies", "As required", "Family receives support", "OV AV DV OO"),
            A("Visit Ms Marsh and Theo at home, see Theo undressed and talk with Ms Marsh about how she is sleeping",
              "Nadia Brooks (health visitor)", "weekly until Theo is 16 weeks old", "Visits completed and recorded",
              "OO"),
        ]),
    ],
    after=[
        ("Theo's day", [
            "Theo was seen at four visits. He was quiet and slow to settle, cried when laid down, and calmed "
            "when his dad held him against his chest. He fed hungrily and fell asleep within minutes of a bottle.",
        ]),
        ("What happens if the plan does not work", [
            "Any concerns will be escalated as needed and the plan will be reviewed.",
        ]),
        ("Review", ["Review child protection conference: 28 May 2026"]),
    ],
))

# b06 - Markdown, numbered goals, then one action table whose Goal column names the goal
PLANS.append(dict(
    id="b06", fmt="md", layout="goalref",
    title="Child Protection Plan",
    header=[
        ("Children", "Ellie Shaw (13) and Noah Shaw (10)"),
        ("Category", "Neglect (parental drug use)"),
        ("Conference", "12 March 2026"),
        ("Lead social worker", "Sarah Quinn, Hillside Children's Services"),
    ],
    before=[
        ("What we are worried about", [
            "Police found cocaine and a set of scales in the kitchen on 20 February, within reach of Noah. "
            "Ellie told her teacher that her parents 'get weird at weekends' and that she makes Noah's tea. "
            "Mr Shaw's hair-strand test in January was positive for cocaine and cannabis.",
        ]),
    ],
    goals_heading="Our goals",
    actions_heading="Action plan",
    table_head=["Goal", "What will happen", "Who", "When", "How we will know it has worked"],
    groups=[
        G("Ellie and Noah are cared for by a sober adult every day", False, [
            A("Keep no drugs or drug equipment in the house", "Mr Shaw", "from today",
              "Mr Shaw confirms there are no drugs in the house", "SR"),
            A("Give a hair-strand test at the Compass clinic", "Mr and Ms Shaw",
              "by 20 March 2026 and again by 22 May 2026", "Both results clear for cocaine and cannabis"),
            A("Call in on the children on Saturday and Sunday mornings", "Mrs Pat Green (maternal grandmother)",
              "every weekend", "Mrs Green phones the social worker after each weekend to say whether both parents were sober"),
            A("See Ellie alone at school and ask her about home", "Sarah Quinn (social worker)", "every two weeks",
              "Ellie tells her social worker in her own words whether her parents have been using, recorded on her file"),
        ]),
        G("Dad attends the Turning Point programme", True, [
            A("A referral will be made to Turning Point", "-", "within 5 working days", "Referral made", "OM OO"),
            A("Attend key-work sessions at Turning Point", "Mr Shaw", "every Tuesday from 17 March 2026",
              "Mr Shaw attends all sessions and his key worker's monthly report shows urine tests clear of cocaine"),
            A("Attend the Turning Point recovery group", "Mr Shaw", "weekly",
              "Dad tells the social worker he has been going", "SR OO"),
        ]),
        G("Ellie and Noah's parents work with the family hub", True, [
            A("Do the Triple P parenting course at the family hub", "Ms Shaw", "10 weeks from 16 March 2026",
              "Course finished", "OO"),
            A("Work with the family hub", "Parents", "Throughout the plan", "Parents engage", "AV DV EV"),
        ]),
    ],
    after=[
        ("Ellie's and Noah's views", [
            "Ellie said she wants her mum and dad to 'stop the parties' and for Noah not to see it. Noah said "
            "he is happiest at Nan's because 'she does proper dinners'.",
        ]),
        ("Contingency plan", [
            "If either hair-strand test is positive or drugs are found in the house, Sarah Quinn will ask for a legal "
            "planning meeting within 5 working days, and Mrs Green has agreed to have Ellie and Noah to stay the same day.",
        ]),
        ("Review", ["Review conference on 11 June 2026."]),
    ],
))

# b07 - Markdown, Signs of Safety goals with numbered steps, each with its own fields; no contingency
PLANS.append(dict(
    id="b07", fmt="md", layout="sos_fields",
    title="Safety Plan for Zara Begum",
    header=[
        ("Child", "Zara Begum (6)"),
        ("Adults at home", "Ms Salma Begum (mum) and Mr Imran Qureshi (mum's partner)"),
        ("Conference date", "17 February 2026"),
        ("Lead social worker", "Joanna Fell, Holmfield Children's Social Care"),
    ],
    before=[
        ("What happened", [
            "Zara came to school on 2 February with four finger-shaped bruises on her upper arm. She told her "
            "teacher that Imran 'grabbed me because I wet the bed again'. Zara has been wetting the bed most "
            "nights since the summer and says she has bad dreams.",
        ]),
        ("What is working well", [
            "Ms Begum took Zara to the GP the day the bruises were seen. Mr Qureshi has said sorry to Zara "
            "and agreed to work with the social worker.",
        ]),
    ],
    actions_heading="Safety goals",
    goal_prefix="Goal",
    groups=[
        G("Zara is never hit, grabbed or shaken at home", False, [
            A("Use the calm-down plan agreed with the social worker instead of grabbing Zara when he is angry",
              "Mr Qureshi", "from today", "Mr Qureshi says he has not lost his temper", "SR"),
            A("Put Zara to bed herself and deal with any wet bed without Mr Qureshi", "Ms Begum",
              "every night from today",
              "Ms Begum tells the social worker she is doing bedtimes, and Zara tells her teacher that Mummy puts her to bed, recorded in her own words"),
            A("Check Zara for marks at PE and ask her how things are at home", "Mrs Evans (Zara's class teacher)",
              "every Monday and Thursday",
              "Zara tells Mrs Evans she feels safe at home, written in her own words in the safeguarding log, and no marks are seen"),
            A("Show he can keep Zara safe", "Mr Qureshi", "by the review", "Zara is safer", "AV EV"),
        ]),
        G("Zara's bedwetting and bad dreams are looked at by a doctor, and she sleeps in her own bed", False, [
            A("Take Zara to Dr Lewis at Holmfield Surgery about her bedwetting", "Ms Begum", "by 13 March 2026",
              "GP appointment attended", "OO"),
            A("Take Zara to the enuresis clinic at Holmfield Children's Centre", "Ms Begum", "27 March 2026",
              "Clinic appointment attended and the enuresis nurse's chart shows fewer than two wet nights a week by the review"),
            A("Refer Zara to the school nurse for a sleep plan", "Mrs Evans (Zara's class teacher)", "-",
              "Referral made", "DM OO"),
        ]),
    ],
    after=[
        ("What Zara says", [
            "Zara drew her family and put Imran 'far away because he's cross'. She said she wants 'no more "
            "shouting about the bed' and that her favourite thing is swimming with Mummy.",
        ]),
        ("Review", ["Review conference: 12 May 2026"]),
    ],
))

# b08 - Markdown, one table with an Outcome column; no record of the children's views
PLANS.append(dict(
    id="b08", fmt="md", layout="table5",
    title="Child Protection Plan",
    header=[
        ("Children", "Kayla Morris (10) and Riley Morris (7)"),
        ("Category", "Neglect"),
        ("Date of conference", "19 February 2026"),
        ("Lead social worker", "Nina Roberts (Oakwood Children's Services)"),
    ],
    before=[
        ("Concerns", [
            "Riley has four decayed teeth and has been in pain since November; his dental appointments were "
            "missed three times. Kayla and Riley share a mattress on the floor. School staff say the children "
            "often smell and wear the same clothes all week.",
        ]),
        ("Strengths", [
            "Ms Morris and Mr Morris agree that the children need beds and that Riley needs his teeth seen to.",
        ]),
    ],
    actions_heading="What needs to change and how",
    table_head=["Outcome", "Action", "Lead", "Timescale", "Evidence of progress"],
    groups=[
        G("Parents attend all health appointments", True, [
            A("Take Riley to the dentist for his four fillings", "Ms Morris", "by 20 March 2026",
              "Dental appointment attended", "OO"),
            A("Take Kayla to Oakwood Dental for her check-up and brush her teeth with her each night", "Ms Morris",
              "27 March 2026", "Appointment attended and the dentist finds no new decay at the three-month recall"),
            A("Collect Riley's glasses from the optician and make sure he takes them to school", "Mr Morris",
              "ASAP", "Mum confirms Riley is wearing his glasses at school", "DV SR"),
        ]),
        G("Kayla and Riley have clean clothes, a bath twice a week and their own beds", False, [
            A("Buy two single beds with the Household Support Fund grant", "Mr Morris", "by 27 March 2026",
              "Both beds seen set up at an unannounced visit"),
            A("A grant application will be made to the Household Support Fund", "-", "within 5 working days",
              "Application made", "OM OO"),
            A("Bath the children twice a week", "Ms Morris", "every Sunday and Wednesday",
              "Parents say the children are bathed", "SR"),
            A("Check that the children are clean and in clean clothes and tell the social worker if not",
              "Miss Hart (DSL, Oakwood Primary)", "every Monday",
              "Kayla and Riley come to school clean on at least 4 days a week, recorded on the school's welfare check sheet"),
        ]),
        G("Family receives support from Early Help", True, [
            A("Deliver the 8-week home routines package", "Ben Carr (Early Help worker)", "weekly from 9 March 2026",
              "Family has received all 8 sessions", "OO"),
            A("Do an evening routines session with the parents and the children", "Ben Carr (Early Help worker)",
              "every Tuesday from 10 March 2026",
              "All 8 sessions delivered and Ben Carr sees the children in bed by 8.30pm at two unannounced evening visits"),
            A("Support the family", "Agencies", "Ongoing", "Stable home", "OV AV DV EV"),
        ]),
    ],
    after=[
        ("Contingency", ["If the plan is not followed, other options will be considered."]),
        ("Review", ["Review conference: 14 May 2026 at Oakwood Family Centre"]),
    ],
))

# b09 - Markdown prose under outcome headings (a teenager at risk outside the home)
PLANS.append(dict(
    id="b09", fmt="md", layout="prose",
    title="Child Protection Plan - Callum Hart",
    header=[
        ("Young person", "Callum Hart (14)"),
        ("Category", "Neglect (risk of criminal exploitation)"),
        ("Conference", "4 March 2026"),
        ("Lead social worker", "Dev Patel, Northgate Adolescent Safeguarding Team"),
    ],
    before=[
        ("What we are worried about", [
            "Callum has been reported missing six times since Christmas and was found twice on the Eastgate "
            "estate with older men who are known to police for drug supply. He had a new phone and 200 pounds in "
            "cash when he was found. His attendance at Northgate Academy is 61%.",
        ]),
    ],
    actions_heading=None,
    groups=[
        G("Callum is home by 9pm every night and does not go missing", False, [
            A("ring the police on 101 and the emergency duty team if Callum is not home by 9pm", "Ms Hart",
              "every night from today", "no further incidents are reported", "SR",
              text="Ms Hart will ring the police on 101 and the emergency duty team if Callum is not home by 9pm, every night "
                   "from today. We will know this is working when no further incidents are reported."),
            A("check the police missing-person log", "Dev Patel, the social worker", "every Monday",
              "the log shows no missing episodes for Callum for eight weeks in a row", "",
              text="Dev Patel, the social worker, will check the police missing-person log every Monday. We will know this "
                   "is working when the log shows no missing episodes for Callum for eight weeks in a row."),
            A("sign a home agreement about times and phone check-ins", "Ms Hart and Callum", "by 13 March 2026",
              "Ms Hart agrees that Callum is keeping to the curfew", "SR",
              text="Ms Hart and Callum will sign a home agreement about times and phone check-ins by 13 March 2026. We will "
                   "know this when Ms Hart agrees that Callum is keeping to the curfew."),
            A("write down the time Callum comes home", "Ms Hart", "each night",
              "Ms Hart's log matches the police log and Callum is home by 9pm on at least six nights in seven", "",
              text="Ms Hart will write down the time Callum comes home each night. We will know this has worked when "
                   "Ms Hart's log matches the police log and Callum is home by 9pm on at least six nights in seven."),
        ]),
        G("Callum is in school full time and has a trusted adult to talk to", False, [
            A("refer Callum to the Junction youth project", "Mrs Rowe, the school's DSL", "within 10 working days",
              "a referral has been made", "OO",
              text="Mrs Rowe, the school's DSL, will refer Callum to the Junction youth project within 10 working days. "
                   "We will know this when a referral has been made."),
            A("meet Callum after school", "Leon Baptiste from the Junction youth project", "every Wednesday",
              "Callum tells Leon in his own words who he is spending time with and his attendance is 90% or more by the review (school register)",
              "",
              text="Leon Baptiste from the Junction youth project will meet Callum after school every Wednesday. We will know "
                   "this has worked when Callum tells Leon in his own words who he is spending time with and his attendance "
                   "is 90% or more by the review (school register)."),
            A("look out for Callum", "The school", None, "things improve", "AV DM EV",
              text="The school will look out for Callum. We will know this when things improve."),
            A("complete the exploitation awareness course with Leon", "Callum", "by 30 April 2026",
              "the course is finished", "OO",
              text="Callum will complete the exploitation awareness course with Leon by 30 April 2026. We will know this "
                   "when the course is finished."),
        ]),
    ],
    after=[
        ("What Callum thinks", [
            "Callum said the men on the estate 'are just mates' and that he goes there because 'there's nothing to do "
            "round here'. He said he would like to get back into boxing and that he does not want his mum to worry.",
        ]),
        ("Contingency plan", [
            "If Callum goes missing overnight, or is found on the Eastgate estate again, Dev Patel will call a strategy "
            "meeting with the police within 24 hours.",
        ]),
        ("Review", ["Next review conference: 27 May 2026"]),
    ],
))

# b10 - Word, one table with an Outcome column; no review date
PLANS.append(dict(
    id="b10", fmt="docx", layout="table5", docx_header="table",
    title="Child Protection Plan",
    header=[
        ("Children", "Leo Fraser (6) and Isla Fraser (2)"),
        ("Category of abuse", "Emotional abuse (domestic abuse)"),
        ("Initial conference", "9 March 2026"),
        ("Lead social worker", "Aisha Karim, Riverside Children's Services"),
    ],
    before=[
        ("What we are worried about", [
            "Police have been called to the home four times since October. On the last call-out Mr Fraser had "
            "thrown a chair and Leo was found hiding in the bathroom holding Isla. Leo has started wetting himself "
            "at school and hits other children when he is told off.",
        ]),
        ("What is going well", [
            "Ms Fraser has asked for help from the IDVA and the children's grandparents see them every week.",
        ]),
    ],
    actions_heading="The plan",
    table_head=["Outcome", "What will be done", "Who", "By when", "How we will know"],
    groups=[
        G("Mr Fraser completes a domestic abuse programme", True, [
            A("Attend the 24-week Building Better Relationships programme", "Mr Fraser",
              "every Tuesday from 17 March 2026", "Certificate of completion", "OO"),
            A("Go to the one-to-one sessions with the probation programme worker", "Mr Fraser", "weekly",
              "Attends every session and the programme worker's report says he can explain how his shouting affects Leo"),
            A("Demonstrate that he understands the impact of domestic abuse", "Mr Fraser", "by the review",
              "Dad says he understands", "AV EV SR"),
        ]),
        G("Leo and Isla live free from violence and shouting at home", False, [
            A("Keep Mr Fraser away from the house except for agreed contact", "Ms Fraser", "from today",
              "Ms Fraser confirms Mr Fraser has not been to the house", "SR"),
            A("Check for police call-outs to the address and tell the social worker",
              "DS Mark Holt (police safeguarding hub)", "the next working day after any call-out",
              "No call-outs to the address on the police log"),
            A("Visit unannounced at different times of day and see Leo alone", "Aisha Karim (social worker)",
              "every two weeks", "Visits completed", "OO"),
            A("Run a feelings session with Leo using the Helping Hands pack",
              "Mrs Doyle (learning mentor, Riverside Primary)", "every Friday",
              "Leo tells Mrs Doyle in his own words that home is calm, recorded each week"),
            A("Apply for a non-molestation order", "Ms Fraser with Carla Webb (IDVA)", "by 27 March 2026",
              "Order granted and a copy given to police and school"),
        ]),
        G("Ms Fraser engages with the IDVA service", True, [
            A("Meet Ms Fraser at the children's centre", "Carla Webb (IDVA)", "weekly",
              "Ms Fraser has received support", "OO"),
            A("Liaise with agencies", "Relevant services", "As and when", "-", "OV AV DV EM"),
        ]),
    ],
    after=[
        ("Leo and Isla's wishes and feelings", [
            "Leo said he wants 'Daddy to stop throwing things' and that he likes it when they go to the park together. "
            "Isla was seen at three visits; she was clingy with her mum and startled at loud noises.",
        ]),
        ("Contingency", ["If there are any further incidents, the case will be escalated."]),
    ],
))

# b11 - Word, headings and bullets with Who / By when / How we will know inline
PLANS.append(dict(
    id="b11", fmt="docx", layout="bullets_inline", docx_header="paras",
    title="Child Protection Plan for Harper Wilson",
    header=[
        ("Child", "Harper Wilson (14 months)"),
        ("Parents", "Ms Jade Wilson (19) and Mr Kyle Dean"),
        ("Conference", "11 February 2026"),
        ("Lead social worker", "Emma Stokes, Kingsmead Children's Social Care"),
    ],
    before=[
        ("What we are worried about", [
            "Harper's weight has dropped to the 2nd centile. She sleeps on the sofa because her cot was never put up, "
            "and the flat was very cold at three visits. Mr Dean was found drunk while caring for Harper alone on "
            "26 January.",
        ]),
    ],
    actions_heading="What needs to change",
    goal_prefix="What needs to change",
    heading_sep=": ",
    groups=[
        G("Harper is fed, warm and clean, and has a safe place to sleep", False, [
            A("Give Harper three meals and two snacks a day and write them on the food chart", "Ms Wilson",
              "from today", "Ms Wilson tells the health visitor that Harper is eating three meals a day", "SR"),
            A("Show Ms Wilson how to make Harper's meals, watching her make lunch at two visits",
              "Rachel Lee (health visitor)", "by 27 February 2026",
              "Ms Wilson makes a lunch from the meal plan while observed at the second visit"),
            A("Weigh Harper at the clinic and check the food chart", "Rachel Lee (health visitor)", "every two weeks",
              "Harper's weight moves up to the 9th centile by the review"),
            A("Put up Harper's cot in the bedroom so she no longer sleeps on the sofa", "Mr Dean",
              "by 6 March 2026",
              "Mr Dean says the cot is up and the social worker sees Harper asleep in it at an unannounced evening visit"),
            A("Keep the flat warm", "Ms Wilson", "-", "Appropriate home conditions", "DM EV"),
        ]),
        G("Harper goes to nursery and her development is checked", False, [
            A("Take Harper to Little Acorns nursery for her funded sessions", "Ms Wilson",
              "every Tuesday and Thursday from 10 March 2026",
              "Nursery register shows 90% attendance or more each month"),
            A("Do Harper's development review", "Rachel Lee (health visitor)", "by 31 March 2026",
              "Development review completed", "OO"),
            A("Refer Harper to the Portage service", "Rachel Lee (health visitor)",
              "within 10 working days of the review",
              "Referral made and at the first home visit the Portage worker sees Harper using at least five words"),
        ]),
        G("Harper is always looked after by a sober adult", False, [
            A("Not drink alcohol when he is looking after Harper", "Mr Dean", "from today",
              "No further incidents reported", "SR"),
            A("Monitor the situation", "Health", "Ongoing", "-", "OV AV DV EM"),
        ]),
    ],
    after=[
        ("Harper's daily life", [
            "Harper was seen at four visits. She was grizzly and pale, ate a whole banana quickly at one visit, and "
            "crawled to her mum to be picked up. At nursery taster sessions she watched the other children and smiled "
            "at the sand tray.",
        ]),
        ("Contingency plan", [
            "If Harper's weight drops below the 2nd centile, or she is found alone with an adult who has been drinking, "
            "the health visitor will arrange a same-day paediatric check at Kingsmead Hospital and Emma Stokes will ask "
            "for a legal planning meeting within 5 working days.",
        ]),
        ("Review", ["Review child protection conference: 6 May 2026"]),
    ],
))

# b12 - Word, outcome headings each with a What/Who/By when/How we will know table; lead has no name
PLANS.append(dict(
    id="b12", fmt="docx", layout="table4_headed", docx_header="paras",
    title="Child Protection Plan",
    header=[
        ("Children", "Freya Collins (12) and Oscar Collins (9)"),
        ("Category", "Neglect"),
        ("Conference date", "2 March 2026"),
        ("Lead professional", "Social worker, Northfield Children's Services"),
    ],
    before=[
        ("Worries", [
            "Ms Helen Collins has bipolar disorder and stopped taking her lithium in January. During her last "
            "high she left Oscar at school until 6pm and was found by police walking on the ring road at night. "
            "Freya is cooking for Oscar most evenings and has missed her own after-school clubs.",
        ]),
    ],
    actions_heading="What needs to change",
    outcome_prefix="Outcome",
    table_head=["What", "Who", "By when", "How we will know"],
    groups=[
        G("Mum engages with the community mental health team", True, [
            A("Take her medication every day as prescribed", "Ms Collins", "from today",
              "Ms Collins reports she is taking her medication", "SR"),
            A("Collect her lithium prescription and have her blood level checked", "Ms Collins", "every 4 weeks",
              "Ms Collins reports she is taking her medication and her lithium blood levels are in range (CMHT record)"),
            A("Visit Ms Collins at home and review her mood", "Gareth Jones (community psychiatric nurse)",
              "every two weeks", "Visits completed", "OO"),
            A("Continue to engage with the CMHT", "Ms Collins", "Throughout the plan",
              "Mum engages with services", "AV DV EV"),
        ]),
        G("Freya does not have to look after Oscar or her mum, and has time for herself", False, [
            A("Refer Freya to the Northfield young carers service", "Mrs Ali (school nurse)", "by 20 March 2026",
              "Referral made", "OO"),
            A("Take Freya to the young carers club at the Northfield Hub", "Mrs Dawn Price (Freya's aunt)",
              "every Tuesday from 24 March 2026",
              "Freya attends the club and tells her young carers worker in her own words that she has at least one evening a week without caring"),
            A("Keep an eye on Freya", "Education", "As and when", "Less worry", "OV AV DV EV"),
        ]),
        G("Oscar is collected from school on time and has tea every evening", False, [
            A("Collect Oscar from school at 3.15pm", "Ms Collins or Mrs Price", "every school day",
              "Oscar is collected on time every day, logged by the school office"),
            A("Make sure Oscar has a hot meal every evening", "Ms Collins", "every evening",
              "Mum confirms Oscar has a hot meal every evening", "SR"),
        ]),
    ],
    after=[
        ("Freya's and Oscar's views", [
            "Freya said she worries about her mum 'all the time, even in lessons' and that she misses netball. Oscar "
            "said he was scared when nobody came to get him and that he wants his mum to 'take her tablets'.",
        ]),
        ("Contingency", ["Should concerns continue, legal advice may be sought."]),
        ("Review", ["Review conference: 27 May 2026"]),
    ],
))

# b13 - Word, Signs of Safety goals with numbered next steps (no evidence place: the goal is the evidence)
PLANS.append(dict(
    id="b13", fmt="docx", layout="sos_list", docx_header="paras",
    title="Safety Plan - Clarke family",
    header=[
        ("Children", "Alfie Clarke (8) and Sienna Clarke (4)"),
        ("Parents", "Ms Rachel Clarke and Mr Darren Clarke"),
        ("Conference", "16 March 2026"),
        ("Lead social worker", "Owen Price, Hill View Children's Services"),
    ],
    before=[
        ("What we are worried about", [
            "Alfie told his teacher that his dad smacks him 'with the slipper' when he will not go to bed, and he had "
            "a red mark on his leg on 2 March. Both parents say Alfie's behaviour is out of control. Sienna has very "
            "few words for her age and misses nursery about two days a week.",
        ]),
        ("What is working well", [
            "Both parents came to every meeting and told the social worker they want to stop the smacking. Alfie's "
            "gran takes him to football every Saturday.",
        ]),
    ],
    actions_heading="Safety goals and next steps",
    goal_prefix="Safety goal",
    groups=[
        G("Alfie and Sienna are never hit or smacked, and Alfie can name a safe adult he will tell if it happens",
          False, [
            A("Leave the room for ten minutes when he feels angry, as in the calm-down plan", "Mr Clarke",
              "from today", GOAL),
            A("Check Alfie for marks at PE and ask him how home is", "Mr Rose (class teacher, Hill View Primary)",
              "every Monday", GOAL),
            A("Work with dad", "Professionals", "Ongoing", GOAL, "OV AV DV"),
        ]),
        G("Family receives support from Early Help", True, [
            A("A referral will be made to Early Help", None, "within 5 working days", GOAL, "OM OO"),
            A("Deliver eight family sessions on routines and praise", "Kim Lowe (Early Help worker)",
              "weekly from 23 March 2026", GOAL, "OO"),
        ]),
        G("Mr and Ms Clarke complete the Incredible Years course", True, [
            A("Book places on the Incredible Years course at Hill View Children's Centre",
              "Kim Lowe (Early Help worker)", "by 20 March 2026", GOAL, "OO"),
            A("Attend all 14 sessions", "Mr and Ms Clarke", "every Wednesday from 25 March 2026", GOAL, "OO"),
        ]),
        G("Sienna goes to nursery on all five mornings each week and can say two-word phrases by the review",
          False, [
            A("Take Sienna to Hill View nursery each morning", "Ms Clarke", "every weekday from 23 March 2026", GOAL),
            A("Mum to show she can put boundaries in place", "Ms Clarke", "by the review", GOAL, "AV"),
        ]),
    ],
    after=[
        ("Alfie's words and Sienna's day", [
            "Alfie said: 'I want Dad to stop the slipper and I want to stay up till nine like Harvey.' He put his gran "
            "and his teacher in his circle of safe people. Sienna was seen at home and nursery: she pointed and pulled "
            "adults by the hand rather than talking, and laughed when her brother chased her.",
        ]),
        ("If the plan is not working", [
            "If Alfie or Sienna has an unexplained mark, the school or nursery will phone the social worker that day "
            "and Owen Price will hold a strategy discussion with the police within 24 hours.",
        ]),
        ("Review", ["Review conference: 10 June 2026"]),
    ],
))

# b14 - Word, prose with no outcomes; no record of the children's views
PLANS.append(dict(
    id="b14", fmt="docx", layout="prose", docx_header="paras",
    title="Child Protection Plan",
    header=[
        ("Children", "Mason Kelly (7) and Ella Kelly (4)"),
        ("Category", "Physical abuse (risk)"),
        ("Conference", "23 February 2026"),
        ("Lead social worker", "Laura Finch, Beech Road Safeguarding Team"),
    ],
    before=[
        ("Background", [
            "Ms Amy Kelly's new partner, Mr Scott Bryce, has two convictions for assaulting a former partner and a "
            "child. He has been staying at the flat several nights a week and was seen shouting at Mason outside school. "
            "Ella's speech therapy appointments have lapsed since the autumn.",
        ]),
    ],
    actions_heading="The plan",
    groups=[
        G(None, False, [
            A("make sure Mr Bryce does not stay overnight or look after Mason and Ella", "Ms Kelly", "from today",
              "Ms Kelly tells the social worker that he has not stayed", "SR",
              text="Ms Kelly will make sure Mr Bryce does not stay overnight or look after Mason and Ella, from today. "
                   "We will know this is working when Ms Kelly tells the social worker that he has not stayed."),
            A("visit at different times, including early mornings and evenings", "Laura Finch, the social worker",
              "every two weeks",
              "no adult other than Ms Kelly is found in the flat at any unannounced visit and both children are seen in their own beds",
              "",
              text="Laura Finch, the social worker, will visit at different times, including early mornings and evenings, "
                   "every two weeks. We will know this is working when no adult other than Ms Kelly is found in the flat at "
                   "any unannounced visit and both children are seen in their own beds."),
            A("take Mason to Beech Road Primary and Ella to nursery", "Ms Kelly", "every weekday from 2 March 2026",
              "Mum reports that the children are going every day", "SR",
              text="Ms Kelly will take Mason to Beech Road Primary and Ella to nursery every weekday from 2 March 2026. "
                   "We will know this when Mum reports that the children are going every day."),
            A("take Ella to her speech therapy appointments at Beech Road clinic", "Ms Kelly", "every fortnight",
              "Mum reports the sessions are going well and the speech therapist's letter says Ella is using new words at home",
              "",
              text="Ms Kelly will take Ella to her speech therapy appointments at Beech Road clinic every fortnight. We will "
                   "know this when Mum reports the sessions are going well and the speech therapist's letter says Ella is "
                   "using new words at home."),
            A("do the Freedom Programme at Beech Road Children's Centre", "Ms Kelly", "by 30 April 2026",
              "she has a certificate", "OO",
              text="Ms Kelly will do the Freedom Programme at Beech Road Children's Centre by 30 April 2026. We will know "
                   "this when she has a certificate."),
            A("A police check on Mr Bryce will be done", None, "within 5 working days", None, "OM EM",
              text="A police check on Mr Bryce will be done within 5 working days."),
            A("do Ella's development review", "The health visitor", "by 27 March 2026", "the review is completed", "OO",
              text="The health visitor will do Ella's development review by 27 March 2026. We will know this when the "
                   "review is completed."),
            A("support mum", "Professionals", "as needed", "things are better", "OV AV DV EV",
              text="Professionals will support mum as needed. We will know this when things are better."),
            A("prove he is safe to be around the children", "Mr Bryce", None, None, "AV DM EM",
              text="Mr Bryce will prove he is safe to be around the children."),
        ]),
    ],
    after=[
        ("Mason and Ella", ["The children have not yet been seen on their own."]),
        ("Contingency", ["The plan will be reviewed if anything changes."]),
        ("Review", ["Review conference: 18 May 2026"]),
    ],
))

# b15 - Word, one What/Who/By when/How we will know table, no outcomes; no contingency; review TBC
PLANS.append(dict(
    id="b15", fmt="docx", layout="table4", docx_header="table",
    title="Child Protection Plan",
    header=[
        ("Children", "Kacey Adams (13) and Jordan Adams (11)"),
        ("Category", "Neglect"),
        ("Conference", "5 March 2026"),
        ("Lead social worker", "Ben Mortimer, Castlegate Children's Services"),
        ("Review conference", "Date to be confirmed"),
    ],
    before=[
        ("Why we are worried", [
            "Ms Lisa Adams is drinking during the day and was found asleep with the chip pan on in February. Kacey has "
            "been cutting her arms and told the school nurse she 'can't cope with Mum'. Jordan has asthma and has "
            "been to A&E twice without an inhaler.",
        ]),
    ],
    actions_heading="Action plan",
    table_head=["What", "Who", "By when", "How we will know"],
    groups=[
        G(None, False, [
            A("Stop drinking during the day when the children are at home", "Ms Adams", "from today",
              "Mum says she no longer drinks during the day", "SR"),
            A("Give a breath test at each Turning Point session", "Ms Adams", "every Thursday",
              "Mum says she is not drinking and every breath test reads zero (Turning Point record)"),
            A("Have Kacey and Jordan for tea and overnight", "Mr Ryan Adams (dad)", "every Friday",
              "Kacey and Jordan both tell the social worker that they stay with their dad on Fridays"),
            A("See Kacey alone at school", "Ben Mortimer (social worker)", "every two weeks", "Visits recorded", "OO"),
            A("Refer Kacey to CAMHS for her self-harm", "Dr Hussain (GP)", "by 13 March 2026",
              "Kacey has her first CAMHS appointment and tells the school nurse at each weekly check-in that she has not cut herself"),
            A("Attend the Turning Point alcohol group", "Ms Adams", "weekly", "Completed", "OO"),
            A("Address the concerns", "Mum and Dad", "ASAP", "Things improve", "AV DV EV"),
            A("Keep a spare inhaler for Jordan at school and one in his bag", "School nurse", "Ongoing",
              "Jordan's inhaler is seen in his bag at each school nurse check", "DV"),
            A("A home conditions check will be done", "-", "by 20 March 2026", "Adequate housing", "OM EV"),
        ]),
    ],
    after=[
        ("What Kacey and Jordan told us", [
            "Kacey said she wants her mum 'to be normal again' and that she feels better at her dad's. Jordan said he "
            "is scared when he cannot breathe and nobody wakes up.",
        ]),
    ],
))

# b16 - Word, one table with an Outcome column; no record of the children's views
PLANS.append(dict(
    id="b16", fmt="docx", layout="table5", docx_header="paras",
    title="Child Protection Plan",
    header=[
        ("Children", "Jack Turner (12) and Evie Turner (10)"),
        ("Category", "Neglect"),
        ("Conference date", "25 February 2026"),
        ("Lead social worker", "Sophie Wells, Castle Children's Social Care"),
    ],
    before=[
        ("What we are worried about", [
            "Mr Martin Turner has severe depression. The house is filled with boxes; Jack's bedroom door cannot be "
            "opened and Evie has been sleeping on the landing. The washing machine has been broken for months and the "
            "children are teased at school about their clothes.",
        ]),
    ],
    actions_heading="The plan",
    table_head=["Outcome", "Action", "Lead", "Timescale", "Evidence of progress"],
    groups=[
        G("Evie and Jack each have a clear bedroom with a bed and somewhere to do homework", False, [
            A("Clear the boxes out of Jack's bedroom", "Mr Turner", "by 27 March 2026",
              "Mr Turner confirms the room is clear", "SR"),
            A("Clear the landing and Evie's bedroom so she can reach her bed", "Mr Turner", "by 27 March 2026",
              "Mr Turner confirms the room is clear and the social worker sees Evie's bed and floor clear at an unannounced visit"),
            A("Pay for a skip and help with the clear-out", "Nicola Hay (family support worker)", "w/c 16 March 2026",
              "Skip delivered", "OO"),
            A("Sort out the house", "Dad", "Soon", "Suitable home conditions", "AV DV EV"),
        ]),
        G("Evie and Jack go to school every day in clean uniform", False, [
            A("Wash and dry the children's uniforms at the launderette until the washer is fixed", "Mr Turner",
              "every Sunday and Wednesday",
              "Evie and Jack arrive in clean uniform on 4 days out of 5 (form tutors' weekly check)"),
            A("Check attendance and uniform for both children", "Mrs Obi (head of year 7, Castle Academy)",
              "every Friday", "Attendance 95% or more for both children (school register)"),
        ]),
        G("Evie and Jack have tea every evening and someone to talk to when their dad is low", False, [
            A("See his GP about his depression", "Mr Turner", "by 13 March 2026", "GP appointment attended", "OO"),
            A("Go to the Talking Therapies sessions", "Mr Turner", "weekly from 23 March 2026",
              "Sessions attended and Evie and Jack tell their social worker that tea is on the table on at least five evenings a week"),
            A("Have Jack and Evie for tea", "Mrs Karen Lloyd (aunt)", "every Wednesday",
              "The children have tea at their aunt's each Wednesday, as Mrs Lloyd and the children tell the social worker"),
        ]),
    ],
    after=[
        ("Children's views", ["Not yet gathered."]),
        ("Contingency plan", [
            "If the children's bedrooms are blocked again at an unannounced visit, or either child's attendance falls "
            "below 90%, Nicola Hay will tell the social worker that day and Sophie Wells will call an early core group "
            "within 5 working days.",
        ]),
        ("Review", ["Review conference: 20 May 2026"]),
    ],
))

# b17 - Word, goal headings with bullets carrying the fields inline; no lead professional
PLANS.append(dict(
    id="b17", fmt="docx", layout="bullets_inline", docx_header="paras",
    title="Child Protection Plan - Lane family",
    header=[
        ("Children", "Dylan Lane (15) and Ruby Lane (9)"),
        ("Adults at home", "Ms Sharon Lane (mum) and Mr Lee Cooper (mum's partner)"),
        ("Conference", "10 March 2026"),
        ("Core group", "Ms Lane, Mr Cooper, social worker, Ruby's class teacher, PC Amy Nolan, Family Intervention Team"),
    ],
    before=[
        ("What we are worried about", [
            "Dylan and Mr Cooper had a fight in the kitchen on 22 February in which Dylan was punched and Mr Cooper was "
            "cut with a glass. Ruby saw it and has since been refusing to go to bed. Dylan is smoking cannabis every day "
            "and has been excluded twice this year.",
        ]),
    ],
    actions_heading="Goals",
    goal_prefix="Goal",
    groups=[
        G("Parents work with the Family Intervention Team", True, [
            A("Meet the family intervention worker at home", "Ms Lane and Mr Cooper", "every Thursday from 12 March 2026",
              "All 10 sessions attended", "OO"),
            A("Hold a family meeting to agree the house rules", "Ms Lane, Mr Cooper and Dylan", "every Sunday",
              "Attends all 10 sessions and the family worker sees the house rules on the fridge being kept at two unannounced visits"),
            A("Engage with the family worker", "Mr Cooper", "Ongoing", "Mr Cooper confirms he is engaging",
              "AV DV EV SR"),
        ]),
        G("Ruby is not in the room when adults argue, and she goes to bed at 8pm", False, [
            A("Take Ruby to her bedroom or to Nan's next door if an argument starts", "Ms Lane", "from today",
              "Ruby tells her teacher she has not seen any fights, recorded in her own words"),
            A("Stay out of the house after 10pm if he has been drinking", "Mr Cooper", "from today",
              "Mum says Mr Cooper has kept to this", "SR"),
            A("Go to the Tuesday group for children who have seen fighting at home", "Ruby with Ms Lane",
              "every Tuesday from 17 March 2026", "Ruby has received support", "OO"),
        ]),
        G("Dylan is referred to the youth drug service", True, [
            A("A referral will be made to Compass Young People's Service", "-", "within 5 working days",
              "Referral made", "OM OO"),
            A("Go to the Compass sessions", "Dylan", "weekly",
              "Dylan attends and his urine screens are clear of cannabis at the monthly check"),
            A("Be more involved", "Mr Cooper", "As and when", "More positive relationship", "AV DV EV"),
        ]),
    ],
    after=[
        ("What Dylan and Ruby said", [
            "Dylan said Lee 'acts like he's my dad and he isn't' and that weed helps him sleep. Ruby said she wants "
            "'everyone to stop shouting' and likes Nan's house because it is quiet.",
        ]),
        ("Contingency", ["The social worker will consider next steps if things get worse."]),
        ("Review", ["Review conference: 3 June 2026"]),
    ],
))

# b18 - Word, outcome headings each with a table
PLANS.append(dict(
    id="b18", fmt="docx", layout="table4_headed", docx_header="table",
    title="Child Protection Plan - Maya Hussain",
    header=[
        ("Child", "Maya Hussain (7)"),
        ("Parents", "Ms Nadia Hussain and Mr Tariq Hussain"),
        ("Category", "Neglect (medical needs)"),
        ("Conference", "18 February 2026"),
        ("Lead social worker", "Chris Nolan, Greenway Children's Services"),
    ],
    before=[
        ("Worries", [
            "Maya has type 1 diabetes. She has been admitted to hospital twice since November with very high blood "
            "sugar, and three diabetes clinic appointments have been missed. School staff say her insulin is often not "
            "sent in and she has been kept off school on trip days.",
        ]),
    ],
    actions_heading="What needs to change",
    outcome_prefix="Outcome",
    table_head=["What", "Who", "By when", "How we will know"],
    groups=[
        G("Maya's blood sugar is checked and she has her insulin at the right times", False, [
            A("Check Maya's blood sugar before each meal and at bedtime and write it in her diary",
              "Ms Hussain and Mr Hussain", "four times a day from today", "Mum says the checks are being done", "SR"),
            A("Upload Maya's glucose monitor readings to the diabetes clinic portal", "Mr Hussain", "every Sunday",
              "Mr Hussain reports the readings are uploaded and the diabetes nurse sees Maya's readings in range at least 70% of the time"),
            A("Give Maya her lunchtime insulin at school", "Mrs Cole (school first aider, Greenway Primary)",
              "every school day", "Maya's lunchtime readings are between 4 and 10 on the school's log"),
            A("Take Maya to the diabetes clinic", "Ms Hussain", "3 April 2026", "Clinic appointment attended", "OO"),
            A("Take Maya to her HbA1c check", "Ms Hussain", "by 29 May 2026",
              "Appointment attended and Maya's HbA1c is lower than in January (clinic letter)"),
        ]),
        G("Maya goes to school every day and joins in PE and trips", False, [
            A("Train two school staff to give insulin", "Jenny Park (diabetes specialist nurse)", "by 20 March 2026",
              "Training completed", "OO"),
            A("Write Maya's individual health care plan with the school",
              "Jenny Park (diabetes specialist nurse) and Mrs Cole", "by 27 March 2026",
              "Health care plan shared with parents and core group", "OO"),
            A("Ensure Maya is safe", "All agencies", "Throughout the plan", "Stable blood sugars", "OV AV DV EV"),
        ]),
    ],
    after=[
        ("What Maya says", [
            "Maya said she hates 'the finger pricks' but likes her new sensor because it has a sticker on it. She "
            "said she was sad to miss the zoo trip and wants to go on the next one.",
        ]),
        ("Contingency plan", [
            "If Maya is admitted to hospital with high blood sugar again, or misses two clinic appointments, Jenny Park "
            "will tell the social worker that day and Chris Nolan will ask for a legal planning meeting within 5 "
            "working days.",
        ]),
        ("Review", ["Review conference: 13 May 2026"]),
    ],
))

# Plan-level labels other than outcome_not_about_child (derived from the groups)
PLAN_CODES = {
    "b01": "", "b02": "CG", "b03": "RM CG", "b04": "", "b05": "LM CG", "b06": "",
    "b07": "CM", "b08": "CV CG", "b09": "", "b10": "RM CG", "b11": "", "b12": "LM CG",
    "b13": "", "b14": "CV CG", "b15": "CM RM", "b16": "CV", "b17": "LM CG", "b18": "",
}


# ---------------------------------------------------------------------------
# Rendering: a plan becomes a list of blocks, then Markdown or Word
# ---------------------------------------------------------------------------

def cell(s: str | None) -> str:
    return "" if s is None else s


def action_blocks(plan: dict) -> list[tuple]:
    """The blocks of the action part of a plan, per its layout."""
    layout = plan["layout"]
    groups = plan["groups"]
    out: list[tuple] = []
    if plan.get("actions_heading"):
        out.append(("h2", plan["actions_heading"]))
    if layout == "table5":
        rows = [plan["table_head"]]
        for g in groups:
            for i, a in enumerate(g.actions):
                rows.append([g.outcome if i == 0 else "", a.task, cell(a.owner), cell(a.deadline), cell(a.evidence)])
        out.append(("table", rows))
    elif layout == "table4":
        rows = [plan["table_head"]]
        for g in groups:
            assert g.outcome is None
            for a in g.actions:
                rows.append([a.task, cell(a.owner), cell(a.deadline), cell(a.evidence)])
        out.append(("table", rows))
    elif layout == "table4_headed":
        for n, g in enumerate(groups, 1):
            out.append(("h3", f"{plan['outcome_prefix']} {n}: {g.outcome}"))
            rows = [plan["table_head"]]
            for a in g.actions:
                rows.append([a.task, cell(a.owner), cell(a.deadline), cell(a.evidence)])
            out.append(("table", rows))
    elif layout == "goalref":
        goals = [g.outcome for g in groups]
        out.insert(0, ("ol", goals))
        out.insert(0, ("h2", plan["goals_heading"]))
        rows = [plan["table_head"]]
        for n, g in enumerate(groups, 1):
            for a in g.actions:
                rows.append([str(n), a.task, cell(a.owner), cell(a.deadline), cell(a.evidence)])
        out.append(("table", rows))
    elif layout == "sos_table":
        for n, g in enumerate(groups, 1):
            out.append(("h3", f"{plan['goal_prefix']} {n}: {g.outcome}"))
            rows = [plan["table_head"]]
            for a in g.actions:
                assert a.evidence is GOAL
                rows.append([a.task, cell(a.owner), cell(a.deadline)])
            out.append(("table", rows))
    elif layout == "sos_list":
        for n, g in enumerate(groups, 1):
            out.append(("h3", f"{plan['goal_prefix']} {n}: {g.outcome}"))
            items = []
            for a in g.actions:
                assert a.evidence is GOAL
                items.append(f"{a.task}. Who: {cell(a.owner) or '-'}. By when: {cell(a.deadline) or '-'}."
                             if a.owner is not None else f"{a.task} {a.deadline}.")
            out.append(("ol", items))
    elif layout == "sos_fields":
        for n, g in enumerate(groups, 1):
            out.append(("h3", f"{plan['goal_prefix']} {n}: {g.outcome}"))
            items = []
            for a in g.actions:
                subs = [f"Who: {cell(a.owner)}", f"By when: {cell(a.deadline)}"]
                if a.evidence is not None:
                    subs.append(f"How we will know: {a.evidence}")
                items.append((a.task, subs))
            out.append(("ol", items))
    elif layout == "bullets_inline":
        sep = plan.get("heading_sep", None)
        for n, g in enumerate(groups, 1):
            if sep:
                out.append(("h3", f"{plan['goal_prefix']}{sep}{g.outcome}"))
            else:
                out.append(("h3", f"{plan['goal_prefix']} {n}: {g.outcome}"))
            items = []
            for a in g.actions:
                parts = [f"{a.task}.", f"Who: {cell(a.owner)}." if a.owner is not None else None,
                         f"By when: {a.deadline}." if a.deadline is not None else None,
                         f"How we will know: {a.evidence}." if a.evidence is not None else None]
                items.append(" ".join(p for p in parts if p))
            out.append(("ul", items))
    elif layout == "prose":
        for n, g in enumerate(groups, 1):
            if g.outcome is not None:
                out.append(("h2", f"Outcome {n}: {g.outcome}"))
            for a in g.actions:
                assert a.text, a.task
                out.append(("p", a.text))
    else:
        raise ValueError(layout)
    return out


def plan_blocks(plan: dict) -> list[tuple]:
    blocks: list[tuple] = [("h1", plan["title"])]
    if plan["fmt"] == "docx" and plan.get("docx_header") == "table":
        blocks.append(("table", [[k, v] for k, v in plan["header"]]))
    else:
        blocks.append(("kv", plan["header"]))
    for heading, paras in plan["before"]:
        blocks.append(("h2", heading))
        blocks.extend(("p", p) for p in paras)
    blocks.extend(action_blocks(plan))
    for heading, paras in plan["after"]:
        blocks.append(("h2", heading))
        blocks.extend(("p", p) for p in paras)
    return blocks


def md_escape_cell(s: str) -> str:
    return s.replace("|", "\\|")


def render_md(blocks: list[tuple]) -> str:
    out: list[str] = []
    for kind, body in blocks:
        if kind in ("h1", "h2", "h3"):
            out.append("#" * int(kind[1]) + " " + body)
        elif kind == "kv":
            out.append("\n".join(f"**{k}:** {v}  " for k, v in body))
        elif kind == "p":
            out.append(body)
        elif kind == "table":
            head, *rows = body
            lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
            for r in rows:
                lines.append("| " + " | ".join(md_escape_cell(c) for c in r) + " |")
            out.append("\n".join(lines))
        elif kind == "ol":
            lines = []
            for i, item in enumerate(body, 1):
                if isinstance(item, tuple):
                    text, subs = item
                    lines.append(f"{i}. {text}")
                    lines.extend(f"    - {s}" for s in subs)
                else:
                    lines.append(f"{i}. {item}")
            out.append("\n".join(lines))
        elif kind == "ul":
            out.append("\n".join(f"- {item}" for item in body))
        else:
            raise ValueError(kind)
    return "\n\n".join(out) + "\n"


def render_docx(blocks: list[tuple], path: Path) -> str:
    """Write the Word file; return its text (paragraphs and cells) for the checks."""
    import docx
    from docx.shared import Pt

    d = docx.Document()
    cp = d.core_properties
    cp.author = "planlint blind-evidence set"
    cp.last_modified_by = "planlint blind-evidence set"
    cp.created = datetime(2026, 3, 1, 9, 0, 0)
    cp.modified = datetime(2026, 3, 1, 9, 0, 0)
    cp.revision = 1
    cp.title = blocks[0][1]
    texts: list[str] = []
    for kind, body in blocks:
        if kind in ("h1", "h2", "h3"):
            d.add_heading(body, level=int(kind[1]))
            texts.append(body)
        elif kind == "kv":
            for k, v in body:
                p = d.add_paragraph()
                p.add_run(f"{k}: ").bold = True
                p.add_run(v)
                texts.append(f"{k}: {v}")
        elif kind == "p":
            d.add_paragraph(body)
            texts.append(body)
        elif kind == "table":
            ncols = len(body[0])
            t = d.add_table(rows=len(body), cols=ncols)
            t.style = "Table Grid"
            for r, row in enumerate(body):
                for c, val in enumerate(row):
                    cl = t.cell(r, c)
                    cl.text = ""
                    run = cl.paragraphs[0].add_run(val)
                    if r == 0 and ncols > 2:
                        run.bold = True
                    if c == 0 and ncols == 2:
                        run.bold = True
                    run.font.size = Pt(10)
                    texts.append(val)
            d.add_paragraph()
        elif kind in ("ol", "ul"):
            style = "List Number" if kind == "ol" else "List Bullet"
            for item in body:
                if isinstance(item, tuple):
                    text, subs = item
                    d.add_paragraph(text, style=style)
                    texts.append(text)
                    for s in subs:
                        d.add_paragraph(s, style="List Bullet 2")
                        texts.append(s)
                else:
                    d.add_paragraph(item, style=style)
                    texts.append(item)
        else:
            raise ValueError(kind)
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with a fixed timestamp and order, so the output is deterministic
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())
    return "\n".join(texts)


# ---------------------------------------------------------------------------
# Labels and checks
# ---------------------------------------------------------------------------

def codes_to_labels(codes: str, table: dict) -> dict:
    toks = codes.split()
    unknown = [t for t in toks if t not in table]
    assert not unknown, unknown
    return {name: code in toks for code, name in table.items()}


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def action_record(a: A, g: G) -> dict:
    evidence = g.outcome if a.evidence is GOAL else a.evidence
    lab = codes_to_labels(a.codes, ACTION_LABELS)
    lab["outcome_not_about_child"] = bool(g.outcome is not None and g.bad)
    # the guide's structural rules
    where = a.task
    assert not (lab["owner_missing"] and lab["owner_vague"]), where
    assert not (lab["deadline_missing"] and lab["deadline_vague"]), where
    assert not (lab["evidence_missing"] and lab["evidence_vague"]), where
    assert (a.owner is None or a.owner in PLACEHOLDERS) == lab["owner_missing"], where
    assert (a.deadline is None or a.deadline in PLACEHOLDERS) == lab["deadline_missing"], where
    assert (evidence is None or evidence in PLACEHOLDERS) == lab["evidence_missing"], where
    if lab["evidence_missing"]:
        assert not (lab["evidence_self_report"] or lab["evidence_output_only"]), where
    return {
        "task": a.task, "owner": a.owner, "deadline": a.deadline, "evidence": evidence,
        "labels": {k: lab[k] for k in ACTION_ORDER},
    }


def main() -> int:
    PLANS_DIR.mkdir(parents=True, exist_ok=True)
    lines: list[str] = []
    counts: Counter = Counter()
    n_actions = 0
    fmts = Counter()
    for plan in PLANS:
        ext = "md" if plan["fmt"] == "md" else "docx"
        name = f"{plan['id']}.{ext}"
        fmts[ext] += 1
        blocks = plan_blocks(plan)
        if ext == "md":
            text = render_md(blocks)
            (PLANS_DIR / name).write_text(text, encoding="utf-8")
        else:
            text = render_docx(blocks, PLANS_DIR / name)
        flat = norm(text.replace("\\|", "|"))
        actions = []
        for g in plan["groups"]:
            for a in g.actions:
                rec = action_record(a, g)
                for part in ("task", "owner", "deadline", "evidence"):
                    if rec[part] is not None:
                        assert norm(rec[part]) in flat, (plan["id"], part, rec[part])
                actions.append(rec)
        pl = codes_to_labels(PLAN_CODES[plan["id"]], PLAN_LABELS)
        pl["outcome_not_about_child"] = any(g.outcome is not None and g.bad for g in plan["groups"])
        assert not (pl["contingency_missing"] and pl["contingency_vague"]), plan["id"]
        rec = {"plan": f"plans/{name}", "plan_labels": {k: pl[k] for k in PLAN_ORDER}, "actions": actions}
        lines.append(json.dumps(rec))
        n_actions += len(actions)
        for a in actions:
            for k, v in a["labels"].items():
                counts[("action", k, v)] += 1
        for k, v in rec["plan_labels"].items():
            counts[("plan", k, v)] += 1
    (ROOT / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    print(f"{len(PLANS)} plans ({fmts['md']} Markdown, {fmts['docx']} Word), {n_actions} actions")
    print("action label              true  false")
    for k in ACTION_ORDER:
        print(f"  {k:26s}{counts[('action', k, True)]:4d}  {counts[('action', k, False)]:4d}")
    print("plan label                true  false")
    for k in PLAN_ORDER:
        print(f"  {k:26s}{counts[('plan', k, True)]:4d}  {counts[('plan', k, False)]:4d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
