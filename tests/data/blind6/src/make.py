#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of the blind6 labelled set: its plans as data; the rendering,
the checks of the labels and the writing are tests/data/template_sets.py's.

    .venv/bin/python tests/data/blind6/src/make.py
"""
import sys
from pathlib import Path

SET_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET_DIR.parent))

from template_sets import Plan, build  # noqa: E402


# ====================================================================== data
# Fictional content: every name, address, service and school is invented.

def p01():
    """England: initial child protection conference, outline plan; a table per outcome."""
    P = Plan("b6-01.md", "England - child protection plan from the initial conference "
             "(table per outcome: What will be done / Who / By when / How we will know)")
    P.title("Initial Child Protection Conference – Child Protection Plan")
    P.lines([
        ("Children", "Tyler Brennan (8, born 14/06/2017) and Poppy Brennan (3, born 02/10/2022)"),
        ("Parents", "Ms Donna Brennan and Mr Shane Brennan, 27 Kestrel Walk, Eastfield"),
        ("Category", "Neglect"),
        ("Date of initial child protection conference", "9 February 2026"),
        ("Conference chair", "Helen Marsh, child protection chair"),
        ("Lead social worker", "Kieran Doyle, Eastfield Family Safeguarding Team"),
        ("First core group", "20 February 2026, Eastfield Family Hub"),
        ("Review child protection conference", "11 May 2026, 10am, Eastfield Civic Centre"),
    ])
    P.h(1, "Why Tyler and Poppy need a child protection plan")
    P.p("The house has been found cold and dirty on four visits since November, with rubbish bags "
        "piled on the landing and dog mess in the back yard where Poppy plays. Poppy has missed her "
        "two-year review and two dental appointments. Tyler has been late to school 23 times this "
        "term and told his teacher he makes his own breakfast. Both parents say they have been "
        "struggling since Mr Brennan lost his job in the autumn.")
    P.h(1, "What is working well")
    P.p("Tyler and Poppy are close to their parents and are warm and affectionate with them. Ms "
        "Brennan's sister, Mrs Kelly Marsh, helps with the school run twice a week. Both parents "
        "came to the conference and said they want things to change.")
    P.h(1, "The plan")
    hdr = ["What will be done", "Who", "By when", "How we will know"]

    P.h(2, "Outcome 1: Tyler and Poppy live in a home that is clean, warm and safe")
    a1 = P.act("Visit the home unannounced, check the kitchen, bathroom and children's bedrooms, and see Tyler alone in his bedroom",
               "Kieran Doyle (lead social worker)", "every 10 working days until the review conference",
               "Home conditions scored 3 or better on the home conditions checklist at three visits in a row")
    a2 = P.act("Clear the rubbish bags from the back yard and the landing", "Mr and Ms Brennan",
               "by 23 February 2026", "Yard and landing seen clear at the next unannounced visit")
    a3 = P.act("Help the family with the house", "Family support", "Ongoing", None, "OV AV DV EM")
    a4 = P.act("Ask Eastfield Homes to repair the bedroom window that does not shut",
               "Ms Brennan, with Jade Wilkins (family support worker)", "within 5 working days of conference",
               "Repair date given by Eastfield Homes and the window seen fixed before the review")
    P.table(hdr, [[a.t, a.o, a.d, a.e] for a in (a1, a2, a3, a4)])

    P.h(2, "Outcome 2: Poppy's health and development needs are met")
    a5 = P.act("Take Poppy to her development review at Eastfield clinic and to the dentist", "Ms Brennan",
               "by 13 March 2026", "The health visitor confirms both appointments were attended")
    a6 = P.act("Monitor Poppy's development", "Health visitor", "As required", "Poppy is doing well", "AV DV EV")
    a7 = P.act("Refer Poppy to the Little Steps speech and language drop-in and go with Ms Brennan to the first session",
               "Sana Iqbal (health visitor)", "by 6 March 2026",
               "Poppy has been seen at Little Steps and has a speech plan before the review")
    P.table(hdr, [[a.t, a.o, a.d, a.e] for a in (a5, a6, a7)])

    P.h(2, "Outcome 3: Tyler goes to school every day, on time, having had breakfast")
    a8 = P.act("Phone Ms Brennan by 9:30am on any day Tyler is not in school, and tell the social worker the same day",
               "Mrs Okonjo (designated safeguarding lead, Ashgrove Primary)", "every school day",
               "Tyler's attendance at 92% or more for the spring term (school register)")
    a9 = P.act("Dad to be more involved in the mornings", "Mr Brennan", "-", "Better attendance", "AV DM EV")
    a10 = P.act("Put Tyler's name down for the free breakfast club", "Mrs Okonjo (designated safeguarding lead, Ashgrove Primary)",
                "by 16 February 2026", "Tyler on the breakfast club register from 23 February 2026")
    P.table(hdr, [[a.t, a.o, a.d, a.e] for a in (a8, a9, a10)])

    P.h(1, "What Tyler and Poppy have told us")
    P.p("Tyler told Kieran in his bedroom that he 'hates it when the house smells' and that he is "
        "embarrassed to bring friends home. He said the best thing about home is playing FIFA with "
        "his dad. He wants breakfast club 'because my mate Josh goes'. Poppy is too young to say; "
        "at the visit on 2 February she was in a wet nappy at 3pm, and she ran to her mum for a "
        "cuddle when the dog barked.")
    P.h(1, "What Mum and Dad said")
    P.p("Ms Brennan said she feels ashamed about the house and finds it hard to get going in the "
        "mornings. Mr Brennan said the yard and the bins are his job and that he wants help to find work.")
    P.h(1, "Contingency plan")
    P.p("If the home is found in the same state at two visits in a row, or the children miss more "
        "health appointments, the team manager will hold a legal planning meeting to consider the "
        "Public Law Outline.")
    P.h(1, "Review")
    P.p("Review child protection conference: 11 May 2026.")
    return P


def p02():
    """England: core group record with a progress review of the plan (Word)."""
    P = Plan("b6-02.docx", "England - core group record with a progress review of the plan "
             "(visits record, a table per outcome with Progress since last core group and RAG, "
             "new actions table)", plan_codes="C")
    P.title("Core Group Meeting – Record and Review of the Child Protection Plan")
    P.kv([
        ("Child", "Lily-Mae Foster"), ("Date of birth", "02/04/2025 (10 months)"),
        ("Category of plan", "Neglect"), ("Date of initial conference", "12 January 2026"),
        ("Lead social worker", "Priya Shah"), ("Team", "Northgate Safeguarding Team"),
        ("Date of this core group", "24 February 2026"), ("Core group number", "3"),
        ("Next core group", "24 March 2026"), ("Review child protection conference", "9 April 2026"),
    ], title="Meeting details", cols=4)
    P.p("**Present:** Ms Jodie Foster (mum), Mr Ryan Kane (dad), Priya Shah (lead social worker), "
        "Gemma Rourke (health visitor), Tasha Bell (family support worker, Northgate Family Hub). "
        "**Apologies:** Dr Amin (GP), report sent.")
    P.h(1, "1. Visits since the last core group")
    P.table(["Date", "Visit by", "Announced?", "Lily-Mae seen", "Notes"], [
        ["3 February 2026", "Priya Shah", "Unannounced", "Yes, in her cot and at a feed", "Flat warm; bottles sterilised; fridge had milk and fruit"],
        ["10 February 2026", "Gemma Rourke", "Announced", "Yes, weighed undressed", "Weight 6.9kg"],
        ["17 February 2026", "Priya Shah", "Unannounced", "Yes, on her playmat", "Lily-Mae smiled and babbled; dirty washing piled in the bathroom"],
    ])
    P.h(1, "2. Updates from agencies and family")
    P.p("Gemma Rourke said Lily-Mae had put on 300g in two weeks and was feeding better from a "
        "spoon. Tasha Bell said Ms Foster had come to two of the three parenting sessions. Ms Foster "
        "said she had been feeling low and had found the mornings hard. Mr Kane said he had started "
        "doing the night feeds.")
    P.h(1, "3. Review of the child protection plan")
    hdr = ["Action", "Lead person", "Timescale", "Progress since last core group", "RAG"]
    g1 = "Lily-Mae's weight is back on or above the 9th centile by the review conference"
    a1 = P.act("Weigh Lily-Mae at Northgate clinic and plot her weight on the centile chart",
               "Gemma Rourke (health visitor)", "fortnightly", g1)
    a2 = P.act("Give Lily-Mae three meals and two snacks a day, following the food diary agreed with the health visitor",
               "Ms Foster", "daily", g1)
    a3 = P.act("Refer Lily-Mae to the community paediatrician for a growth review", "GP (Dr Amin)",
               "by 6 February 2026", g1)
    P.table(hdr, [
        [a1.t, a1.o, a1.d, "Weighed 10 and 23 February; moved from the 0.4th to the 2nd centile", "Amber"],
        [a2.t, a2.o, a2.d, "Food diary filled in on 5 of 7 days last week", "Amber"],
        [a3.t, a3.o, a3.d, "Referral sent 30 January; appointment on 12 March", "Green"],
    ], top=[f"Outcome 1: {g1}"], rag_col=4)
    g2 = "Things at home get better for Lily-Mae"
    a4 = P.act("Go to the Bumps to Babies parenting group at Northgate Family Hub every Thursday",
               "Ms Foster and Mr Kane", "weekly from 5 February 2026", g2, "EV")
    a5 = P.act("Keep the flat tidy", "Mr Kane", "Ongoing", g2, "AV DV EV")
    P.table(hdr, [
        [a4.t, a4.o, a4.d, "Went to 2 of 3 sessions", "Amber"],
        [a5.t, a5.o, a5.d, "Flat tidier at the last visit", "Green"],
    ], top=[f"Outcome 2: {g2}"], rag_col=4)
    g3 = "Ms Foster has started treatment for her low mood with her GP or Northgate Talking Therapies before the review conference"
    a6 = P.act("Book an appointment with Dr Amin to talk about her low mood and take Priya's letter with her",
               "Ms Foster", "by 3 March 2026", g3)
    a7 = P.act("A referral will be made to Northgate Talking Therapies", None, "by 10 March 2026", g3, "OM")
    P.table(hdr, [
        [a6.t, a6.o, a6.d, "Appointment booked for 2 March", "Green"],
        [a7.t, a7.o, a7.d, "Not yet done", "Red"],
    ], top=[f"Outcome 3: {g3}"], rag_col=4)
    P.h(1, "4. New actions agreed at this meeting")
    a8 = P.act("Arrange a home fire safety check by the fire service and fit a smoke alarm in the hallway",
               "Priya Shah (lead social worker)", "by 10 March 2026", None, "EM")
    a9 = P.act("Ask Lily-Mae's grandmother, Mrs Carol Foster, whether she can look after Lily-Mae two afternoons a week",
               "Ms Foster", "before the next core group", None, "EM")
    a10 = P.act("Liaise with agencies", "TBC", None, None, "OV AV DM EM")
    P.table(["Action", "Who", "By when"], [[a.t, a.o, a.d] for a in (a8, a9, a10)])
    P.h(1, "5. Lily-Mae's day-to-day experience")
    P.p("At the visit on 17 February Lily-Mae was on her playmat in a clean babygro. She followed "
        "Priya with her eyes, smiled and babbled, and reached for her dad when he came in. She "
        "finished a bowl of porridge and most of a banana while Priya was there. Her nappy had been "
        "changed recently. She has a cold and was coughing.")
    P.h(1, "6. Parents' views")
    P.p("Ms Foster said the plan is helping but she feels 'judged' at clinic. Mr Kane said he would "
        "like more help with money and asked about nursery funding.")
    P.p("**Minutes taken by:** Gemma Rourke. **Circulated to core group members:** 26 February 2026.")
    return P


def p03():
    """Wales: care and support protection plan (Wales Safeguarding Procedures)."""
    P = Plan("b6-03.md", "Wales - care and support protection plan (Wales Safeguarding Procedures; "
             "personal outcomes in the child's words with a score; What will be done / Who will do it / "
             "When / How we will measure progress)", plan_codes="C")
    P.title("Care and Support Protection Plan")
    P.kv([
        ("Child", "Cai Morgan, born 3 March 2014 (11)"),
        ("Mother", "Ms Sioned Morgan"),
        ("Stepfather", "Mr Gareth Hughes"),
        ("Name placed on the child protection register", "28 January 2026"),
        ("Categories of registration", "Physical abuse; emotional abuse"),
        ("Care and support protection plan co-ordinator (social worker)", "Rhian Pritchard, Dyffryn Children's Services"),
        ("Core group", "Ms Morgan, Mr Hughes, Cai, Rhian Pritchard, Mrs Llinos Parry (designated safeguarding person, Ysgol Bro Dyffryn), Bethan Lloyd (Dyffryn Women's Aid), Siân Harries (school nurse)"),
        ("Core group meetings", "every four weeks at Ysgol Bro Dyffryn; first meeting 10 February 2026"),
        ("Date of next review conference", "28 April 2026"),
        ("Language", "Cai and his mum speak Welsh at home; this plan is available in Welsh"),
    ], title="Details")
    P.h(1, "The risks of harm to Cai")
    P.p("On 19 January Cai went to school with a bruise on his cheek and told Mrs Parry that Gareth "
        "hit him when he would not turn his game off. Cai has also seen Gareth push his mum against "
        "the kitchen door. Police are investigating. Cai says he is scared to go home when Gareth "
        "has been drinking.")
    P.h(1, "What matters to Cai")
    P.p("Cai told Rhian: 'I want Mam and Gareth to stop shouting. I want to still play rugby on "
        "Saturdays. I don't want to move school.' He scores how safe he feels at home as 3 out of "
        "10.")
    P.h(1, "What matters to Cai's mum and stepdad")
    P.p("Ms Morgan wants Cai to stay at home with her and agrees that Gareth should stay away "
        "until the police have finished. Mr Hughes accepts he hit Cai and says he wants help with his temper.")
    P.h(1, "Personal outcomes and what will be done")
    hdr = ["What will be done", "Who will do it", "When", "How we will measure progress"]
    P.h(2, "Outcome 1 (shorter term): 'I want to feel safe at home and not get hurt.'")
    P.p("How Cai scores this now: 3 out of 10 (28 January 2026).")
    a1 = P.act("Move out of the family home and stay at his brother's address in Llanfair Road while the police investigation continues",
               "Mr Gareth Hughes (Cai's stepfather)", "from 28 January 2026",
               "Mr Hughes not found at the home at any visit; Cai says at each visit that Gareth has not been staying")
    a2 = P.act("See Cai on his own at home or at school and ask him about his week using his worry scale",
               "Rhian Pritchard (social worker)", "at least every 10 working days",
               "Cai's own score and words recorded after each visit and shared at each core group")
    a3 = P.act("Keep Cai safe", "Ms Sioned Morgan", "At all times", "Cai is safe", "AV DV EV")
    a4 = P.act("Check with Cai each Monday morning how his weekend was and tell the social worker the same day about any injury or worry",
               "Mrs Llinos Parry (designated safeguarding person, Ysgol Bro Dyffryn)", "every Monday",
               "A record of each Monday check kept by the school and shared at each core group")
    P.table(hdr, [[a.t, a.o, a.d, a.e] for a in (a1, a2, a3, a4)])
    P.h(2, "Outcome 2 (longer term): 'I want Mam and Gareth to be kind to each other and not shout.'")
    P.p("How Cai scores this now: 2 out of 10.")
    a5 = P.act("Go to the Cadarn programme for men who have been abusive and complete all 12 sessions",
               "Mr Gareth Hughes", "starting 3 March 2026; all sessions by 26 May 2026",
               "The programme worker's attendance report to each core group shows every session attended")
    a6 = P.act("Offer Ms Morgan a place on the Freedom Programme and arrange childcare so she can go",
               "Bethan Lloyd (domestic abuse support worker, Dyffryn Women's Aid)", "within 2 weeks of conference",
               "Ms Morgan has been to her first session before the review conference")
    a7 = P.act("Work with the family around relationships", "Agencies involved", "Over the coming months",
               "The family are getting on better", "OV AV DV EV")
    P.table(hdr, [[a.t, a.o, a.d, a.e] for a in (a5, a6, a7)])
    P.h(2, "Outcome 3: 'I want to keep going to rugby and see my friends.'")
    P.p("How Cai scores this now: 7 out of 10.")
    a8 = P.act("Take Cai to rugby training on Wednesday evenings and to matches on Saturday mornings",
               "Ms Sioned Morgan, or Cai's uncle Dylan Morgan when she is working", "every Wednesday and Saturday",
               "The coach's register shows Cai at 3 of 4 sessions each month")
    a9 = P.act("A referral will be made to the school counsellor so Cai has someone to talk to", None,
               "by the first core group", "Cai has had his first session before the review conference", "OM")
    P.table(hdr, [[a.t, a.o, a.d, a.e] for a in (a8, a9)])
    P.h(1, "Next review")
    P.lines([("Review conference", "28 April 2026, Dyffryn County Hall")])
    return P


def p04():
    """Scotland: GIRFEC child's plan, Order 2016 Parts 1-4, a table per wellbeing need (Word, LibreOffice)."""
    P = Plan("b6-04.docx", "Scotland - GIRFEC child's plan (Child's Plan (Scotland) Order 2016 Parts 1-4; "
             "a table per wellbeing need named by its SHANARRI indicator, with the desired outcome and "
             "'How we will know' above the actions)", lo=True)
    P.title("Child's Plan", "Getting it right for every child: multi-agency child's plan")
    P.kv([
        ("Date plan prepared", "5 February 2026"),
        ("Child's full name", "Ava Lindsay Reid"),
        ("Date of birth", "19/09/2012"),
        ("Home address", "14 Birchwood Crescent, Kirkton"),
        ("Reference number", "SW 48213"),
    ], title="Part 1: Information about the child")
    P.kv([
        ("Parent", "Ms Lorna Reid (mother), 14 Birchwood Crescent, Kirkton"),
        ("Parent", "Mr Steven Reid (father), Carnock"),
        ("Named person", "Mrs Gillian Boyd, depute head teacher, Kirkton High School"),
        ("Lead professional", "Craig Munro, social worker, Kirkton Children and Families Team"),
    ], title="Part 2: Information about other people")
    P.h(1, "Part 3: Ava's wellbeing")
    P.h(2, "Summary of wellbeing needs")
    P.p("Ava is 13. In January police found that an adult man she met on an online game had asked "
        "her for photographs. Ava has missed 24 sessions of school this term, is sleeping four or "
        "five hours a night and has stopped eating lunch. Her mum has been drinking heavily at "
        "weekends and Ava has been making her own meals and putting herself to bed.")
    P.h(2, "What Ava says")
    P.p("Ava said she 'didn't think he was a real grown-up' and that she was scared to tell her mum. "
        "She wants to go back to school 'but not to maths'. She said weekends are the worst because "
        "'Mum just sleeps' and she would like to stay at her gran's some weekends.")
    P.h(2, "What Ava's parents say")
    P.p("Ms Reid said she had not known about the game and was shocked. She agrees she drinks too "
        "much at weekends and wants help. Mr Reid said he would like Ava to stay with him every "
        "other weekend but works shifts.")
    P.h(1, "Part 4: Action plan")
    hdr = ["Action", "Person responsible", "Timescale"]
    ev1 = ("Ava can name two safe adults and show the Report button on each app she uses at the review, "
           "and police record no new contact from the man")
    a1 = P.act("Deliver four one-to-one online safety sessions with Ava using the Keeping Myself Safe pack",
               "Craig Munro (lead professional)", "weekly from 12 February 2026", ev1)
    a2 = P.act("Set up parental controls on Ava's phone and games console", "Ms Lorna Reid, with help from PC Ross Kerr",
               "by 19 February 2026", ev1)
    a3 = P.act("Keep an eye on Ava online", "Parents", "Ongoing", ev1, "AV DV")
    P.table(hdr, [[a.t, a.o, a.d] for a in (a1, a2, a3)], top=[
        "SAFE",
        "Wellbeing need: an adult Ava met on a game has asked her for photographs.",
        "Desired outcome: Ava uses her phone and games safely and knows who to tell if someone online makes her uncomfortable.",
        f"How we will know: {ev1}.",
    ])
    ev2 = "Ava is happier in herself"
    a4 = P.act("Book an appointment with the school nurse about Ava's sleep and eating",
               "Mrs Gillian Boyd (named person)", "by 13 February 2026", ev2, "EV")
    a5 = P.act("Refer Ava to the Kirkton primary mental health worker", "Dr Fiona Innes (GP)", "within 2 weeks", ev2, "EV")
    P.table(hdr, [[a.t, a.o, a.d] for a in (a4, a5)], top=[
        "HEALTHY",
        "Wellbeing need: Ava is sleeping four or five hours a night and has stopped eating lunch at school.",
        "Desired outcome: Ava feels better.",
        f"How we will know: {ev2}.",
    ])
    ev3 = ("Ava's attendance is 90% or more each month (school register) and her maths teacher reports "
           "she is working towards her Third Level target by the review")
    a6 = P.act("Meet Ava every Monday morning at the pupil support base to plan her week",
               "Mrs Gillian Boyd (named person)", "every Monday", ev3)
    a7 = P.act("Phone Ms Reid by 10am on any day Ava is absent without an explanation",
               "School office, Kirkton High School", "every school day", ev3)
    a8 = P.act("Support Ava with her learning", "Education", None, ev3, "OV AV DM")
    P.table(hdr, [[a.t, a.o, a.d] for a in (a6, a7, a8)], top=[
        "ACHIEVING",
        "Wellbeing need: Ava has missed 24 sessions this term and is behind in maths and English.",
        "Desired outcome: Ava is in school every day and catching up in maths and English.",
        f"How we will know: {ev3}.",
    ])
    ev4 = "Every weekend Ava is cared for by an adult who has not been drinking: her mum, her dad or her gran, Mrs Isobel Reid"
    a9 = P.act("Attend the Kirkton Alcohol and Drug Recovery Service for an assessment and keep weekly key-work appointments",
               "Ms Lorna Reid", "assessment by 20 February 2026, then weekly", ev4)
    a10 = P.act("Agree with Mrs Isobel Reid that Ava stays with her from Friday teatime to Saturday evening if Ms Reid has been drinking, and write it into the family's safety plan",
                "Craig Munro (lead professional)", "by the first core group on 19 February 2026", ev4)
    P.table(hdr, [[a.t, a.o, a.d] for a in (a9, a10)], top=[
        "NURTURED",
        "Wellbeing need: Ava's mum has been drinking heavily at weekends and Ava has been looking after herself.",
        f"Desired outcome: {ev4}.",
    ])
    P.h(1, "Contingency arrangements")
    P.p("If Ava is found to be in contact with the man again, or is left alone at a weekend while "
        "her mum is drunk, the lead professional will call an inter-agency referral discussion the "
        "same day and Ava will stay with her gran until it has met.")
    P.h(1, "Review")
    P.kv([("Next review meeting", "26 March 2026, Kirkton High School"),
          ("Copies of this plan to", "Ava, Ms Reid, Mr Reid, Mrs Boyd, Dr Innes, PC Kerr")])
    return P


def p05():
    """Signs of Safety child protection plan: danger statement, scaling, goals with next steps, rules."""
    P = Plan("b6-05.md", "Signs of Safety - child protection plan (danger statement, scaling 0-10, "
             "safety goals with next steps under them, safety plan rules, Three Houses)")
    P.title("Child Protection Plan – Signs of Safety")
    P.lines([
        ("Children", "Kayden Walsh (7) and Ellie-Rose Walsh (4)"),
        ("Parents", "Shannon Walsh (mum) and Lee Walsh (dad)"),
        ("Lead social worker", "Natalie Cross, Riverside Child Protection Team"),
        ("Category", "Emotional abuse"),
        ("Plan updated at", "first core group, 20 February 2026"),
        ("Review child protection conference", "6 May 2026"),
    ])
    P.h(1, "What are we worried about?")
    P.h(2, "Danger statement")
    P.p("Natalie (social worker), Miss Hayes (Kayden's teacher) and the police are worried that "
        "Kayden and Ellie-Rose will be hurt, or will grow up frightened and think shouting and "
        "hitting are normal, because when Lee has been drinking he and Shannon have loud arguments "
        "in front of them. In January Lee threw a plate that smashed next to Ellie-Rose and the "
        "police were called by a neighbour.")
    P.h(2, "Complicating factors")
    P.p("Lee works nights and drinks after his shift. Shannon does not want Lee to leave the home.")
    P.h(1, "What's working well?")
    P.p("Shannon called Nana Jean the night the plate was thrown and took the children to her. Lee "
        "has stopped drinking in the house since the conference. Both children are doing well at "
        "school and nursery and love their Nana Jean.")
    P.h(1, "Safety scale")
    P.p("On a scale of 0 to 10, where 10 means everyone knows the children are safe enough for the "
        "child protection plan to end and 0 means things are so bad the children cannot live at "
        "home:")
    P.bullets(["Shannon: 7", "Lee: 6", "Nana Jean: 6", "Miss Hayes: 4", "Natalie Cross: 3"])
    P.h(1, "What needs to happen?")
    g1 = ("Kayden and Ellie-Rose will live in a home where arguments between mum and dad are sorted out "
          "calmly, without shouting, throwing things or anyone getting hurt, with no police call-outs, "
          "and the safety network will see this for at least six months")
    P.h(2, "Safety goal 1")
    P.p(g1 + ".")
    P.p("Next steps:")
    s1 = P.act("go to the Changing Patterns group at Riverside Family Centre", "Lee",
               "every Tuesday evening from 3 March 2026", g1)
    s2 = P.act("write their own safety plan with Natalie, saying what each of them will do when an argument starts",
               "Shannon and Lee", "by 6 March 2026", g1)
    s3 = P.act("keep an eye on things", "The safety network", None, g1, "OV AV DM")
    s4 = P.act("visit the family at home, with at least one visit a month unannounced, and see Kayden on his own each time",
               "Natalie", "every two weeks", g1)
    P.bullets([
        f"{s1.o} will {s1.t} {s1.d}.",
        f"{s2.o} will {s2.t}, {s2.d}.",
        f"{s3.o} will {s3.t}.",
        f"{s4.o} will {s4.t}, {s4.d}.",
    ])
    g2 = "The children will feel happy and safe"
    P.h(2, "Safety goal 2")
    P.p(g2 + ".")
    P.p("Next steps:")
    s5 = P.act("do a Three Houses session with Kayden and share his drawings at core group", "Miss Hayes",
               "every half term", g2, "EV")
    s6 = P.act("take Ellie-Rose to nursery", "Shannon", None, g2, "DM EV")
    s7 = P.act("have the children for tea at her house", "Nana Jean", "every Thursday", g2, "EV")
    P.bullets([
        f"{s5.o} will {s5.t} {s5.d}.",
        f"{s6.o} will {s6.t}.",
        f"{s7.o} will {s7.t} {s7.d}.",
    ])
    P.h(1, "What Kayden and Ellie-Rose say")
    P.p("Kayden did his Three Houses with Natalie on 12 February. In his house of worries he drew "
        "'Daddy shouting at Mummy' and the broken plate. In his house of good things he drew Nana "
        "Jean's dog and football with Dad. In his house of dreams he wrote 'no more shouting ever'. "
        "Ellie-Rose told her nursery key worker that 'Daddy was cross and the plate went smash'.")
    P.h(1, "Our safety plan rules")
    rg = "the children never see or hear violence at home"
    P.p(f"Shannon and Lee agreed these rules so that {rg}.")
    r1 = P.act("leave the house and go to his brother Craig's flat until he is calm", "Lee",
               "When an argument starts", rg)
    r2 = P.act("take the children to Nana Jean's house", "Shannon", "straight away", rg)
    P.bullets([
        f"{r1.d}, {r1.o} will {r1.t}.",
        f"If Lee will not leave, {r2.o} will {r2.t} {r2.d}.",
    ])
    P.h(1, "What happens if the rules are broken")
    P.p("If the police are called to the home again or either child is hurt, Natalie and her team "
        "manager will meet the same week to decide whether the children need to live with Nana "
        "Jean while the plan is reviewed, and a legal planning meeting will be held.")
    P.h(1, "Next review")
    P.p("Review child protection conference: 6 May 2026.")
    return P


def p06():
    """England: child protection birth and discharge plan agreed on the postnatal ward (Word)."""
    P = Plan("b6-06.docx", "England - child protection birth and discharge plan (Section 1 basic information, "
             "Section 2 professionals, birth arrangements, discharge tables with Comments and a merged "
             "'We will know this is achieved when' row, signatures)", plan_codes="R")
    P.title("Child Protection Birth and Discharge Plan")
    P.lines([("Agreed at", "discharge planning meeting, Ward 22, Westmoor General Hospital, 19 February 2026"),
             ("Copies", "parents; mother's and baby's hospital records")])
    P.kv([
        ("Mother's name", "Chloe Parkin"), ("Date of birth", "11/11/2003"),
        ("Father's name", "Jordan Ellis"), ("Date of birth", "02/05/2001"),
        ("Baby's name", "Isla Parkin"), ("Baby's date of birth", "17 February 2026"),
        ("Hospital", "Westmoor General Hospital, Ward 22"), ("Estimated date of delivery was", "21/02/2026"),
    ], title="Section 1: Basic information", cols=4)
    P.kv([
        ("Named midwife", "Rachel Dunn"), ("Hospital safeguarding midwife", "Anita Bose"),
        ("Health visitor", "Kerry Lomas"), ("Has liaison with the health visitor taken place?", "Yes"),
        ("Social worker", "Mark Ibbotson"), ("Team manager", "Susan Reeve"),
        ("Child protection plan", "Yes, pre-birth conference 12 January 2026"), ("Category", "Neglect"),
    ], title="Section 2: Professionals and safeguarding arrangements", cols=4)
    P.h(1, "Section 3: Birth arrangements")
    P.table(["Agreed birthing partner", "Relationship"], [["Mrs Dawn Parkin", "Maternal grandmother"]])
    P.p("Persons to be excluded from the maternity unit: none.")
    P.h(1, "Section 4: Discharge plan")
    hdr = ["Action", "Responsible", "When", "Comments"]
    e1 = ("Isla goes home only once Chloe has fed, changed and settled her without help for 24 hours on "
          "the ward, recorded in the ward notes")
    a1 = P.act("Show Chloe how to make up a bottle feed and watch her do it correctly twice",
               "Rachel Dunn (named midwife)", "before discharge", e1)
    a2 = P.act("Check the flat has a Moses basket, a sterilising kit and working heating before Isla goes home",
               "Mark Ibbotson (social worker)", "by 20 February 2026", e1)
    a3 = P.act("Make sure everything is ready", "Parents", "Soon", e1, "AV DV")
    P.table(hdr, [
        [a1.t, a1.o, a1.d, "Done once on 18 February"],
        [a2.t, a2.o, a2.d, ""],
        [a3.t, a3.o, a3.d, ""],
    ], top=["Before Isla leaves hospital"], bottom=[f"We will know this is achieved when: {e1}."])
    e2 = ("Isla's weight stays on or above her birth centile at every health visitor weighing and she is "
          "seen in a safe sleeping place at every visit")
    a4 = P.act("Visit Isla at home the day after discharge and then every week, seeing her undressed for weighing",
               "Kerry Lomas (health visitor)", "day after discharge, then weekly", e2)
    a5 = P.act("Visit unannounced and check where Isla sleeps", "Mark Ibbotson (social worker)",
               "at least every 10 working days", e2)
    a6 = P.act("Stay at his mother's address and not stay overnight at the flat", "Jordan Ellis",
               "until the parenting assessment report is shared", e2)
    a7 = P.act("Monitor", "Health", "As and when", e2, "OV AV DV")
    a8 = P.act("A referral will be made to the Home-Start volunteer scheme", None, "within 2 weeks of discharge", e2, "OM")
    P.table(hdr, [
        [a4.t, a4.o, a4.d, "First visit joint with the community midwife"],
        [a5.t, a5.o, a5.d, ""],
        [a6.t, a6.o, a6.d, "Mr Ellis agreed at the meeting"],
        [a7.t, a7.o, a7.d, ""],
        [a8.t, a8.o, a8.d, ""],
    ], top=["After Isla goes home"], bottom=[f"We will know this is achieved when: {e2}."])
    P.h(1, "Section 5: Isla's day on the ward")
    P.p("Midwives have seen Chloe feed Isla every three hours, day and night, and wind her gently. "
        "Isla settles quickly when Chloe holds her skin to skin and has been seen sleeping on her "
        "back in the cot. On 18 February Chloe left Isla crying for twenty minutes while she was on "
        "the phone in the corridor, and a midwife settled her.")
    P.h(1, "Section 6: Parents' views")
    P.p("Chloe said she feels ready to take Isla home and wants to do it 'properly this time'. "
        "Jordan said he does not agree with having to stay at his mum's but accepts it for now.")
    P.h(1, "Section 7: If things go wrong")
    P.p("If Chloe leaves the ward with Isla before the discharge plan is complete, ward staff will "
        "call the police and the emergency duty team. If Mr Ellis is found staying at the flat, the "
        "social worker will bring forward the review and seek legal advice.")
    P.h(1, "Review")
    P.p("Review child protection conference: to be arranged after discharge.")
    P.table(["Signed", "Role", "Date"], [
        ["Chloe Parkin", "Mother", "19/02/2026"],
        ["Jordan Ellis", "Father", "19/02/2026"],
        ["Rachel Dunn", "Named midwife", "19/02/2026"],
        ["Mark Ibbotson", "Social worker", "19/02/2026"],
    ])
    return P


def p07():
    """England: early help family plan (team around the family)."""
    P = Plan("b6-07.md", "England - early help family plan (team around the family; What we want to change / "
             "What we will do / Who / When / How we'll know it's working / Progress at review; worry scale; "
             "signatures)", plan_codes="C")
    P.title("Early Help Family Plan")
    P.kv([
        ("Family", "The Ahmed family, 9 Tanner Street, Hillside"),
        ("Children", "Zara Ahmed (12) and Yusuf Ahmed (9)"),
        ("Parents", "Mrs Nadia Ahmed; Mr Imran Ahmed (works away Monday to Thursday)"),
        ("Lead practitioner", "Lauren Price, family support worker, Hillside Family Hub"),
        ("Team around the family (TAF) meeting", "4 February 2026"),
        ("Next TAF review", "18 March 2026, Hillside Family Hub"),
        ("Family's worry scale at the start", "4 out of 10 (10 is no worries)"),
    ], title="About us")
    P.h(1, "What Zara and Yusuf want to happen")
    P.p("Zara: 'I want to stop feeling sick before school and I want the girls in my class to leave "
        "me alone.' Yusuf: 'I want Mum to not be tired all the time and I want to go to football "
        "club.'")
    P.h(1, "What Mum and Dad want to happen")
    P.p("Mrs Ahmed wants Zara back in school and wants to feel less tired and low. Mr Ahmed wants "
        "the mornings to be calmer and said he would like to do more at bedtimes when he is home.")
    P.h(1, "What we are worried about and what is working well")
    P.p("Zara has missed 31 sessions this term and says she has stomach aches in the mornings. "
        "Yusuf is going to bed after 11pm. Mrs Ahmed is exhausted and has not seen her GP. The "
        "family are close, the children are polite and kind, and Mrs Ahmed asked the school for "
        "help herself.")
    P.h(1, "Our plan")
    hdr = ["What we want to change", "What we will do", "Who", "When", "How we'll know it's working", "Progress at review"]
    w1, w2, w3, w4 = ("Zara gets to school every day", "Zara worries less",
                      "Mum has help with her tiredness and low mood", "Yusuf has a bedtime routine")
    w5 = "The family's money goes further"
    a1 = P.act("Meet Zara at the school gate at 8:40am and walk her to the learning support room",
               "Mr Carter (head of Year 8, Hillside Academy)", "every school day for 4 weeks from 9 February",
               "Zara's attendance is 95% or more by the review (school register)")
    a2 = P.act("Refer Zara to the school nurse for her stomach aches", "Mr Carter (head of Year 8, Hillside Academy)",
               "by 13 February 2026", "Zara has seen the school nurse before the review")
    a3 = P.act("Help Zara with her worries", "Education", "When a space comes up", "Zara feels better", "OV AV DV EV")
    a4 = P.act("Book a GP appointment about feeling tired and low and tell Lauren the date", "Mrs Ahmed",
               "by 11 February 2026", "Mrs Ahmed has seen her GP and has a plan by the review")
    a5 = P.act("Go with Mrs Ahmed to the Women's Wellbeing group at Hillside Family Hub",
               "Lauren Price (lead practitioner)", "Wednesdays from 11 February",
               "Mrs Ahmed has been to at least 4 sessions by the review (group register)")
    a6 = P.act("Use the bedtime chart with Yusuf: bath, story, lights out at 8:30pm", "Mrs Ahmed", "every school night",
               "Yusuf's chart shows lights out by 8:30pm on 4 nights out of 5")
    a7 = P.act("Try to be stricter", "Mr Ahmed", None, None, "AV DM EM")
    a8 = P.act("Help Mrs Ahmed apply for the school uniform grant and check the family gets all the benefits they are entitled to",
               "Citizens Advice Hillside (benefits adviser)", "appointment on 17 February 2026",
               "Uniform grant applied for and benefits check done by the review")
    a9 = P.act("A referral will be made to the Hillside food bank", None, "ASAP", "Food parcel collected", "OM DV")
    P.table(hdr, [
        [w1, a1.t, a1.o, a1.d, a1.e, ""],
        [w1, a2.t, a2.o, a2.d, a2.e, ""],
        [w2, a3.t, a3.o, a3.d, a3.e, ""],
        [w3, a4.t, a4.o, a4.d, a4.e, ""],
        [w3, a5.t, a5.o, a5.d, a5.e, ""],
        [w4, a6.t, a6.o, a6.d, a6.e, ""],
        [w4, a7.t, a7.o, a7.d, a7.e, ""],
        [w5, a8.t, a8.o, a8.d, a8.e, ""],
        [w5, a9.t, a9.o, a9.d, a9.e, ""],
    ])
    P.h(1, "Agreeing the plan")
    P.lines([
        ("Signed (parent)", "Nadia Ahmed"),
        ("Signed (lead practitioner)", "Lauren Price"),
        ("Date", "4 February 2026"),
        ("Copies to", "the family, Hillside Academy, Hillside Primary, Hillside Family Hub"),
    ])
    return P


def p08():
    """Northern Ireland: child protection plan after the case conference (HSC Trust; Word, LibreOffice)."""
    P = Plan("b6-08.docx", "Northern Ireland - child protection plan after an initial child protection case "
             "conference (HSC Trust, Family and Child Care; a table per area of concern)",
             plan_codes="L V", lo=True)
    P.title("Child Protection Plan", "Loughview Health and Social Care Trust, Family and Child Care")
    P.kv([
        ("Child", "Conor McKenna"), ("Date of birth", "30/08/2019 (6)"),
        ("Sibling also registered", "Aoife McKenna (13)"), ("Mother", "Ms Siobhan McKenna"),
        ("Date of initial child protection case conference", "3 February 2026"), ("Category of registration", "Neglect"),
        ("Social worker (key worker)", "To be confirmed: case to be allocated in the Family Intervention Team"),
        ("Senior Social Worker / Team Leader", "Mairead Quinn"),
        ("First core group meeting", "17 February 2026"), ("Review child protection case conference", "5 May 2026"),
    ], title="Child protection case conference", cols=4)
    P.h(1, "Reasons for registration")
    P.p("The family home has no working heating and the children share one soiled mattress. Conor "
        "has untreated tooth decay and has missed two eye appointments. Aoife, who is 13, gets Conor "
        "up and to school and has missed 29 days of school herself. Ms McKenna has told the Trust "
        "she has not been coping since her mother died in October.")
    P.h(1, "Child protection plan")
    hdr = ["Action required", "Person responsible", "Timescale", "How progress will be measured"]
    a1 = P.act("Provide beds and bedding for both children and take the old mattress away",
               "Ms Siobhan McKenna with Gerard Boyle (Family Support Hub)", "by 20 February 2026",
               "Both children seen to have their own beds with clean bedding at the next home visit")
    a2 = P.act("See Conor and Aoife at home, including their bedrooms, and speak to each child on their own",
               "Allocated social worker", "every two weeks until the review, and never less than every four weeks",
               "Each visit and each child's views recorded on the Trust record and reported to the core group")
    a3 = P.act("Address the concerns about the home", "Parents", "Ongoing", "Home conditions improve", "AV DV EV")
    P.table(hdr, [[a.t, a.o, a.d, a.e] for a in (a1, a2, a3)], top=["Area of concern 1: home conditions and basic care"])
    a4 = P.act("Take Conor to the community dental service and to his eye test", "Ms Siobhan McKenna",
               "by 17 March 2026", "The school nurse confirms both appointments were attended")
    a5 = P.act("Review Conor's speech and language referral and chase the waiting list", "Health visitor",
               None, None, "DM EM")
    P.table(hdr, [[a.t, a.o, a.d, a.e] for a in (a4, a5)], top=["Area of concern 2: Conor's health and development"])
    a6 = P.act("Refer Aoife to the Loughview Young Carers service", "Mr Declan Hughes (designated teacher, St Brigid's College)",
               "within 10 working days", "Aoife has a young carers worker and goes to the Tuesday group by the review")
    a7 = P.act("Ring Ms McKenna on the first morning of any absence and record the reason",
               "Mr Declan Hughes (designated teacher, St Brigid's College)", "every school day",
               "Aoife's attendance above 90% for the spring term")
    a8 = P.act("Engage with services", "Ms McKenna", "As required", "Positive engagement", "AV DV EV")
    P.table(hdr, [[a.t, a.o, a.d, a.e] for a in (a6, a7, a8)],
            top=["Area of concern 3: Aoife's school attendance and caring role"])
    P.h(1, "Core group")
    P.p("**Members:** Ms McKenna, the allocated social worker, Mairead Quinn, Mr Declan Hughes (St "
        "Brigid's College), Mrs Ann Toner (Conor's teacher, Holy Cross Primary), Orla Devlin (health "
        "visitor), Gerard Boyle (Family Support Hub).")
    P.h(1, "Views of the family")
    P.p("Ms McKenna said she accepts the house is not fit for the children and wants help. She asked "
        "that Aoife not be 'blamed' for missing school. Conor and Aoife were not spoken to before the "
        "conference.")
    P.h(1, "Contingency plan")
    P.p("If there is no improvement in the home conditions by the first core group, or the children "
        "are found without food or heating, the Trust will consider placing them with their aunt, "
        "Mrs Bernadette Kelly, and will seek legal advice.")
    return P


PLANS = [p01, p02, p03, p04, p05, p06, p07, p08]

if __name__ == "__main__":
    build([f() for f in PLANS], SET_DIR)
