"""Held-out plans, written by hand to docs/annotation-guide.md (all names,
places and services are fictional).

Action tuples: (task, owner, deadline, evidence, codes); prose and numbered layouts put
the whole sentence first: (sentence, task, owner, deadline, evidence, codes).
task/owner/deadline/evidence are the text as it stands in the document; None is an
empty place (an empty cell, an empty field); OMIT is a field left out altogether.
codes: OM owner_missing, OV owner_vague, TV action_vague, DM deadline_missing,
DV deadline_vague, EM evidence_missing, EV evidence_vague.
plan_codes: CM contingency_missing, LM lead_professional_missing,
RM review_date_missing, VM child_voice_missing.
"""
N = None
OMIT = object()

PLANS = [
# ------------------------------------------------------------------ h01: md table, outcome column
dict(
 id="h01", layout="md-table", title="Child Protection Plan",
 headers=["Outcome", "Intervention", "Lead", "Timescale", "Evidence of progress"],
 meta=[("Children", "Skye Barton (2) and Harley Barton (7 months)"),
       ("Category of abuse", "Neglect"),
       ("Initial child protection conference", "12 February 2026"),
       ("Lead social worker", "Megan Lloyd, Millfield Children's Services"),
       ("Core group", "Ms Tasha Barton (mum), Mr Lewis Barton (dad), Megan Lloyd (social worker), "
                      "Fiona Wade (health visitor), Mrs Okafor (manager, Sunflowers Day Nursery), "
                      "Jordan Hale (family support worker, Brightstart family hub)")],
 worries="Harley has dropped from the 50th to the 9th centile since October. At two visits his bottles "
         "were made up with too much water and left out overnight. Skye was found by a neighbour on the "
         "pavement outside the flat at 7am in a wet nappy while both parents were asleep. The boiler has "
         "been broken since December and the flat is cold; dirty nappies were piled in the children's "
         "bedroom. Ms Barton told the health visitor she feels 'flat' and struggles to get up in the morning.",
 working="Both parents brought Harley to the clinic the same day when they were asked to. Skye is "
         "affectionate with her mum and dad and goes to them for comfort. Mr Barton's mother visits "
         "every Sunday and has offered to help.",
 titles={"actions": "What needs to change and how", "voice": "What Skye and Harley have told us",
         "review": "Review conference"},
 groups=[
  ("Harley gains weight and is fed safely", [
   ("Weigh Harley at Millfield clinic every fortnight and send the centile chart to the social worker after each weigh-in",
    "Fiona Wade (health visitor)", "Every two weeks from 16/02/2026", "Harley is back on or above the 25th centile by the review", ""),
   ("Show Ms Barton how to make up feeds with the right number of scoops, watching her make two bottles",
    "Fiona Wade (health visitor)", "19.2.26", "Ms Barton makes up a bottle correctly while observed at the next home visit", ""),
   ("Work with mum", "Agencies involved", "Throughout the plan", "Positive progress", "OV TV DV EV"),
  ]),
  ("Skye and Harley live in a warm, clean home", [
   ("Mum to sort out the house", "Ms Barton", "Soon", "Improved home conditions", "TV DV EV"),
   ("Phone the landlord about the broken boiler and get a repair date", "Mr Barton", "by 20/02/2026", N, "EM"),
   ("A referral will be made to Brightstart family hub for a home routines package", N, "w/c 16 February",
    "Family support worker allocated and first home visit done before the first core group", "OM"),
   ("Fit a stair gate and a high bolt on the front door so Skye cannot get out of the flat",
    "Mr Barton with Jordan Hale (family support worker)", "within 2 weeks of conference",
    "Gate and bolt seen in place at the next unannounced visit", ""),
  ]),
  ("Skye goes to nursery", [
   ("Take Skye to Sunflowers Day Nursery for her funded sessions on Monday, Wednesday and Friday mornings",
    "Ms Barton", "every Monday, Wednesday and Friday from 23 February",
    "Nursery register shows 90% attendance or more each month", ""),
   ("Be aware of risks", "Education", "-", N, "OV TV DM EM"),
  ]),
 ],
 voice="Skye said 'cold' and pointed to her bed when her social worker asked her about her room. She ran "
       "to show off her new shoes and said she likes 'nursery sand'. Harley was seen at three visits: he "
       "was quiet, pale and slow to smile, and he fed hungrily when given a bottle.",
 parents="Ms Barton agrees Harley needs to gain weight and wants help with a routine. Mr Barton thinks the "
         "worry about the front door is 'a one-off' but has agreed to fit the bolt.",
 contingency="If Harley's weight falls further or the children are found unsupervised again, the social "
             "worker will ask her manager for a legal planning meeting the same week.",
 review="The review conference will be held on 7 May 2026 at Millfield Children's Centre.",
),
# ------------------------------------------------------------------ h02: inline-labelled bullets
dict(
 id="h02", layout="md-bullets", title="Child protection plan – first review", multiline=True,
 fields=["Task", "Lead", "Timescale", "How we will know"],
 plan_codes="RM",
 meta=[("Children", "Jade Whitmore (14) and Mason Whitmore (6)"),
       ("Category", "Emotional abuse"),
       ("Review child protection conference", "20 January 2026"),
       ("Lead social worker", "Owen Fletcher"),
       ("Core group", "Ms Carla Whitmore (mum), Mr Kyle Whitmore (Mason's dad), Jade, Owen Fletcher (social "
                      "worker), Mr Adebayo (head of year, Kingsmead Academy), Miss Rowe (Mason's class teacher), "
                      "Zoe Lang (school nurse), Priti Desai (family support worker)")],
 worries="Ms Whitmore's partner, Mr Grant, shouts at Jade, calls her names and has locked her out of the "
         "house twice at night. Jade has been cutting her arms and told the school nurse she 'can't be at "
         "home any more'. Ms Whitmore has depression and has said she is too tired to stand up to Mr Grant. "
         "Mason is often late for school because no one takes him.",
 working="Jade talks openly to the school nurse and to her head of year. Mason's dad, Mr Whitmore, sees "
         "Mason every weekend and Mason looks forward to it. Ms Whitmore has asked for help from her GP.",
 titles={"actions": "What will happen", "voice": "Jade and Mason's views"},
 groups=[
  ("Jade feels safe and listened to at home", [
   ("Meet Jade alone at school every fortnight and write down what she says about home in her own words",
    "Owen Fletcher (social worker)", "fortnightly", "Jade's words recorded on her file after every visit and shared at each core group", ""),
   ("Ensure the children are safe", "Everyone", "Throughout the plan", "Less worry", "OV TV DV EV"),
   ("Ask Mr Grant to move out of the family home and tell the social worker his new address",
    "Ms Whitmore", "by 6 February 2026",
    "Mr Grant's new address confirmed by police; he is not found at the home at any unannounced visit", ""),
   ("A referral will be made to the Safe Space counselling service for Jade", N, "within 10 working days",
    "Jade has had her first counselling session before the next core group", "OM"),
   ("Offer support as needed", "Relevant services", "As required", N, "OV TV DV EM"),
  ]),
  ("Ms Whitmore gets treatment for her depression", [
   ("Support Ms Whitmore at her GP appointment on 29 January by going with her and helping her explain how she has been feeling",
    "Priti Desai (family support worker)", "29 January",
    "Ms Whitmore has a treatment plan from her GP, which she shows to the social worker", ""),
  ]),
  ("Mason gets to school on time every day", [
   ("Check Mason's attendance and phone the social worker the same day if he is absent without a reason",
    "Miss Rowe (Mason's class teacher)", "every school day", "Mason's attendance is 95% or more this half term (school register)", ""),
   ("Dad to do better with the school run", "Mr Whitmore (Mason's dad)", "Next few weeks", OMIT, "TV DV EM"),
   ("Keep Jade's safety plan for self-harm in her planner and check with her every Monday how her week has been",
    "Zoe Lang (school nurse)", "weekly", "Good feedback", "EV"),
  ]),
 ],
 voice="Jade said: 'I want Dean [Mr Grant] gone. I don't mind Mum being sad, I mind him.' She would like to "
       "stay at her aunt's if things get bad. Mason told his teacher he likes his dad doing 'football "
       "mornings' and that he gets told off for being late.",
 parents="Ms Whitmore says she loves Mr Grant but accepts Jade cannot live with him. Mr Whitmore wants to "
         "help more with Mason and says his shifts change every month.",
 contingency="If Mr Grant returns to the home, or Jade is locked out again, Jade will go to her aunt, Mrs "
             "Sandra Hayes, and the social worker will call a strategy meeting the same day.",
 review="Review conference: date to be confirmed",
),
# ------------------------------------------------------------------ h03: Signs of Safety goals
dict(
 id="h03", layout="md-sos", title="Safety plan for Finley", meta_style="list",
 headers=["Next steps", "Who will do this", "By when"],
 meta=[("Child", "Finley Osei, born 3 November 2025 (4 months)"),
       ("Category", "Physical abuse"),
       ("Date of initial child protection conference", "2 March 2026"),
       ("Lead social worker", "Kirsty Vaughan"),
       ("Safety network and core group", "Ms Abena Osei (mum), Mr Craig Dunmore (dad), Mrs Comfort Osei "
        "(grandmother), Ms Efua Osei (aunt), Kirsty Vaughan (social worker), Sian Morgan (health visitor), "
        "Dr Amin (GP, Parkside Surgery)")],
 worries="Finley was taken to hospital on 20 February with a fingertip-shaped bruise on his cheek and a "
         "torn frenulum. He is not yet rolling over. Neither parent can explain how it happened, and the "
         "accounts they gave to the nurse and the doctor were different. Mr Dunmore has said he 'can't cope' "
         "with Finley's crying at night.",
 working="Finley is well fed and his weight is on the 50th centile. His grandmother and aunt live ten "
         "minutes away and have agreed to be part of his safety network. Both parents came to every "
         "meeting and signed the safety plan.",
 titles={"worries": "Danger statement", "working": "What is working well", "actions": "Safety goals and next steps",
         "voice": "A day in Finley's life", "parents": "What mum and dad say",
         "contingency": "If things go wrong", "review": "Next review"},
 goals=[
  ("Finley is never left alone with either parent until the review; a safety person from the family network is with him at all times, shown by the supervision log signed at every visit", [
   ("Sign the written safety plan, agreeing that Mrs Comfort Osei or Ms Efua Osei will be in the home at all times",
    "Ms Osei and Mr Dunmore", "immediately", ""),
   ("Make unannounced visits, read the supervision log and see Finley undressed to check for marks",
    "Kirsty Vaughan (social worker)", "twice a week", ""),
   ("Keep the family on the radar", "Whoever is available", N, "OV TV DM"),
   ("Arrange a safety network meeting with the grandmother, aunt and parents to agree who stays at the house each day",
    "-", "before the first core group", "OM"),
  ]),
  ("Mum and dad are calmer", [
   ("Go to the 'Coping with Crying' session at Riverside family hub", "Mr Dunmore", "3rd April", "EV"),
   ("Address the concerns", "?", "As soon as possible", "OV TV DV EV"),
   ("Talk to both parents about what they do when Finley will not settle and write down what each will do",
    "Health visitor (Sian Morgan)", "within 4 weeks of conference", "EV"),
  ]),
  ("Finley's health is checked by a doctor, with his results shared with the core group before the review", [
   ("Take Finley to Dr Amin at Parkside Surgery for his 16-week check and immunisations",
    "Ms Osei with Mrs Comfort Osei", "w/c 9 March", ""),
  ]),
 ],
 voice="Finley was seen at four visits. In the mornings he wakes at about 6am and is fed by his grandmother "
       "or mum; he smiles and kicks on his play mat and turns to his mum's voice. He cries in the evenings "
       "and settles when he is held upright. At one visit he flinched when Mr Dunmore lifted him quickly.",
 parents="Ms Osei says she would never hurt Finley and is frightened he will be taken from her. Mr Dunmore "
         "says he is tired and works nights, and he wants to learn how to settle Finley.",
 contingency="If the safety plan is broken, or Finley has any new mark, the social worker will hold a "
             "strategy meeting the same day and Finley will stay with his grandmother while it is looked at.",
 review="Review child protection conference: 27 May 2026",
),
# ------------------------------------------------------------------ h04: prose sentences
dict(
 id="h04", layout="md-prose", title="Child Protection Plan", meta_style="table",
 plan_codes="CM",
 meta=[("Children", "Ruby Sinclair (13) and Oscar Sinclair (3)"),
       ("Category of abuse", "Neglect"),
       ("Conference", "Initial child protection conference, 19 February 2026"),
       ("Lead social worker", "Deborah Nash"),
       ("Core group members", "Ms Kerry Sinclair (mum), Mr Reece Lowry (Oscar's dad), Mrs Joan Sinclair "
        "(grandmother), Deborah Nash (social worker), Amy Rowntree (health visitor), Mr Singh (designated "
        "safeguarding lead, Holbeck High School), Holbeck High School nurse, Little Stars nursery")],
 worries="Ms Sinclair has bipolar disorder and has not taken her medication since the autumn. She smokes "
         "cannabis most days. Ruby, who is 13, does the shopping, cooks and gets Oscar up and dressed, and "
         "she has missed 30 days of school this year. Oscar has very few words for his age and was seen "
         "eating dry cereal from the floor. There is no safe place for Oscar to sleep.",
 working="Ruby is bright and well liked at school. Ms Sinclair's mother lives nearby and is willing to "
         "help. Ms Sinclair has said she wants to go back on her medication.",
 titles={"actions": "The plan", "voice": "Ruby and Oscar", "parents": "Mum's and dad's views",
         "review": "Review conference"},
 paragraphs=[
  ["The core group agreed the following at conference.",
   ("Deborah Nash, the social worker, will see Ruby on her own at school every two weeks, so that Ruby's views are written down in her own words and shared at each core group.",
    "see Ruby on her own at school", "Deborah Nash, the social worker", "every two weeks",
    "Ruby's views are written down in her own words and shared at each core group", ""),
   ("Ruby will be referred to the Millbrook young carers service by the school nurse by 6 March 2026, and we will know this has happened when Ruby has been to her first young carers session.",
    "Ruby will be referred to the Millbrook young carers service", "the school nurse", "by 6 March 2026",
    "Ruby has been to her first young carers session", "")],
  [("A referral will be made to the community mental health team for Ms Sinclair by 27.2.26.",
    "A referral will be made to the community mental health team for Ms Sinclair", N, "by 27.2.26", N, "OM EM"),
   ("Ms Sinclair will address the concerns raised at conference soon.",
    "address the concerns raised at conference", "Ms Sinclair", "soon", N, "TV DV EM")],
  [("The health visitor, Amy Rowntree, will see Oscar at home every month and check his speech and play, so that his two-year development review is completed and the results are shared with the core group by 30 April 2026.",
    "see Oscar at home every month and check his speech and play", "The health visitor, Amy Rowntree", "every month",
    "his two-year development review is completed and the results are shared with the core group by 30 April 2026", ""),
   ("Ms Sinclair will take Oscar to Little Stars nursery every weekday morning from 2 March 2026; we will know this is working when the nursery register shows he attends at least four days a week.",
    "take Oscar to Little Stars nursery every weekday morning", "Ms Sinclair", "from 2 March 2026",
    "the nursery register shows he attends at least four days a week", "")],
  [("Education will look out for Ruby when appropriate, so that there is less worry about her.",
    "look out for Ruby", "Education", "when appropriate", "there is less worry about her", "OV TV DV EV"),
   ("Mrs Joan Sinclair, Ruby's grandmother, will have Ruby and Oscar to stay every Friday night, so that Ruby has at least one night a week with no caring jobs, which she will confirm to her social worker.",
    "have Ruby and Oscar to stay", "Mrs Joan Sinclair, Ruby's grandmother", "every Friday night",
    "Ruby has at least one night a week with no caring jobs, which she will confirm to her social worker", ""),
   ("Oscar's dad, Mr Reece Lowry, will be more involved throughout the plan, so that he is more open with professionals.",
    "be more involved", "Oscar's dad, Mr Reece Lowry", "throughout the plan", "he is more open with professionals", "TV DV EV")],
 ],
 voice="Ruby said she does not mind looking after Oscar but she is 'always tired' and wants to go to "
       "school without worrying about home. She would like her nan to help more. Oscar was seen playing "
       "with cars on the floor; he pointed and said 'car' and 'Ruby', and he went to Ruby, not his mum, "
       "when he bumped his head.",
 parents="Ms Sinclair says she has been 'in a bad place' and knows Ruby has been doing too much. Mr Lowry "
         "says he did not know things were this bad and wants to see Oscar more.",
 review="The review conference will be on 14 May 2026.",
),
# ------------------------------------------------------------------ h05: Word table, merged outcome cells
dict(
 id="h05", layout="docx-table", title="Child Protection Plan (Review)", merge_outcome=True,
 headers=["Area of concern", "What will happen", "Who", "When", "What success looks like"],
 meta=[("Children", "Kayden Brooks (10), Lacey Brooks (7)"),
       ("Category", "Emotional abuse"),
       ("Date of review conference", "3 March 2026 (second review)"),
       ("Lead social worker", "Farah Siddiqui"),
       ("Core group", "Ms Nicole Brooks (mum), Mr Jason Brooks (dad), Farah Siddiqui (social worker), "
                      "Mrs Dyer (emotional support assistant, Oakfield Primary), Gemma Royle (independent "
                      "domestic violence adviser), DC Harriet Lowe (Northbridge police safeguarding unit)")],
 worries="Mr Brooks has been violent to Ms Brooks for several years. In January he broke her wrist while "
         "the children were in the next room. He now lives at his brother's house but has turned up at the "
         "family home drunk twice. Kayden has started banging his head against the wall when he is upset, "
         "and Lacey will not sleep in her own bed.",
 working="Ms Brooks called the police herself both times Mr Brooks came to the house. The children's "
         "school knows them well and gives Lacey a quiet space in the mornings. Mr Brooks has put his name "
         "down for a perpetrator programme.",
 titles={"actions": "Action plan", "voice": "What the children say", "review": "Next review conference"},
 groups=[
  ("Mr Brooks's violence towards Ms Brooks", [
   ("Attend the Fresh Start domestic abuse perpetrator programme (24 weeks)", "Mr Brooks",
    "every Tuesday from 10/03/2026", "Programme report shows at least 22 of 24 sessions attended; no police call-outs to either address", ""),
   ("Promote healthy relationships", "All professionals", "When appropriate", "Good feedback", "OV TV DV EV"),
   ("Tell the social worker about any police call-out to either address", "DC Harriet Lowe (police safeguarding unit)",
    "the next working day after any call-out", N, "EM"),
  ]),
  ("Kayden and Lacey are frightened", [
   ("Refer Kayden and Lacey to the Rainbow children's domestic abuse group", "Farah Siddiqui (social worker)",
    "by end of March", "Both children have a start date for the group before the review", ""),
   ("Kayden's feelings to be explored", "-", "-", "Kayden is calmer", "OM TV DM EV"),
   ("Run a 'worry time' session with Lacey using the feelings cards and write down what she says",
    "Mrs Dyer (emotional support assistant)", "every Thursday",
    "Lacey's worries recorded in her own words in a worry book shared at each core group", ""),
  ]),
  ("Ms Brooks's safety", [
   ("Support Ms Brooks to apply for a non-molestation order by going with her to the court help desk",
    "Gemma Royle (independent domestic violence adviser)", "17 March 2026",
    "Order granted and a copy given to the social worker and the school", ""),
   ("Fit a video doorbell and window locks through the Safe at Home scheme", "?", "Next few weeks", "-", "OV DV EM"),
  ]),
 ],
 voice="Kayden said he wants his dad to 'get help and stop drinking' and then he would like to see him at "
       "the park. Lacey drew a picture of her bedroom with a big lock on the door and said she sleeps in "
       "mummy's bed because 'daddy might come'.",
 parents="Ms Brooks wants the children to see their dad only when he has stopped drinking. Mr Brooks "
         "accepts he has a problem with his temper and says he will do the programme.",
 contingency="If Mr Brooks comes to the family home again, the police will be called and the social worker "
             "will convene a strategy meeting within one working day to consider applying to court.",
 review="The next review conference is on 1 September 2026.",
),
# ------------------------------------------------------------------ h06: Word numbered paragraphs (List Number)
dict(
 id="h06", layout="docx-numbered", title="Initial Child Protection Plan", meta_style="paragraphs",
 plan_codes="LM",
 meta=[("Children", "Maisie Hollis (11) and Connor Hollis (8)"),
       ("Category", "Neglect"),
       ("Date of initial child protection conference", "25 February 2026"),
       ("Lead social worker", "TBC"),
       ("Core group", "Ms Leanne Hollis (mum), Mr Darren Hollis (dad), social worker (to be allocated), "
                      "Mrs Patterson (designated safeguarding lead, St Anne's Primary), Mr Iqbal (head of "
                      "year 7, Westfield School), Mick Tate (recovery worker, Compass drug and alcohol "
                      "service), Dr Shah (GP)")],
 worries="Both parents use heroin and are on methadone prescriptions, but Mr Hollis was found unconscious "
         "in the bathroom in January and Maisie called the ambulance. Used needles were found in the "
         "kitchen drawer. Maisie often gets Connor ready for school and has missed 18 days this term. The "
         "house has little food and the children wear the same clothes for days.",
 working="Both parents have kept their appointments with Compass since January. Maisie and Connor are "
         "close to each other and to their parents. Ms Hollis's sister, Mrs Jill Ward, has offered to help "
         "with the school run.",
 titles={"actions": "What needs to happen", "voice": "Maisie and Connor's wishes and feelings"},
 groups=[
  ("Maisie and Connor live with parents who are not using drugs", [
   ("Mr and Ms Hollis will each give a hair-strand test at the Compass clinic by 13 March 2026 and again by 15 May 2026; we will know they have stopped using heroin when both results are clear.",
    "each give a hair-strand test at the Compass clinic", "Mr and Ms Hollis", "by 13 March 2026 and again by 15 May 2026",
    "both results are clear", ""),
   ("Mick Tate, the Compass recovery worker, will see both parents every week from 2 March 2026, so that the pharmacy record shows no missed methadone doses.",
    "see both parents every week", "Mick Tate, the Compass recovery worker", "every week from 2 March 2026",
    "the pharmacy record shows no missed methadone doses", ""),
   ("Mr and Ms Hollis will keep all methadone and needles in the locked box provided by Compass from today, so that no drugs or needles are found within the children's reach at any visit.",
    "keep all methadone and needles in the locked box provided by Compass", "Mr and Ms Hollis", "from today",
    "no drugs or needles are found within the children's reach at any visit", ""),
   ("All professionals will work with mum and dad as required.",
    "work with mum and dad", "All professionals", "as required", N, "OV TV DV EM"),
  ]),
  ("The children's home and care are good enough", [
   ("Ms Hollis will sort out the house within 2 weeks.",
    "sort out the house", "Ms Hollis", "within 2 weeks", N, "TV EM"),
   ("A parenting assessment will be completed within 6 weeks of conference; we will know it is done when the report has been shared with the parents and the core group.",
    "A parenting assessment will be completed", N, "within 6 weeks of conference",
    "the report has been shared with the parents and the core group", "OM"),
   ("Mr Hollis will be more involved with the children.",
    "be more involved with the children", "Mr Hollis", N, N, "TV DM EM"),
  ]),
  ("Maisie and Connor are in school and have someone to talk to", [
   ("Connor will be referred to the school counsellor by Mrs Patterson, the designated safeguarding lead, within 10 working days, so that Connor has a weekly counselling slot before the Easter holidays.",
    "Connor will be referred to the school counsellor", "Mrs Patterson, the designated safeguarding lead",
    "within 10 working days", "Connor has a weekly counselling slot before the Easter holidays", ""),
   ("Maisie's head of year, Mr Iqbal, will check her attendance each Friday and phone the social worker if it falls below 90%, so that Maisie's attendance is back above 90% by the review.",
    "check her attendance each Friday and phone the social worker if it falls below 90%", "Maisie's head of year, Mr Iqbal",
    "each Friday", "Maisie's attendance is back above 90% by the review", ""),
  ]),
 ],
 voice="Maisie said she was 'scared Dad was dead' in January and that she checks on him at night. She "
       "wants her parents to 'get clean' and wants to keep living at home. Connor said he likes it when "
       "his auntie Jill does his packed lunch and he wants a new football kit.",
 parents="Ms Hollis said the needles were old and she had forgotten about them. Mr Hollis said the overdose "
         "was a mistake and he is determined to stay on his script.",
 contingency="If either parent is found under the influence while caring for the children, the children will "
             "stay with Mrs Jill Ward and the team manager will hold a legal planning meeting within a week.",
 review="Review conference: 20 May 2026",
),
# ------------------------------------------------------------------ h07: Word table, line breaks in cells
dict(
 id="h07", layout="docx-table", title="Child Protection Plan",
 headers=["Action", "Responsible person", "Target date", "How we will measure success"],
 plan_codes="VM",
 meta=[("Young person", "Reggie Stanton (15)"),
       ("Category of abuse", "Physical abuse (criminal exploitation)"),
       ("Conference", "First review conference, 10 February 2026"),
       ("Lead social worker", "Callum Reid"),
       ("Core group", "Mrs Donna Stanton (mum), Callum Reid (social worker), Leon Baptiste (youth worker, Hub "
                      "project), DC Sarah Kemp (police exploitation team), Mr Adeyemi (head of inclusion, "
                      "Northbridge Academy)")],
 worries="Reggie was arrested in Harbury, forty miles away, in December with drugs and £600 in cash. He has "
         "been missing from home four times since October, once for three nights. He came home with a cut "
         "to his hand he would not explain. He was permanently excluded from Northbridge Academy in November "
         "and has no school place.",
 working="Mrs Stanton reports every missing episode to the police straight away. Reggie gets on with Leon, "
         "the youth worker, and has met him twice. Reggie's older sister has offered for him to stay with "
         "her at weekends.",
 titles={"actions": "Action plan", "voice": "Reggie's views", "parents": "Mum's views",
         "review": "Review conference"},
 groups=[
  (None, [
   ("Meet Reggie after school at the Hub youth centre to complete the exploitation screening tool with him",
    "Leon Baptiste\nYouth worker, Hub project", "by 27 February 2026",
    "Screening tool completed and shared with the core group; Reggie has met Leon at least three times", ""),
   ("Bring a written update on the adults Reggie has been seen with", "DC Sarah Kemp\nPolice exploitation team",
    "At each core group", N, "EM"),
   ("Raise awareness of exploitation with Reggie", "Relevant services", "Soon", "Reggie is more aware", "OV TV DV EV"),
   ("Collect Reggie from his tuition at 3.15pm each day and bring him home", "Mrs Stanton (mum)",
    "Every weekday from 2/3/26",
    "Reggie is home by 4pm on weekdays, logged on the family's daily sheet\nSocial worker checks the sheet weekly", ""),
   ("Do a return home interview with Reggie each time he goes missing", "TBC", "within 72 hours of each return",
    "Interview notes shared with the social worker and police within 5 working days", "OV"),
   ("Stay away from the Eastgate estate", "Reggie", "Throughout the plan",
    "No sightings of Reggie on the Eastgate estate in police logs", "DV"),
   ("Apply to the Bridge alternative provision for a full-time place", "Mr Adeyemi\nHead of inclusion, Northbridge Academy",
    "w/c 9 March", "Reggie has a start date and attends at least 4 days a week (Bridge register)", ""),
   ("Mum to put boundaries in place", "Mum", "-", "Fewer arguments at home", "TV DM EV"),
  ]),
 ],
 voice="Reggie has not agreed to meet the social worker alone and his views were not gathered before "
       "conference.",
 parents="Mrs Stanton is frightened for Reggie and says 'they know where we live'. She wants him moved to "
         "a school away from the area.",
 contingency="If Reggie goes missing for more than 24 hours, or is found in Harbury again, the police and "
             "the social worker will hold a strategy meeting within one working day and consider a "
             "placement away from the area.",
 review="Next review conference: 11 August 2026",
),
# ------------------------------------------------------------------ h08: Word numbered paragraphs (literal numbers)
dict(
 id="h08", layout="docx-numbered", title="Child protection plan for Evie Carr", meta_style="paragraphs",
 numbering="literal", plan_codes="LM RM",
 meta=[("Child", "Evie Carr, born 20 January 2026"),
       ("Category", "Neglect"),
       ("Initial child protection conference", "4 March 2026"),
       ("Lead social worker", "Duty social worker (to be allocated)"),
       ("Core group", "Ms Shannon Carr (mum), Mrs Linda Carr (grandmother), Carys Bevan (health visitor), "
                      "Dr Fenwick (GP), Dawn Pryor (family support worker), duty social worker")],
 worries="Ms Carr is 22 and lives alone with Evie in a first-floor flat. Since the birth she has had "
         "very low mood and told the midwife she has thought about 'not being here'. Evie has been found "
         "asleep on the sofa with her mum twice, and the flat has rubbish bags in the hallway. Evie's birth "
         "has not been registered.",
 working="Evie is gaining weight and is clean and warmly dressed at visits. Ms Carr's mother, Mrs Linda "
         "Carr, visits most days and Ms Carr asked the health visitor for help herself.",
 titles={"actions": "The plan", "voice": "Evie's day", "parents": "Mum's views",
         "contingency": "What will happen if things do not improve"},
 groups=[
  (None, [
   ("The health visitor, Carys Bevan, will visit Evie at home every week until she is 12 weeks old, weighing her and watching a feed, so that Evie's weight stays on or above the 50th centile.",
    "visit Evie at home every week until she is 12 weeks old, weighing her and watching a feed", "The health visitor, Carys Bevan",
    "every week until she is 12 weeks old", "Evie's weight stays on or above the 50th centile", ""),
   ("Ms Carr will see her GP, Dr Fenwick, about her low mood on 11 March 2026; we will know this has happened when Dr Fenwick confirms the appointment and the treatment agreed to the health visitor.",
    "see her GP, Dr Fenwick, about her low mood", "Ms Carr", "on 11 March 2026",
    "Dr Fenwick confirms the appointment and the treatment agreed to the health visitor", ""),
   ("A referral will be made to the perinatal mental health team as soon as possible.",
    "A referral will be made to the perinatal mental health team", N, "as soon as possible", N, "OM DV EM"),
   ("Whoever is available will pop in to check on mum.",
    "pop in to check on mum", "Whoever is available", N, N, "OV TV DM EM"),
   ("Mrs Linda Carr, Evie's grandmother, will stay overnight every Tuesday and Thursday so that Ms Carr gets at least two full nights' sleep a week, recorded in her sleep diary.",
    "stay overnight", "Mrs Linda Carr, Evie's grandmother", "every Tuesday and Thursday",
    "Ms Carr gets at least two full nights' sleep a week, recorded in her sleep diary", ""),
   ("Dawn Pryor, the family support worker, will support Ms Carr to register Evie's birth on 13 March 2026 by driving her to the register office, so that Evie's birth certificate is shown to the health visitor at the next visit.",
    "support Ms Carr to register Evie's birth", "Dawn Pryor, the family support worker", "on 13 March 2026",
    "Evie's birth certificate is shown to the health visitor at the next visit", ""),
   ("Ms Carr will put Evie to sleep on her back in her own Moses basket every night and never on the sofa, so that no co-sleeping is seen or reported at any visit.",
    "put Evie to sleep on her back in her own Moses basket", "Ms Carr", "every night",
    "no co-sleeping is seen or reported at any visit", ""),
   ("Ms Carr will keep on top of the flat, so that home conditions improve.",
    "keep on top of the flat", "Ms Carr", N, "home conditions improve", "TV DM EV"),
   ("The social worker will work with mum on her budgeting in the next few weeks.",
    "work with mum on her budgeting", "The social worker", "in the next few weeks", N, "TV DV EM"),
  ]),
 ],
 voice="Evie is six weeks old. At visits she was clean and warm and fed well from a bottle. She startles "
       "at loud noises and settles quickly when her grandmother holds her; when she cried for ten minutes "
       "at one visit, Ms Carr did not pick her up until prompted.",
 parents="Ms Carr says she loves Evie but feels 'empty' and wants help. She is worried that asking for "
         "help means Evie will be taken away.",
 contingency="If Ms Carr's mental health gets worse, or Evie is found co-sleeping on the sofa again, the "
             "social worker will ask Mrs Linda Carr to move in and will call a strategy meeting the same day.",
 review=None,
),
]
