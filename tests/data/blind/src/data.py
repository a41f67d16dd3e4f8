"""Blind test plans (all fictional), labelled to docs/annotation-guide.md.

Label codes: OM owner_missing, OV owner_vague, TV action_vague, DM deadline_missing,
DV deadline_vague, EM evidence_missing, EV evidence_vague ("" = no defect).

Row actions:      (task, owner, deadline, evidence, codes)
Sentence actions: (sentence, task, owner, deadline, evidence, codes) where task/owner/
                  deadline/evidence are substrings of the sentence (or None).
Plan labels are given explicitly in `plan_labels` (C contingency_missing, L
lead_professional_missing, R review_date_missing, V child_voice_missing).
"""
N = None

PLANS = [
 # ------------------------------------------------------------------ b01
 dict(id="b01", layout="md-table", la="Northmoor Borough Council", plan_labels="",
  header=[("Children subject to the plan", "Kacey Doyle (8), Mason Doyle (5) and Ivy Doyle (14 months)"),
          ("Category of plan", "Neglect"),
          ("Initial child protection conference", "21/04/2026"),
          ("Lead professional", "Hannah Osei, social worker, Northmoor Children's Services"),
          ("Parents/carers", "Ms Leanne Doyle (mum); Mr Jordan Pike (Ivy's dad, lives at the home)")],
  worries="The house smells strongly of dog mess and there were faeces on the kitchen floor at two visits. "
          "There was no food in the fridge on 9 April. Mason has six decayed teeth and has been in pain. "
          "Ivy has not had any of her immunisations since she was 16 weeks old. Kacey's school attendance "
          "this year is 81% and she is often late and hungry.",
  working="Ms Doyle is warm with the children and they are affectionate with her. Mr Pike has started "
          "taking Kacey to school on the days he is not working.",
  voice=("Children's views and daily life",
         "Kacey told Hannah that she would like her bedroom \"to be nice like Amber's\" and that she is "
         "embarrassed to bring friends home. Mason said his teeth hurt when he eats toast. Ivy was seen "
         "crawling on a sticky kitchen floor in a wet nappy; she reached for her mum and settled quickly "
         "when picked up."),
  contingency="If the home is found in an unsafe state at two visits in a row, or if the children miss "
              "any more health appointments, Hannah Osei will ask her manager to hold a legal gateway "
              "meeting to consider the Public Law Outline.",
  review="Next review conference: 14/07/2026 at 10am, Northmoor Civic Centre.",
  headers=["Outcome we want", "What will be done", "By who", "Target date", "How will we know it's working?"],
  groups=[
   ("The children live in a home that is clean and safe", [
    ("Clear the dog mess from the garden and the kitchen floor every day and keep the dog out of the children's bedrooms",
     "Ms Doyle", "daily from 22/04/2026",
     "Floors and garden are clear at every announced and unannounced visit, recorded on the visit sheet", ""),
    ("Get the house up to standard", "Mum and Mr Pike", "ASAP", "House looks better", "TV DV EV"),
    ("Apply to the Family Support Fund for a skip and a one-off deep clean of the house", "N/A", "by 8 May 2026",
     "Skip delivered and deep clean done; receipt kept on the children's file", "OM"),
   ]),
   ("Mason and Ivy's health needs are met", [
    ("Take Mason to the dental hospital for his pre-assessment and then for his extractions",
     "Ms Doyle", "12/05/2026", "Letter from the dental hospital confirms Mason attended both appointments", ""),
    ("Book Ivy's missed immunisations at the Lowfield surgery and text Ms Doyle a reminder the day before",
     "Sam Reilly (health visitor)", "within 2 weeks", "", "EM"),
    ("Keep on top of the children's health", "Health", "", "Health needs are being met", "OV TV DM EV"),
   ]),
   ("Kacey is in school every day, on time and fed", [
    ("Walk Kacey and Mason to school with a packed breakfast and hand them to staff at the gate",
     "Mr Pike", "each school day by 8.50am",
     "Kacey's attendance is 95% or more for the summer half term on the school register", ""),
    ("Monitor Kacey's attendance every Friday and phone Ms Doyle the same day if it has fallen below 95%",
     "Mr Greaves (attendance officer, Lowfield Primary)", "weekly", "", "EM"),
   ]),
  ]),

 # ------------------------------------------------------------------ b02
 dict(id="b02", layout="md-numbered", la="Westbury City Council", plan_labels="R",
  header=[("Unborn baby of", "Chloe Barrett (22); father Ryan Todd (26)"),
          ("Expected date of delivery", "28 June 2026"),
          ("Category", "Neglect (pre-birth)"),
          ("Conference date", "30 April 2026"),
          ("Lead social worker", "Priya Mistry, Westbury Pre-birth Team")],
  worries="Ms Barrett's first child, Leo (3), lives with his paternal grandmother under a special "
          "guardianship order after he was found alone in the flat. Mr Todd smokes cannabis every day "
          "and the police were called to the couple's flat twice in March after he pushed Ms Barrett "
          "against a wall. Ms Barrett has had anxiety since her teens and stopped her sertraline when she "
          "found out she was pregnant.",
  working="Ms Barrett has been to five of her six antenatal appointments and says she has not used "
          "cannabis since her booking appointment.",
  voice=("What life is like for baby",
         "Baby is not born yet. The 20-week scan on 2 April was normal and baby is growing on the 50th "
         "centile. Ms Barrett talks and sings to the bump. A Moses basket has been bought but it is in the "
         "front room, where Mr Todd smokes."),
  contingency="If either parent tests positive for cannabis after 34 weeks, or there is any further "
              "incident of domestic abuse, Priya Mistry will ask for a legal planning meeting and the "
              "plan for baby's discharge from hospital will be looked at again before the birth.",
  review="Review conference: date TBC (to be set once baby is born).",
  sentences=[
   ("The specialist midwife, Gemma Hart, will carry out a urine drug screen with Ms Barrett at every "
    "antenatal appointment; we will know this is working when every screen up to the birth is negative.",
    "carry out a urine drug screen with Ms Barrett", "The specialist midwife, Gemma Hart",
    "at every antenatal appointment", "every screen up to the birth is negative", ""),
   ("A referral to the perinatal mental health service will be made by 15 May 2026.",
    "A referral to the perinatal mental health service will be made", N, "by 15 May 2026", N, "OM EM"),
   ("Mr Todd will attend the Turning Tides programme for men who have been abusive, on Wednesday evenings "
    "starting on 6 May 2026, so that the programme worker can confirm he went to at least 10 of the 12 "
    "sessions and finished his own safety plan.",
    "attend the Turning Tides programme for men who have been abusive, on Wednesday evenings", "Mr Todd",
    "starting on 6 May 2026",
    "the programme worker can confirm he went to at least 10 of the 12 sessions and finished his own safety plan", ""),
   ("Mr Todd will step up as a dad.", "step up as a dad", "Mr Todd", N, N, "TV DM EM"),
   ("Before 36 weeks of pregnancy, the health visitor will make an antenatal home visit to check where baby "
    "will sleep and give safer sleep advice, and we will know this has worked when a cot with a new mattress "
    "is set up in a smoke-free bedroom.",
    "make an antenatal home visit to check where baby will sleep and give safer sleep advice", "the health visitor",
    "Before 36 weeks of pregnancy", "a cot with a new mattress is set up in a smoke-free bedroom", ""),
   ("Ms Barrett will keep working with everyone involved as and when she can, so that she feels more settled.",
    "keep working with everyone involved", "Ms Barrett", "as and when she can", "she feels more settled", "TV DV EV"),
   ("The professionals involved will keep each other updated throughout the pregnancy.",
    "keep each other updated", "The professionals involved", "throughout the pregnancy", N, "OV TV DV EM"),
   ("Priya Mistry (social worker) will hold a pre-birth planning meeting with both parents and the maternity "
    "ward at 32 weeks, so that a written discharge plan, signed by both parents, is on the hospital file "
    "before the birth.",
    "hold a pre-birth planning meeting with both parents and the maternity ward", "Priya Mistry (social worker)",
    "at 32 weeks", "a written discharge plan, signed by both parents, is on the hospital file before the birth", ""),
  ]),

 # ------------------------------------------------------------------ b03
 dict(id="b03", layout="md-fields", la="Ashdown County Council", plan_labels="C",
  header=[("Name of child/ren", "Aisha Begum (11) and Zain Begum (7)"),
          ("Plan category", "Emotional abuse"),
          ("Conference date", "7 May 2026"),
          ("Lead social worker", "Daniel Frost"),
          ("Next review", "30 July 2026")],
  worries="The police have been called to the family home three times since November after Mr Begum "
          "assaulted Ms Begum in front of the children; on the last occasion Aisha rang 999. Mr Begum "
          "has moved to his brother's house but still turns up at the home uninvited. Zain has started "
          "wetting the bed and Aisha's school say she is withdrawn and tired.",
  working="Ms Begum has been speaking to an independent domestic violence adviser (IDVA) and wants the "
          "children to keep seeing their dad safely.",
  voice=("What Aisha and Zain say",
         "Aisha said: \"When Dad shouts I take Zain upstairs and put my headphones on him.\" She wants her "
         "dad to \"stop coming round when he's angry\". Zain said he misses his dad and wants to play "
         "football with him at the park."),
  contingency=None,
  review=None,
  groups=[
   ("Aisha, Zain and their mum are safe at home", [
    ("Make an application for a non-molestation order and give a copy to the school and to the police",
     "Ms Begum, with help from the IDVA (Rachel Ames)", "by 22 May 2026",
     "Order granted; a copy is on the school file and the police record", ""),
    ("A safety plan to be completed with Ms Begum and the children", N, "within 5 working days",
     "Written safety plan in place; Aisha can tell her social worker who to ring and where to go if Dad comes to the house", "OM"),
    ("Put a warning marker on the family's address so that any 999 call is treated as an emergency",
     "DC Laura Harris, Police Safeguarding Unit", "from today",
     "Marker confirmed on the police system at the first core group", ""),
    ("Mr Begum to complete a respectful relationships course", "Mr Begum", "at some point during the plan",
     "Mr Begum takes responsibility for his behaviour", "DV EV"),
   ]),
   ("Aisha and Zain are less affected by what they have seen", [
    ("Arrange contact between the children and Mr Begum at the Ashdown Family Contact Centre, supervised by centre staff",
     "Daniel Frost (social worker)", "every Saturday from 16 May 2026",
     "Centre records show each session took place with no incidents; the children say at each visit how contact went, written down in their words", ""),
    ("Refer Zain to the school's emotional literacy support assistant for weekly sessions",
     "Mrs Kaur (SENCo, Greenfield Primary)", "within 10 school days", "", "EM"),
    ("Mum to put the children first", "Mum", "-", N, "TV DM EM"),
   ]),
  ]),

 # ------------------------------------------------------------------ b04
 dict(id="b04", layout="md-sos", la="Redbrook Council", plan_labels="L",
  header=[("Children", "Frankie Marsh (9) and Ruby Marsh (3)"),
          ("Parents", "Kerry Marsh (mum); Lee Hollis (Ruby's dad)"),
          ("Date of conference", "13 May 2026"),
          ("Lead professional", "Allocated social worker (Redbrook Safeguarding Team 2)"),
          ("Review conference", "9 July 2026")],
  worries="Ms Marsh has been using crack cocaine and has been too sleepy to get up in the mornings; "
          "Frankie has been getting Ruby up, dressed and fed. Mr Hollis drinks most days and was arrested "
          "for drink driving with Ruby in the car in April. Drug paraphernalia was found on the bathroom "
          "windowsill within Ruby's reach.",
  working="Ms Marsh's sister Jade lives nearby, is trusted by the children and has agreed to help. "
          "Ms Marsh went to the Horizon drug service on her own after the strategy meeting.",
  danger="We are worried that Frankie and Ruby will be left with no sober adult to look after them, and "
         "that Ruby could swallow drugs left in the house or be hurt in a car driven by someone who has "
         "been drinking.",
  voice=("Frankie and Ruby's experience",
         "In his three houses, Frankie drew in his house of worries: \"Mum sleeps all day and I make Ruby's "
         "breakfast.\" In his house of dreams he wrote \"Mum not being poorly and going to the beach\". Ruby "
         "was seen at nursery clinging to her key worker and eating two lunches."),
  contingency="If Ms Marsh uses crack cocaine while caring for the children, or either child is left without "
              "a sober adult, Frankie and Ruby will stay with their aunt, Jade Marsh, while a strategy meeting "
              "is held.",
  review="Review conference: 9 July 2026.",
  table_headers=["What will happen next", "Who is doing it", "Timescale"],
  goals=[
   ("Frankie and Ruby are always looked after by a sober adult: every drug test is clear and the children "
    "tell their social worker at each visit that an adult was awake and looking after them.", [
    ("Give a saliva drug test at each appointment with the Horizon drug service", "Ms Marsh", "weekly", ""),
    ("Stay overnight at the house on Friday and Saturday nights", "Jade Marsh (aunt)", "every weekend from 16 May 2026", ""),
    ("Do what's needed to protect the children", "Whole family", N, "OV TV DM"),
   ]),
   ("Ms Marsh stops using crack cocaine, shown by negative saliva tests every week for 12 weeks before the review.", [
    ("Support Ms Marsh to get to her first Horizon group session by collecting her from home and going in with her",
     "Family support worker (Dee Lowe)", "20 May 2026", ""),
    ("GP appointment about Ms Marsh's low mood to be booked", N, "within 2 weeks", "OM"),
   ]),
   ("Mr Hollis has a better relationship with alcohol.", [
    ("Go to the alcohol team drop-in at Kiln Street", "Mr Hollis", "every Tuesday morning", "EV"),
    ("Cut down on drinking", "Mr Hollis", "soon", "TV DV EV"),
   ]),
   ("Ruby goes to nursery three mornings a week, shown on the nursery register.", [
    ("Take Ruby to Little Acorns nursery on Monday, Tuesday and Wednesday mornings", "Ms Marsh or Aunt Jade",
     "from 18 May 2026", ""),
    ("Support Ruby's development", "Health visitor", "As required", "TV DV"),
   ]),
  ]),

 # ------------------------------------------------------------------ b05
 dict(id="b05", layout="docx-merged-table", la="Kingsmere Borough Council", plan_labels="",
  header=[("Young person", "Reece Walker, aged 14"),
          ("Category", "Physical abuse (child criminal exploitation)"),
          ("Initial conference", "12 May 2026"),
          ("Lead social worker", "Natasha Greene, Adolescent Safeguarding Team"),
          ("Parent", "Ms Donna Walker (mum)")],
  worries="Reece has been reported missing four times since February. On 28 April he was found by police "
          "in a flat in another town with 30 wraps of crack cocaine and a knife. He has a debt he says he "
          "owes to older boys and was assaulted on his way home in March. He was permanently excluded from "
          "Kingsmere Academy in January.",
  voice=("Reece's views",
         "Reece said he does not want to end up \"like the olders\" and that he is scared to say no to them "
         "because of the money. He wants to go back to boxing at his old gym and would like his mum to stop "
         "shouting at him when he comes home."),
  contingency="If Reece goes missing overnight, or police find him outside Kingsmere, Natasha Greene "
              "will ask for a strategy meeting before the end of the next day, and a safe placement away from "
              "the area will be considered.",
  review="Review conference date: 5 August 2026",
  title="CHILD PROTECTION PLAN: actions agreed at the initial conference on 12 May 2026",
  headers=["Outcome", "Action", "Responsible", "Timescale", "Evidence of success"],
  groups=[
   ("Reece stops going missing and is safe from the adults exploiting him", [
    ("Complete a return home interview with Reece after every missing episode and send it to the police missing person coordinator",
     "Marcus Bell (Safe Futures exploitation worker)", "within 72 hours of Reece coming home",
     "Interview report on Reece's file within 72 hours each time", ""),
    ("Reece to be referred to the National Referral Mechanism as a possible victim of trafficking", "",
     "within 5 working days", "NRM reference number received and on file", "OM"),
    ("Serve child abduction warning notices on the two adults named at the strategy meeting",
     "PC Amy Ford (Exploitation Team)", "by 29/05/2026", "Both notices served and recorded on police systems", ""),
    ("Keep Reece away from bad influences", "Mum", "ongoing", "Reece is making better choices", "TV DV EV"),
   ]),
   ("Reece is back in full-time education", [
    ("Drive Reece to the Bridge Centre each morning and hand him over to staff", "Ms Walker", "every school day",
     "Weekly attendance of at least 90% on the Bridge Centre register", ""),
    ("Work with Reece on his education", "Education", "TBC", "", "OV TV DV EM"),
    ("Hold a reintegration meeting to plan Reece's return to mainstream school",
     "Mr Pryce (head of the Bridge Centre)", "before the first review conference",
     "Reintegration plan with a start date agreed and a copy given to Ms Walker", ""),
   ]),
  ]),

 # ------------------------------------------------------------------ b06
 dict(id="b06", layout="docx-listnumber", la="Valemouth County Borough Council", plan_labels="V",
  header=[("Children", "Ellie Morgan (10) and Oscar Morgan (6)"),
          ("Category", "Neglect"),
          ("Date of conference", "20 May 2026"),
          ("Lead social worker", "Owen Pritchard"),
          ("Core group", "Ms Sian Morgan, Mr Gareth Morgan, Owen Pritchard (SW), Bethan Lloyd (care coordinator), "
                         "Mrs Jenkins (Oscar's class teacher), Dr Rees (GP)")],
  worries="Ms Morgan has bipolar disorder and was in hospital for three weeks in April after she stopped "
          "taking her medication. Before her admission she was up all night and took the children out of "
          "school to drive to the coast. Mr Morgan works offshore for two weeks at a time, and Ellie has "
          "been looking after Oscar and her mum when he is away.",
  working="Ms Morgan is back on her medication and accepts that she needs help. The children's grandparents "
          "live twenty minutes away and are willing to have the children to stay.",
  voice=None,
  contingency="If Ms Morgan becomes unwell while Mr Morgan is away, the children will go to their grandparents "
              "and Owen Pritchard will hold a strategy discussion within one working day.",
  review="Review conference: 18 August 2026",
  sentences=[
   ("Every week, Ms Morgan's care coordinator, Bethan Lloyd, will visit her at home and check that she is taking "
    "her lithium, so that her lithium levels are within the target range at each monthly blood test.",
    "visit her at home and check that she is taking her lithium", "Ms Morgan's care coordinator, Bethan Lloyd",
    "Every week", "her lithium levels are within the target range at each monthly blood test", ""),
   ("A referral to Valemouth Young Carers will be made for Ellie by 05/06/2026.",
    "A referral to Valemouth Young Carers will be made for Ellie", N, "by 05/06/2026", N, "OM EM"),
   ("Mr Morgan will get written agreement from his employer that he can work from home whenever Ms Morgan is "
    "unwell, by 12 June 2026; we will know this is in place when a copy of the letter is on the children's file.",
    "get written agreement from his employer that he can work from home whenever Ms Morgan is unwell", "Mr Morgan",
    "by 12 June 2026", "a copy of the letter is on the children's file", ""),
   ("The GP surgery will keep an eye on Ms Morgan's health when appropriate.",
    "keep an eye on Ms Morgan's health", "The GP surgery", "when appropriate", N, "TV DV EM"),
   ("Mrs Jenkins, Oscar's class teacher, will meet Oscar for a ten-minute check-in every Monday morning and email "
    "Owen Pritchard the same day about anything he says about home, so that any worry Oscar raises reaches "
    "Owen Pritchard within one school day.",
    "meet Oscar for a ten-minute check-in", "Mrs Jenkins, Oscar's class teacher", "every Monday morning",
    "any worry Oscar raises reaches Owen Pritchard within one school day", ""),
   ("The family will try harder to talk to each other, so that home life is calmer.",
    "try harder to talk to each other", "The family", N, "home life is calmer", "OV TV DM EV"),
   ("Ms Morgan will write a crisis plan with her care coordinator naming who looks after the children if she "
    "becomes unwell, within 4 weeks of conference, so that a signed copy is held by the school, the GP and "
    "the grandparents.",
    "write a crisis plan with her care coordinator naming who looks after the children if she becomes unwell",
    "Ms Morgan", "within 4 weeks of conference",
    "a signed copy is held by the school, the GP and the grandparents", ""),
  ]),

 # ------------------------------------------------------------------ b07
 dict(id="b07", layout="docx-headertable", la="Harrowfield Council", plan_labels="L R",
  header=[("Child's name", "Noah Fletcher"),
          ("Date of birth", "03/09/2013"),
          ("Category", "Neglect"),
          ("Conference date", "19 May 2026"),
          ("Lead social worker", "TBC"),
          ("Parents", "Claire Fletcher and Stuart Fletcher")],
  worries="Noah is autistic, has epilepsy and uses a wheelchair. School have recorded eleven days since "
          "Easter when he arrived without having had his morning epilepsy medication, and he had a long "
          "seizure at school on 6 May. He has missed two neurology appointments. He came to school with "
          "fingertip bruising to both upper arms, which Mr Fletcher said happened when he held Noah to stop "
          "him hitting his head.",
  voice=("Noah's day-to-day experience",
         "Noah does not use spoken words; he uses some Makaton and a picture board. At school he was calm "
         "and smiled when his teaching assistant sang to him. At the home visit on 14 May he bit his hand "
         "and rocked when his dad raised his voice, and his wheelchair was too small for him so he kept "
         "slipping down in it."),
  contingency="If Noah misses his epilepsy medication on two days in any week, or has an injury that is not "
              "explained, a strategy discussion will be held the same day.",
  review=None,
  headers=["Action", "Who is responsible", "Timescale", "Evidence of change"],
  actions=[
   ("Give Noah his epilepsy medication at 8am and 8pm and sign the medication chart each time",
    "Ms and Mr Fletcher", "twice daily from 20/05/2026",
    "Medication chart fully signed at every home visit; school report no seizures from missed doses", ""),
   ("Refer the family to the Disabled Children's Team for a short breaks assessment", "Social worker",
    "within 15 working days", "Assessment completed and overnight short breaks offered before the review", ""),
   ("Positive behaviour support training will be arranged for both parents", "", "by the end of June 2026",
    "Both parents have finished the course and a written behaviour support plan is in place", "OM"),
   ("Help Mr Fletcher cope better", "Services involved", "Asap", "Dad copes better", "OV TV DV EV"),
   ("Take Noah to his neurology appointment at Harrowfield General", "Mr Fletcher", "11 June 2026", "", "EM"),
   ("Liaise with the wheelchair service to get Noah's chair re-fitted so that he can sit without slipping",
    "Occupational therapist (Zoe Hill)", "by 30 June 2026",
    "Chair re-fitted and Noah sits upright in it through the school day, checked by the school OT", ""),
   ("Be aware of Noah's needs", "?", "", "", "OV TV DM EM"),
  ]),

 # ------------------------------------------------------------------ b08
 dict(id="b08", layout="docx-mixed", la="Southfleet Council", plan_labels="",
  intro="This plan was agreed at the initial child protection conference held on 26 May 2026 for Leah Carter "
        "(12) and Josh Carter (8), under the category of sexual abuse. The lead social worker is Kirsty Evans. "
        "The first review conference is booked for 18 August 2026.",
  worries="Leah told her form tutor that her stepfather, Darren Kirby, has been coming into her bedroom at night "
          "and touching her. Mr Kirby has been arrested and is on police bail with conditions not to contact "
          "either child or go to the house. Ms Carter has said she does not know who to believe.",
  voice=("What Leah and Josh have told us",
         "Leah said she wants to stay living with her mum and wants her mum to believe her. She said she feels "
         "safe now that Darren has gone. Josh said he misses Darren and does not understand why he left."),
  contingency="If Mr Kirby breaks his bail conditions or Ms Carter lets him have contact with the children, a "
              "strategy meeting will be convened within 24 hours and the children may need to stay elsewhere while "
              "the risks are assessed.",
  headers=["What needs to happen", "Who", "When", "How we will know"],
  actions=[
   ("Refer Leah to the Lighthouse children's therapy service for counselling", "Kirsty Evans (SW)",
    "within 10 working days", "Leah's first counselling appointment has taken place by the review", ""),
   ("See Leah and Josh alone and ask whether Mr Kirby has been to the house or contacted them", "Kirsty Evans (SW)",
    "every 10 working days", "Each child's answer is written in their own words on the visit record", ""),
   ("Complete the eight-session Safe Together protective parenting course", "Ms Carter",
    "weekly from 3 June 2026", "Ms Carter shows she understands the risks", "EV"),
   ("Tell the police if Mr Kirby breaks his bail conditions", "Ms Carter", "immediately", "", "EM"),
   ("Look out for any changes in Leah", "All partners", "", "Leah is OK", "OV TV DM EV"),
  ],
  prose_intro="These actions were agreed by everyone at the conference. Two further actions were agreed:",
  sentences=[
   ("Josh will be offered sessions with the school's learning mentor to talk about the changes at home.",
    "Josh will be offered sessions with the school's learning mentor to talk about the changes at home",
    N, N, N, "OM DM EM"),
   ("The school nurse, Fiona Grant, will see Leah in school every fortnight, so that Leah has a named adult to go "
    "to in school and each session is recorded in her health notes.",
    "see Leah in school", "The school nurse, Fiona Grant", "every fortnight",
    "Leah has a named adult to go to in school and each session is recorded in her health notes", ""),
  ]),
]
