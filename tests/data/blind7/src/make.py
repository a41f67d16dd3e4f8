#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of the blind7 labelled set: its plans as data; the rendering,
the checks of the labels and the writing are tests/data/template_sets.py's.

    .venv/bin/python tests/data/blind7/src/make.py
"""
import sys
from pathlib import Path

SET_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET_DIR.parent))

from template_sets import Plan, build  # noqa: E402


# ====================================================================== data
# Fictional content: every name, address, service and school is invented.

def p01():
    """England: child in need plan at its first four-weekly review (Word)."""
    P = Plan("b7-01.docx", "England - child in need plan at a review meeting (a table per need with "
             "merged Need / Outcome rows, What needs to happen / Who will do it / By when / Date completed / "
             "Comments, and a merged 'We will know this is achieved when' row)")
    P.title("Child in Need Plan", "Child in need review meeting, 3 March 2026")
    P.kv([
        ("Child", "Jayden Okafor"), ("Date of birth", "21/01/2014 (12)"),
        ("Parent", "Ms Blessing Okafor (mother)"), ("Address", "Flat 6, Linden Court, Marlow Park"),
        ("Social worker", "Hannah Greaves"), ("Team", "Marlow Park Children in Need Team"),
        ("Date plan started", "2 February 2026"), ("Review number", "1 (reviews every 4 weeks)"),
        ("Next review meeting", "31 March 2026"), ("Plan expected to end", "27 April 2026 (12-week plan)"),
    ], title="About this plan", cols=4)
    P.h(1, "Why Jayden has a child in need plan")
    P.p("Jayden was found by police in Marlow Park at 1am in January with a group of older young "
        "people, one of whom was carrying a knife. He was excluded from school for three days after "
        "a fight. Ms Okafor works two jobs and the family are behind with the gas and electricity "
        "bills.")
    P.h(1, "What Jayden says")
    P.p("Jayden said the older boys 'look out for me' and that he goes to the park because 'there's "
        "nothing to do at home'. He said he would like to do boxing and that he does not want to be "
        "excluded again because his mum 'cried for two days'.")
    P.h(1, "What Mum says")
    P.p("Ms Okafor is frightened that Jayden will be stabbed. She said she cannot be at home in the "
        "evenings because of her cleaning job and she wants help to make the money stretch.")
    P.h(1, "The plan")
    hdr = ["What needs to happen", "Who will do it", "By when", "Date completed", "Comments"]
    e1 = ("Jayden has been home by 9pm every night for four weeks in a row (Mum's log) and there are no "
          "police reports of him in Marlow Park after dark")
    a1 = P.act("Meet Jayden after school every Tuesday at the youth hub for the six-week Safe Choices programme",
               "Tom Ashworth (youth worker, Marlow Park Youth Hub)", "Tuesdays, 3 February to 10 March 2026", e1)
    a2 = P.act("Keep a log of the time Jayden comes in each night and show it to Hannah at each visit",
               "Ms Okafor", "every night", e1)
    a3 = P.act("Share any police information about Jayden with Hannah", "PC Sarah Lund (Marlow Park neighbourhood policing team)",
               "within one working day of any contact", e1)
    a4 = P.act("Find Jayden a place at the Tuesday and Thursday evening boxing sessions at Linden Boxing Club and pay the first term's fees",
               "Hannah Greaves (social worker)", "by 13 March 2026", e1)
    a5 = P.act("Be aware of who Jayden is spending time with", "All professionals", "Throughout the plan", e1, "OV AV DV")
    P.table(hdr, [
        [a1.t, a1.o, a1.d, "", "4 of 6 sessions done"],
        [a2.t, a2.o, a2.d, "", "Log kept since 9 February"],
        [a3.t, a3.o, a3.d, "", ""],
        [a4.t, a4.o, a4.d, "", "Club has a space from 17 March"],
        [a5.t, a5.o, a5.d, "", ""],
    ], top=["Need 1: Jayden's safety outside the home",
            "Outcome: Jayden is home by 9pm every night and is not found with the older group in Marlow Park."],
       bottom=[f"We will know this is achieved when: {e1}."])
    g2 = "Jayden stays in school and is not excluded again"
    a6 = P.act("Hold a reintegration meeting with Jayden and Ms Okafor after his exclusion and agree a report card",
               "Mrs Diane Holt (assistant head, Marlow Park Academy)", "by 6 February 2026", g2)
    a7 = P.act("Carry out an assessment of Jayden's learning needs", "SENCo", None, g2, "DM")
    a8 = P.act("Support Jayden in school", "Education", "Ongoing", g2, "OV AV DV")
    P.table(hdr, [
        [a6.t, a6.o, a6.d, "5 February 2026", "Report card in place"],
        [a7.t, a7.o, a7.d, "", ""],
        [a8.t, a8.o, a8.d, "", ""],
    ], top=["Need 2: Jayden's education", f"Outcome: {g2}."])
    e3 = ("the gas and electricity arrears are cleared or on a repayment plan, and the family have a "
          "debt advice plan in place by the next review")
    a9 = P.act("Apply for a Household Support Fund payment for the gas and electricity arrears",
               "Hannah Greaves (social worker)", "by 13 February 2026", e3)
    a10 = P.act("Go to the Marlow Park Citizens Advice drop-in with her letters about the rent arrears",
                "Ms Okafor", "by 27 February 2026", e3)
    P.table(hdr, [
        [a9.t, a9.o, a9.d, "12 February 2026", "£300 awarded"],
        [a10.t, a10.o, a10.d, "", "Not yet: Ms Okafor was unwell"],
    ], top=["Need 3: Home and money", "Outcome: The family can pay the bills."],
       bottom=[f"We will know this is achieved when: {e3}."])
    P.h(1, "What will happen if things do not improve")
    P.p("If Jayden is found in the park after dark again, is missing overnight, or is excluded "
        "again, Hannah will ask her manager to hold a strategy discussion about possible "
        "exploitation, and the plan may move to a child protection conference.")
    P.table(["Agreed by", "Signature", "Date"], [
        ["Ms Blessing Okafor", "B. Okafor", "3 March 2026"],
        ["Jayden Okafor", "Jayden", "3 March 2026"],
        ["Hannah Greaves, social worker", "H. Greaves", "3 March 2026"],
    ])
    return P


def p02():
    """England: written agreement letter addressed to a parent ("You will ...")."""
    P = Plan("b7-02.md", "England - written agreement letter addressed to a parent (Grounds for concern; "
             "'The Local Authority expects that you will'; support; 'We will know things are improving when'; "
             "consequences; review; signatures)")
    P.p("**Westbrook Council Children's Services**  \nHollin Lane Office, Westbrook")
    P.p("Ms Kasia Nowak  \n12 Fern Street  \nWestbrook")
    P.p("16 February 2026")
    P.p("Dear Ms Nowak,")
    P.title("Written Agreement")
    P.lines([
        ("Name of child", "Maja Nowak"),
        ("Date of birth", "08/07/2020"),
        ("Legal status", "Child in need (section 17 Children Act 1989)"),
        ("Social worker", "Dan Fairbairn"),
    ])
    P.p("The purpose of this letter is to make clear the worries the Local Authority has about Maja "
        "and what we expect you to do about them. We want to work with you to keep Maja safe at home "
        "with you.")
    P.h(1, "Grounds for concern")
    P.p("The Local Authority believes that Mr Ryan Cole, your former partner, assaulted you in front "
        "of Maja on 31 January 2026, and that Maja saw him push you down the stairs. Mr Cole has "
        "been charged and has bail conditions not to contact you. Maja has been wetting the bed and "
        "hiding under the table at nursery when men come into the room.")
    P.h(1, "What we expect you to do")
    P.p("The Local Authority expects that you will do the following:")
    ev = ("Maja tells Dan and her nursery key worker that she has not seen Ryan, and no home visit or "
          "police check finds Mr Cole at your home, for the three months of this agreement")
    a1 = P.act("not let Mr Ryan Cole into your home or let him have any contact with Maja", "You", "from today", ev)
    a2 = P.act("call the police on 999", "you", "straight away", ev)
    a3 = P.act("take Maja to Little Acorns Nursery", "You", "on Monday, Tuesday and Thursday mornings", ev)
    a4 = P.act("be open and honest with professionals", "You", None, ev, "AV DM")
    a5 = P.act("go to the Freedom Programme at Westbrook Women's Centre", "You", "every Wednesday from 4 March 2026", ev)
    P.bullets([
        f"{a1.o} will {a1.t}, {a1.d}.",
        f"If Mr Cole comes to the house, {a2.o} will {a2.t} {a2.d}.",
        f"{a3.o} will {a3.t} {a3.d}.",
        f"{a4.o} will {a4.t}.",
        f"{a5.o} will {a5.t} {a5.d}.",
    ])
    P.p(f"We will know things are improving when {ev}.")
    P.h(1, "What we will do to help you")
    P.p("The Local Authority will provide the following support to you:")
    a6 = P.act("visit you and Maja at home", "Dan Fairbairn, your social worker", "every two weeks", None, "EM")
    a7 = P.act("apply for a place for Maja at the Little Acorns holiday club", "Dan", "by 20 March 2026",
               "you can keep going to the Freedom Programme in the school holidays")
    a8 = P.act("offer support", "Other agencies", "as needed", None, "OV AV DV EM")
    P.bullets([
        f"{a6.o}, will {a6.t} {a6.d}.",
        f"{a7.o} will {a7.t} {a7.d}, so that {a7.e}.",
        f"{a8.o} will {a8.t} {a8.d}.",
    ])
    P.h(1, "What Maja has told us")
    P.p("Dan saw Maja on her own at nursery on 10 February. She drew a picture of her house with "
        "'Mummy and me and Biscuit' (the cat) and said 'Ryan is not allowed'. She said she likes it "
        "when Mummy reads the dinosaur book at bedtime and that she gets scared when there is "
        "shouting.")
    P.h(1, "What will happen if this agreement is not kept")
    P.p("If Mr Cole is found at your home, or Maja tells us she has seen him, it may be necessary for "
        "the Local Authority to seek legal advice about Maja's safety. This could lead to a child "
        "protection conference or to the Local Authority asking the court to decide where Maja "
        "should live.")
    P.h(1, "Review of this agreement")
    P.p("This written agreement will be reviewed no later than 18 May 2026. You are invited to the "
        "review meeting. The review looks at what has happened since this agreement was made, and at "
        "your views and Maja's.")
    P.p("If you want to talk about this agreement, please contact Dan Fairbairn, Maja's social "
        "worker, at the Hollin Lane office.")
    P.p("Yours sincerely,")
    P.table(["Signed", "Name", "Date"], [
        [" ", "Kasia Nowak (parent)", " "],
        [" ", "Dan Fairbairn (social worker)", "16/02/2026"],
        [" ", "Joanne Pike (team manager)", "16/02/2026"],
    ])
    return P


def p03():
    """Scotland: child protection plan recorded at a child protection planning meeting (Word, LibreOffice)."""
    P = Plan("b7-03.docx", "Scotland - child protection plan from a child protection planning meeting "
             "(National Guidance 2021 terms; one table Risk or need / Action / Lead / Timescale / "
             "Measurable outcome)", lo=True)
    P.title("Child Protection Planning Meeting", "Child Protection Plan")
    P.kv([
        ("Child", "Leo Sinclair"), ("Date of birth", "12/12/2022 (3)"),
        ("Mother", "Ms Kirsty Sinclair"), ("Mother's partner", "Mr Dean Paterson"),
        ("Date of CPPM", "10 February 2026 (initial)"), ("Name placed on the child protection register", "Yes, 10 February 2026"),
        ("Lead professional", "Euan Baird, social worker, Strathmore Children and Families Social Work"),
        ("Named person", "Morag Fleming, health visitor"),
        ("First core group", "24 February 2026"), ("Review CPPM", "5 May 2026"),
        ("Referral to the Principal Reporter", "Yes, made 11 February 2026"),
    ], title="Details", cols=4)
    P.h(1, "Risks identified")
    P.p("On 27 January a neighbour found Leo alone in the flat at 10pm; Ms Sinclair and Mr Paterson "
        "had gone to the pub. Both adults drink heavily at weekends. Police have attended three "
        "reports of arguments between them since November. Leo's speech is behind for his age and "
        "he has missed a third of his nursery sessions.")
    P.h(1, "Protective factors")
    P.p("Ms Sinclair's mother, Mrs Ann Sinclair, lives nearby and has looked after Leo every Sunday "
        "since he was born. Ms Sinclair has asked for help with her drinking.")
    P.h(1, "Views of Leo")
    P.p("Leo is three and has few words. At nursery staff see him play happily with the cars and "
        "run to his gran at pick-up. On Mondays he is often tired, hungry and clingy. When the "
        "social worker visited on 5 February he showed her his bed and said 'Mummy out'.")
    P.h(1, "Views of parents and carers")
    P.p("Ms Sinclair said leaving Leo was 'the worst thing I've ever done' and that it will not "
        "happen again. Mr Paterson said he does not have a drink problem and does not want to do "
        "breath tests.")
    P.h(1, "The Child Protection Plan")
    hdr = ["Risk or need", "Action", "Lead", "Timescale", "Measurable outcome"]
    r1, r2, r3, r4, r5 = ("Leo was left alone in the flat", "Alcohol use", "Domestic abuse between the adults",
                          "Leo's development and speech", "Home conditions")
    a1 = P.act("Agree in writing who will look after Leo whenever Ms Sinclair goes out, and give the list to the lead professional",
               "Ms Kirsty Sinclair", "by 17 February 2026",
               "Named carers list held on file; Leo not found alone at any unannounced visit")
    a2 = P.act("Visit unannounced, including some evenings and weekends, and see Leo in his bedroom",
               "Euan Baird (lead professional)", "weekly until the review CPPM",
               "Every visit recorded, with where Leo was and who was caring for him")
    a3 = P.act("Attend an assessment at the Strathmore alcohol and drug service and agree a recovery plan",
               "Ms Kirsty Sinclair", "assessment on 19 February 2026", "Recovery plan shared with the core group by 3 March 2026")
    a4 = P.act("Give a breath test at each home visit", "Ms Kirsty Sinclair and Mr Dean Paterson", "at every visit", None, "EM")
    a5 = P.act("Carry out a domestic abuse risk assessment and tell the core group if a MARAC referral is made",
               "Police Scotland (PC Jamie Ross)", "within 10 days",
               "Risk assessment outcome reported to the core group on 24 February 2026")
    a6 = P.act("Work with Dean on his behaviour", "Relevant services", "TBC", "Dean is less angry", "OV AV DV EV")
    a7 = P.act("Assess Leo's speech at nursery and refer him to speech and language therapy if he is below the expected level",
               "Morag Fleming (health visitor)", "by 13 March 2026",
               "Assessment done and, if needed, referral accepted by the review CPPM")
    a8 = P.act("Take Leo to nursery every morning", "Parents", "every weekday", "Leo's nursery attendance improves", "EV")
    a9 = P.act("Collect Leo from nursery on Mondays and Wednesdays and give him his tea", "Mrs Ann Sinclair (grandmother)",
               "every Monday and Wednesday", "Nursery sign-out sheet shows Mrs Sinclair collecting on those days")
    a10 = P.act("Tidy the flat", "Mr Dean Paterson", "In due course", None, "AV DV EM")
    P.table(hdr, [
        [r1, a1.t, a1.o, a1.d, a1.e],
        [r1, a2.t, a2.o, a2.d, a2.e],
        [r2, a3.t, a3.o, a3.d, a3.e],
        [r2, a4.t, a4.o, a4.d, a4.e],
        [r3, a5.t, a5.o, a5.d, a5.e],
        [r3, a6.t, a6.o, a6.d, a6.e],
        [r4, a7.t, a7.o, a7.d, a7.e],
        [r4, a8.t, a8.o, a8.d, a8.e],
        [r4, a9.t, a9.o, a9.d, a9.e],
        [r5, a10.t, a10.o, a10.d, a10.e],
    ])
    P.h(1, "Contingency plan")
    P.p("If Leo is found alone again, or either adult is found caring for him while drunk, the lead "
        "professional will arrange for Leo to stay with Mrs Ann Sinclair and will ask the Reporter "
        "to arrange an urgent hearing; a review CPPM will be held within 10 days.")
    P.h(1, "Core group")
    P.p("**Members:** Ms Sinclair, Mr Paterson, Mrs Ann Sinclair, Euan Baird, Morag Fleming, Mrs Lynne "
        "Gibb (Strathmore Nursery), PC Jamie Ross. **Meetings:** first on 24 February 2026, then "
        "every four weeks.")
    return P


def p04():
    """England: step-down plan from a child protection plan to early help (form with domains)."""
    P = Plan("b7-04.md", "England - step-down plan from CP to early help (header as on the form, Family "
             "Details table, per domain Strengths and needs, Plan table Needs / Actions / People responsible / "
             "Outcomes / Completion date, Score)", plan_codes="L")
    P.title("Early Help – Step-Down Plan from CIN or CP")
    P.lines([
        ("Family name and case file number", "Doherty, LL 775120"),
        ("Main address of family", "3 Orchard Row, Hatherley"),
        ("Start date of original assessment", "14 July 2025"),
        ("What type of plan did this require?", "CP"),
        ("Time period of original plan", "8 September 2025 to 9 February 2026"),
        ("Date of step-down meeting", "16 February 2026"),
        ("Lead practitioner for the early help plan", "to be confirmed at the first TAF meeting"),
        ("First TAF review", "30 March 2026"),
    ])
    P.h(1, "Family details")
    P.table(["Last name", "First name", "Relationship", "DOB"], [
        ["Doherty", "Siobhan", "Mum", "12/05/1990"],
        ["Doherty", "Patrick", "Dad", "03/11/1988"],
        ["Doherty", "Niamh", "Daughter", "22/06/2015"],
        ["Doherty", "Ollie", "Son", "09/01/2019"],
    ])
    P.h(1, "Reason for original Child in Need or Child Protection Plan")
    P.p("Niamh and Ollie were made subject to child protection plans under the category of emotional "
        "abuse in September 2025 after police were called to four arguments between their parents, "
        "one of which Ollie tried to stop. Since then both parents have been going to the Parents as "
        "Partners course, there have been no police call-outs since October and the review conference on 9 "
        "February 2026 ended the plans.")
    P.h(1, "What Niamh and Ollie think")
    P.p("Niamh (10) said home is 'loads better' and she wants to keep going to her drama club. Ollie "
        "(7) said he still does not like it when his mum and dad 'use loud voices' and that his "
        "bedroom smells funny.")
    hdr = ["Needs", "Actions", "People responsible", "Outcomes", "Completion date"]
    P.h(1, "1) Family and environment")
    P.h(2, "1a) Family, parenting and household relationships")
    P.p("**Strengths and needs:** Mr and Mrs Doherty have used their 'time out' plan on the three "
        "occasions they started to argue in January. They still have four sessions of the Parents as "
        "Partners course left.")
    P.p("**Plan:**")
    n1 = "Mum and Dad still argue in front of the children"
    a1 = P.act("Finish the last four sessions of the Parents as Partners course", "Mr and Mrs Doherty", "by 30 March 2026",
               "No police call-outs to the home and both children's worry scores at 3 or lower by the TAF review")
    a2 = P.act("Keep up the good work", "Family", "Ongoing", "Things stay calm", "OV AV DV EV")
    P.table(hdr, [[n1, a1.t, a1.o, a1.e, a1.d], [n1, a2.t, a2.o, a2.e, a2.d]])
    P.p("**Score:** 3")
    P.h(2, "1b) Accommodation")
    P.p("**Strengths and needs:** The house is warm and tidy. There is black mould on the outside "
        "wall of Ollie's bedroom.")
    P.p("**Plan:**")
    n2 = "Damp in Ollie's bedroom"
    a3 = P.act("Report the damp to Hatherley Housing and ask for an inspection", "Mrs Doherty", "by 23 February 2026",
               "Inspection date given and damp treated by 30 April 2026")
    a4 = P.act("Move Ollie's bed away from the outside wall until the repair is done", "Mr Doherty", "by 20 February 2026",
               None, "EM")
    P.table(hdr, [[n2, a3.t, a3.o, a3.e, a3.d], [n2, a4.t, a4.o, a4.e, a4.d]])
    P.p("**Score:** 2")
    P.h(2, "1c) Income and finance")
    P.p("**Strengths and needs:** Mr Doherty is working full time. The family owe £640 in rent.")
    P.p("**Plan:**")
    n3 = "Rent arrears of £640"
    a5 = P.act("Go to Hatherley Money Advice with the rent statements and agree a repayment plan", "Mrs Doherty",
               "appointment on 2 March 2026", "Repayment plan agreed and first payment made by 31 March 2026")
    P.table(hdr, [[n3, a5.t, a5.o, a5.e, a5.d]])
    P.p("**Score:** 3")
    P.h(1, "2) Child's development")
    P.h(2, "2a) Health")
    P.p("**Strengths and needs:** Both children are registered with Hatherley Surgery and the "
        "dentist. Niamh's asthma review is overdue.")
    P.p("**Plan:**")
    n4 = "Niamh's asthma review is overdue"
    a6 = P.act("Book and attend Niamh's asthma review at Hatherley Surgery", "Mrs Doherty", "by 13 March 2026",
               "Niamh has an up-to-date asthma plan, copied to school")
    P.table(hdr, [[n4, a6.t, a6.o, a6.e, a6.d]])
    P.p("**Score:** 4")
    P.h(2, "2b) Education")
    P.p("**Strengths and needs:** Niamh's attendance is 97%. Ollie has been sent out of class five "
        "times this half term.")
    P.p("**Plan:**")
    n5 = "Ollie's behaviour at school"
    a7 = P.act("Continue to monitor Ollie in class", "Class teacher (Miss Evans)", "every day", "Ollie is settled", "AV EV")
    a8 = P.act("Hold a meeting with Mr and Mrs Doherty to agree a behaviour support plan for Ollie",
               "Mrs Patel (SENCo, Hatherley Primary)", None,
               "Behaviour support plan in place and shared with both parents", "DM")
    a9 = P.act("Keep a home-school book for Ollie and write in it at the end of each day",
               "Miss Evans (class teacher) and Mrs Doherty", "every school day from 23 February 2026",
               "Fewer than two times sent out of class each half term (school behaviour log)")
    P.table(hdr, [[n5, a.t, a.o, a.e, a.d] for a in (a7, a8, a9)])
    P.p("**Score:** 3")
    P.h(1, "Contingency")
    P.p("If either child's worry score goes above 6, or the police are called to the home, the lead "
        "practitioner will ask for a step-up consultation with the Hatherley social work team the "
        "same day.")
    P.h(1, "Agreement")
    P.lines([
        ("Signed (parents)", "Siobhan Doherty, Patrick Doherty"),
        ("Signed (social worker closing the case)", "Amy Clarke"),
        ("Date", "16 February 2026"),
    ])
    return P


def p05():
    """Wales: core group meeting reviewing a care and support protection plan (Word)."""
    P = Plan("b7-05.docx", "Wales - core group meeting reviewing the care and support protection plan "
             "(a table per personal outcome in the child's words: Action / Who / Timescale / How will we know / "
             "Progress / status; new actions table)", plan_codes="C")
    P.title("Core Group Meeting", "Care and support protection plan review")
    P.kv([
        ("Children", "Megan Price (10) and Osian Price (6)"), ("Mother", "Ms Lisa Price"),
        ("Categories of registration", "Neglect"), ("Date registered", "13 January 2026"),
        ("Care and support protection co-ordinator", "Elin Rowlands, Afonwy Children's Services"),
        ("Date of this core group", "3 March 2026"), ("Chair", "Mr Huw Bevan, head teacher, Ysgol Gynradd Afonwy"),
        ("Date of next review conference", "14 April 2026"),
    ], title="Details", cols=4)
    P.p("**Present:** Ms Lisa Price, Mrs Glenys Price (grandmother), Elin Rowlands, Mr Huw Bevan, "
        "Catrin Jones (health visitor), Sara Morris (family support worker).")
    P.h(1, "Progress on the plan")
    hdr = ["Action", "Who", "Timescale", "How will we know", "Progress / status"]
    a1 = P.act("Set up a weekly food shop delivery with Ms Price and check the cupboards at each visit",
               "Elin Rowlands (co-ordinator)", "weekly from 20 January 2026",
               "Food seen in the cupboards and fridge at every visit")
    a2 = P.act("Wash and dry the children's school uniforms twice a week", "Ms Lisa Price", "Sundays and Wednesdays",
               "Megan and Osian arrive at school in clean uniform at least 4 days out of 5 (school log)")
    a3 = P.act("Apply to the Afonwy Family Fund for a washing machine", "Elin Rowlands (co-ordinator)",
               "by 10 February 2026", None, "EM")
    P.table(hdr, [
        [a1.t, a1.o, a1.d, a1.e, "Ongoing: food seen at 4 of 5 visits"],
        [a2.t, a2.o, a2.d, a2.e, "Not started"],
        [a3.t, a3.o, a3.d, a3.e, "Completed: machine delivered 6 February"],
    ], top=["Personal outcome: 'I want there to be food in the house and my uniform to be clean.' (Megan)"])
    a4 = P.act("Attend the Afonwy community mental health team assessment and take her medication as prescribed",
               "Ms Lisa Price", "assessment on 17 February 2026",
               "The mental health team's letter confirms the assessment was attended and a treatment plan agreed")
    a5 = P.act("Help Mam in the mornings", "Family", None, "Mam is better in the mornings", "OV AV DM EV")
    a6 = P.act("Collect the children at 8:15am and walk them to school", "Mrs Glenys Price (grandmother)",
               "Mondays and Thursdays", "Children on time on those days (school register)")
    P.table(hdr, [
        [a4.t, a4.o, a4.d, a4.e, "Completed"],
        [a5.t, a5.o, a5.d, a5.e, "Ongoing"],
        [a6.t, a6.o, a6.d, a6.e, "Ongoing"],
    ], top=["Personal outcome: 'I want Mam to get up in the mornings.' (Osian)"])
    a7 = P.act("Enrol Megan in the Friday Urdd club and pay the membership from the family fund",
               "Elin Rowlands (co-ordinator)", "by 13 March 2026", "Megan goes on at least 3 Fridays a month (club register)")
    P.table(hdr, [[a7.t, a7.o, a7.d, a7.e, "Not started"]],
            top=["Personal outcome: 'I want to go to Urdd club with my friends.' (Megan)"])
    P.h(1, "New actions agreed today")
    hdr2 = ["Action", "Who", "Timescale", "How will we know"]
    a8 = P.act("Make an unannounced visit and see Megan and Osian on their own", "Elin Rowlands (co-ordinator)",
               "before 17 March 2026", "The children's views recorded in their own words and shared at the next core group")
    a9 = P.act("Monitor attendance", "Ysgol Gynradd Afonwy", "weekly", "Good attendance", "AV EV")
    a10 = P.act("A referral will be made to the young carers service for Megan", None, "ASAP", None, "OM DV EM")
    P.table(hdr2, [[a.t, a.o, a.d, a.e] for a in (a8, a9, a10)])
    P.h(1, "Anything else")
    P.p("Catrin Jones said Osian's hearing test is booked for 20 March. Ms Price said the mornings are "
        "still hard but the children are helping more. Next core group: 31 March 2026, Ysgol Gynradd "
        "Afonwy.")
    return P


def p06():
    """Signs of Safety: the family's own safety plan written in words for the children."""
    P = Plan("b7-06.md", "Signs of Safety - family safety plan in the family's words (why we need a plan, "
             "worries, safety goal with the rules under it, the safety network, the children's words)",
             plan_codes="R")
    P.title("Our Family Safety Plan")
    P.lines([
        ("This plan is for", "Ruby Turner (9) and Alfie Turner (5)"),
        ("Made by", "Mum (Gemma Turner), Nan (Linda Turner), Auntie Sam (Samantha Greene), Mr Hussain (Ruby's teacher) and our social worker, Jess Morley"),
        ("Date", "2 March 2026"),
        ("Review of this plan", "at the next family meeting"),
    ])
    P.h(1, "Why we need a safety plan")
    P.p("Mum has been poorly with her drinking. One night in January Mum drank a lot and fell asleep "
        "on the settee, and Ruby had to look after Alfie and make his tea. Alfie burnt his hand on "
        "the kettle. Ruby rang Nan, and Nan came and took them to the hospital. Jess, the doctors and "
        "Mum all agree that this must not happen again.")
    P.h(1, "What everyone is worried about")
    P.p("Jess and Mr Hussain are worried that if Mum drinks when she is looking after Ruby and "
        "Alfie, they could get badly hurt, and Ruby will keep having to be the grown-up.")
    P.h(1, "Our safety goal")
    goal = ("Ruby and Alfie will always have a grown-up who is sober looking after them, and Ruby will "
            "never have to look after Alfie on her own. Jess and the safety network need to see this "
            "happen every day for six months")
    P.p(goal + ".")
    P.h(2, "Our rules to reach the goal")
    r1 = P.act("not drink any alcohol when she is looking after Ruby and Alfie", "Mum", "From today", goal)
    r2 = P.act("ring Nan", "Mum", "straight away", goal)
    r3 = P.act("come and take Ruby and Alfie to her house", "Nan", "within half an hour of Mum ringing", goal)
    r4 = P.act("come round at teatime, check that Mum is sober and text Jess a thumbs-up", "Auntie Sam", "Every evening", goal)
    r5 = P.act("go to her appointments with Kim at Brightway drug and alcohol service", "Mum", "every Thursday", goal)
    r6 = P.act("check in with Ruby and ask her to do her worry scale", "Mr Hussain", "Every Monday morning", goal)
    r7 = P.act("visit us at home, sometimes without telling us first, and talk to Ruby and Alfie on their own",
               "Jess", "at least every two weeks", goal)
    r8 = P.act("keep an eye on the children", "Everyone", None, goal, "OV AV DM")
    r9 = P.act("try harder", "Mum", None, goal, "AV DM")
    P.bullets([
        f"{r1.d}, {r1.o} will {r1.t}.",
        f"If Mum has had a drink, {r2.o} will {r2.t} {r2.d}.",
        f"{r3.o} will {r3.t} {r3.d}.",
        f"{r4.d}, {r4.o} will {r4.t}.",
        f"{r5.o} will {r5.t} {r5.d}.",
        f"{r6.d}, {r6.o} will {r6.t}.",
        f"{r7.o} will {r7.t}, {r7.d}.",
        f"{r8.o} will {r8.t}.",
        f"{r9.o} will {r9.t}.",
    ])
    P.h(1, "Our safety network")
    P.bullets(["Nan (Linda Turner), 5 minutes away", "Auntie Sam (Samantha Greene)", "Mr Hussain, Ruby's teacher",
               "Kim, Mum's worker at Brightway"])
    P.h(1, "What Ruby and Alfie said")
    P.p("Ruby said: 'I don't want to be the grown-up. I want Mum to be the mum.' She gave home a 4 "
        "on her worry scale. Alfie drew Nan's house with a big sun and said he likes sleepovers "
        "there 'but not when Mummy is sad'.")
    P.h(1, "If the plan is not working")
    P.p("If Mum drinks while she is looking after Ruby and Alfie, or the rules are not kept, Ruby and "
        "Alfie will stay with Nan and Jess will call a meeting with her manager to talk about what "
        "happens next, which could mean going to court.")
    return P


def p07():
    """England: pre-birth child protection plan with a child protection birth plan (Word, LibreOffice)."""
    P = Plan("b7-07.docx", "England - pre-birth child protection plan and child protection birth plan "
             "(basic information and professionals as label/value tables, What needs to happen / Who / "
             "By when / How we will know it has happened, birth plan table with a merged evidence row)",
             plan_codes="V", lo=True)
    P.title("Pre-Birth Child Protection Plan", "with Child Protection Birth Plan")
    P.kv([
        ("Mother's name", "Amber Lowe"), ("Date of birth", "04/03/2005"),
        ("Father's name", "Connor Blake"), ("Date of birth", "19/10/2003"),
        ("Unborn baby's estimated date of delivery", "28 April 2026"), ("Proposed surname of baby", "Lowe-Blake"),
        ("Hospital for birth", "Kingsmere Maternity Unit"), ("Siblings", "None"),
    ], title="Basic information", cols=4)
    P.kv([
        ("Midwife", "Joanne Hurst, specialist safeguarding midwife"),
        ("Health visitor", "Nicola Fry (antenatal contact done 20 January 2026)"),
        ("Social worker", "Bethany Cole, Kingsmere Safeguarding Team"),
        ("Team manager", "Raj Mistry"),
        ("Pre-birth child protection conference", "3 February 2026 (28 weeks)"),
        ("Category", "Physical abuse"),
        ("Review child protection conference", "12 May 2026"),
    ], title="Professionals and dates")
    P.h(1, "Why there is a plan")
    P.p("In 2024 Mr Blake's first child, then 8 weeks old, had a fractured arm and rib fractures that "
        "the family court found he caused. That child lives with her mother. Ms Lowe and Mr Blake "
        "have been together for a year and plan to live together when the baby is born.")
    P.h(1, "What needs to change before baby is born")
    hdr = ["What needs to happen", "Who", "By when", "How we will know it has happened"]
    a1 = P.act("Complete the pre-birth parenting assessment, including two sessions with Mr Blake on his own",
               "Bethany Cole (social worker)", "by 6 April 2026 (36 weeks)",
               "Assessment report shared with Ms Lowe, Mr Blake and the core group by 6 April 2026")
    a2 = P.act("Complete the Caring Dads programme", "Mr Connor Blake", "Thursdays, 12 February to 26 March 2026",
               "The programme report shows at least 9 of 10 sessions attended and is shared with the core group")
    a3 = P.act("Go to every antenatal appointment", "Ms Amber Lowe", "at every booked appointment until the birth",
               "The midwife confirms no appointments were missed")
    a4 = P.act("Buy a cot and mattress and set them up in the bedroom", "Ms Lowe and Mr Blake", "by 30 March 2026", None, "EM")
    a5 = P.act("Reflect on the risks", "Mr Connor Blake", None, None, "AV DM EM")
    a6 = P.act("Share information", "Agencies", "As and when", "Good communication", "OV AV DV EV")
    P.table(hdr, [[a.t, a.o, a.d, a.e] for a in (a1, a2, a3, a4, a5, a6)])
    P.h(1, "Child protection birth plan")
    P.kv([
        ("Agreed birthing partner", "Mrs Tracey Lowe (maternal grandmother)"),
        ("Persons to be excluded from the maternity unit", "None"),
        ("Special considerations", "Ms Lowe has asked for a female doctor where possible"),
    ])
    eb = ("the social worker is told of the birth within one working day and baby does not leave hospital "
          "before the discharge planning meeting")
    b1 = P.act("Phone the social worker, or the emergency duty team out of hours, to say Ms Lowe is in labour",
               "Labour ward co-ordinator", "as soon as Ms Lowe is admitted", eb)
    b2 = P.act("Hold a discharge planning meeting on the ward before baby goes home", "Bethany Cole (social worker)",
               "before baby is discharged", eb)
    b3 = P.act("Baby is not to be discharged until the discharge planning meeting has taken place", None, None, eb, "OM DM")
    P.table(["Action", "Who", "When"], [[a.t, a.o, a.d] for a in (b1, b2, b3)],
            top=["When Ms Lowe arrives in labour and after the birth"],
            bottom=[f"We will know this is achieved when: {eb}."])
    P.h(1, "Parents' views")
    P.p("Ms Lowe said she trusts Connor and thinks the plan is unfair to him. Mr Blake said he was "
        "'a different person back then' and wants to prove he can be a good dad.")
    P.h(1, "Contingency plan")
    P.p("If Mr Blake does not complete the Caring Dads programme, or there is any violence before "
        "the birth, the social worker and team manager will hold a legal planning meeting and the "
        "local authority may apply to court at birth.")
    P.table(["Signed", "Role", "Date"], [
        ["Amber Lowe", "Mother", "03/02/2026"],
        ["Connor Blake", "Father", "03/02/2026"],
        ["Bethany Cole", "Social worker", "03/02/2026"],
        ["Joanne Hurst", "Midwife", "03/02/2026"],
    ])
    return P


def p08():
    """England: review child protection conference plan written in prose, with outcome-level evidence."""
    P = Plan("b7-08.md", "England - review child protection conference plan in prose (header facts in a "
             "paragraph, outcome headings, actions as sentences, 'We will know this is achieved when' after "
             "each outcome's actions)", plan_codes="R")
    P.title("Review Child Protection Conference – Child Protection Plan")
    P.p("This plan is for Harvey Lloyd (born 2 October 2011, aged 14). It was agreed at the first "
        "review child protection conference on 18 February 2026, chaired by Ann Whitfield. Harvey "
        "stays on a child protection plan under the category of emotional abuse. His lead social "
        "worker is Samir Haddad of the Greenbank Safeguarding Team. His parents are Mr Gary Lloyd and "
        "Mrs Claire Lloyd.")
    P.h(1, "What has changed since the initial conference")
    P.p("Mr Lloyd has been going to the Greenbank alcohol service since December and says he has cut "
        "down. There was one more police call-out, on 24 January, when Mr Lloyd came home drunk and "
        "shouted at Harvey and his mum. Harvey's attendance has dropped to 78% and he told the school "
        "nurse he cannot sleep.")
    P.h(1, "What Harvey told us")
    P.p("Harvey said: 'It's better than it was, but when Dad's been out I go to my room and put my "
        "headphones on.' He wants his dad to stop drinking 'for good' and does not want to move out. "
        "He said he would talk to someone about his sleep but 'not at school where people can see'.")
    P.h(1, "What Harvey's parents said")
    P.p("Mr Lloyd said he is trying and that the January incident was 'a one-off'. Mrs Lloyd said she "
        "feels more confident about calling the police now.")
    P.h(1, "What needs to happen")
    P.h(2, "Harvey is not exposed to his dad's drinking and aggression")
    e1 = ("Harvey tells Samir at each visit that there has been no shouting or throwing at home, Mr "
          "Lloyd's breath tests are all clear, and there are no police call-outs before the next review")
    a1 = P.act("attend the Greenbank alcohol service every Monday and give a breath test at each appointment",
               "Mr Lloyd", "every Monday", e1)
    a2 = P.act("phone the police straight away if Mr Lloyd comes home drunk and shouts or throws things",
               "Mrs Lloyd", "straight away", e1)
    a3 = P.act("see Harvey on his own at school", "Samir", "every two weeks", e1)
    a4 = P.act("try to keep things calm at home", "The family", None, e1, "OV AV DM")
    P.p(f"{a1.o} will {a1.t}. {a2.o} will {a2.t}. {a3.o} will {a3.t} {a3.d}. {a4.o} will {a4.t}.")
    P.p(f"We will know this is achieved when {e1}.")
    P.h(2, "Harvey goes to school and gets help with his mood and sleep")
    e2 = ("Harvey's attendance is 90% or more for the summer term and he has had a CAMHS assessment "
          "before the next review")
    a5 = P.act("meet Harvey to go through his attendance and his week", "Mr Okoro, Harvey's head of year", "every Friday", e2)
    a6 = P.act("A referral will be made to Greenbank CAMHS", None, "within two weeks", e2, "OM")
    a7 = P.act("review his sleep and mood", "Harvey's GP", None, e2, "DM")
    a8 = P.act("give Harvey a pass to leave lessons five minutes early to avoid the crowds", "Mr Okoro",
               "From 23 February 2026", e2)
    P.p(f"{a5.o}, will {a5.t} {a5.d}. {a6.t} {a6.d}. {a7.o} will {a7.t}. {a8.d}, {a8.o} will {a8.t}.")
    P.p(f"We will know this is achieved when {e2}.")
    P.h(2, "Mrs Lloyd is supported")
    e3 = "Mrs Lloyd feels more confident"
    a9 = P.act("Support will be offered to Mrs Lloyd", None, "as needed", e3, "OM AV DV EV")
    a10 = P.act("meet Mrs Lloyd for the Recovery Toolkit course", "Pam Green from Greenbank Women's Aid",
                "every Wednesday until 25 March 2026", e3, "EV")
    P.p(f"{a9.t} {a9.d}. {a10.o} will {a10.t} {a10.d}.")
    P.p(f"We will know this is achieved when {e3}.")
    P.h(1, "If the plan is not followed")
    P.p("If there is another police call-out for drunken aggression at home, or Harvey says he is "
        "frightened to go home, Samir will hold a strategy discussion the same day and the plan may "
        "be that Mr Lloyd leaves the home; the team manager will consider legal advice.")
    P.h(1, "Next review")
    P.p("The date of the next review conference is to be confirmed.")
    return P


PLANS = [p01, p02, p03, p04, p05, p06, p07, p08]

if __name__ == "__main__":
    build([f() for f in PLANS], SET_DIR)
