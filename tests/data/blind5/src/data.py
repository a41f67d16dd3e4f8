"""Fifth blind test set (all fictional plans), labelled to docs/annotation-guide.md.

Label codes: OM owner_missing, OV owner_vague, TV action_vague, DM deadline_missing,
DV deadline_vague, EM evidence_missing, EV evidence_vague ("" = no defect).
Plan label codes: C contingency_missing, L lead_professional_missing,
R review_date_missing, V child_voice_missing.

Row actions:      (task, owner, deadline, evidence, codes). "" = an empty cell or an empty
                  field; None = a field left out of the item. Both are labelled null.
Sentence actions: (sentence, task, owner, deadline, evidence, codes) where task/owner/
                  deadline/evidence are substrings of the sentence (or None).
Goal steps (b5-04, b5-08): (task, owner, deadline, codes); the goal sentence is the steps'
                  evidence (no evidence place).
Each plan names its layout in `layout`; make.py has one renderer per plan.
"""
N = None

PLANS = [
 # ------------------------------------------------------------------ b5-01
 # Markdown: header as a two-column key/value table; action table
 # Ref / What must happen / Person responsible / Target date / Measure of success.
 dict(id="b5-01", layout="md-table-ref", la="Harbourside City Council", plan_labels="",
  header=[("Children", "Kacey Doyle (8) and Ollie Doyle (5)"),
          ("Parents", "Gary Doyle and Lisa Doyle"),
          ("Category of plan", "Neglect"),
          ("Initial conference", "6 October 2026"),
          ("Lead professional", "Femi Adeyemi, Social Worker, Harbourside Family Support and Protection"),
          ("Next review conference", "12 January 2027, 10.00, Civic Centre room 4")],
  worries="Since the spring Gary has lost about £14,000 on online casino and betting apps. The family owe £2,300 "
          "in rent and Harbour Homes served a notice seeking possession on 18 September. The gas and electricity "
          "meters are often empty: Kacey told her teacher the house had no lights on Sunday night, and both "
          "children have come to school without breakfast on most days this term. Lisa has borrowed from a "
          "doorstep lender to buy food. There are loud arguments late at night and Ollie has been woken by the "
          "shouting. Lisa says she has started having panic attacks.",
  voice=("What Kacey and Ollie told us",
         "Kacey drew her home with a big black cloud over the front room. She said: \"When Dad is on his phone "
         "he goes grumpy and then there's no money for the meter.\" She would like the lights to stay on and for "
         "her mum and dad to stop shouting. Ollie said the best thing at home is building dens with his dad, and "
         "the worst thing is \"when my tummy is empty at school\"."),
  headers=["Ref", "What must happen", "Person responsible", "Target date", "Success measure"],
  actions=[
   ("Put a gambling block on every phone, tablet and bank card in the house (Gamban and the bank's own block) "
    "and show the social worker the settings", "Gary Doyle", "by 20 October 2026",
    "Blocks seen switched on at the SW visit on or after 20 October and at each visit after that", ""),
   ("Book and attend an assessment with the Harbourside Gambling Harms Clinic", "Gary", "within 2 weeks of conference",
    "Clinic confirms in writing that Gary attended and has a treatment plan", ""),
   ("Get on top of the debts", "Parents", "in the coming weeks", "Family finances are more stable", "TV DV EV"),
   ("Make an appointment with Citizens Advice Harbourside for a debt and budget review, taking every letter "
    "from creditors and the doorstep lender", "Lisa", "by 31 October 2026", "", "EM"),
   ("Ask Harbour Homes to pause the possession claim while debt advice is under way and agree a repayment "
    "plan for the arrears", "Femi Adeyemi (SW) with Lisa", "before the court hearing on 19 November 2026",
    "Written repayment agreement from Harbour Homes on file", ""),
   ("Give Kacey and Ollie free places at breakfast club", "St Brendan's Primary (Mrs Lyons, DSL)",
    "from Monday 12 October 2026", "Breakfast club register shows both children there on at least 4 days a week", ""),
   ("Monitor the children", "School", "ongoing", "", "TV DV EM"),
   ("Liaise with partner agencies about the family's finances", "All professionals", "",
    "Positive progress", "OV TV DM EV"),
   ("Refer Lisa to her GP for the panic attacks", "", "by the first core group",
    "Lisa has a GP appointment booked (date recorded on file)", "OM"),
  ],
  contingency="If Gary gambles again with money meant for rent, food or fuel, or the children go without food or "
              "power again, a core group will be called within a week and Harbourside will consider "
              "asking for legal advice. If the family are evicted, the social worker will make a same-day "
              "homelessness referral so that the children are not left without a home.",
  core="Gary and Lisa Doyle; Femi Adeyemi (SW); Mrs Lyons (DSL, St Brendan's Primary); Harbourside Gambling Harms "
       "Clinic; Harbour Homes tenancy officer; Citizens Advice Harbourside."),

 # ------------------------------------------------------------------ b5-02
 # Markdown: header as plain "Key — value" lines; numbered items with inline bold labels on one line,
 # separated by middle dots, grouped under ### topic headings.
 dict(id="b5-02", layout="md-numbered-inline-labels", la="North Vale County Council", plan_labels="R",
  header=[("Young person", "Matilda (Tilly) Marsh, aged 14"),
          ("Lives with", "Mum, Dawn Marsh; Dad, Rob Marsh, lives in Doncaster and drives long-distance"),
          ("Category", "Neglect (medical)"),
          ("Date of initial conference", "5 October 2026"),
          ("Lead social worker", "Priya Raman, Adolescent Safeguarding Team"),
          ("Review child protection conference", "to be arranged by the IRO")],
  worries="Tilly has lost 9 kg since June and in August the North Vale Eating Disorder Service diagnosed anorexia "
          "nervosa. She has missed three of her five clinic appointments; each time Dawn rang to cancel, saying "
          "Tilly was \"fine now\" and that it is a phase. On 22 September Tilly fainted in PE and her heart rate "
          "at A&E was 42. Tilly mostly makes her own meals because Dawn works late shifts. Dawn has told the "
          "social worker that she had bulimia as a teenager and finds it hard to talk about food.",
  voice=("What Tilly says",
         "Tilly does not think she is ill and says \"everyone is making a fuss about nothing\". She did say she "
         "is frightened of eating in front of other people and that the worst time is lunch in the school "
         "canteen. She wants to carry on with her dance classes and would like her dad to come to meetings. She "
         "asked that her friends are not told why she leaves lessons early."),
  groups=[
   ("Physical health", [
    ("Take Tilly to every appointment with the North Vale Eating Disorder Service, and ring the clinic herself "
     "if one has to be moved", "Dawn (Mum)", "weekly, Thursdays 4pm",
     "Clinic attendance letter shows no missed appointments before the review", ""),
    ("Monitor Tilly's weight, heart rate and blood pressure at each clinic visit and email the readings to the "
     "social worker the same day", "Dr Helen Oakes, ED clinic lead", "every Thursday",
     "Readings on file; weight at or above 85% of median BMI by the review", ""),
    ("Arrange a strategy meeting if Tilly's heart rate drops below 45 or she faints again", N,
     "within 24 hours of the clinic's call", "Strategy meeting minutes on file", "OM"),
   ]),
   ("Eating at home and at school", [
    ("Eat lunch with Tilly in the pastoral room and write on the meal sheet what she ate",
     "Ridgeway Academy pastoral team (Ms Ferrante)", "every school day", "Meal sheet emailed to the ED clinic each Friday", ""),
    ("Follow the dietitian's meal plan: three meals and three snacks a day, with an adult at the table",
     "Dawn and Tilly", "from 9 October 2026", "", "EM"),
    ("Keep an eye on how Tilly is getting on", "Everyone", "ongoing", "", "OV TV DV EM"),
   ]),
   ("Family", [
    ("Talk to Rob about joining core group meetings", "Social worker", "",
     "Rob takes part in the next core group in person or by phone", "DM"),
    ("Dawn to get help for her own eating difficulties", "Dawn", "when she is ready", "Dawn feels more able to cope",
     "TV DV EV"),
   ]),
  ],
  contingency="If Tilly misses two clinic appointments in a row, or her heart rate or weight falls below the levels "
              "the clinic has set, the clinic will ask for a medical admission and the social worker will set up a "
              "same-day strategy discussion. If Dawn keeps cancelling appointments, the local authority will "
              "seek legal advice about Tilly's medical care."),

 # ------------------------------------------------------------------ b5-03
 # Markdown, a shape of its own: the plan written as a letter to the young mother after conference,
 # actions as sentences in paragraphs, "You will ..." for her own actions; header as a short address block.
 dict(id="b5-03", layout="md-letter-to-parent", la="Brookfield Borough Council", plan_labels="L",
  to="Chantelle Moore (19)",
  child="Mason Moore, born 24 August 2026",
  date="14 October 2026",
  intro=["Dear Chantelle,",
         "Thank you for coming to the child protection conference about Mason on 12 October and for being so "
         "honest about the night of 2 October. This letter sets out what everyone agreed. The conference decided "
         "that Mason should have a child protection plan under the category of emotional abuse, because he has "
         "been in the room when Reece has shouted at you, thrown things and punched the wall near his basket, "
         "and the police have been called twice since he was born.",
         "A social worker for Mason has not been allocated yet; the Safeguarding Team expects to allocate one next "
         "week. Until then the duty line is 01632 960 411."],
  voice=("How Mason is getting on",
         "Mason is seven weeks old. When the conference chair visited, he was asleep on his back in his Moses "
         "basket, clean and warm, and he fed well from his bottle while you talked. You told us he startles and "
         "cries when doors bang, and the health visitor has noticed that he is slow to settle on days after "
         "an argument."),
  paras=[
   ["These are the things you agreed to do.",
    ("From today, you will make sure Reece does not stay overnight at the flat, and you will tell your social "
     "worker straight away if he turns up after being asked to stay away.",
     "make sure Reece does not stay overnight at the flat, and you will tell your social worker straight away "
     "if he turns up after being asked to stay away", "you", "From today", N, "EM"),
    ("You will take Mason to his 8-week check and first injections at Brookfield Surgery on 4 November 2026.",
     "take Mason to his 8-week check and first injections at Brookfield Surgery", "You", "on 4 November 2026", N, "EM")],
   ["This is what the people around you will do.",
    ("Your personal adviser, Leon Walsh, will go with you to the Freedom Programme taster session on 28 October "
     "2026 so that you can decide whether to join the course; Leon will confirm by email that you went.",
     "go with you to the Freedom Programme taster session", "Your personal adviser, Leon Walsh",
     "on 28 October 2026", "Leon will confirm by email that you went", ""),
    ("Leon will apply to the leaving care setting-up fund for a new cot mattress and a fireguard by 30 October "
     "2026; both should be in the flat by the health visitor's next visit.",
     "apply to the leaving care setting-up fund for a new cot mattress and a fireguard", "Leon",
     "by 30 October 2026", "both should be in the flat by the health visitor's next visit", ""),
    ("The health visitor, Beth Kirby, will see you and Mason at home every week until the review to weigh him "
     "and talk through safe sleep, and Mason's weight should stay on his centile in the red book.",
     "see you and Mason at home", "The health visitor, Beth Kirby", "every week until the review",
     "Mason's weight should stay on his centile in the red book", ""),
    ("A referral will be made to the Domestic Abuse Perpetrator Programme for Reece.",
     "A referral will be made to the Domestic Abuse Perpetrator Programme for Reece", N, N, N, "OM DM EM"),
    ("Your social worker will help you think about your relationship with Reece over the next few weeks, so "
     "that you feel more confident.",
     "help you think about your relationship with Reece", "Your social worker", "over the next few weeks",
     "you feel more confident", "TV DV EV"),
    ("Everyone in the core group will support you as a young mum.",
     "support you as a young mum", "Everyone in the core group", N, N, "OV TV DM EM")],
  ],
  contingency="If Reece is found at the flat overnight, or there is another incident of violence while Mason is "
              "there, a strategy discussion will take place that day and we will ask you and "
              "Mason to stay with your foster carer, Mrs Pauline Reid, who has said she will have you both. If that "
              "is not safe, the local authority will seek legal advice about Mason's care.",
  review="Your review conference will be on Tuesday 9 February 2027 at 2pm at Brookfield House.",
  sign=["With best wishes,", "Nadia Shah", "Conference Chair (Independent Reviewing Officer)"]),

 # ------------------------------------------------------------------ b5-04
 # Markdown Signs of Safety: header as plain "Key: value" bullets; goals as ### headings with the
 # goal as an italic line; next steps as bullets "**Who:** step — _when_" (no evidence place).
 dict(id="b5-04", layout="md-sos-bullets", la="Calderbrook Metropolitan Borough Council", plan_labels="C",
  header=[("Child", "Ruby-Rose Kerr, 23 months"),
          ("Mum", "Jade Kerr (24)"),
          ("Mum's partner", "Dylan Price (26), lives with Jade and Ruby-Rose"),
          ("Category", "Neglect"),
          ("ICPC held", "29/09/2026"),
          ("Lead social worker", "Aisha Conteh"),
          ("Review CP conference", "15/12/2026")],
  worries="On 19 September Ruby-Rose was taken to Calderbrook General by ambulance, very drowsy, after eating "
          "cannabis gummy sweets that Dylan had left in an open kitchen drawer. She stayed in hospital for two "
          "nights. In July she was seen in A&E after chewing a dishwasher tablet she found under the sink. Jade "
          "works three night shifts a week at a care home and Dylan looks after Ruby-Rose on those nights; he "
          "says he smokes cannabis most evenings after she is asleep.",
  danger="We are worried that Ruby-Rose could be seriously harmed or die if she again gets hold of drugs, "
         "medicines or household chemicals left where she can reach them, or if the adult looking after her is "
         "too stoned to notice what she is doing.",
  working="Jade called the ambulance straight away and stayed with Ruby-Rose on the ward. Jade's mum, Lorraine, "
          "lives two streets away and has offered to help. Ruby-Rose's development is on track and she is up to "
          "date with her immunisations.",
  voice=("Ruby-Rose's day",
         "Ruby-Rose is walking and into everything: at the visit on 24 September she opened the low kitchen "
         "cupboard twice in ten minutes and tried to climb the sofa to reach the window sill. She says a few "
         "words (\"Nanna\", \"juice\", \"no\") and ran to Lorraine when she arrived. She was clean and dressed, "
         "and her cot had a clean sheet, but there were ashtrays on the low coffee table."),
  goals=[
   ("A", "Ruby-Rose cannot reach any medicine, drug, cleaning product or battery in the flat: every check at an "
         "unannounced visit finds them locked away or stored above 1.5 metres.", [
    ("Fit locks to the kitchen and bathroom cupboards and buy a lockable medicine box", "Jade",
     "by Friday 2 October 2026", ""),
    ("Do an unannounced home visit and check every room with Jade for anything Ruby-Rose could swallow",
     "Aisha Conteh (SW)", "every two weeks", ""),
    ("Take a hair-strand drug test arranged by the social worker and agree to the result being shared with the "
     "core group", "Dylan", "by 30 October 2026", ""),
    ("Be more careful", "Family", "", "OV TV DM"),
   ]),
   ("B", "Jade and Dylan understand the dangers.", [
    ("Go through the poisoning checklist from the Child Accident Prevention Trust with both parents at home",
     "Health visitor (Carly Nunn)", "at the next HV contact", "EV"),
    ("Work with Jade and Dylan on the risks", "Social worker", "ongoing", "TV DV EV"),
   ]),
   ("C", "On the nights Jade works, Ruby-Rose is cared for by Lorraine, and the shift calendar on the fridge "
         "shows who had her each night, checked at every visit.", [
    ("Have Ruby-Rose to stay overnight on the three nights a week Jade is at work", "Nanna Lorraine Kerr",
     "from 5 October 2026", ""),
    ("Think about his cannabis use", "Dylan", "when he can", "TV DV"),
    ("Referral to Calderbrook Recovery Service for Dylan", N, "within 5 working days", "OM"),
   ]),
  ],
  contingency="See core group minutes."),

 # ------------------------------------------------------------------ b5-05
 # Word action table Concern / Agreed action / Lead / Review by / What will show progress, with the concern
 # written only in the first row of its group (other concern cells left blank, not merged).
 # Header as a two-column Word table.
 dict(id="b5-05", layout="docx-table-concern-blank", la="London Borough of Eastbridge", plan_labels="",
  header=[("Children", "Tyler Grant (15) and Leah Grant (11)"),
          ("Parent", "Michelle Grant (mother)"),
          ("Also living at the address until conference", "Kai Grant (19), Michelle's nephew"),
          ("Category", "Neglect"),
          ("Date of ICPC", "7 October 2026"),
          ("Lead professional", "Sam Okafor, Senior Practitioner, Contextual Safeguarding Team"),
          ("Review conference", "21 January 2027")],
  worries="On 25 September police executed a warrant at the flat and found wraps of crack cocaine and heroin, "
          "£1,800 in cash and a machete under Kai's bed. Neighbours have reported callers at all hours. Tyler has "
          "been reported missing twice since the summer; the second time he was found in Southend with £400 and "
          "two phones that were not his. Leah has told her teacher that she is scared of the men who knock at "
          "night and that she sleeps in her mum's bed.",
  voice=("Tyler and Leah's views",
         "Tyler says he \"just went to see some mates\" in Southend and that he does not need a social worker. He "
         "said he would talk to someone who \"isn't police\". Leah said she wants \"the door to stop banging at "
         "night\" and wants Kai to live somewhere else. She would like to go back to gymnastics on Saturdays."),
  headers=["Concern", "Agreed action", "Lead", "Review by", "What will show progress"],
  groups=[
   ("Drug dealing from the family home", [
    ("Tell Kai he must leave, take back his key and not let him stay or visit", "Michelle Grant",
     "by 16 October 2026",
     "Kai's new address confirmed by police; no sightings of Kai at the flat in police or neighbour reports", ""),
    ("Pass any information about callers to the flat to the social worker", "Eastbridge Police neighbourhood team (PC Jo Marsh)",
     "within one working day of each report", "", "EM"),
    ("Monitor the situation", "Agencies involved", "Ongoing", "Fewer concerns", "OV TV DV EV"),
   ]),
   ("Tyler being criminally exploited", [
    ("Send a referral to the National Referral Mechanism naming Tyler as a possible victim of criminal exploitation",
     "Sam Okafor (SW)", "within 5 working days of conference", "NRM reference number recorded on Tyler's file", ""),
    ("Meet Tyler for mentoring at the youth centre or wherever he chooses", "St Giles Trust caseworker (Dan Hollis)",
     "weekly, Wednesdays after school", "Tyler attends at least 6 of the first 8 sessions (St Giles attendance log)", ""),
    ("Report Tyler missing to police and ring the out-of-hours team when he has not come home by 10pm", "Michelle",
     "every night", "Each missing episode reported the same night (police log) and a return home interview "
     "held within 72 hours", ""),
    ("Stay away from bad influences", "Tyler", "", "", "TV DM EM"),
   ]),
   ("Leah's safety and wellbeing", [
    ("Give Leah a daily check-in with her key adult and let the SW know that day whenever she is upset "
     "about visitors to the flat", "Eastbridge Academy (Mrs Obi, DSL)", "every school day",
     "Check-in log emailed to the SW every Friday", ""),
    ("Look into moving the family", "Housing", "TBC", "Family feel safer", "OV TV DV EV"),
   ]),
  ],
  contingency="If Kai is found living at or dealing from the flat again, or Tyler goes missing overnight, a strategy "
              "discussion will be held within one working day. Eastbridge will then consider an emergency housing "
              "move and, if the children cannot be kept safe at home, will seek legal advice about care "
              "proceedings."),

 # ------------------------------------------------------------------ b5-06
 # Word numbered paragraphs (List Number style, numbers not in the text), grouped under Heading 2 topics;
 # owner, deadline and evidence inside each item's sentence. Header as "Label: value" paragraphs with a bold label.
 dict(id="b5-06", layout="docx-list-number-sentences", la="Northgate Borough Council", plan_labels="V",
  header=[("Children", "Isla Hughes and Freddie Hughes (twins), 10 months"),
          ("Parents", "Kerry Hughes (27) and Paul Hughes (31); both parents have a learning disability"),
          ("Category", "Neglect"),
          ("Initial conference", "13 October 2026"),
          ("Lead professional", "Gemma Rhodes, Social Worker, Family Safeguarding Team"),
          ("Next review conference", "2 February 2027")],
  worries="Freddie's weight has dropped from the 25th to the 2nd centile since June. The health visitor found "
          "that feeds were being made up with too much water and that the family sometimes ran out of formula "
          "before payday. Both twins have missed their 8- and 12-week immunisations and Isla has had nappy rash "
          "that bled. A neighbour has been holding Paul's bank card \"to help with money\" and the family's "
          "benefits are often gone within days of being paid.",
  voice=("What Kerry and Paul say",
         "Kerry and Paul love the twins and want to keep caring for them. They said they feel \"watched all the "
         "time\" and that the letters from the council are too long to read. Paul said he would like someone to "
         "show him things rather than tell him."),
  sections=[
   ("Feeding and growth", [
    ("Paul and Kerry will measure the twins' formula with the marked jug and level scoop Sinead gave them, "
     "following the photo steps stuck on the fridge, starting today, so that Freddie's weight has climbed back "
     "to at least the 9th centile line by the review.",
     "measure the twins' formula with the marked jug and level scoop Sinead gave them, following the photo "
     "steps stuck on the fridge", "Paul and Kerry", "starting today",
     "Freddie's weight has climbed back to at least the 9th centile line by the review", ""),
    ("The health visitor, Sinead Byrne, will weigh both twins at home and plot the weights in their red books "
     "every week.",
     "weigh both twins at home and plot the weights in their red books", "The health visitor, Sinead Byrne",
     "every week", N, "EM"),
    ("The family support worker, Dean Price, will come three mornings a week at feed time to show Kerry and Paul "
     "how to make up feeds and bath the twins, and will note after each visit what they did without help, so "
     "that by 8 January 2027 they make up a full day's feeds without prompting.",
     "come three mornings a week at feed time to show Kerry and Paul how to make up feeds and bath the twins, "
     "and will note after each visit what they did without help", "The family support worker, Dean Price",
     "three mornings a week", "by 8 January 2027 they make up a full day's feeds without prompting", ""),
   ]),
   ("Health", [
    ("Kerry will take Isla and Freddie to Northgate Medical Centre for their missed immunisations on 29 October "
     "2026, and the practice nurse will confirm on the GP record that they were given.",
     "take Isla and Freddie to Northgate Medical Centre for their missed immunisations", "Kerry",
     "on 29 October 2026", "the practice nurse will confirm on the GP record that they were given", ""),
    ("Health will keep an eye on the twins' development.",
     "keep an eye on the twins' development", "Health", N, N, "OV TV DM EM"),
    ("A referral will be made to Northgate's adult learning disability service asking what help Kerry and Paul "
     "need to look after the twins, within ten working days of conference.",
     "A referral will be made to Northgate's adult learning disability service asking what help Kerry and Paul "
     "need to look after the twins", N, "within ten working days of conference", N, "OM EM"),
   ]),
   ("Home and money", [
    ("The social worker will support Paul to report the neighbour's use of his bank card to the police and the "
     "bank by going with him to Northgate police station on 21 October 2026, and the bank will confirm that a "
     "new card and PIN have been issued to Paul alone.",
     "support Paul to report the neighbour's use of his bank card to the police and the bank by going with him "
     "to Northgate police station", "The social worker", "on 21 October 2026",
     "the bank will confirm that a new card and PIN have been issued to Paul alone", ""),
    ("Gemma Rhodes will ask the Mencap advocacy service to find an advocate for Kerry and Paul before the first "
     "core group, so that they have someone with them at every meeting.",
     "ask the Mencap advocacy service to find an advocate for Kerry and Paul", "Gemma Rhodes",
     "before the first core group", "they have someone with them at every meeting", ""),
    ("Paul and Kerry will try to keep the house tidier as and when they can, so that it is a nicer place for "
     "the twins.",
     "try to keep the house tidier", "Paul and Kerry", "as and when they can", "it is a nicer place for the twins",
     "TV DV EV"),
   ]),
  ],
  contingency="If Freddie's weight falls below the 0.4th centile, or either twin is not brought to a health "
              "appointment twice, the social worker will ask for an urgent medical review and hold a core group "
              "within five working days. If the twins' needs still cannot be met at home with help, the local "
              "authority will seek legal advice and consider a parent-and-baby assessment placement for the "
              "family."),

 # ------------------------------------------------------------------ b5-07
 # Word, a shape of its own: one small two-column table per action ("Action n" title row merged across,
 # then What needs to happen / Who / By when / How we will know). Header as bullet paragraphs.
 dict(id="b5-07", layout="docx-table-per-action", la="Eastvale Council", plan_labels="C R",
  header=[("Children", "Connor Fraser (17) and Evie Fraser (9)"),
          ("Parent", "Angela Fraser (mother); the children's father died in 2023"),
          ("Category", "Physical abuse (harm from an older sibling)"),
          ("ICPC", "8 October 2026"),
          ("Lead professional", "Olivia Grant, Social Worker, Eastvale Safeguarding Team"),
          ("Review conference", "TBC")],
  worries="Since he left college in the spring Connor has become violent at home. In August he hit Angela in the "
          "face, leaving her with a black eye, and on 27 September he pushed Evie down the stairs during an "
          "argument over the television; she sprained her wrist. He has kicked holes in two doors and once held a "
          "kitchen knife while shouting at his mum. He smokes cannabis daily. Angela has not wanted to call the "
          "police because she does not want Connor to get a record.",
  voice=("What Evie and Connor say",
         "Evie said: \"I love Connor but he's scary when he's angry. I hide in my room and put my headphones on.\" "
         "She would like her mum to stop crying and for Connor \"to be like before Dad died\". Connor said he "
         "feels nobody listens to him and that he wants to get a job as an apprentice mechanic. He said he "
         "knows he has hurt Evie and is sorry."),
  actions=[
   ("Refer Connor to the Respect Young People's Programme for young people who use violence towards family",
    "Youth Justice Service (Liam Shaw, case manager)", "by 23 October 2026",
    "Connor starts the programme; attendance reported to each core group", ""),
   ("Write a safety plan with Angela and Evie: a room with a lock, a phone kept charged, and a code word for "
    "Evie to ring 999", "Olivia Grant (SW)", "within 7 days of conference",
    "Safety plan signed and on file; Evie can tell the SW the code word and what it means", ""),
   ("Lock away all the knives in the house", "Angela", "from tonight", "", "EM"),
   ("Support Connor", "Professionals", "", "Connor is calmer", "OV TV DM EV"),
   ("Offer Evie a place in the children's group for children affected by abuse at home",
    "Safer Families Eastvale (Chloe Hart, children's worker)", "next intake, 10 November 2026",
    "Evie attends and Chloe reports on how she is doing at each core group", ""),
   ("Continue to engage with CAMHS", "Connor", "ongoing", "Good engagement", "TV DV EV"),
   ("Ring 999 whenever Connor is violent or threatens violence, and tell the SW the next working day", "Angela",
    "every time it happens", "Police log numbers for every incident given to the SW", ""),
   ("Sort out Connor's education", "", "", "", "OM TV DM EM"),
  ],
  contingency="To be agreed."),

 # ------------------------------------------------------------------ b5-08
 # Word Signs of Safety: header as a bold-label paragraph each; goals as Heading 3 + paragraph; next steps
 # as List Bullet paragraphs "Who – step – when" (parts left out where absent; the goal is the evidence).
 dict(id="b5-08", layout="docx-sos-bullets", la="Westmarsh City Council", plan_labels="L",
  header=[("Family", "Roxanne Mensah (31) with Joshua (10), Precious (6) and Amara (4 months)"),
          ("Category", "Neglect"),
          ("Initial conference", "9 October 2026"),
          ("Lead professional", "TBC (case transferring from the Assessment Team)"),
          ("Review conference", "25 January 2027")],
  danger="We are worried that Amara could die in her sleep because she sleeps in her pushchair or in her mum's "
         "bed in one room, that Precious could be sexually harmed by adults sharing the bathroom and corridors, "
         "and that Joshua and Precious are losing their schooling while the family live far from school.",
  worries="The family have lived for eleven weeks in one room at The Laurels, a bed and breakfast in Cobham Vale, "
          "14 miles from the children's school, after their landlord sold their flat. The bathroom is shared with "
          "six other households. On 30 September a man staying there exposed himself to Precious in the corridor; "
          "it was reported to the police. Amara sleeps in her pushchair. Joshua's attendance has fallen to 71%. "
          "Roxanne has depression and has stopped taking her medication.",
  working="Roxanne keeps the room clean and the children fed and dressed. She walks them to the bus every "
          "morning, a 90-minute journey. Joshua's class teacher says he is still working at the expected level "
          "in reading.",
  voice=("What the children say and what we see",
         "Joshua said: \"I hate it here. I can't have my mates round and I'm always late.\" Precious said she "
         "does not go to the toilet on her own any more because \"the man might be there\", and she wants her "
         "old bedroom back. Amara was seen smiling and reaching for her mum, but she was asleep in her "
         "pushchair, half sitting up, at both visits."),
  goals=[
   ("Goal 1", "Amara sleeps in a cot that meets safe-sleep guidance every night, seen in use at every visit.", [
    ("provide a travel cot and a new mattress for the room at The Laurels", "Family Hub (Jas Kaur, family practitioner)",
     "by 16 October 2026", ""),
    ("check where Amara is sleeping and go through safe sleep with Roxanne", "Health visitor Mary Quinn",
     "at each visit, at least fortnightly", ""),
    ("make sure the baby is safe", "Mum", N, "TV DM"),
   ]),
   ("Goal 2", "The family move into self-contained accommodation within 3 miles of the children's school by the "
              "review conference.", [
    ("submit a medical and welfare priority request to Housing Needs, with the health visitor's and school's "
     "letters attached", "Ben Tran (duty SW)", "within 5 working days of conference", ""),
    ("liaise with housing", "Social worker", "regularly", "TV DV"),
    ("bid for every suitable property on Homefinder and bring the list of bids to core group", "Roxanne",
     "weekly, Thursdays", ""),
   ]),
   ("Goal 3", "Roxanne and the children are coping better, and Joshua and Precious are doing better at school.", [
    ("arrange a taxi to and from school, paid from the school's transport budget",
     "St Anne's CE Primary (Mr Daley, head teacher)", "from Monday 19 October 2026", "EV"),
    ("keep an eye on attendance", "Education", "ongoing", "OV TV DV EV"),
    ("refer Roxanne to Westmarsh perinatal mental health service", N, "before Amara's next health visitor check", "OM EV"),
   ]),
  ],
  contingency="If Amara is found sleeping unsafely again, or the family are still in The Laurels at the review "
              "conference, the social worker will escalate to the Head of Service and ask Housing Needs for an "
              "urgent move. If Roxanne's mental health gets worse and she cannot care for the children, they will "
              "stay with their aunt, Grace Mensah, who has agreed to this."),
]
