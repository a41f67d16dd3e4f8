#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of the good-plans labelled set: its plans as data; the rendering,
the checks of the labels and the writing are tests/data/template_sets.py's.

    .venv/bin/python tests/data/good-plans/src/make.py
"""
import sys
from pathlib import Path

SET_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET_DIR.parent))

from template_sets import Plan, build  # noqa: E402


# ====================================================================== data
# Fictional content: every name, address, service and school is invented.
# Every action here is meant to be SMART by the annotation guide, so every label is false.

def g01():
    """Prose: child protection plan written as sentences, each with its own evidence."""
    P = Plan("g01.md", "England - child protection plan from the initial conference, written in prose "
             "(each action a sentence with who, what, when and 'so that' evidence)")
    P.title("Child Protection Plan")
    P.lines([
        ("Child", "Ella Marsden, born 3 May 2019 (6)"),
        ("Parents", "Ms Gemma Marsden and Mr Lee Marsden, 41 Orchard Close, Millbrook"),
        ("Category", "Neglect"),
        ("Initial child protection conference", "16 February 2026"),
        ("Lead social worker", "Ruth Okafor, Millbrook Safeguarding Team"),
        ("Core group", "Ms and Mr Marsden, Ruth Okafor, Kerry Dunn (family support worker), Mrs Akhtar (designated safeguarding lead, Millbrook Primary), Sam Reid (school nurse), Dan Lowe (Compass drug service)"),
        ("First core group", "27 February 2026, then every four weeks"),
        ("Review child protection conference", "14 May 2026, 10am, Millbrook Civic Centre"),
    ])
    P.h(1, "Why Ella needs a child protection plan")
    P.p("Since October Ella's home has been found dirty, with no food in the fridge on three visits "
        "and her bedroom floor covered in rubbish. Ella has been late or absent on 19 days this "
        "term. Ms Marsden has depression and spends much of the day in bed. Mr Marsden smokes "
        "cannabis every evening and was found asleep while Ella was alone in the bath in January.")
    P.h(1, "What is working well")
    P.p("Ella is loved and is proud of her dad's drawings. Mr Marsden takes Ella to school on the "
        "days he is not working. Ms Marsden has asked for help with her mood. Ella's grandmother, "
        "Mrs Pat Marsden, lives two streets away and has Ella for tea on Sundays.")
    P.h(1, "What Ella told us")
    P.p("Ruth saw Ella alone in her bedroom on 10 February. Ella said: 'I don't like my room because "
        "it's messy and I can't find my things.' She said she is hungry when she gets to school and "
        "that she likes it when Daddy does her hair. Her three wishes were a tidy bedroom, 'Mummy to "
        "get up in the mornings' and a sleepover at Nana's.")
    P.h(1, "What Ella's parents said")
    P.p("Ms Marsden said she is ashamed of the house and wants to get better for Ella. Mr Marsden "
        "said he did not think his cannabis use affected Ella but agreed to testing. Both parents "
        "agreed with the plan.")
    P.h(1, "What needs to change for Ella")
    P.h(2, "Ella lives in a clean, safe home with food in the cupboards")
    a1 = P.act("clear the bedroom floor, wash Ella's bedding and put it on her bed", "Ms Marsden", "by 27 February 2026",
               "Ella's bedroom is seen clean with a made bed at the next unannounced visit")
    a2 = P.act("spend two hours at the home making a cleaning and shopping routine with Ms Marsden",
               "Kerry Dunn, family support worker at Millbrook Family Hub", "every Tuesday morning from 24 February 2026",
               "the home scores 4 or more on the Millbrook home conditions tool at three visits in a row before the review conference")
    a3 = P.act("visit Ella at home, with at least one visit each month unannounced, and see Ella alone in her bedroom",
               "Ruth Okafor", "at least every 10 working days",
               "Ella's account of home is recorded in her own words after every visit and shared at each core group")
    P.p(f"{a1.o} will {a1.t} {a1.d}, so that {a1.e}. {a2.o}, will {a2.t} {a2.d}, so that {a2.e}. "
        f"{a3.o} will {a3.t} {a3.d}, so that {a3.e}.")
    P.h(2, "Ella's mum gets treatment for her depression")
    a4 = P.act("see Dr Holt at Millbrook Surgery about her low mood", "Ms Marsden", "by 6 March 2026",
               "she has a treatment plan that she shows to Ruth at the next visit")
    a5 = P.act("go with Ms Marsden to her first Millbrook Talking Therapies appointment", "Kerry Dunn",
               "on 12 March 2026", "Ms Marsden has started her therapy sessions before the review conference")
    P.p(f"{a4.o} will {a4.t} {a4.d}, so that {a4.e}. {a5.o} will {a5.t} {a5.d}, so that {a5.e}.")
    P.h(2, "Ella is in school every day, on time and having had breakfast")
    a6 = P.act("walk Ella to school by 8:45am", "Mr Marsden", "every Monday, Wednesday and Friday from 23 February 2026",
               "Ella's attendance is 95% or more for the rest of the spring term (school register)")
    a7 = P.act("check the register by 9:15am and phone Ms Marsden by 9:30am if Ella is not in",
               "Mrs Akhtar, the designated safeguarding lead at Millbrook Primary", "Every school day",
               "every absence is followed up the same morning and logged for each core group")
    a8 = P.act("book Ella a free place at the Millbrook Primary breakfast club", "Mrs Akhtar", "by 20 February 2026",
               "Ella is on the breakfast club register from 23 February 2026")
    P.p(f"{a6.o} will {a6.t} {a6.d}, so that {a6.e}. {a7.d}, {a7.o}, will {a7.t}, so that {a7.e}. "
        f"{a8.o} will {a8.t} {a8.d}, so that {a8.e}.")
    P.h(2, "Ella is never cared for by an adult who is under the influence of cannabis")
    a9 = P.act("give a urine test at the Compass drug service", "Mr Marsden", "every week from 2 March 2026",
               "the core group sees four negative results in a row before the review conference")
    P.p(f"{a9.o} will {a9.t} {a9.d}, so that {a9.e}.")
    P.h(1, "Contingency plan")
    P.p("If Ella is found alone with a parent who is under the influence, or the home is found in "
        "the same state at two visits in a row, Ella will stay with Mrs Pat Marsden and the team "
        "manager will hold a legal planning meeting within five working days.")
    P.h(1, "Review")
    P.p("Review child protection conference: 14 May 2026.")
    return P


def g02():
    """Signs of Safety in Word: danger statement, scaling table, goals with next steps, rules."""
    P = Plan("g02.docx", "Signs of Safety - child protection plan in Word (danger statement, scaling table, "
             "specific safety goals with next steps, rules with their purpose, Three Houses)")
    P.title("Child Protection Plan", "Signs of Safety")
    P.kv([
        ("Children", "Noah Whitaker (9) and Freya Whitaker (2)"), ("Category", "Physical abuse"),
        ("Mum", "Laura Whitaker, 8 Mill Lane, Brookfield"), ("Dad", "Craig Whitaker, lives with his mother"),
        ("Lead social worker", "Femi Adeyemi, Brookfield Child Protection Team"), ("Plan agreed", "first core group, 6 March 2026"),
        ("Core group meetings", "every four weeks from 6 March 2026"), ("Review child protection conference", "20 May 2026"),
    ], title="About this plan", cols=4)
    P.h(1, "What are we worried about?")
    P.h(2, "Harm")
    P.p("On 2 February Noah went to school with belt marks on his legs. He told his teacher that his "
        "dad hit him with a belt because he would not go to bed.")
    P.h(2, "Danger statement")
    P.p("Femi, Mrs Green (Noah's teacher) and the police are worried that if Craig loses his temper "
        "again when Noah misbehaves, Noah or Freya could be badly hurt, and Noah will grow up afraid "
        "of his dad.")
    P.h(1, "What's working well?")
    P.p("Laura asked Craig to leave the house the same day. Nana Sue (Craig's mother) has offered to "
        "supervise every contact. Craig admits hitting Noah and has asked for help. Freya is healthy "
        "and meeting her milestones.")
    P.h(1, "Safety scale")
    P.p("0 means the children cannot safely see their dad at all; 10 means everyone is confident "
        "the children are safe enough for the plan to end.")
    P.table(["Person", "Score"], [["Laura", "6"], ["Craig", "7"], ["Nana Sue", "6"], ["Mrs Green", "4"], ["Femi Adeyemi", "3"]])
    P.h(1, "What needs to happen?")
    g1 = ("Noah and Freya are only with their dad when Nana Sue is there to supervise, every contact is "
          "recorded on the contact sheet, and Noah says at every visit that no one has hit him, for at "
          "least six months")
    P.h(2, "Safety goal 1")
    P.p(g1 + ".")
    s1 = P.act("see the children from 10am to 1pm at Nana Sue's house, with Nana Sue in the room throughout",
               "Craig", "Every Saturday", g1)
    s2 = P.act("fill in the contact sheet and send a photo of it to Femi the same day", "Nana Sue", "After each visit", g1)
    s3 = P.act("see Noah on his own at school and at home, and see Freya at home", "Femi",
               "at least every two weeks", g1)
    s4 = P.act("do a Three Houses session with Noah and share his drawings with Femi within a week",
               "Mrs Green, Noah's class teacher at Brookfield Primary", "Each half term", g1)
    P.bullets([
        f"{s1.d}, {s1.o} will {s1.t}.",
        f"{s2.d}, {s2.o} will {s2.t}.",
        f"{s3.o} will {s3.t} {s3.d}, with at least one unannounced home visit each month.",
        f"{s4.d}, {s4.o}, will {s4.t}.",
    ])
    g2 = ("Craig uses calm ways to manage Noah's behaviour, shown by the Calmer Dads facilitator's report "
          "of full attendance by 7 May 2026 and Nana Sue's contact sheets showing no shouting or smacking "
          "at any contact")
    P.h(2, "Safety goal 2")
    P.p(g2 + ".")
    s5 = P.act("go to the Calmer Dads group at Brookfield Family Centre", "Craig",
               "every Thursday evening from 5 March 2026 until the course ends on 7 May 2026", g2)
    s6 = P.act("agree a written list of house rules and rewards for Noah with Femi", "Laura and Craig",
               "by 13 March 2026", g2)
    P.bullets([
        f"{s5.o} will {s5.t} {s5.d}.",
        f"{s6.o} will {s6.t} {s6.d}.",
    ])
    P.h(1, "Our safety rules")
    rg = "Noah and Freya are never hit or smacked by anyone"
    P.p(f"Laura and Craig agreed these rules so that {rg}.")
    r1 = P.act("use time-out on the stairs, not smacking, when Noah breaks a rule", "Craig", "At every contact", rg)
    r2 = P.act("keep the door shut and phone the police", "Laura", "straight away", rg)
    P.bullets([
        f"{r1.d}, {r1.o} will {r1.t}.",
        f"If Craig comes to Laura's house, {r2.o} will {r2.t} {r2.d}.",
    ])
    P.h(1, "What Noah and Freya say and show us")
    P.p("In his house of worries Noah drew the belt and wrote 'Dad's angry face'. In his house of "
        "good things he drew Nana Sue's garden and his bike. In his house of dreams he wrote 'see Dad "
        "but no hitting'. Freya is two; at Femi's visit on 24 February she played with her dolls, "
        "went to her mum for a cuddle when the doorbell rang, and ate her tea in her high chair.")
    P.h(1, "What Laura and Craig say")
    P.p("Laura wants the children to keep seeing their dad safely. Craig said he is ashamed and wants "
        "to learn 'another way' with Noah.")
    P.h(1, "What happens if the rules are broken")
    P.p("If Craig sees the children without Nana Sue there, or any child has an unexplained mark, "
        "contact will stop until a strategy discussion has been held, which Femi will arrange the "
        "same day, and the team manager will seek legal advice.")
    P.h(1, "Review")
    P.kv([("Review child protection conference", "20 May 2026, Brookfield Children's Centre")])
    return P


def g03():
    """Table layout in Word: a table per outcome, every row with its own evidence."""
    P = Plan("g03.docx", "England - child protection plan in Word, a table per outcome (merged outcome row; "
             "What will be done / Who / By when / How we will know)")
    P.title("Child Protection Plan", "Initial child protection conference, 23 February 2026")
    P.kv([
        ("Child", "Amir Hassan"), ("Date of birth", "14/08/2021 (4)"),
        ("Parents", "Ms Hannah Clarke and Mr Lewis Hassan"), ("Category", "Physical abuse"),
        ("Lead social worker", "Sophie Marr, Oakfield Safeguarding Team"), ("Conference chair", "Graham Lyle"),
        ("First core group", "6 March 2026"), ("Review child protection conference", "21 May 2026"),
    ], title="Details of the plan", cols=4)
    P.h(1, "Why Amir needs a child protection plan")
    P.p("Nursery staff saw bruises on Amir's upper arms on two Mondays in January. A child "
        "protection medical found finger-tip bruising that the paediatrician said was likely to have "
        "been caused by an adult gripping him. Ms Clarke and Mr Hassan say Amir has tantrums and that "
        "they hold him to stop him hitting himself.")
    P.h(1, "What is working well")
    P.p("Amir goes to Little Oaks Nursery four days a week and is happy there. Both parents came to "
        "every meeting and agreed to a parenting course. Amir's speech is good for his age.")
    P.h(1, "The plan")
    hdr = ["What will be done", "Who", "By when", "How we will know"]
    a1 = P.act("Record any mark or bruise seen on Amir on the nursery body map and phone the social worker the same day",
               "Mrs Joanne Wells (manager, Little Oaks Nursery)", "every nursery day",
               "Body maps and phone log checked at each core group; every mark followed up by the social worker within 24 hours")
    a2 = P.act("Visit Amir at home, with at least one visit a month unannounced, and spend time alone with him in his bedroom, playing and talking",
               "Sophie Marr (lead social worker)", "every 10 working days",
               "Each visit recorded with what Amir said and did, and shared at each core group")
    a3 = P.act("Arrange a child protection medical for any new unexplained injury", "Sophie Marr (lead social worker)",
               "within 24 hours of the injury being seen", "Every new injury has a paediatric opinion on Amir's file within 24 hours")
    P.table(hdr, [[a.t, a.o, a.d, a.e] for a in (a1, a2, a3)],
            top=["Outcome 1: Amir is not hurt at home: no unexplained bruises or injuries are seen before the review conference"])
    a4 = P.act("Complete the Incredible Years parenting course at Oakfield Children's Centre",
               "Ms Hannah Clarke and Mr Lewis Hassan", "Mondays, 2 March to 4 May 2026",
               "The course register shows at least 9 of 10 sessions attended by each parent, and the course leader's report is shared with the core group by 11 May 2026")
    a5 = P.act("Show Ms Clarke and Mr Hassan how to use a calm-down corner and praise chart at home, and watch them use it at two home visits",
               "Dawn Pike (family support worker, Oakfield Children's Centre)", "by 31 March 2026",
               "Both parents seen using the calm-down corner and praise chart at two visits, recorded by Dawn Pike")
    P.table(hdr, [[a.t, a.o, a.d, a.e] for a in (a4, a5)],
            top=["Outcome 2: Amir's parents use safe ways to calm him when he is upset"])
    a6 = P.act("Complete Amir's development review, including his hearing and speech", "Tom Baxter (health visitor)",
               "by 20 March 2026", "Review done and the results shared with both parents and the core group by 27 March 2026")
    a7 = P.act("Take Amir to the dentist and to his hearing test at Oakfield Health Centre", "Ms Hannah Clarke",
               "by 30 April 2026", "The health visitor confirms both appointments were attended")
    P.table(hdr, [[a.t, a.o, a.d, a.e] for a in (a6, a7)],
            top=["Outcome 3: Amir's health and development are checked and on track"])
    P.h(1, "What Amir's life is like")
    P.p("Amir is four. He told Sophie 'Daddy squeezes when I'm naughty' and that he likes 'the "
        "dinosaur room' at nursery best. At home he plays with his train set and brings his mum "
        "books to read. Nursery staff see him arrive clean and fed and run in happily.")
    P.h(1, "What Amir's parents said")
    P.p("Ms Clarke said she had not realised how hard Mr Hassan was holding Amir. Mr Hassan said he "
        "panics when Amir bangs his head and wants to learn other ways.")
    P.h(1, "Contingency plan")
    P.p("If Amir has another unexplained injury, or either parent does not take part in the "
        "parenting course, a strategy discussion will be held the same day and the team manager will "
        "consider whether Amir should stay with his aunt, Mrs Sara Hassan, while legal advice is "
        "taken.")
    P.h(1, "Review")
    P.p("Review child protection conference: 21 May 2026.")
    return P


def g04():
    """Table layout in Markdown: Welsh care and support protection plan, every action SMART."""
    P = Plan("g04.md", "Wales - care and support protection plan in Markdown (personal outcomes in the "
             "child's words with a score; What will be done / Who will do it / When / How we will measure progress)")
    P.title("Care and Support Protection Plan")
    P.kv([
        ("Child", "Tomos Jenkins, born 8 November 2013 (12)"),
        ("Father", "Mr Rhys Jenkins, 17 Heol y Bryn, Glanafon"),
        ("Name placed on the child protection register", "17 February 2026"),
        ("Category of registration", "Neglect"),
        ("Care and support protection plan co-ordinator (social worker)", "Carys Bowen, Glanafon Children's Services"),
        ("Core group meetings", "first on 2 March 2026, then every four weeks"),
        ("Date of next review conference", "19 May 2026"),
    ], title="Details")
    P.h(1, "The risks of harm to Tomos")
    P.p("Tomos lives with his dad, who has severe depression and has stayed in bed for most of the "
        "last three months. There is often no food in the house and Tomos has missed 40% of school "
        "this year. He has been going to the shop on his own late at night to buy food.")
    P.h(1, "What matters to Tomos")
    P.p("Tomos told Carys: 'I want Dad to be well and not stay in bed all day. I want to go back to "
        "school and see my mates. I don't want to go into care.' He gives home a 3 out of 10.")
    P.h(1, "What matters to Tomos's dad")
    P.p("Mr Jenkins said he loves Tomos and feels he has let him down. He wants help with his "
        "depression and agreed to every part of this plan.")
    P.h(1, "Personal outcomes and what will be done")
    hdr = ["What will be done", "Who will do it", "When", "How we will measure progress"]
    P.h(2, "Outcome 1: 'I want Dad to be well and not stay in bed all day.'")
    P.p("How Tomos scores this now: 3 out of 10 (17 February 2026).")
    a1 = P.act("Go to his appointment with the community mental health team and agree a care and treatment plan",
               "Mr Rhys Jenkins", "on 10 March 2026", "Care and treatment plan agreed and shared with the core group by 24 March 2026")
    a2 = P.act("Visit Mr Jenkins at home and check he is taking his medication as prescribed",
               "Alys Hughes (community psychiatric nurse)", "every week from 3 March 2026",
               "Medication record checked at each visit and reported to each core group")
    a3 = P.act("See Tomos on his own at home or at school, including at least one unannounced home visit each month, and record what he says in his own words",
               "Carys Bowen (care and support protection co-ordinator)", "at least every 10 working days",
               "Tomos's words and his score out of 10 recorded after every visit and shared at each core group")
    P.table(hdr, [[a.t, a.o, a.d, a.e] for a in (a1, a2, a3)])
    P.h(2, "Outcome 2: 'I want to go back to school and see my mates.'")
    P.p("How Tomos scores this now: 4 out of 10.")
    a4 = P.act("Collect Tomos from home at 8:20am and take him to the school's Hafan base",
               "Mr Gwyn Evans (learning coach, Ysgol Uwchradd Glanafon)", "every school day for four weeks from 2 March 2026",
               "Tomos's attendance is 85% or more by the review conference (school register)")
    a5 = P.act("Agree a part-time timetable with Tomos and Mr Jenkins that builds up to full time",
               "Mrs Ffion Roberts (head of Year 8)", "by 6 March 2026",
               "Written timetable in place on 6 March and Tomos in all lessons by 1 May 2026")
    P.table(hdr, [[a.t, a.o, a.d, a.e] for a in (a4, a5)])
    P.h(2, "Outcome 3: 'I want there to be food in the fridge and clean clothes.'")
    P.p("How Tomos scores this now: 2 out of 10.")
    a6 = P.act("Set up a fortnightly online food delivery paid from Mr Jenkins's benefits and check the fridge and cupboards at each visit",
               "Owain Price (family support worker)", "by 27 February 2026, then at each visit",
               "Food seen in the fridge and cupboards at every visit")
    a7 = P.act("Wash Tomos's school uniform and PE kit", "Mr Rhys Jenkins", "every Sunday and Wednesday evening",
               "Tomos arrives at school in clean uniform on at least 4 days out of 5 (school log)")
    P.table(hdr, [[a.t, a.o, a.d, a.e] for a in (a6, a7)])
    P.h(1, "Contingency plan")
    P.p("If Tomos is found out alone late at night, or there is no food in the house at two visits "
        "in a row, Tomos will stay with his aunt, Mrs Nia Lewis, while an early review conference is "
        "arranged within 15 working days.")
    return P


PLANS = [g01, g02, g03, g04]

if __name__ == "__main__":
    build([f() for f in PLANS], SET_DIR)
