"""Third blind test set (all fictional plans), labelled to docs/annotation-guide.md.

Label codes: OM owner_missing, OV owner_vague, TV action_vague, DM deadline_missing,
DV deadline_vague, EM evidence_missing, EV evidence_vague ("" = no defect).
Plan label codes: C contingency_missing, L lead_professional_missing,
R review_date_missing, V child_voice_missing.

Row actions:      (task, owner, deadline, evidence, codes); "" or None = the part is absent
                  (an empty cell, an empty field, or a field left out of the item).
Sentence actions: (sentence, task, owner, deadline, evidence, codes) where task/owner/
                  deadline/evidence are substrings of the sentence (or None).
Goal steps (b3-03): (sentence, task, owner, deadline, codes); the goal is the evidence.
Each plan says its layout in `layout`; make.py has one renderer per plan.
"""
N = None

PLANS = [
 # ------------------------------------------------------------------ b3-01
 # Markdown; the common five-column table Outcome / Action / Who / By when / How will we know,
 # outcome written only on the first row of its group.
 dict(id="b3-01", layout="md-outcome-table", la="Thornwick Borough Council", plan_labels="",
  header=[("Child", "Harper-Rose Mills, DOB 03/02/2026 (5 months)"),
          ("Mother", "Chantelle Mills, 29"),
          ("Father", "not named on the birth certificate, no contact"),
          ("Category of plan", "Neglect"),
          ("Initial conference", "14 July 2026"),
          ("Lead social worker", "Priya Raman, Assessment & Intervention Team 3")],
  worries="On 2 July a police welfare check, called in by a neighbour, found Chantelle unable to stand. "
          "Harper-Rose had been strapped in her car seat for most of the day and her nappy was soaked "
          "through. Three empty litre bottles of cider and half a bottle of vodka were in the kitchen bin. "
          "Chantelle did not drink while pregnant but started again in the spring after her mum died. On 18 "
          "June Harper-Rose was taken to A&E with a bump on her head; Chantelle said she rolled off the double "
          "bed while they were both asleep in the afternoon.",
  working="Chantelle is honest that her drinking has got out of hand and she has asked for help. Her "
          "sister Stacey lives ten minutes away, does not drink and has said she will help out. Harper-Rose "
          "is registered with a GP and was up to date with her checks until May.",
  voice=("A day in Harper-Rose's life",
         "When Priya visited on 10 July at 11am the curtains were still closed and Harper-Rose was in her "
         "cot crying, with a bottle of cold milk propped on a rolled towel. Once she was picked up she "
         "settled quickly, made eye contact and laughed when Chantelle blew raspberries on her tummy. She "
         "has a red rash at the tops of her legs. At the next visit, with Stacey there, she spent most of "
         "the hour on a playmat reaching for a rattle and was changed and fed on time."),
  contingency="If Chantelle is found under the influence while she is caring for Harper-Rose, Stacey will "
              "be asked to take Harper-Rose to her house the same day and Priya's team manager will hold a "
              "legal planning meeting within 5 working days. Stacey and Chantelle both know and agree this.",
  review="Review Child Protection Conference: Thursday 15 October 2026 at 10.00am, Thornwick Civic Centre, Room 4.",
  headers=["Outcome", "Action", "Who", "By when", "How will we know"],
  groups=[
   ("Harper-Rose is always cared for by an adult who has not been drinking", [
    ("Agree to a breathalyser reading at the start of every unannounced home visit", "Chantelle (Mum)",
     "every visit from 20/07/2026", "All readings 0.00 and recorded on Harper-Rose's file", ""),
    ("Complete a full alcohol assessment with Chantelle and agree a written reduction or detox plan with her GP",
     "Marcus Obi, Change Grow Live (CGL) Thornwick", "assessment by 31 July 2026; plan by 28 August 2026",
     "Plan shared with SW and GP; Chantelle attends at least 4 of every 5 CGL appointments (CGL attendance record)", ""),
    ("Write a family safety plan saying who will look after Harper-Rose if Chantelle has had a drink, and put it on the fridge",
     "Chantelle and Stacey, with Priya Raman (SW)", "by the first core group (3 August 2026)",
     "Signed plan seen on the fridge; copy on file", ""),
    ("Keep an eye on Mum's drinking", "Family and friends", "Ongoing", "", "OV TV DV EM"),
    ("Ensure Harper-Rose is safe when Mum has been drinking", "All professionals", "", "Harper-Rose is safe",
     "OV TV DM EV"),
   ]),
   ("Harper-Rose sleeps safely", [
    ("Put Harper-Rose down on her back in her own cot for every sleep, and never have her in the bed or on the "
     "settee after a drink", "Chantelle", "from today",
     "Harper-Rose seen in her cot at every evening visit; HV safe-sleep checklist shows no concerns at each contact", ""),
    ("Safe sleep advice to be gone over again and a new cot mattress provided", "", "before 24/07/2026",
     "New mattress seen in the cot by the HV", "OM"),
   ]),
   ("Harper-Rose's health and development are on track", [
    ("Weigh Harper-Rose and complete an Ages and Stages (ASQ) check at home", "Health visitor (Gemma Lau)",
     "fortnightly", "Positive progress", "EV"),
    ("Take Harper-Rose to the hip clinic follow-up at Thornwick General that she has missed twice", "Mum",
     "appointment on 6 August 2026", "", "EM"),
   ]),
  ]),

 # ------------------------------------------------------------------ b3-02
 # Markdown; each action a plain paragraph followed by definition-list lines
 # (": **Who:** ...", ": **By when:** ...", ": **How we'll know:** ..."), under outcome headings.
 dict(id="b3-02", layout="md-definition-list", la="Hollinsbury County Council", plan_labels="R",
  header=[("Children", "Logan Wilkes (13) and Jasmine Wilkes (10)"),
          ("Living with", "Lorraine Wilkes (mum) and Ken Wilkes (maternal grandad)"),
          ("Category", "Neglect"),
          ("Date of ICPC", "9 July 2026"),
          ("Lead professional", "Sam Okafor, Social Worker, Hollinsbury North Locality Team")],
  worries="Lorraine has kept things for years and the house is now full to the ceiling in most rooms. "
          "The back door cannot be opened and the stairs have boxes on every step. The fridge held food "
          "months out of date. Jasmine has been sleeping on the settee since her bedroom filled up, and "
          "Logan gets changed for school in the bathroom. Both children have head lice that keep coming back "
          "and Logan has been called 'smelly' at school. Lorraine has had low mood since her divorce and "
          "has not been to her GP for over a year.",
  voice=("What Logan and Jasmine told us",
         "Jasmine said: \"I want a bedroom like my friend Ellie's with fairy lights and nothing on the "
         "floor.\" She gave the house 3 out of 10 and her mum 9 out of 10. Logan did not want to talk at "
         "home but at school he said he never brings friends round because he is embarrassed, and that he "
         "worries about what would happen \"if there was a fire at night\". Both said they do not want to "
         "move out and that they love their mum and grandad."),
  contingency="If the route out of the house is not clear by 14 August, or the house gets worse again, "
              "Sam will ask for a strategy discussion, and Logan and Jasmine "
              "might have to move to their aunt Gail's until the house has been cleared. Lorraine knows this.",
  review="Review conference: to be booked by the Conference and Review Service; date to follow.",
  groups=[
   ("The house is safe to live in and to get out of in a fire", [
    ("Clear the hallway, the stairs and the back door so there is a free route from each bedroom to a way out",
     "Lorraine, with Dean Morley (Hollinsbury Hoarding Support Service)", "by 14 August 2026",
     "Joint visit with the fire service finds the route clear; photos on file", ""),
    ("Book a Safe and Well visit with the fire service and get working smoke alarms fitted on both floors",
     "Sam Okafor (SW)", "within 5 working days",
     "Alarms fitted and tested; fire service visit report on file", ""),
    ("Make the house nicer for the children", "Lorraine", "as soon as she can", "Improved home conditions",
     "TV DV EV"),
    ("A single professional clean of the kitchen and bathroom, including throwing away out-of-date food, to be paid "
     "for from Section 17 funds", None, "before 31 July 2026",
     "Kitchen and bathroom checked by the SW at the next unannounced visit, with no out-of-date food found", "OM"),
   ]),
   ("Logan and Jasmine each have a clean place to sleep and go to school every day", [
    ("Get Jasmine her own bed with clean bedding (she sleeps on the settee at present)",
     "Lorraine and Grandad (Ken Wilkes)", "by 7 August 2026",
     "Jasmine's bed seen made up with clean bedding at two consecutive visits", ""),
    ("Keep an eye on the childrens presentation and hygiene", "Education and health", "ongoing", "",
     "OV TV DV EM"),
    ("Check both children's attendance every Monday and ring Lorraine the same day about any absence she "
     "hasn't explained",
     "Mrs Kaur (Attendance Officer, Hollinsbury Academy) and Mr Pryce (DSL, St Wilfrid's Primary)", "weekly",
     "Both children at 95% or above by the review (school registers)", ""),
   ]),
   ("Lorraine gets help with her mental health and her hoarding", [
    ("Refer Lorraine to Talking Therapies for her low mood and hoarding", "GP (Dr Farah Nadeem)", "",
     "Lorraine has an assessment date, confirmed by the GP in writing to the SW", "DM"),
    ("Keep working with the hoarding service", "Lorraine", "weekly sessions, Tuesdays", "Lorraine engages",
     "TV EV"),
   ]),
  ]),

 # ------------------------------------------------------------------ b3-03
 # Markdown; Signs of Safety: danger statements, safety goals, next steps as bullet sentences.
 dict(id="b3-03", layout="md-signs-of-safety", la="Calderwick City Council", plan_labels="L",
  header=[("Family", "Brennan"),
          ("Children", "Ellie-May Brennan (11), Oscar Brennan (6)"),
          ("Parents", "Nicola Brennan and Gareth Brennan (separated in April, living apart)"),
          ("Category", "Emotional abuse"),
          ("Conference", "20/07/2026"),
          ("Lead professional", "Social Worker, Calderwick Family Safeguarding Team 2")],
  worries="Since Gareth moved out the parents have argued at almost every handover, often on the doorstep "
          "with the children there. Police have been called twice in June for shouting and slammed doors, "
          "though nobody was hurt. Ellie-May has been asked by both parents to pass on messages and to say "
          "who she wants to live with. Oscar has started wetting himself at school again and Ellie-May is "
          "lying awake until after midnight.",
  danger="Children's Services and the school are worried that if Nicola and Gareth keep arguing in front of "
         "Ellie-May and Oscar and keep putting Ellie-May in the middle, both children will go on feeling "
         "frightened and to blame, and their sleep, schoolwork and emotional health will suffer.",
  voice=("Ellie-May and Oscar's three houses",
         "House of worries (Ellie-May): \"When they shout I put my headphones on and turn it right up.\" "
         "\"Dad says things about Mum and then asks me not to tell her.\" House of good things: \"Sundays at "
         "Nana Pat's\", \"my cat Biscuit\". House of dreams: \"Mum and Dad could be in the same room and not "
         "fight at my birthday.\" Oscar drew his mum and dad with big mouths and himself under the table. He "
         "said his tummy hurts \"on swapping days\"."),
  contingency="If the police are called to another argument with the children present, or Ellie-May or "
              "Oscar say the shouting has not stopped, the social worker will arrange a core group within a "
              "week and the family will be asked to agree that handovers happen only at a contact centre. If "
              "that is not agreed, legal advice will be sought.",
  review="Next review CP conference – Wednesday 21st October 2026 at 10am (on Teams).",
  goals=[
   ("Ellie-May and Oscar no longer see or hear their parents shouting at or running each other down: both "
    "children say so when seen alone at each visit, and there are no police call-outs to either house before "
    "the review.", [
     ("Gareth and Nicola will only sort out handovers and money through the Our Family Wizard app, and never in "
      "front of the children, from 27 July 2026.",
      "only sort out handovers and money through the Our Family Wizard app, and never in front of the children",
      "Gareth and Nicola", "from 27 July 2026", ""),
     ("Every Sunday at 4pm, Nana Pat (Patricia Doyle, Dad's mum) will host the handover at her house and stay in "
      "the room while it happens.",
      "host the handover at her house and stay in the room while it happens",
      "Nana Pat (Patricia Doyle, Dad's mum)", "Every Sunday at 4pm", ""),
     ("A referral to the Calderwick Reducing Parental Conflict programme will be made within 10 working days.",
      "A referral to the Calderwick Reducing Parental Conflict programme will be made", None,
      "within 10 working days", "OM"),
     ("Both parents to think about how the arguing affects the kids.",
      "think about how the arguing affects the kids", "Both parents", None, "TV DM"),
   ]),
   ("Mum and Dad can put the children first.", [
     ("Bethan Lloyd (family practitioner) will deliver six 'Children in the Middle' sessions to each parent "
      "separately, one a week starting w/c 3 August 2026.",
      "deliver six 'Children in the Middle' sessions to each parent separately",
      "Bethan Lloyd (family practitioner)", "one a week starting w/c 3 August 2026", "EV"),
     ("Dad will be more careful about what he says about Mum in front of Ellie-May going forward.",
      "be more careful about what he says about Mum in front of Ellie-May", "Dad", "going forward", "TV DV EV"),
   ]),
   ("Oscar's wetting and Ellie-May's trouble sleeping have been looked at by a health professional, and both "
    "children's attendance stays at 95% or more this term and next.", [
     ("Mum will take Oscar to the school nurse drop-in about his daytime wetting by 30 September 2026.",
      "take Oscar to the school nurse drop-in about his daytime wetting", "Mum", "by 30 September 2026", ""),
     ("Mr Hughes, Head of Year 7 at Calderwick High, will meet Ellie-May on her first morning and book her a "
      "weekly slot with the school counsellor from the start of the autumn term.",
      "meet Ellie-May on her first morning and book her a weekly slot with the school counsellor",
      "Mr Hughes, Head of Year 7 at Calderwick High", "from the start of the autumn term", ""),
     ("Everyone to support the children through the separation throughout the plan.",
      "support the children through the separation", "Everyone", "throughout the plan", "OV TV DV"),
   ]),
  ]),

 # ------------------------------------------------------------------ b3-04
 # Markdown; single-line bullets with plain inline labels separated by middle dots
 # ("Action: … · Owner: … · Target: … · Success looks like: …"); a label is left out when absent.
 dict(id="b3-04", layout="md-inline-dot-bullets", la="Aldermoor Borough Council", plan_labels="C V",
  header=[("Young person", "Kayla Morton, 14"),
          ("Parent", "Joanne Morton (mum)"),
          ("Category", "Sexual abuse (risk of CSE)"),
          ("ICPC", "16/07/2026 – Kayla did not attend"),
          ("Lead Professional", "Chloe Barnes (SW)"),
          ("RCPC", "14.10.26")],
  worries="Kayla has been reported missing five times in six weeks, twice overnight. On three of those "
          "occasions police found her in a silver Audi with Lee Hartley, who is 24 and has a caution for "
          "supplying cannabis. Kayla's friends at school describe him as her boyfriend. She has a new phone and new trainers that mum did "
          "not buy. Joanne works nights at a care home and Kayla is on her own from 7pm most weeknights. "
          "Kayla's attendance at Aldermoor Academy has dropped to 61%.",
  working="Joanne reports Kayla missing every time and answers the phone to police and school. Kayla is "
          "close to her older cousin Shannon and still goes to netball on Saturdays.",
  contingency="To be discussed at core group.",
  groups=[
   ("Keeping Kayla safe when she goes missing", [
    ("Report Kayla missing to the police on 101 (or 999 if she is with Lee) each time she is not home by her "
     "agreed time, 9pm on school nights and 10pm at weekends", "Mum (Joanne Morton)", "from 16/07/2026",
     "Every episode has a police reference number and is on the missing log", ""),
    ("Carry out a return interview with Kayla each time she comes back from being missing, copying it to the SW and police",
     "Tom Reid, Missing From Home Coordinator, Aldermoor Youth Service", "within 72 hrs of her return",
     "RHI on file for every episode, with themes shared at core group", ""),
    ("Put firmer boundaries in place", "Mum", "-", "", "TV DM EM"),
   ]),
   ("Disrupting Lee Hartley", [
    ("Apply for a Child Abduction Warning Notice against Lee Hartley (24)",
     "DC Ana Sousa (Aldermoor Exploitation Team)", "within 7 days", "Notice served and a copy on Kayla's file", ""),
    ("Pass on any sighting of Kayla with Lee, or of his silver Audi, to police on the partnership intelligence "
     "form and tell the SW", "Mrs Grant (DSL, Aldermoor Academy)", "same day, every time",
     "Intelligence forms submitted; number reported at each core group", ""),
   ]),
   ("Helping Kayla understand what is happening to her", [
    ("Help Kayla to see that Lee is not a safe person", "Professionals", "at every contact",
     "Kayla understands the risks", "OV TV EV"),
    ("Deliver six 1:1 sessions of the 'Trust Me' exploitation programme with Kayla in school",
     "Jade Fenwick (Safe Steps CSE worker)", "weekly, starting w/c 20 July 2026", "", "EM"),
    ("Sexual health appointment to be offered to Kayla at the Young People's Clinic", "", "asap",
     "Kayla has been seen at the clinic (confirmed by the clinic nurse)", "OM DV"),
    ("Find Kayla a place at a weekend activity she chooses (school suggest the boxing club) and pay for the first term",
     "TBC", "by the review", "Kayla goes at least three times a month (club register)", "OV"),
   ]),
  ]),

 # ------------------------------------------------------------------ b3-05
 # Word; the common action table Outcome / Action / Who / By when / How will we know, outcome written
 # only in the first row of its group; header as bold-label paragraphs.
 dict(id="b3-05", layout="docx-outcome-table", la="Northgate City Council", plan_labels="R",
  header=[("Name", "Samira Khalil"), ("Age", "15"), ("Address", "withheld (see file)"),
          ("Category", "Physical abuse / emotional abuse (honour-based abuse, risk of forced marriage)"),
          ("Date of ICPC", "21 July 2026"),
          ("Lead professional", "Rebecca Holt, Social Worker, Northgate Safeguarding Team"),
          ("RCPC", "TBC")],
  worries="In June Samira told the school nurse that her parents had bought plane tickets for the family to "
          "go abroad in August and that she had overheard them talking about her marrying a cousin there. In "
          "May her brother Imran (19) hit her with a belt after seeing messages from a boy on her phone, and "
          "her phone is now checked every night. A Forced Marriage Protection Order was made on 7 July 2026 "
          "and the family's passports are with the police. Samira's parents deny any plan for a marriage and "
          "say the trip was to visit a sick grandmother.",
  voice=("Samira's views",
         "Samira spoke to her advocate, Nadia Shah (Northgate Advocacy Service), on 15 July and asked for her "
         "views to be read out at conference. She said: \"I love my family but I'm not ready to get married to "
         "anyone. I want to do my GCSEs and go to college to be a paramedic.\" She does not want to leave home "
         "but she does not want Imran to be in the house when her dad is at work. She asked that her parents "
         "are not told what she said to the school nurse word for word."),
  contingency="If there is any sign of plans to take Samira out of the country, new tickets, or Samira "
              "does not come to school without a reason, school will ring 999 and the SW straight away and the "
              "police will consider whether the order has been breached. If Samira says she is not safe at "
              "home, she will be found an emergency foster placement the same day.",
  headers=["Outcome", "Action", "Who", "By when", "How will we know"],
  groups=[
   ("Samira is not taken abroad or made to marry", [
    ("Hold Samira's and both parents' passports under the Forced Marriage Protection Order and put a port alert in place",
     "PC Daniel Frost, Public Protection Unit, Northgate Police", "immediately and for as long as the order lasts",
     "Passports logged at Northgate police station; port alert confirmed in writing to the SW", ""),
    ("Explain the Forced Marriage Protection Order to Mr and Mrs Khalil with an Urdu interpreter (not a family "
     "member) and check what they have understood", "Rebecca Holt (SW)", "by 24/07/2026",
     "Both parents sign the visit record to say the order was explained to them", ""),
    ("Be vigilant to any signs of travel plans", "All agencies", "ongoing",
     "Samira is still in the UK and back at school on 3 September 2026 (register)", "OV TV DV"),
   ]),
   ("Samira feels safe at home and can see her friends and go to school", [
    ("See Samira on her own at school, away from her family, and go through the safety questions agreed with "
     "her advocate", "Rebecca Holt (SW)", "every 10 working days",
     "Samira's answers recorded in her own words on each visit record", ""),
    ("Give Samira a safe phone, kept at school, with 999, the SW and the Forced Marriage Unit numbers saved",
     "Mrs Okonjo (DSL, Northgate Girls' School)", "", "", "DM EM"),
    ("Interview Imran Khalil (19) under caution about the assault on Samira on 2 May 2026",
     "DC Kerr, Northgate CID", "by 31 July 2026",
     "Outcome and charging decision shared with the SW in writing", ""),
    ("Referral to Sahara Women's Project for specialist one-to-one work on honour-based abuse", "",
     "within 5 days", "Samira has met her Sahara worker at least twice before the review", "OM"),
   ]),
   ("Mr and Mrs Khalil understand that forcing a child to marry is abuse and a crime", [
    ("Parents to accept the concerns and work openly with professionals", "Mr and Mrs Khalil", "",
     "A better relationship with children's services", "TV DM EV"),
   ]),
  ]),

 # ------------------------------------------------------------------ b3-06
 # Word; TRANSPOSED action tables: labels in the first column, one action per column
 # (two tables of four actions); lead professional named only in the sign-off block; no contingency.
 dict(id="b3-06", layout="docx-transposed-table", la="Eastmere County Council", plan_labels="C",
  header_para="Connor Walsh, 14 (DOB 11/03/2012) · lives with Darren and Michelle Walsh · category: emotional "
              "abuse · initial conference 22/07/2026 · date of review conference: 19 October 2026",
  worries="In June Connor's form tutor saw him showing other Year 9 boys videos from a banned far-right "
          "group and he has drawn its symbol on his books. His phone has chats with adult men in an online "
          "group who talk about 'preparing' and about weapons. A Prevent referral was made on 26 June. Dad "
          "shares some of the views Connor repeats and has said at home that the school \"is brainwashing "
          "him\". Connor has become withdrawn, stopped going to football and spends most nights online "
          "until 3am.",
  voice=("What Connor says",
         "Connor told Hannah he \"just likes the memes\" and that \"nobody else listens\". He said he feels "
         "left out at school since his best friend moved away and that the online group \"actually care what "
         "I think\". He would like to get back into boxing, which he did at primary school. He said he does "
         "not want to be in trouble with the police and he does not want his dad to get into trouble either."),
  headers=["Action", "Lead", "Timescale", "How will we know"],
  actions=[
   ("Refer Connor to the Channel panel and present the referral at the panel meeting", "Hannah Bright (SW)",
    "referral by 29/07/2026; panel on 12/08/2026",
    "Channel support package agreed; minutes shared with the core group", ""),
   ("Hold weekly mentoring sessions with Connor on ideology and critical thinking",
    "Intervention provider – to be appointed by Channel", "weekly once appointed",
    "Mentor's session notes show at least 8 sessions by the review", "OV"),
   ("Take down the flag and posters in Connor's bedroom and agree with Connor a written list of the apps and "
    "sites he may use", "Mr and Mrs Walsh", "by 31/07/2026",
    "Bedroom seen clear and the signed list seen at the next home visit", ""),
   ("Monitor Connor's internet use", "Parents", "Regularly", "", "TV DV EM"),
   ("Check Connor's school log-in on the web-filtering report every Friday and email any flagged searches to "
    "the SW and the Prevent lead", "Ms Carrington (DSL, Eastmere Academy)", "every Friday",
    "Report on file each week; flagged searches down to nil by the review", ""),
   ("Address Dad's influence on Connor's views", "SW", "", "Connor's views are less extreme", "TV DM EV"),
   ("Offer Connor a place at the Tuesday and Thursday evening boxing sessions and pay his subs from the "
    "Early Help fund", "Kieran Doyle (youth worker, Eastmere Youth Hub)", "from 4 August 2026",
    "Good feedback from the club", "EV"),
   ("Keep Connor at home on the day of the planned rally in Eastmere town centre", "Mum and Dad",
    "Saturday 15/08/2026",
    "Connor seen at home by the PCSO that afternoon and not seen at the rally by police", ""),
  ],
  signoff="Plan prepared by Hannah Bright, Social Worker and lead professional, Eastmere Children's "
          "Services, 22/07/2026."),

 # ------------------------------------------------------------------ b3-07
 # Word; each action a paragraph opening with the owner in bold and an en dash, the deadline and the
 # evidence written into the sentence(s); one passive paragraph with no bold owner.
 dict(id="b3-07", layout="docx-bold-owner-paragraphs", la="Wyvern Vale Council", plan_labels="L",
  header=[("Children", "Sophie Evans (7) and Jack Evans (3)"),
          ("Parents", "Mark Evans and Kirsty Evans"),
          ("Category", "Neglect"),
          ("Conference date", "23 July 2026"),
          ("Lead professional", "TBC"),
          ("Review conference", "booked for Thursday 8 October 2026, 2pm, Riverside House")],
  worries="Mark has a brain injury from a motorbike accident in 2024. He has problems with his memory and "
          "sometimes loses his temper very quickly. He looks after Jack on his own three days a week while "
          "Kirsty works twelve-hour shifts. On 29 June Jack was found by a neighbour on the pavement outside "
          "the house in just a nappy; Mark had fallen asleep. In May Jack got hold of Mark's tablets and was "
          "kept in hospital overnight. Mark has had no adult social care support since he left the rehab unit.",
  voice=("Sophie and Jack",
         "Sophie said her dad \"forgets things because of his head\" and that she sometimes has to remind him "
         "to give Jack his lunch. She said she likes it when her dad plays Uno with her and she gets "
         "\"a bit scared when he shouts but he says sorry after\". She wants her mum to \"not be at work so "
         "much\". Jack is too young to say; at the visit on 16 July he was grubby, ran to Mark for cuddles, "
         "and said \"hungry\" twice before lunch was made at 2pm."),
  contingency="If Jack is found unsupervised again, or the medication is found out of the box, the team "
              "manager will hold a strategy discussion that day and Kirsty will be asked to stop work or arrange other "
              "childcare for the days she works while a new plan is agreed.",
  sections=[
   ("At home", [
    ("Social worker", "Ask Adult Social Care to carry out a Care Act needs assessment for Mark as a "
     "disabled parent by 31 July 2026, so that Mark has a written care and support plan before the review.",
     "Ask Adult Social Care to carry out a Care Act needs assessment for Mark as a disabled parent",
     "by 31 July 2026", "Mark has a written care and support plan before the review", ""),
    ("Mark and Kirsty", "Keep all of Mark's tablets in the lockable box in the top kitchen cupboard from today. "
     "We'll know it's happening when the box is seen locked, with the key on Kirsty's keyring, at every visit.",
     "Keep all of Mark's tablets in the lockable box in the top kitchen cupboard", "from today",
     "the box is seen locked, with the key on Kirsty's keyring, at every visit", ""),
    ("Fiona Marsh (OT, Community Brain Injury Team)", "Set up a picture routine board and phone alarms with Mark "
     "for Jack's meals, nap and nursery pick-up within 3 weeks.",
     "Set up a picture routine board and phone alarms with Mark for Jack's meals, nap and nursery pick-up",
     "within 3 weeks", None, "EM"),
    ("Kirsty", "To support Mark more with the children.", "To support Mark more with the children", None, None,
     "TV DM EM"),
    ("Mark", "Go to the Thursday peer support group at the Brain Injury Hub in Eastfield, starting 6 August "
     "2026; his attendance card, shown at each core group, will confirm he has been.",
     "Go to the Thursday peer support group at the Brain Injury Hub in Eastfield", "starting 6 August 2026",
     "his attendance card, shown at each core group, will confirm he has been", ""),
   ]),
   ("Health and school", [
    ("Health visitor (Anita Rowe)", "Support Mark to take Jack to his two-and-a-half year review by meeting them "
     "at the clinic and going through the questionnaire with Mark beforehand, at the appointment on 12 August "
     "2026. Jack's review will be completed and the results sent to both parents in writing.",
     "Support Mark to take Jack to his two-and-a-half year review by meeting them at the clinic and going "
     "through the questionnaire with Mark beforehand", "at the appointment on 12 August 2026",
     "Jack's review will be completed and the results sent to both parents in writing", ""),
    ("Mrs Gill (Sophie's class teacher, Brook Lane Primary)", "Give Sophie a 20-minute ELSA session to talk "
     "about how things are at home, every Wednesday from 2 September 2026. What Sophie says will be written "
     "down in her own words and passed to the social worker after each session.",
     "Give Sophie a 20-minute ELSA session to talk about how things are at home",
     "every Wednesday from 2 September 2026",
     "What Sophie says will be written down in her own words and passed to the social worker after each "
     "session", ""),
    ("All agencies", "Share any worries with the social worker as and when they arise.",
     "Share any worries with the social worker", "as and when they arise", None, "OV DV EM"),
   ]),
   ("Other", [
    (None, "A carer's assessment will also be offered to Kirsty.",
     "A carer's assessment will also be offered to Kirsty", None, None, "OM DM EM"),
   ]),
  ]),

 # ------------------------------------------------------------------ b3-08
 # Word; numbered outcome headings, each with its own table Ref / Action / Lead / Timescale / Progress
 # measure; then prose "Additional actions agreed at conference" (one non-action sentence first).
 dict(id="b3-08", layout="docx-numbered-outcome-tables-plus-prose", la="Saltmarsh Borough Council",
  plan_labels="",
  header=[("Child", "Riley Pearce, 9"), ("Mother", "Donna Pearce"),
          ("Father", "Lee Pearce (lives separately, in Hadley)"),
          ("Category", "Neglect"), ("Conference", "17/07/2026"),
          ("Lead Social Worker", "Femi Adeyinka"),
          ("Review conference", "02/10/2026 at 13:30, Saltmarsh House")],
  worries="Since the spring, men from out of the area have been using Donna's flat to store and sell drugs. "
          "Donna, who uses heroin, says they \"look after\" her and give her drugs, but she is scared of them "
          "and they have taken her keys. Neighbours report people coming and going all night. Riley has been "
          "sent to school hungry and tired, and told his teacher that \"Mum's friends\" sleep in the living room. "
          "Police found a knife and cash in the flat on 8 July.",
  voice=("Riley's wishes and feelings",
         "Riley said he wants \"the men to go away and not come back\" and that he hates it when he can't get "
         "into the bathroom. He likes staying at his dad's because \"it's quiet and we have pizza on "
         "Fridays\". He said he loves his mum and worries about her when he is at school. He would like to "
         "join the football team at school."),
  contingency="If the men return to the flat, or Riley is found there when it is being used to sell drugs, "
              "Riley will go to his dad's or his aunt Michelle's that day and the social worker will request "
              "a strategy meeting within 24 hours.",
  headers=["Ref", "Action", "Lead", "Timescale", "Progress measure"],
  outcomes=[
   ("1. Riley lives in a home that only his family controls", [
    ("1.1", "Apply to the magistrates' court for a closure order on the flat so no one but Donna, Riley and named "
     "professionals can go in", "PC Sam Whitaker (Saltmarsh Neighbourhood Policing Team) with Saltmarsh Homes",
     "within 14 days", "Order granted and notices fixed to the door", ""),
    ("1.2", "Arrange a management transfer so Donna and Riley can move away from the area",
     "Claire Benn (housing officer, Saltmarsh Homes)", "TBC", "Written offer of a new tenancy", "DV"),
    ("1.3", "Fit a video doorbell and change the locks", "", "by 07/08/2026",
     "Doorbell working and the only keys held by Donna and her sister", "OM"),
   ]),
   ("2. Donna is free from the people who took over her flat and gets help with her heroin use", [
    ("2.1", "Donna to keep herself and Riley safe", "Donna", "", "", "TV DM EM"),
    ("2.2", "Start Donna on a substitute prescription and see her for keywork weekly",
     "Beth Ansah (keyworker, Saltmarsh Recovery Service)", "first appt 29/07/2026, then weekly",
     "Daily supervised collection (pharmacy record) and urine screens free of street heroin by the review", ""),
    ("2.3", "Make a National Referral Mechanism referral for Donna as a possible victim of exploitation",
     "Femi Adeyinka (SW) / PC Whitaker", "within a week", "NRM referral acknowledged and the reference noted on Riley's file",
     ""),
   ]),
   ("3. Riley's health and schooling needs are met", [
    ("3.1", "Give Riley breakfast at breakfast club each morning and keep a spare set of uniform at school for him",
     "Mrs Hale (DSL, Seaview Primary)", "every school day",
     "Breakfast club register; Riley in clean uniform on at least 4 days out of 5, logged weekly", ""),
    ("3.2", "Arrange a health check for Riley with the school nurse, including a dental referral and hearing test",
     "School nurse (Rachel Moyo)", "before October half term", "Riley is healthier", "EV"),
   ]),
  ],
  extra_intro="These were agreed at the end of the conference and had not been discussed with the core "
              "group beforehand.",
  extra=[
   ("Lee Pearce (Riley's dad) will have Riley to stay every other weekend from Friday 24 July 2026, shown by "
    "the contact diary he brings to each core group.",
    "have Riley to stay", "Lee Pearce (Riley's dad)", "every other weekend from Friday 24 July 2026",
    "the contact diary he brings to each core group", ""),
   ("A referral to Saltmarsh Young Carers will be considered.",
    "A referral to Saltmarsh Young Carers will be considered", None, None, None, "OM TV DM EM"),
  ]),
]
