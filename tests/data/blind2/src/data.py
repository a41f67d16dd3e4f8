"""Second blind test set (all fictional plans), labelled to docs/annotation-guide.md.

Label codes: OM owner_missing, OV owner_vague, TV action_vague, DM deadline_missing,
DV deadline_vague, EM evidence_missing, EV evidence_vague ("" = no defect).
Plan label codes: C contingency_missing, L lead_professional_missing,
R review_date_missing, V child_voice_missing.

Row actions:      (task, owner, deadline, evidence, codes); "" or None = the part is absent
                  (an empty cell, or a field left out of the item).
Sentence actions: (sentence, task, owner, deadline, evidence, codes) where task/owner/
                  deadline/evidence are substrings of the sentence (or None).
Each plan says its layout in `layout`; make.py has one renderer per plan.
"""
N = None

PLANS = [
 # ------------------------------------------------------------------ b2-01
 # Markdown; owner-first action table; header as an em-dash list under numbered headings.
 dict(id="b2-01", layout="md-owner-first-table", la="Brackenridge Metropolitan Borough Council",
  plan_labels="",
  header=[("Child", "Alfie Dunmore, born 02/11/2025 (7 months)"),
          ("Parents", "Kayleigh Dunmore (24) and Craig Ellis (27)"),
          ("Category", "Neglect"),
          ("Initial conference", "9 June 2026"),
          ("Lead social worker", "Nadia Hussain, Brackenridge Safeguarding Team East")],
  worries="Alfie's weight has dropped from the 50th centile to below the 9th since February. Kayleigh has "
          "a learning disability and has been putting extra water in his bottles \"so he doesn't get "
          "bunged up\". Alfie has missed his 8, 12 and 16 week immunisations. Twice he has been found asleep "
          "on the sofa next to Craig. Several adults not known to services have been staying at the flat, "
          "and Craig says one of them \"borrows\" his bank card.",
  working="Kayleigh and Craig clearly love Alfie and have let us in for every visit. Kayleigh's mum, Brenda, "
          "lives two streets away and sees Alfie most days. Both parents say they want help and they ask "
          "when they do not understand something.",
  voice=("Alfie's day",
         "At the visit on 4 June Alfie sat in his bouncer facing the television for most of the ninety "
         "minutes. He smiled and babbled when Nadia spoke to him and grabbed at her lanyard. His babygrow "
         "was too small and his nappy was heavy. He gulped down a bottle that looked thin and watery. When "
         "his nan arrived he held his arms out to her."),
  contingency="If Alfie's weight has not started to climb by the first core group, or he is found sleeping "
              "unsafely again, Nadia Hussain will speak to her team manager about a legal planning meeting "
              "and a parent-and-baby placement may be considered.",
  review="Review child protection conference: Tuesday 8 September 2026, 1.30pm, Brackenridge Town Hall.",
  headers=["Lead person", "What we agreed", "Start / finish", "What will tell us it's done"],
  # (task, owner, deadline, evidence, codes)
  actions=[
   ("Make up every bottle using the picture card on the kitchen wall: one level scoop of powder to each "
    "30ml of cooled boiled water", "Kayleigh (mum)", "every feed, starting 10/06/2026",
    "Alfie back on or above the 25th centile by the review; no wrongly made-up bottles seen at HV checks", ""),
   ("Weigh Alfie at home and watch Kayleigh make up one feed", "Jo Fairley (HV)", "weekly (Thursdays)",
    "Weights plotted in the red book and emailed to the SW the same day", ""),
   ("Put Alfie to sleep on his back in his own cot, never on the sofa or in the parents' bed",
    "Craig and Kayleigh", "from tonight",
    "Alfie found asleep in his cot at every evening and unannounced visit", ""),
   ("Refer Kayleigh and Craig to the Community Learning Disability Team for a parenting assessment adapted "
    "to their learning needs (PAMS)", "Nadia Hussain (SW)", "within 10 working days of conference",
    "Assessor allocated and first session date given to both parents in writing", ""),
   ("Help Mum and Dad understand what Alfie needs", "Team around Alfie", "over the coming months",
    "Parents are more confident", "OV TV DV EV"),
   ("An easy-read copy of this plan, with pictures, to be given to both parents and gone through with them",
    "", "before the first core group",
    "Both parents can tell their SW the three main worries in their own words", "OM"),
   ("Take Alfie to the GP surgery for the immunisations he has missed (8, 12 and 16 weeks)", "Kayleigh",
    "by 31/07/2026", "", "EM"),
   ("Sort out who comes round to the flat", "Craig", "", "Safer home for Alfie", "TV DM EV"),
   ("Have Alfie at her house on Wednesday and Saturday afternoons so Kayleigh can rest and go shopping",
    "Brenda Dunmore (maternal gran)", "twice a week from 13 June 2026",
    "Gran's diary shows both afternoons took place each week; brought to every core group", ""),
  ]),

 # ------------------------------------------------------------------ b2-02
 # Markdown; header in a blockquote; numbered prose sentences under "What will happen ..." headings.
 dict(id="b2-02", layout="md-prose-numbered", la="Kestrel Bay Council", plan_labels="R",
  header=[("Young person", "Maya Adeyemi, 13"),
          ("Lives with", "Funmi Adeyemi (mum) and Gary Holt (mum's partner)"),
          ("Category", "Sexual abuse (online)"),
          ("ICPC date", "16 June 2026"),
          ("Lead professional", "Dan Whitlock, social worker, Kestrel Bay Children's Services")],
  worries="In May a man Maya met through an online game persuaded her to move to a private messaging app "
          "and to send him sexual images of herself. He then threatened to post the pictures to her year "
          "group unless she sent more. Maya cut her arms and thighs and has stayed off school since. Police "
          "have taken her phone and are investigating. Maya had her phone and console in her room every "
          "night and Mum and Gary did not know who she was talking to.",
  voice=("What Maya says",
         "Maya said she thought she was chatting to a boy her age called \"Jace\" and that she now feels "
         "\"stupid and disgusting\". She wants a phone back but accepts it should stay downstairs at night. "
         "She does not want to go back to school until people stop talking about her, and she would rather "
         "talk to a woman than a man about what happened."),
  contingency="If anyone contacts Maya again asking for pictures, if she hurts herself badly enough to need "
              "medical treatment, or if she is still out of school at the review, Dan Whitlock will call a "
              "strategy meeting and ask for an urgent CAMHS crisis assessment the same day.",
  review="A review conference will be arranged. The conference chair's office will write to the family with "
         "the date.",
  # (heading, context paragraph or None, [sentence actions])
  sections=[
   ("What will happen at home", None, [
    ("Mum and Gary will put all the phones, Maya's tablet and the Xbox on the charging shelf in the kitchen "
     "at 9pm every night, so that Maya has no device in her room overnight, which both Maya and Mum will "
     "confirm to Dan at each visit.",
     "put all the phones, Maya's tablet and the Xbox on the charging shelf in the kitchen", "Mum and Gary",
     "at 9pm every night",
     "Maya has no device in her room overnight, which both Maya and Mum will confirm to Dan at each visit", ""),
    ("By 3 July 2026, Dan Whitlock will sit down with Mum, Gary and Maya to write a family agreement about "
     "apps, passwords and who Maya can talk to online; we'll know it is done when all three have signed it "
     "and a copy is on Maya's file.",
     "sit down with Mum, Gary and Maya to write a family agreement about apps, passwords and who Maya can "
     "talk to online", "Dan Whitlock", "By 3 July 2026",
     "all three have signed it and a copy is on Maya's file", ""),
    ("Parental controls will be put on the home broadband and on Maya's new phone.",
     "Parental controls will be put on the home broadband and on Maya's new phone", N, N, N, "OM DM EM"),
    ("Mum will keep a closer eye on what Maya is doing online going forward.",
     "keep a closer eye on what Maya is doing online", "Mum", "going forward", N, "TV DV EM"),
   ]),
   ("What will happen at school", "Maya has not been in school since 14 May.", [
    ("Mrs Achterberg, designated safeguarding lead at Harbourside Academy, will agree a reduced timetable "
     "with Maya and Mum, starting on 22 June 2026, that builds back up to full days, so that Maya is in "
     "every morning by the end of the summer term and full-time from September, as shown on the register.",
     "agree a reduced timetable with Maya and Mum",
     "Mrs Achterberg, designated safeguarding lead at Harbourside Academy", "starting on 22 June 2026",
     "Maya is in every morning by the end of the summer term and full-time from September, as shown on "
     "the register", ""),
    ("Harbourside Academy will support Maya with her wellbeing this term.",
     "support Maya with her wellbeing", "Harbourside Academy", "this term", N, "TV EM"),
   ]),
   ("What will happen with the police and health services", None, [
    ("DC Leanne Maguire of the Online Child Abuse Team will, at least once every four weeks, visit Maya and "
     "Mum at home to update them on the investigation into the man who contacted Maya, so that each visit, "
     "and what Maya was told, is written on the police log.",
     "visit Maya and Mum at home to update them on the investigation into the man who contacted Maya",
     "DC Leanne Maguire of the Online Child Abuse Team", "at least once every four weeks",
     "each visit, and what Maya was told, is written on the police log", ""),
    ("A referral to CAMHS about Maya's self-harm will be sent asap.",
     "A referral to CAMHS about Maya's self-harm will be sent", N, "asap", N, "OM DV EM"),
    ("In the week of 29 June 2026 the school nurse, Amira Haddad, and Mum will go through a self-harm safety "
     "plan with Maya, and it will have helped if Maya can name two adults and one helpline she "
     "would contact before hurting herself.",
     "go through a self-harm safety plan with Maya", "the school nurse, Amira Haddad, and Mum",
     "In the week of 29 June 2026",
     "Maya can name two adults and one helpline she would contact before hurting herself", ""),
   ]),
  ]),

 # ------------------------------------------------------------------ b2-03
 # Markdown; header as a one-row horizontal table; actions grouped under owner headings
 # ("### Rebecca (Mum) will:"), bullets "task (deadline) — *we'll know because* evidence".
 dict(id="b2-03", layout="md-owner-headings", la="Thornbury Moor Council", plan_labels="L",
  header=[("Children", "Kian Walsh (12), Lacey Walsh (5)"),
          ("Category", "Neglect"),
          ("Conference date", "12 June 2026"),
          ("Lead professional", "To be confirmed once the case moves to the Family Safeguarding Team"),
          ("Review conference", "15/09/2026")],
  worries="Rebecca Walsh has multiple sclerosis and depression and has been much worse since Christmas. "
          "Kian helps her to wash, dress and get to the toilet, cooks most evening meals and gets Lacey "
          "ready for school. His attendance has dropped to 71% and he falls asleep in lessons. In May Lacey "
          "was taken to A&E after drinking some of her mum's liquid morphine, which had been left on the "
          "kitchen side. No other adult lives in the house.",
  voice=("What Kian and Lacey say",
         "Kian said: \"I don't mind helping Mum, she's my mum. I just want to play football on Saturdays "
         "like I used to.\" He said he gets scared when Mum falls. Lacey said she likes it when Kian does her "
         "hair and that \"Mummy's legs don't work\"."),
  contingency="If Rebecca's health gets worse and no carer is in place, or Lacey gets hold of medicine again, "
              "the team will hold a strategy discussion and the children may stay with their aunt, Gemma Walsh, "
              "while care for Rebecca is arranged.",
  # (owner heading, [(task, deadline, evidence, codes)]) -- the owner is the heading's name
  groups=[
   ("Rebecca (Mum)", [
    ("Keep her liquid morphine and all other medicines in the locked box from the pharmacy, with the key on "
     "her lanyard", "from today",
     "the box is locked at every home visit and Lacey has no more A&E attendances", ""),
    ("Arrange for her sister Gemma to have Lacey on Saturday mornings so Kian can go to football training",
     "every Saturday from 20 June 2026",
     "the coach's register shows Kian at training on at least 3 Saturdays out of every 4", ""),
    ("Think about how her illness affects the children", "when she feels ready",
     "Mum understands the impact on Kian", "TV DV EV"),
   ]),
   ("The allocated social worker", [
    ("Refer Rebecca to Adult Social Care for a Care Act assessment of her own care needs",
     "within 5 working days",
     "an agency carer is helping Rebecca to wash and dress each morning before the review conference, and "
     "Kian no longer does this", ""),
    ("Visit the family and see Kian and Lacey on their own, with at least one visit in three unannounced",
     "every 2 weeks", N, "EM"),
   ]),
   ("Thornbury Moor Young Carers (Sophie Lang)", [
    ("Complete a young carer's assessment with Kian and invite him to the Tuesday after-school club",
     "by 17 July 2026", "Kian has been to the club at least twice before the summer holidays", ""),
   ]),
   ("St Aidan's School (Mr Oduya, Head of Year 8)", [
    ("Bring Kian's attendance figures and a written update from his form tutor", "at each core group",
     "Kian's attendance is above 90% for the autumn half term", ""),
    ("Give Kian extra help", N, "Kian is happier in school", "TV DM EV"),
   ]),
   ("Everyone in the core group", [
    ("Tell the allocated social worker about any new worry for Kian or Lacey", "the same day", N, "OV EM"),
   ]),
  ]),

 # ------------------------------------------------------------------ b2-04
 # Markdown; one-line pipe-separated header; checkbox list under topic headings,
 # "- [ ] task (owner – deadline) — success: evidence".
 dict(id="b2-04", layout="md-checkboxes", la="Hollins Cross Borough Council", plan_labels="V",
  header=[("Plan for", "Esme Docherty, aged 6"),
          ("Parents", "Lorraine and Paul Docherty"),
          ("Category", "Physical abuse (fabricated or induced illness)"),
          ("Conference", "23/06/2026"),
          ("Lead SW", "Priti Sandhu"),
          ("Review", "29/09/2026")],
  worries="Since Esme was two, Mrs Docherty has taken her to four different hospitals describing seizures, "
          "severe food allergies and leg pain that stops her walking. No doctor or nurse has ever seen a "
          "seizure, and the allergy tests and two EEGs were normal. School staff have never seen a reaction "
          "to food. Mrs Docherty has asked for Esme to have a feeding tube. Esme has missed 38% of school this "
          "year because of appointments and illnesses reported by her mum, and she uses a wheelchair outside "
          "that was supplied on the strength of her mum's account.",
  working="Mr and Mrs Docherty have agreed that one paediatrician should lead on all of Esme's care. Mr "
          "Docherty is home more often since changing jobs.",
  voice=None,
  contingency="If Mrs Docherty takes Esme to any GP or hospital without telling the lead paediatrician, or "
              "asks again for a feeding tube, Priti Sandhu will call a strategy discussion by the end of the "
              "next working day and legal advice will be sought.",
  # (topic heading, [(task, owner, deadline, evidence, codes)])
  groups=[
   ("Health", [
    ("Hold one meeting with every hospital and GP practice that has seen Esme, write a single health "
     "chronology and agree one lead paediatrician for all of her care",
     "Dr Elaine Frost, consultant paediatrician", "by 15/07/2026",
     "chronology shared with the core group and each hospital's record flagged with Dr Frost as lead", ""),
    ("Only take Esme to appointments agreed by Dr Frost, and tell Priti within 24 hours about any other "
     "visit to a GP, walk-in centre or A&E", "Mum", "from 24 June 2026",
     "no unplanned attendances on Esme's health records at the review", ""),
    ("Be more accepting of what the doctors say", "Mum", "asap", "Mum is less anxious", "TV DV EV"),
    ("Give Esme the normal diet set out by the paediatric dietitian and stop the allergy-free meal plan",
     "Mum and Dad", "from the start of the next school week",
     "Esme eats a school dinner and a normal tea at home with no reaction, seen at two mealtime visits", ""),
    ("Esme's wheelchair to be handed back to the wheelchair service", N, "by 30/06/2026",
     "Esme walks to and from school every day, seen by staff at the gate", "OM"),
   ]),
   ("School", [
    ("Keep a log of every time Esme is sent home ill or is absent for a medical reason, with the reason Mum "
     "gives, and email it to Priti every Friday", "Mrs Bailey, DSL, Oakfield Infants", "weekly", N, "EM"),
    ("Follow up on any absences", "Education", "as and when", "attendance improves", "OV TV DV EV"),
   ]),
   ("Home and family", [
    ("See Esme on her own at school and at home and use the three houses tool with her",
     "Priti Sandhu, SW", "every 10 working days",
     "Esme's own words about home, school and her body written up on her file after each visit", ""),
    ("Take a bigger share of Esme's day-to-day care", "Dad", N, N, "TV DM EM"),
   ]),
  ]),

 # ------------------------------------------------------------------ b2-05
 # Word; 4-column header table; action table Ref / Task / Person responsible / Completion date /
 # Measure of success, ending with an all-empty row (not an action).
 dict(id="b2-05", layout="docx-task-table", la="Penhallow Borough Council", plan_labels="",
  header=[("Children", "Harvey Lomax (9) and Evie Lomax (4)", "Category", "Emotional abuse"),
          ("Lead professional", "Marta Kowalczyk, Social Worker", "ICPC", "11/06/2026"),
          ("Parents", "Danielle Lomax; Scott Lomax (not living at the address)", "Next RCPC", "03/09/2026")],
  worries="There have been six police call-outs to the house in the last twelve months. On 12 May 2026 Mr Lomax "
          "held Ms Lomax against the kitchen wall by her throat; Harvey saw this, took Evie into the "
          "bathroom and rang 999. Mr Lomax has been charged and is on bail not to go to the address. Harvey "
          "is bedwetting again, and Evie's nursery say she hides under the table when a man comes "
          "into the room.",
  voice=("What Harvey and Evie have said",
         "Harvey said: \"I want Dad to live somewhere else but I still want to see him at the football.\" He "
         "worries about his mum while he is at school. Evie said \"Daddy shouted at Mummy and Mummy cried\" "
         "and drew her family with Dad standing outside the house."),
  contingency="If Mr Lomax moves back into the house, breaches his bail or assaults Ms Lomax again, the "
              "lead professional will convene a strategy discussion within 24 hours and the local authority "
              "will seek legal advice about Harvey and Evie's safety.",
  headers=["Ref", "Task", "Person responsible", "Completion date", "Measure of success"],
  # (ref, task, owner, deadline, evidence, codes)
  actions=[
   ("1.1", "Apply for a non-molestation order",
    "Danielle Lomax, supported by Nisha Parmar (IDVA, Penhallow Women's Centre)", "by 26.06.2026",
    "Order granted; copies given to school, nursery and the police", ""),
   ("1.2", "Fit a video doorbell and window locks at the house under the target hardening scheme",
    "PCSO Martin Dale, Penhallow Neighbourhood Policing", "within 7 days of the ICPC",
    "Doorbell and locks in place; Ms Lomax shows the SW the doorbell app working at the next visit", ""),
   ("1.3", "Work with Harvey around what he has witnessed", "Partner agencies", "Ongoing", "", "OV TV DV EM"),
   ("2.1", "Book Harvey onto the 10-week 'Roots' group for children who have lived with domestic abuse",
    "Marta Kowalczyk (SW)", "before the October half term",
    "Harvey attends at least 8 of the 10 sessions; group worker's closing report on file", ""),
   ("2.2", "Attend a domestic abuse perpetrator programme", "Scott Lomax", "",
    "Mr Lomax takes responsibility for his behaviour", "DM EV"),
   ("2.3", "Contact between Mr Lomax and the children to be supervised at Brookside Family Centre only", "",
    "fortnightly, Saturdays 10–12",
    "Contact records show no incidents and no talk about the court case in front of the children", "OM"),
   ("2.4", "Attend the Recovery Toolkit course (12 weeks, Tuesday mornings, creche provided)", "Danielle Lomax",
    "starting 30 June 2026",
    "Certificate of completion, and Ms Lomax can talk through her safety plan and three warning signs with "
    "the SW", ""),
   ("2.5", "Check in with Harvey each morning and log anything he says about home on CPOMS",
    "Mr Adebayo (class teacher) / Mrs Finch (DSL)", "every school day", "", "EM"),
   ("", "", "", "", "", None),  # an all-empty row: not an action
  ]),

 # ------------------------------------------------------------------ b2-06
 # Word; header as a bulleted list; actions as plain paragraphs with bold inline labels
 # "Who:" / "When:" / "How we'll know:" in one paragraph; a label is left out when the part is absent.
 dict(id="b2-06", layout="docx-inline-labels", la="Saltmarsh City Council", plan_labels="C V",
  header=[("Young person", "Tia Rowlands, 15"),
          ("Parent", "Michelle Rowlands (mum)"),
          ("Category", "Sexual abuse (child sexual exploitation)"),
          ("Date of ICPC", "19 June 2026"),
          ("Allocated social worker (lead professional)", "Bukola Adesanya")],
  worries="Tia has been reported missing nine times since March, sometimes for two or three nights. On 2 June "
          "2026 police found her in a hotel room in Leeford with a 27-year-old man and two other adults, with "
          "alcohol and cannabis in the room. She has new clothes, a second phone and money her mum cannot "
          "account for. Tia was treated for a sexually transmitted infection in May. She has been excluded "
          "twice this year for fighting and is on a reduced timetable.",
  working="Jordan Ellis from the Exploitation Hub has built a good relationship with Tia, and her nan is a "
          "steady support. Mum reports every missing episode to the police straight away.",
  review="Core group meetings every four weeks, the first on 3 July 2026. Review conference: 10 September 2026.",
  # (topic heading, [(task, owner, deadline, evidence, codes)])
  groups=[
   ("Keeping Tia safe outside the home", [
    ("Meet Tia for a return-home conversation after each missing episode and pass on any names, cars or "
     "addresses she mentions to the police intelligence officer",
     "Jordan Ellis (youth worker, Saltmarsh Exploitation Hub)", "within 3 working days of Tia coming back",
     "Every conversation logged on the Hub system and a police intelligence form sent the same day", ""),
    ("Visit the hotels and taxi firms Tia has been seen using and brief staff on the signs of child sexual "
     "exploitation", "DS Rachel Nnamdi (Saltmarsh Police CSE Team)", "by 31 July 2026",
     "A list of every hotel and taxi firm visited, shared at core group", ""),
    ("Agree a safe word Tia can text to Mum or Jordan to be picked up from anywhere, no questions asked",
     "Mum and Jordan Ellis", "this week",
     "The arrangement is written into Tia's safety plan and Tia can tell Bukola what it is", ""),
   ]),
   ("Health", [
    ("Full sexual health screen with Tia and offer of long-acting contraception",
     "Nurse practitioner, Young People's Sexual Health Clinic", "at her appointment on 24/06/2026", N, "EM"),
   ]),
   ("Home and school", [
    ("Be firmer with Tia about where she goes", "Michelle Rowlands (Mum)", N,
     "Tia is home by 9.30pm on atleast 6 nights out of 7, noted in Mum's diary", "TV DM"),
    ("Share information as it comes in", "Multi-agency", "as and when", "Everyone is kept in the loop",
     "OV TV DV EV"),
    ("A place on the Phoenix Project one-to-one mentoring scheme will be requested for Tia", N,
     "before the summer holidays", "Tia meets her mentor weekly over the summer, recorded by the Phoenix Project",
     "OM"),
    ("Monitor Tia's attendance lesson by lesson and text Mum within 20 minutes if Tia leaves site or misses a "
     "lesson", "Mr Kelleher, attendance lead, Saltmarsh High", "every school day",
     "Mum confirms she got every text; attendance printout shared with Bukola each Friday", ""),
   ]),
  ]),

 # ------------------------------------------------------------------ b2-07
 # Word; header as plain "Label: value" paragraphs; one heading and one table per outcome
 # (What needs doing / Lead / Date due / How we'll see the difference).
 dict(id="b2-07", layout="docx-table-per-outcome", la="Coldharbour Unitary Council", plan_labels="C L",
  header=[("Child", "Oliver (Ollie) Brennan, born 14/02/2026"),
          ("Parents", "Kirsty Brennan (19) and Dylan Hughes (21)"),
          ("Living with", "maternal grandparents, Maureen and Tony Brennan, under a safety plan"),
          ("Category", "Physical abuse"),
          ("Initial conference", "17 June 2026"),
          ("Lead social worker", "awaiting allocation (Child Protection Team North)"),
          ("Review conference", "Wednesday 2 September 2026, 10:00, Civic Offices Room 4")],
  worries="On 28 May 2026 Ollie was brought to A&E with a swollen left arm. X-rays showed a spiral fracture "
          "of the upper arm and two healing rib fractures thought to be older. Neither parent has offered an "
          "explanation. Kirsty has felt low since the birth, and Dylan told the health visitor that Ollie's "
          "crying \"does his head in\". Police are investigating.",
  voice=("Ollie's world",
         "Ollie is fed on demand by his mum and his nan and is gaining weight along the 50th centile. At the "
         "visit on 15 June he lay on his playmat kicking and cooing at his grandad, then startled and cried "
         "when a door banged; he settled quickly when Kirsty picked him up. His arm is in a sling and he "
         "cries when his vest is changed."),
  contingency_text="To be agreed at the first core group meeting.",
  headers=["What needs doing", "Lead", "Date due", "How we'll see the difference"],
  outcomes=[
   ("Outcome 1: Ollie is never left alone with either parent while the assessments are done", [
    ("Stay with Ollie whenever he is with Kirsty or Dylan, day and night, and sign the supervision log each "
     "evening", "Maureen and Tony Brennan (maternal grandparents)", "24 hours a day from 17/06/2026",
     "Log fully signed at every visit; the health visitor and social worker find no unsupervised time", ""),
    ("Make unannounced visits to check the safety plan is being kept to", "Social worker", "at least weekly",
     "", "EM"),
    ("Be around to back up Nan and Grandad", "Wider family", "", "Ollie stays safe", "OV TV DM EV"),
   ]),
   ("Outcome 2: Professionals understand how Ollie's injuries happened", [
    ("Arrange Ollie's follow-up skeletal survey and bone health blood tests",
     "Dr Amit Basu, consultant community paediatrician", "by 1 July 2026",
     "Results sent in writing to the social worker and discussed at the first core group", ""),
    ("Interview Kirsty and Dylan under caution about Ollie's injuries",
     "DC Sam Whitfield, Child Abuse Investigation Team", "TBC",
     "Outcome of the investigation shared in writing with children's social care", "DV"),
    ("An independent parenting assessment of both parents will be commissioned", "", "within 4 weeks",
     "Final report received before the review conference", "OM"),
   ]),
   ("Outcome 3: Kirsty and Dylan can cope safely when Ollie cries", [
    ("Work through the ICON 'coping with crying' programme with Kirsty and Dylan together at a home visit",
     "Lauren Tate (health visitor)", "within 2 weeks",
     "Both parents can describe their own plan for when Ollie will not settle, written in the HV record", ""),
    ("Get his temper under control", "Dylan", "in the near future", "", "TV DV EM"),
    ("See her GP about her low mood and take up her referral to the perinatal mental health team", "Kirsty",
     "by 10/07/2026", "Kirsty feels better in herself", "EV"),
   ]),
  ]),

 # ------------------------------------------------------------------ b2-08
 # Word; one-line header; one table with the deadline first (By when / What / Lead agency / person /
 # What difference it will make) and merged full-width group rows; review and contingency as prose.
 dict(id="b2-08", layout="docx-deadline-first-table", la="Eastholme Metropolitan Council", plan_labels="R",
  header_line="Keeley Booth (10) · Rio Booth (2) · Unborn baby (due 3 November 2026) · Category: neglect · "
              "ICPC 18 June 2026 · Lead SW: Tom Gallagher",
  worries="Stacey Booth has been on a methadone script for four years but told her recovery worker in May that "
          "she has started using heroin again. A used needle was found in the nappy bin on 3 June. Wayne Tait, "
          "Rio's dad, drinks heavily at weekends, and in April officers attended a row between him and Stacey. Rio has "
          "tooth decay and is not registered with a dentist. Keeley is often late for school. Stacey is 20 "
          "weeks pregnant.",
  voice=("What Keeley told us",
         "Keeley said she loves her mum and Wayne \"when they're not poorly\". She worries about Mum being "
         "\"sleepy\" and about the baby, and she makes Rio's tea most nights. She wants to go to the summer "
         "holiday club with her friend Macy. Rio was seen climbing on the sofa with a bottle of juice; when he "
         "fell he ran to Keeley, not to his mum."),
  review_contingency="The core group will meet every six weeks, with the first meeting on 2 July 2026. The date "
                     "of the review conference is still to be confirmed by the Safeguarding Unit. If Stacey uses "
                     "heroin again, or either child is found being looked after by an adult who is under the "
                     "influence, Keeley and Rio will go to stay with their nan, Pat Booth, and Tom Gallagher "
                     "will request legal planning.",
  headers=["By when", "What", "Lead agency / person", "What difference it will make"],
  # (group title, [(task, owner, deadline, evidence, codes)]) -- rendered deadline first
  groups=[
   ("1. Safe care at home", [
    ("Keep all methadone, needles and the sharps bin in the locked cabinet in the bathroom, out of the "
     "childen's reach", "Stacey and Wayne", "from 19/06/2026",
     "Cabinet locked and nothing left out at every unannounced visit (SW and recovery worker to check)", ""),
    ("Put the children's safety first", "Stacey and Wayne", "Ongoing", "Children are safe",
     "TV DV EV"),
   ]),
   ("2. Stacey's and Wayne's drug and alcohol use", [
    ("Supervised methadone at the pharmacy and a urine screen at the weekly key-work session",
     "Stacey, with her recovery worker (Gill Archer, Pathways Recovery Service)", "every week, on Monday",
     "Urine screens negative for heroin and positive only for methadone for 8 weeks running before the review",
     ""),
    ("Support Wayne to go to an alcohol assessment at Pathways by booking it with him and going along on the day",
     "Tom Gallagher, SW", "within 2 wks", "Wayne has been assessed and has a named key worker", ""),
    ("Think about a detox", "Stacey", "at some stage", "Stacey is motivated", "TV DV EV"),
   ]),
   ("3. The children's health, school and the new baby", [
    ("Register Rio with a dentist and take him for a check up", "Stacey", "by the end of July 2026",
     "Letter from the dentist confirming the check up and any treatment plan", ""),
    ("Refer Keeley to the young carers service", "Mrs Hanley, DSL, Marlow Road Primary", "-",
     "Keeley has a young carers assessment and a place at their holiday club", "DM"),
    ("Get Rio a place at nursery for his funded two-year-old hours", "TBC", "30 Sept 2026",
     "Rio attends 15 hours a week, per the nursery register", "OV"),
    ("Pre-birth assessment of the unborn baby to be completed", "", "before the baby is born",
     "Assessment report shared with both parents and the core group at least 4 weeks before the due date", "OM"),
   ]),
  ]),
]
