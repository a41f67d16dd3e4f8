"""Fourth blind test set (all fictional plans), labelled to docs/annotation-guide.md.

Label codes: OM owner_missing, OV owner_vague, TV action_vague, DM deadline_missing,
DV deadline_vague, EM evidence_missing, EV evidence_vague ("" = no defect).
Plan label codes: C contingency_missing, L lead_professional_missing,
R review_date_missing, V child_voice_missing.

Row actions:      (task, owner, deadline, evidence, codes). "" = an empty cell or an empty
                  field; None = a field left out of the item. Both are labelled null.
Sentence actions: (sentence, task, owner, deadline, evidence, codes) where task/owner/
                  deadline/evidence are substrings of the sentence (or None).
Goal steps (b4-05, b4-08): the goal sentence is the steps' evidence (no evidence place).
Each plan names its layout in `layout`; make.py has one renderer per plan.
"""
N = None

PLANS = [
 # ------------------------------------------------------------------ b4-01
 # Markdown table, owner first: Lead person / Action to be taken / Completed by / Evidence of change.
 # Header as bullets with bold keys and an en dash; numbered ## sections.
 dict(id="b4-01", layout="md-owner-first-table", la="Ashcombe Metropolitan Borough Council", plan_labels="",
  header=[("Name of child", "Ellis Brannigan (DOB 12/05/2026, 4 months)"),
          ("Parents", "Kayleigh Brannigan (22) and Jordan Reilly (24), living together at the family home"),
          ("Category", "Physical abuse"),
          ("Date of ICPC", "8 September 2026"),
          ("Lead professional", "Rachael Oduya, Social Worker, Ashcombe CSC Assessment Team"),
          ("Next RCPC", "02.12.26, 1.30pm (Teams)")],
  worries="On 27 August the health visitor saw a 2 cm blue-purple bruise in front of Ellis's left ear during a "
          "routine contact. Ellis is not yet rolling over. Kayleigh first said he had hit himself with a rattle, "
          "then that his cousin (aged 3) might have poked him. The child protection medical on 28 August found the "
          "bruise was unlikely to have been caused accidentally; the skeletal survey showed no fractures. Jordan "
          "has a caution from 2021 for a fight outside a pub. Both parents say they are worn out because Ellis has "
          "reflux and cries for hours most evenings.",
  voice=("What life is like for Ellis",
         "Ellis is fed on demand and was clean and in fresh clothes at both visits. Rachael saw him in his Moses "
         "basket in the living room, which is warm and tidy; he fixed his eyes on Kayleigh's face and quietened "
         "when she sang to him. At the evening visit on 3 September he cried for about 40 minutes after his "
         "bottle, arching his back, while Jordan walked up and down with him and twice went out on the balcony "
         "to smoke. Ellis has not been seen to flinch or go stiff when he is picked up."),
  headers=["Lead person", "Action to be taken", "Completed by", "Evidence of change"],
  actions=[
   ("Make sure Ellis is never left alone with any adult other than the two of you or Nana Denise, and give the SW "
    "the name of anyone else who is to babysit before they do", "Kayleigh and Jordan", "from 9 September 2026",
    "Care arrangements checked at each visit match the list agreed with the SW", ""),
   ("Send the written child protection medical report, with the skeletal survey and blood results, to the social worker",
    "Dr Imran Siddiqui, consultant paediatrician", "within 10 working days of the medical (by 11/09/2026)",
    "Report received and saved to Ellis's file", ""),
   ("Home visit to weigh Ellis and check his skin and general care", "HV – Tasha Bright",
    "weekly until the review, then fortnightly",
    "Weight plotted in the red book; any mark recorded on a body map and reported to MASH the same day", ""),
   ("Be vigilant for any further injuries", "All agencies", "throughout", "", "OV TV DV EM"),
   ("Go through the ICON coping-with-crying leaflet with the HV and write down his own plan for what he'll do "
    "when Ellis won't settle", "Jordan (Dad)", "at the next HV visit", "", "EM"),
   ("Referral to Ashcombe Family Hub for a place on the Baby Steps group", "", "by 1st core group",
    "Parents attend at least 6 of the 8 sessions (group register)", "OM"),
   ("Help parents to understand the concerns", "Social worker", "Over the next few weeks",
    "Parents are more open with professionals", "TV DV EV"),
   ("Be in the house whenever Ellis is at home and awake on weekdays while the parenting assessment is done",
    "Nana (Denise Hollis)", "until the parenting assessment is finished",
    "Denise signs the supervision log kept in the kitchen; SW checks it at each visit", ""),
   ("Take Ellis for his 16-week immunisations at Wharf Lane Surgery", "Kayleigh", "ASAP",
    "GP record shows the immunisations given", "DV"),
  ],
  contingency="Should Ellis have another injury that has not been explained, or be found in the care of someone "
              "who is not on the agreed list, there will be a strategy discussion that day and Ashcombe will take "
              "legal advice about applying for an interim care order.",
  core="Kayleigh, Jordan, Denise Hollis (maternal grandmother), Rachael Oduya (SW), Tasha Bright (HV), Dr Siddiqui "
       "(paediatrician), Wharf Lane Surgery. First core group: 29 September 2026, 10am, Ashcombe Family Hub."),

 # ------------------------------------------------------------------ b4-02
 # Markdown table No. / Action / Responsible / Timescale / How we will measure progress, outcome rows
 # (bold, other cells empty) between groups, and one all-empty row at the end.
 dict(id="b4-02", layout="md-table-outcome-rows", la="Kingsmere City Council", plan_labels="R",
  header=[("Children", "Idil Jama (9), Nasra Jama (6)"),
          ("Parents", "Mr Abdirahman Jama and Mrs Faadumo Jama"),
          ("Category", "Physical abuse (risk of female genital mutilation)"),
          ("Initial conference", "10/09/2026"),
          ("Lead professional", "Halima Yusuf (Social Worker, Kingsmere North Locality)"),
          ("Review conference", "within 3 months; date to be confirmed by the Safeguarding Unit")],
  worries="At Mrs Jama's antenatal booking in August the midwife recorded that she has Type 3 FGM. When asked "
          "about her daughters, Mrs Jama said their paternal grandmother, who moved in with the family in the "
          "spring, keeps saying the girls 'must be cleaned before they are too old'. Mr Jama has booked flights "
          "for the whole family to visit his relatives over October half term. Mrs Jama is firmly against FGM but "
          "is frightened of going against her mother-in-law. Mr Jama says he does not believe in 'the old ways' "
          "but has not cancelled the trip.",
  voice=("Idil and Nasra's views",
         "Idil told Halima at school that she is excited to see her cousins but heard her grandma say there will "
         "be 'a special party' just for her, and she doesn't know what that means. She said she would tell her "
         "mum or Miss Chowdhury if something scared her. Nasra drew a picture of the plane and said she wants to "
         "take her rabbit teddy with her."),
  headers=["No.", "Action", "Responsible", "Timescale", "How we will measure progress"],
  groups=[
   ("1", "Outcome: Idil and Nasra are not taken abroad, or anywhere else, to be cut", [
    ("Apply to the Family Court for an FGM Protection Order covering both girls",
     "Kingsmere Legal Services, instructed by Halima Yusuf (SW)", "application lodged by 18/09/2026",
     "Sealed order on file; copy served on both parents and sent to the Border Force contact", ""),
    ("Hand both girls' passports to the family's solicitor and make no application for new ones",
     "Mr and Mrs Jama", "from today until the order is made",
     "Solicitor confirms in writing that he is holding both passports", ""),
    ("Monitor the girls for signs of planned travel", "Education", "ongoing", "", "OV TV DV EM"),
    ("Explain the law on FGM to Mr Jama and his mother, with a Somali interpreter, and record their replies",
     "Halima Yusuf (SW) with PC Ola Bankole (police FGM lead)", "before the October half term",
     "Signed record of the conversation on file, with the interpreter's name", ""),
   ]),
   ("2", "Outcome: Mrs Jama has the health care she needs after her own FGM", [
    ("Offer Mrs Jama an appointment at the Kingsmere African Well Woman Clinic", "Midwife (Rebecca Hollins)",
     "at her 28-week appointment", "", "EM"),
    ("Support Mum with her emotional wellbeing", "Health", "", "Mum feels better", "OV TV DM EV"),
   ]),
   ("3", "Outcome: the girls understand their bodies and know who they can tell", [
    ("Do three one-to-one sessions with Idil using the NSPCC PANTS materials and write down what she says",
     "Miss Chowdhury, learning mentor, Eastfield Primary", "three sessions by 23/10/2026",
     "Session notes shared with the SW; Idil can name two adults she would tell", ""),
    ("Paternal family to be spoken to about the risks", "", "TBC", "Better understanding in the family", "OM DV EV"),
   ]),
  ],
  contingency="If we hear that the girls are to be taken out of the country, or that anyone is arranging for them "
              "to be cut here, the police will be called straight away, an emergency FGM Protection Order will be "
              "sought without notice and the girls may need to be looked after away from home."),

 # ------------------------------------------------------------------ b4-03
 # Markdown inline-labelled bullets: each bullet has italic labels on continuation lines
 # (_Task:_ / _Responsible:_ / _Deadline:_ / _How we'll measure it:_); None = line left out,
 # "" = label written with nothing after it.
 dict(id="b4-03", layout="md-inline-labels-multiline", la="North Wexley Council", plan_labels="L",
  header=[("Child", "Tomasz Nowak, 11 (Year 7, Brookfield Academy)"),
          ("Parent", "Agata Nowak (mum)"),
          ("Category of abuse", "Neglect (medical)"),
          ("Conference held", "11.09.2026"),
          ("Lead professional", "Allocated social worker, Children in Need Team 4 – name to follow"),
          ("RCPC", "03.12.2026")],
  worries="Tomasz was diagnosed with type 1 diabetes when he was 7. He has been admitted to Wexley General with "
          "diabetic ketoacidosis (DKA) three times since January, most recently on 29 August, when he spent two "
          "nights in intensive care. His HbA1c is 101 mmol/mol (target under 58). Mrs Nowak works nights at a "
          "distribution warehouse and is asleep when Tomasz gets himself up for school; the diabetes team think "
          "many evening insulin doses are being missed. Five clinic appointments have been missed this year and "
          "the school has not been given his up-to-date carb ratios.",
  voice=("Tomasz's wishes and feelings",
         "Tomasz said he 'hates having diabetes' and sometimes skips his injection because he is fed up of it. "
         "He would like to go on a pump like a boy in his class. He worries about his mum being tired and doesn't "
         "want her to get into trouble. He wants to play for the under-12s but is scared of going hypo on the pitch."),
  groups=[
   ("Health", [
    ("Give Tomasz his evening long-acting insulin at 8pm and initial the insulin diary", "Mrs Nowak (mum)",
     "every night from 14/09/26",
     "Insulin diary complete when checked at each SW visit, and doses match the pen data read at clinic", ""),
    ("Download Tomasz's Libre sensor data and email a summary to the SW and the school nurse",
     "PDSN – Claire Ambrose", "fortnightly", "Time in range up from 18% to at least 50% by the review", ""),
    ("Book Tomasz into the next three diabetes clinics and text Mrs Nowak two days before each one", N,
     "by 25 September 2026", "Tomasz seen at all three (clinic attendance list)", "OM"),
    ("Mum to take more responsibility for Tomasz's diabetes", "Mum", "", "Mum is more on top of things", "TV DM EV"),
    ("Support Tomasz to do his own finger-prick checks before meals by showing him and then watching him do it",
     "Diabetes youth worker (Sam Oyelaran)", "weekly visits until the review",
     "Tomasz does and logs a finger-prick test without help in front of the PDSN at clinic", ""),
   ]),
   ("Home & school", [
    ("Write an Individual Healthcare Plan with Tomasz, his mum and the PDSN, and train two staff to check his "
     "blood glucose at lunch", "Mr Gallagher (SENCo)", "before October half-term", "", "EM"),
    ("Keep Tomasz safe at school", "Everyone at school", "at all times", N, "OV TV DV EM"),
    ("Complete a parenting assessment looking at how Mrs Nowak manages Tomasz's diabetes alongside her night shifts",
     "Allocated SW", "within 35 working days", "Written assessment shared at the second core group", ""),
    ("Contact Wexley Carers' Hub about respite and a carer's assessment for Mrs Nowak", "SW", "as soon as possible",
     "Mrs Nowak has been offered a carer's assessment (letter on file)", "DV"),
   ]),
  ],
  contingency="If Tomasz is admitted with DKA again, or misses two clinic appointments in a row, the team manager "
              "will call a legal gateway meeting within 10 days to decide whether to start care proceedings."),

 # ------------------------------------------------------------------ b4-04
 # Markdown prose: header facts in a paragraph; actions are sentences in paragraphs with context sentences.
 dict(id="b4-04", layout="md-prose", la="Fenbridge Borough Council", plan_labels="V",
  intro="This plan is for **Evie Pryce (10)** and **Alfie Pryce (7)**, who live with their mum, Naomi Pryce, in "
        "Larch Close. It was agreed at the initial child protection conference on 9 September 2026 under the "
        "category of sexual abuse (risk). The allocated social worker and lead professional is Kerry Adebayo. "
        "The review child protection conference is booked for Tuesday 8 December 2026.",
  worries="In July Naomi started a relationship with Craig Tolley, 34. In 2019 Craig was convicted of sexual "
          "activity with a 13-year-old girl and he is on the sex offenders register until 2029. He did not tell "
          "Naomi about his conviction; the police found out he was staying at Larch Close most weekends when he "
          "registered a change of address. Naomi has said she believes he has changed and that the girl 'lied "
          "about her age'. Evie has had a sleepover at Craig's flat with his niece.",
  voice=("What the children say",
         "Evie and Alfie have not been seen on their own yet. Kerry will talk to each of them at school before the "
         "first core group. Holmwood Primary say both children are doing well and seem happy."),
  paras=[
   ["Naomi has told Craig that for now he cannot be around the children, and he has said he understands.",
    ("Naomi will keep Craig away from the house and will not let him meet Evie or Alfie anywhere, starting from "
     "today; we will know this is holding when there are no sightings of him with the children in police or "
     "school reports.",
     "keep Craig away from the house and will not let him meet Evie or Alfie anywhere", "Naomi",
     "starting from today", "there are no sightings of him with the children in police or school reports", ""),
    ("Every fortnight, Kerry Adebayo (SW) will make an unannounced visit and see each child on their own.",
     "make an unannounced visit and see each child on their own", "Kerry Adebayo (SW)", "Every fortnight", N, "EM"),
    ("DC Lorna Fairweather of the Public Protection Unit will tell Kerry about any change to Craig's registered "
     "address or circumstances within 3 working days of hearing about it.",
     "tell Kerry about any change to Craig's registered address or circumstances",
     "DC Lorna Fairweather of the Public Protection Unit", "within 3 working days of hearing about it", N, "EM")],
   [("A disclosure under the Child Sex Offender Disclosure Scheme will be made to Naomi so that she has the facts "
     "of Craig's conviction in writing.",
     "A disclosure under the Child Sex Offender Disclosure Scheme will be made to Naomi", N, N,
     "she has the facts of Craig's conviction in writing", "OM DM"),
    ("Naomi will go to the six-week Protective Parents course at Fenbridge Family Centre, starting on 5 October "
     "2026, and by the end of it she will be able to tell Kerry what grooming looks like and what she would do "
     "if she saw it.",
     "go to the six-week Protective Parents course at Fenbridge Family Centre", "Naomi", "starting on 5 October 2026",
     "she will be able to tell Kerry what grooming looks like and what she would do if she saw it", "")],
   [("Mrs Okonjo, the DSL at Holmwood Primary, will keep a close eye on both children.",
     "keep a close eye on both children", "Mrs Okonjo, the DSL at Holmwood Primary", N, N, "TV DM EM"),
    ("Jo Whitlock, the school nurse, will do four sessions of body-safety work with each child by Christmas, so "
     "that both children can name a safe adult they would tell.",
     "do four sessions of body-safety work with each child", "Jo Whitlock, the school nurse", "by Christmas",
     "both children can name a safe adult they would tell", ""),
    ("Pat Pryce, the children's nan, will have Evie and Alfie after school on the days Naomi works (Monday to "
     "Thursday) until the review conference, so that there is always an adult other than Craig collecting them, "
     "shown on the school's collection log.",
     "have Evie and Alfie after school on the days Naomi works (Monday to Thursday)",
     "Pat Pryce, the children's nan", "until the review conference",
     "there is always an adult other than Craig collecting them, shown on the school's collection log", "")],
   [("Everyone involved will work together to keep the children safe for the duration of the plan.",
     "work together to keep the children safe", "Everyone involved", "for the duration of the plan", N, "OV TV DV EM"),
    "Naomi does not agree with all of this but has signed the plan."],
  ],
  contingency="If Craig is found at the house or with the children, or Naomi lets him have any contact, a strategy "
              "meeting will be held the same day and the local authority will consider whether the children can "
              "safely stay at home."),

 # ------------------------------------------------------------------ b4-05
 # Markdown Signs of Safety: header as a one-row horizontal table; goals in block quotes; next steps
 # in tables Who / What will happen next / When (no evidence place: the goal is the evidence).
 dict(id="b4-05", layout="md-signs-of-safety", la="Eastmoor Council", plan_labels="C",
  header=[("Child", "Maisie Doyle, 8"), ("Mum", "Rebecca Doyle"), ("Conference", "10 Sept 2026"),
          ("Lead practitioner", "Owen Price-Hughes (SW)"), ("Review CP conference", "17th December 2026")],
  worries="Rebecca has cut her arms and legs for many years, and since her partner left in June it has become more "
          "frequent. On 21 August Maisie found her mum in the bathroom bleeding heavily and rang 999 herself. "
          "Rebecca took an overdose of paracetamol in July while Maisie was asleep upstairs. Maisie was late for "
          "school 14 times after Easter and told her teacher she has to 'check on Mummy' before she can leave.",
  danger="Children's services and Maisie's family are worried that Maisie will again find her mum badly hurt, "
         "be left with no adult to look after her, and go on feeling that keeping her mum alive is her job.",
  working="Rebecca loves Maisie and has been honest with the team about her self-harm. Her sister Jen lives two "
          "streets away and has looked after Maisie whenever Rebecca has been in hospital. Maisie has a close "
          "friend, Ava, whose mum is happy to help with lifts.",
  voice=("Maisie's three houses",
         "House of worries: 'When Mummy is in the bathroom a long time I knock on the door and count.' 'I don't "
         "like the ambulance noise.' House of good things: 'Auntie Jen's chips', 'Rainbows', 'when me and Mummy "
         "watch Bluey'. House of dreams: 'Mummy is happy and not poorly and I can have a sleepover at Ava's.'"),
  goals=[
   ("A", "Maisie always knows which safe adult to go to if Mum is unwell, and can tell us who that is and show us "
         "her safety plan at every visit.", [
    ("Make a picture safety plan with Maisie showing who she rings and where she goes if Mum is hurt, and put a "
     "copy in her school bag", "Auntie Jen (Jennifer Maguire)", "by 30 September 2026", ""),
    ("Keep all tablets and razors in the lockable box Jen has bought, with Jen holding the spare key",
     "Rebecca (Mum)", "from tonight", ""),
    ("Be there for Maisie", "Family network", "", "OV TV DM"),
    ("Check in with Maisie each morning using her feelings chart, and ring Jen or the SW the same day if Maisie "
     "picks the red card", "Mrs Sandhu (class teacher)", "every school day", ""),
   ]),
   ("B", "Mum gets the right help with her mental health.", [
    ("Refer Rebecca to the Crisis Resolution and Home Treatment Team and review her antidepressants",
     "Dr Okafor (GP)", "within 48 hours of conference", "EV"),
    ("Keep in touch with Mum", "Mental health services", "regularly", "OV TV DV EV"),
    ("Go to the DBT skills group at Eastmoor Talking Therapies", "Rebecca", "weekly from 7 October 2026", "EV"),
   ]),
   ("C", "Maisie is not Mum's carer: she is in school on time every day and goes to Rainbows every Tuesday like "
         "her friends.", [
    ("Do the school run on Mondays and Fridays, the days Rebecca has her hospital appointments", "Jen",
     "from w/c 21/09/26", ""),
    ("Assess Maisie as a young carer and offer her a place at the Saturday club", "Eastmoor Young Carers", "TBC", "DV"),
   ]),
  ],
  contingency="To be added after the family network meeting on 2 October.",
  network="Rebecca, Jen Maguire (aunt), Ava's mum (Louise Grant), Mrs Sandhu (class teacher), Dr Okafor (GP), "
          "Owen Price-Hughes (SW)."),

 # ------------------------------------------------------------------ b4-06
 # Word: header as a 4-column table with a merged 'Reason for plan' row; action table
 # Area of concern / Action / Responsible / By / Outcome – evidence with the area cell merged down its rows.
 dict(id="b4-06", layout="docx-table-merged", la="Riverstone Borough Council", plan_labels="",
  header=[("Children", "Kayden Whitfield (6), Lacey Whitfield (3), Ruby Whitfield (9 weeks)",
           "Parents", "Dean and Shannon Whitfield"),
          ("Date of conference", "14/09/2026", "Category", "Neglect"),
          ("Lead professional", "Kelly Marsh (SW)", "Review Conference", "03/12/2026 at Riverstone Civic Offices")],
  reason="Lacey was bitten on the face by the family's dog; risk of further dog bites in an overcrowded flat.",
  worries="The Whitfield family live in a two-bedroom flat on the ninth floor of Carrick House with two large dogs: "
          "Tyson, an XL bully, and Bella, a Staffordshire bull terrier cross. On 16 August Lacey was bitten on the "
          "face by Tyson while Shannon was feeding the baby in the other room; she needed 11 stitches at "
          "Riverstone General. The dogs sleep in the children's bedroom at night, and Kayden and Lacey share a "
          "double mattress on the floor since the bunk beds broke. Tyson has no exemption certificate. The family "
          "have been on the housing register for two years.",
  voice=("The children's views and experiences",
         "Kayden said 'Tyson is scary when he's hungry' and that he climbs on the back of the sofa when the dogs "
         "'play rough'. He wants 'a bedroom with a door that shuts so the dogs can't get in'. Lacey is too young to "
         "say much; at the visit she hid behind Shannon when Tyson barked and pointed at her cheek saying 'dog "
         "bite'. Ruby was asleep in her pram in the living room with Bella lying underneath it."),
  headers=["Area of concern", "Action", "Responsible", "By", "Outcome / evidence"],
  groups=[
   ("1. The dogs are never with the children without an adult", [
    ("Keep Tyson and Bella shut in the kitchen behind the new dog gate whenever the children are awake, and never "
     "leave a child in a room with either dog", "Dean and Shannon", "from 14 September 2026",
     "SW and HV find the dogs behind the gate on every unannounced visit", ""),
    ("Arrange a behaviour assessment of Tyson by an accredited dog behaviourist and share the report",
     "Animal Welfare Officer, Riverstone Council (Martin Pell)", "by 9 October 2026",
     "Report on file with its recommendations, signed by both parents", ""),
    ("Dog safety to be talked through with the children", "", "next visit", "", "OM EM"),
    ("Make sure the dogs are managed properly", "Parents", "Ongoing", "Dogs are better behaved", "TV DV EV"),
   ]),
   ("2. The family has enough room to live safely", [
    ("Put in a management move request to Riverstone Homes on the grounds of overcrowding and child safety, with "
     "a supporting letter from the SW", "Kelly Marsh (SW)", "within 10 working days",
     "Priority banding letter received by the family", ""),
    ("Look into rehousing options", "Housing", "6-8 weeks", "", "OV TV EM"),
   ]),
   ("3. Lacey's injury heals and the children's health needs are met", [
    ("Take Lacey to the plastic surgery dressing clinic at Riverstone General and to her scar review", "Shannon",
     "appointments on 17/09/2026 and 22/10/2026", "", "EM"),
    ("Offer support around the baby", "Health visitor", "as required", "Ruby's weight follows her centile line (red book)",
     "TV DV"),
    ("Monitor Kayden's mood through a weekly ELSA session and email the SW a summary, including anything he says "
     "about the dogs", "Kayden's school (Mrs Beaumont, DSL)", "weekly, Wednesdays",
     "ELSA summaries on Kayden's file before each core group", ""),
   ]),
  ],
  contingency="If either dog is found loose with the children again, or another child is bitten, a strategy meeting "
              "will be held that day; the police dog legislation officer will be asked to seize Tyson, and the "
              "children may go to stay with Shannon's mother while the flat is made safe."),

 # ------------------------------------------------------------------ b4-07
 # Word numbered paragraphs: "A1" bold prefix, items grouped under Heading 2 letters; deadline and
 # evidence inside the item's sentence(s).
 dict(id="b4-07", layout="docx-numbered-paras", la="Whitmoor County Council", plan_labels="L R",
  header=[("Children", "Jayden Rowe (12), Ellie-Mae Rowe (9)"),
          ("Parent", "Ms Carla Rowe"),
          ("Category", "Neglect"),
          ("ICPC", "7 September 2026"),
          ("Social work team", "Whitmoor Children's Services, Team West"),
          ("Core group", "Ms Rowe, Jayden, social worker, EHE adviser, CME officer, school nurse, St Anne's Primary, "
                         "Detached Youth Team")],
  worries="Ms Rowe took Jayden out of Whitmoor Academy in March, in Year 7, saying she would educate him at home. "
          "The Elective Home Education (EHE) adviser has written twice and visited once but was not let in, and "
          "there is no evidence that Jayden is receiving any education. Jayden has not been seen by a health "
          "professional since he was 8. Police found him in the town centre after 11pm on three nights in August. "
          "Ellie-Mae's attendance at St Anne's Primary was 61% last year. Ms Rowe rarely leaves the flat because "
          "of severe anxiety and relies on Jayden to do the shopping.",
  voice=("What Jayden and Ellie-Mae have told us",
         "Jayden told the social worker that school was 'rubbish' and that he was picked on about his clothes; he "
         "would 'maybe' go back if he could be in a different form. He says he goes into town to see his mates and "
         "isn't doing anything wrong. Ellie-Mae said she likes school because her friend Zara is there, but "
         "sometimes she stays home 'to keep Mum company'."),
  sections=[
   ("A. Education", [
    ("A1", "Ms Rowe will let the Elective Home Education adviser, Graham Teale, into the home to see Jayden's work "
           "and timetable by 2 October 2026. His written report will say whether the education on offer is suitable.",
     "let the Elective Home Education adviser, Graham Teale, into the home to see Jayden's work and timetable",
     "Ms Rowe", "by 2 October 2026", "His written report will say whether the education on offer is suitable", ""),
    ("A2", "The Children Missing Education officer will look into Jayden's situation.",
     "look into Jayden's situation", "The Children Missing Education officer", N, N, "TV DM EM"),
    ("A3", "Jayden will be offered a place back at Whitmoor Academy, on a phased timetable of three mornings a week "
           "to start with, within 15 school days of the ICPC; success will be Jayden attending at least 80% of his "
           "timetabled sessions by the review.",
     "Jayden will be offered a place back at Whitmoor Academy, on a phased timetable of three mornings a week to "
     "start with", N, "within 15 school days of the ICPC",
     "Jayden attending at least 80% of his timetabled sessions by the review", "OM"),
    ("A4", "Ms Rowe and Mr Dunne (Education Welfare Officer) will go through Ellie-Mae's attendance for the previous "
           "week at a meeting at St Anne's every Monday from 21 September 2026. Ellie-Mae's attendance should be "
           "above 90% by the review (school register).",
     "go through Ellie-Mae's attendance for the previous week at a meeting at St Anne's",
     "Ms Rowe and Mr Dunne (Education Welfare Officer)", "every Monday from 21 September 2026",
     "Ellie-Mae's attendance should be above 90% by the review (school register)", ""),
   ]),
   ("B. Health", [
    ("B1", "Both children will be registered with a GP and a dentist.",
     "Both children will be registered with a GP and a dentist", N, N, N, "OM DM EM"),
    ("B2", "Amanda Kirk (school nurse) will carry out a health assessment for Jayden at home, including sight and "
           "hearing, before the first core group; the results will be shared with the social worker and any "
           "referrals made.",
     "carry out a health assessment for Jayden at home, including sight and hearing", "Amanda Kirk (school nurse)",
     "before the first core group", "the results will be shared with the social worker and any referrals made", ""),
   ]),
   ("C. Home and community", [
    ("C1", "Ms Rowe will work on her anxiety when she feels ready.",
     "work on her anxiety", "Ms Rowe", "when she feels ready", N, "TV DV EM"),
    ("C2", "Professionals will keep an eye on Jayden in the community and share information, so that everyone is "
           "aware of where he is spending his time.",
     "keep an eye on Jayden in the community and share information", "Professionals", N,
     "everyone is aware of where he is spending his time", "OV TV DM EV"),
    ("C3", "Sian Lloyd from the Whitmoor Detached Youth Team will meet Jayden at the skate park and help him fill in "
           "an application for the college taster days, on Thursday evenings for the next 8 weeks; we will know it "
           "has worked when the application has been sent and Jayden has a taster day date.",
     "meet Jayden at the skate park and help him fill in an application for the college taster days",
     "Sian Lloyd from the Whitmoor Detached Youth Team", "on Thursday evenings for the next 8 weeks",
     "the application has been sent and Jayden has a taster day date", ""),
   ]),
  ],
  contingency="If Ms Rowe does not let the EHE adviser in, or Jayden is not back in education by the review, the "
              "local authority will start the School Attendance Order process and consider applying for an "
              "Education Supervision Order. If police find Jayden out late at night again, a strategy discussion "
              "will be held.",
  review="This plan will be looked at again at a review conference within three months of the ICPC."),

 # ------------------------------------------------------------------ b4-08
 # Word Signs of Safety: one table No. / Next step / Lead person / Target date with each safety goal in a
 # row merged across all four columns; no contingency section.
 dict(id="b4-08", layout="docx-signs-of-safety-merged", la="Brackenfield District Council", plan_labels="C",
  header=[("Young person", "Callum Rafferty, 15"), ("Parent", "Steve Rafferty (dad)"),
          ("Date of conference", "Friday 11 September 2026"), ("Category", "Neglect"),
          ("Lead professional", "Precious Nwosu (SW)"), ("Next review", "10/12/2026")],
  danger="Callum's dad, Steve, drives lorries on long shifts and since the spring has been staying at his "
         "girlfriend's house in Kettleby three or four nights a week. Callum has been left on his own for up to "
         "four days at a time, often with the meter run out and little food in the house; school have given him "
         "breakfast most days. He has lost 5 kg since Easter, has an untreated dental abscess, and his attendance "
         "has fallen to 72%. We are worried that Callum will become ill, fall further behind at school and turn "
         "to older young people in the area for food and money.",
  working="Steve is proud of Callum and came to the conference. Callum's aunt Lorraine lives in the same town and "
          "is fond of him. Callum is doing well in PE and wants to join the Army Cadets.",
  voice=("Callum's view",
         "Callum said he is 'fine on his own' and would rather be in the house than at his dad's girlfriend's. He "
         "admitted he goes to bed hungry 'sometimes' and that his tooth has been 'killing' him for weeks. He wants "
         "his dad home more at weekends and would like to go to his aunt's for tea. He asked that school don't "
         "make a fuss in front of his friends."),
  headers=["No.", "Next step", "Lead person", "Target date"],
  goals=[
   ("Safety goal 1", "Callum has food in the house, the electric and gas are on, and an adult sleeps at home every "
                     "night, checked at two unannounced visits each fortnight.", [
    ("Sleep at home every night and be back by 7pm on school nights", "Steve (Dad)", "from 16 September 2026", ""),
    ("Put £20 on the electric key and £15 on the gas card every Friday and do a food shop with Callum on Saturdays",
     "Steve", "weekly, starting Friday 18/09/2026", ""),
    ("Apply to the Section 17 fund for a new mattress and bedding for Callum", "TBC", "before the first core group", "OV"),
    ("Have Callum round for his tea on Wednesdays and text the SW if he doesn't turn up", "Aunt Lorraine Kelleher",
     "every Wednesday", ""),
   ]),
   ("Safety goal 2", "Callum's health and schooling get back on track.", [
    ("Take Callum to the emergency dental appointment at Parkside Dental Practice", "Steve",
     "Tuesday 15 September 2026", "EV"),
    ("Monitor Callum", "Mr Oyelowo (Head of Year 10)", "", "TV DM EV"),
    ("Be more honest with each other", "Dad and Callum", "ongoing", "TV DV EV"),
    ("Weigh Callum and do a health review covering his eating, sleep and hygiene", "School nurse",
     "by October half term", "EV"),
   ]),
  ],
  network="Steve, Callum, Lorraine Kelleher (aunt), Precious Nwosu (SW), Mr Oyelowo (Head of Year 10), school nurse."),
]
